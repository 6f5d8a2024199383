import { DateTime, IANAZone } from "luxon";
import { z } from "zod";
import { type CivilDate, type Holiday, type HolidayId, isCivilDate, italianHolidays, parseMonthDay } from "./italian-holidays.js";

/**
 * When the desk is open: weekly wall-clock hours in the desk's time zone, minus Italian holidays, the city's
 * patron day and the desk's own closures. Instants go in and out as UTC `Date`s; every calendar decision is taken
 * on the local date, so a 9:00 opening stays at 9:00 across the DST changes.
 */

export const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

const MINUTES_PER_DAY = 24 * 60;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** How far the desk looks for the next opening before concluding there is none. */
export const OPENING_SEARCH_DAYS = 400;

// ---------------------------------------------------------------------------------------------------------------
// The spec, as written by hand in a configuration file

const TIME_RANGE = /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/;

type ParsedRange = { ok: true; from: number; to: number } | { ok: false; message: string };

/** "9:00-12:00" (or "09:00–12:00") as minutes since local midnight; 24:00 may close a range. */
function parseTimeRange(text: string): ParsedRange {
  const match = TIME_RANGE.exec(text);
  if (!match) return { ok: false, message: `"${text}" is not a time range like "9:00-12:00"` };
  const [fromHour, fromMinute, toHour, toMinute] = match.slice(1).map(Number) as [number, number, number, number];
  const validFrom = fromHour <= 23 && fromMinute <= 59;
  const validTo = (toHour <= 23 && toMinute <= 59) || (toHour === 24 && toMinute === 0);
  if (!validFrom || !validTo) {
    return { ok: false, message: `"${text}" is not a valid time range: times go from 0:00 to 23:59, and 24:00 may only close a range` };
  }
  const from = fromHour * 60 + fromMinute;
  const to = toHour * 60 + toMinute;
  if (from >= to) {
    return { ok: false, message: `"${text}": the opening time must come before the closing time (a range cannot cross midnight)` };
  }
  return { ok: true, from, to };
}

const timeRangeSchema = z.string().superRefine((text, ctx) => {
  const parsed = parseTimeRange(text);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
});

const dayHoursSchema = z.array(timeRangeSchema).superRefine((ranges, ctx) => {
  const parsed: Array<{ text: string; from: number; to: number }> = [];
  for (const text of ranges) {
    const range = parseTimeRange(text);
    // Malformed ranges are reported by their own schema; overlaps are judged among the valid ones.
    if (range.ok) parsed.push({ text, from: range.from, to: range.to });
  }
  parsed.sort((a, b) => a.from - b.from);
  for (let i = 1; i < parsed.length; i++) {
    const previous = parsed[i - 1]!;
    const current = parsed[i]!;
    if (current.from < previous.to) ctx.addIssue({ code: "custom", message: `"${current.text}" overlaps "${previous.text}"` });
  }
});

const weeklySchema = z
  .object({
    mon: dayHoursSchema.optional(),
    tue: dayHoursSchema.optional(),
    wed: dayHoursSchema.optional(),
    thu: dayHoursSchema.optional(),
    fri: dayHoursSchema.optional(),
    sat: dayHoursSchema.optional(),
    sun: dayHoursSchema.optional(),
  })
  .strict()
  .refine((weekly) => WEEKDAY_KEYS.some((key) => (weekly[key]?.length ?? 0) > 0), {
    message: "the desk must open at least once a week",
  });

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type ParsedClosureDate = { kind: "once"; date: CivilDate } | { kind: "yearly"; month: number; day: number };

/** "2026-08-10" is one day; "08-10" is that day every year. */
function parseClosureDate(text: string): ParsedClosureDate | undefined {
  const full = FULL_DATE.exec(text);
  if (full) {
    const date = { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
    return isCivilDate(date) ? { kind: "once", date } : undefined;
  }
  const monthDay = parseMonthDay(text);
  return monthDay ? { kind: "yearly", ...monthDay } : undefined;
}

const closureDateSchema = z.string().refine((text) => parseClosureDate(text) !== undefined, {
  message: 'a closure date is "YYYY-MM-DD" (one year) or "MM-DD" (every year)',
});

export const closureSchema = z
  .object({
    from: closureDateSchema,
    to: closureDateSchema,
    label: z.string().trim().min(1, "a closure needs a label"),
  })
  .strict()
  .superRefine((closure, ctx) => {
    const from = parseClosureDate(closure.from);
    const to = parseClosureDate(closure.to);
    if (!from || !to) return;
    if (from.kind !== to.kind) {
      ctx.addIssue({ code: "custom", message: `"${closure.from}" and "${closure.to}" must both be "YYYY-MM-DD" or both "MM-DD"` });
    } else if (from.kind === "once" && to.kind === "once" && dayNumber(from.date) > dayNumber(to.date)) {
      ctx.addIssue({ code: "custom", message: `closure "${closure.label}" ends (${closure.to}) before it starts (${closure.from})` });
    }
    // A yearly range may wrap the new year ("12-24" to "01-06"), so its order is free.
  });

export const openingHoursSpecSchema = z
  .object({
    /** IANA zone the weekly hours are written in. */
    timezone: z
      .string()
      .refine((zone) => IANAZone.isValidZone(zone), { message: 'not a known IANA time zone (e.g. "Europe/Rome")' })
      .default("Europe/Rome"),
    /** Opening ranges per weekday, e.g. { mon: ["9:00-12:00", "14:30-17:00"] }; a missing day is closed. */
    weekly: weeklySchema,
    /** The city's patron day as "MM-DD" (Alessandria, San Baudolino: "11-10"). */
    patronDay: z
      .string()
      .refine((text) => parseMonthDay(text) !== undefined, { message: 'the patron day is "MM-DD", e.g. "11-10"' })
      .optional(),
    /** The patron's name, shown to staff ("San Baudolino"). */
    patronName: z.string().trim().min(1).optional(),
    /** Closed days with a label, inclusive at both ends. */
    closures: z.array(closureSchema).default([]),
    /** False ignores the national holidays (the patron day and closures still apply). */
    nationalHolidays: z.boolean().default(true),
  })
  .strict();

/** The spec after validation, defaults filled in. */
export type OpeningHoursSpec = z.output<typeof openingHoursSpecSchema>;
/** The spec as written by hand (defaults may be left out). */
export type OpeningHoursSpecInput = z.input<typeof openingHoursSpecSchema>;

/** The Cristo desk at via Gandolfi 20, Alessandria. */
export const DEFAULT_OPENING_HOURS: OpeningHoursSpec = openingHoursSpecSchema.parse({
  timezone: "Europe/Rome",
  weekly: { mon: ["9:00-12:00"], wed: ["14:00-17:00"], thu: ["9:00-12:00"] },
  patronDay: "11-10",
  patronName: "San Baudolino",
  closures: [
    { from: "08-10", to: "08-23", label: "Chiusura estiva" },
    { from: "12-24", to: "01-06", label: "Chiusura natalizia" },
  ],
  nationalHolidays: true,
});

// ---------------------------------------------------------------------------------------------------------------
// The answers

export interface OpenInterval {
  start: Date;
  end: Date;
}

export type ClosureReason = "outside-hours" | "holiday" | "closure";

export interface ClosureInfo {
  reason: ClosureReason;
  holiday?: { id: HolidayId; name: string };
  closure?: { label: string };
}

export interface WeekdayHours {
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: number;
  /** The weekday's name in the requested locale ("lunedì"). */
  name: string;
  /** 24-hour times without a leading zero on the hour, as Italians write them: { from: "9:00", to: "12:00" }. */
  intervals: Array<{ from: string; to: string }>;
}

export interface OpeningHours {
  readonly spec: OpeningHoursSpec;
  /** Whether the desk is open at this instant. */
  isOpen(at: Date): boolean;
  /** Why the desk is closed at this instant (a closure or holiday before plain outside-hours), or undefined if open. */
  closureAt(at: Date): ClosureInfo | undefined;
  /** The current opening interval if open now, else the next one; undefined if none within the search bound. */
  nextOpening(at: Date): OpenInterval | undefined;
  /** Milliseconds of opening time in [from, to); 0 when to is not after from. */
  workingMillisBetween(from: Date, to: Date): number;
  /** The instant at which `hours` of opening time have passed since `from`; undefined if the desk never reopens. */
  addWorkingHours(from: Date, hours: number): Date | undefined;
  /** One key per open interval or closed period: equal for two instants of the same closed period. */
  closureKey(at: Date): string;
  /** The weekly hours, Monday first, days with hours only, weekday names in `locale` (default Italian). */
  describeWeek(locale?: string): WeekdayHours[];
  /** The holiday (national or patron) on the local date of this instant, if any. */
  holidayOn(at: Date): Holiday | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Local calendar arithmetic: a civil date as a day number, so stepping a day never touches time zones

function dayNumber(date: CivilDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

function civilDate(day: number): CivilDate {
  const probe = new Date(day * DAY_MS);
  return { year: probe.getUTCFullYear(), month: probe.getUTCMonth() + 1, day: probe.getUTCDate() };
}

/** ISO weekday of a day number (1970-01-01, day 0, was a Thursday). */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

interface DaySchedule {
  /** Opening intervals as epoch milliseconds, sorted, touching ones merged. */
  intervals: Array<{ start: number; end: number }>;
  holiday?: Holiday;
  closureLabel?: string;
}

/** "once": from/to are day numbers; "yearly": from/to are month-days as MMDD numbers, possibly wrapping the year. */
interface CompiledClosure {
  kind: "once" | "yearly";
  from: number;
  to: number;
  label: string;
}

/** Build the calendar of a validated spec; throws a ZodError naming every mistake in the spec. */
export function openingHours(input: OpeningHoursSpecInput): OpeningHours {
  const spec = openingHoursSpecSchema.parse(input);
  const zone = spec.timezone;

  // Minutes since local midnight per ISO weekday (index 1..7), sorted, touching ranges merged.
  const weekly: Array<Array<{ from: number; to: number }>> = [[]];
  for (const key of WEEKDAY_KEYS) {
    weekly.push(mergeRanges((spec.weekly[key] ?? []).map(mustParseRange)));
  }

  const closures: CompiledClosure[] = spec.closures.map((closure) => {
    const from = parseClosureDate(closure.from)!;
    const to = parseClosureDate(closure.to)!;
    if (from.kind === "once" && to.kind === "once") {
      return { kind: "once", from: dayNumber(from.date), to: dayNumber(to.date), label: closure.label };
    }
    const monthDay = (d: ParsedClosureDate) => (d.kind === "yearly" ? d.month * 100 + d.day : 0);
    return { kind: "yearly", from: monthDay(from), to: monthDay(to), label: closure.label };
  });

  const holidaysByYear = new Map<number, Map<number, Holiday>>();
  function holidayOnDate(date: CivilDate): Holiday | undefined {
    let byDate = holidaysByYear.get(date.year);
    if (!byDate) {
      byDate = new Map();
      const list = italianHolidays(date.year, {
        national: spec.nationalHolidays,
        patronDay: spec.patronDay,
        patronName: spec.patronName,
      });
      // The first holiday of a date wins: a national holiday before a patron day on the same date.
      for (const holiday of list) if (!byDate.has(holiday.month * 100 + holiday.day)) byDate.set(holiday.month * 100 + holiday.day, holiday);
      holidaysByYear.set(date.year, byDate);
    }
    return byDate.get(date.month * 100 + date.day);
  }

  function closureLabelOn(day: number, date: CivilDate): string | undefined {
    const monthDay = date.month * 100 + date.day;
    for (const closure of closures) {
      if (closure.kind === "once" ? day >= closure.from && day <= closure.to : inYearlyRange(monthDay, closure.from, closure.to)) {
        return closure.label;
      }
    }
    return undefined;
  }

  /** A local wall-clock time as an instant; 24:00 is the next day's midnight, a time in the spring gap moves on. */
  function localInstant(day: number, minutes: number): number {
    if (minutes >= MINUTES_PER_DAY) return localInstant(day + 1, minutes - MINUTES_PER_DAY);
    const date = civilDate(day);
    return DateTime.fromObject({ ...date, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone }).toMillis();
  }

  // Statistics walk the same days again and again; a bounded cache keeps a year's walk cheap without growing forever.
  const scheduleCache = new Map<number, DaySchedule>();
  function scheduleOf(day: number): DaySchedule {
    const cached = scheduleCache.get(day);
    if (cached) return cached;
    const date = civilDate(day);
    const holiday = holidayOnDate(date);
    const closureLabel = closureLabelOn(day, date);
    const intervals: DaySchedule["intervals"] = [];
    if (!holiday && closureLabel === undefined) {
      for (const range of weekly[isoWeekday(day)]!) {
        const start = localInstant(day, range.from);
        const end = localInstant(day, range.to);
        // Times in the skipped spring hour move on by an hour, so a range reaching into it only shortens; the
        // check keeps a degenerate one out.
        if (start < end) intervals.push({ start, end });
      }
    }
    const schedule: DaySchedule = { intervals };
    if (holiday) schedule.holiday = holiday;
    if (closureLabel !== undefined) schedule.closureLabel = closureLabel;
    if (scheduleCache.size >= 4096) scheduleCache.clear();
    scheduleCache.set(day, schedule);
    return schedule;
  }

  function localDay(ms: number): number {
    const local = DateTime.fromMillis(ms, { zone });
    return dayNumber({ year: local.year, month: local.month, day: local.day });
  }

  /**
   * Opening intervals that end after `fromMs`, in order, contiguous ones (across midnight too) joined; it stops
   * after OPENING_SEARCH_DAYS days without any opening.
   */
  function* intervalsAfter(fromMs: number): Generator<{ start: number; end: number }> {
    let pending: { start: number; end: number } | undefined;
    // Starting a day early lets an interval that ran past midnight into today be joined to today's.
    let lastOpenDay = localDay(fromMs) - 2;
    for (let day = lastOpenDay + 1; day - lastOpenDay <= OPENING_SEARCH_DAYS; day++) {
      for (const interval of scheduleOf(day).intervals) {
        lastOpenDay = day;
        if (pending && interval.start <= pending.end) {
          pending = { start: pending.start, end: Math.max(pending.end, interval.end) };
          continue;
        }
        if (pending && pending.end > fromMs) yield pending;
        pending = { ...interval };
      }
      // An interval that closes before midnight cannot be joined by the next day's, so it is final.
      if (pending && pending.end < localInstant(day + 1, 0)) {
        if (pending.end > fromMs) yield pending;
        pending = undefined;
      }
    }
    if (pending && pending.end > fromMs) yield pending;
  }

  // Asked for each message a resident sends while the desk is closed: the interval found for an
  // instant is the answer for every later instant until it ends, so the walk is done once per interval.
  let found: { from: number; interval: { start: number; end: number } } | undefined;
  function currentOrNext(atMs: number): { start: number; end: number } | undefined {
    if (found && atMs >= found.from && atMs < found.interval.end) return found.interval;
    for (const interval of intervalsAfter(atMs)) {
      found = { from: atMs, interval };
      return interval;
    }
    return undefined;
  }

  /**
   * Called for every message: the local date is within a day of the UTC date, so looking at the cached schedules
   * of the three candidate days avoids a time-zone conversion.
   */
  function isOpenAt(atMs: number): boolean {
    const utcDay = Math.floor(atMs / DAY_MS);
    for (let day = utcDay - 1; day <= utcDay + 1; day++) {
      if (scheduleOf(day).intervals.some((interval) => interval.start <= atMs && atMs < interval.end)) return true;
    }
    return false;
  }

  return {
    spec,

    isOpen(at) {
      return isOpenAt(at.getTime());
    },

    closureAt(at) {
      const atMs = at.getTime();
      const schedule = scheduleOf(localDay(atMs));
      // The desk's own closure names the whole closed period a resident is in, so it comes before a holiday in it.
      if (schedule.closureLabel !== undefined) return { reason: "closure", closure: { label: schedule.closureLabel } };
      if (schedule.holiday) return { reason: "holiday", holiday: { id: schedule.holiday.id, name: schedule.holiday.name } };
      return isOpenAt(atMs) ? undefined : { reason: "outside-hours" };
    },

    nextOpening(at) {
      const interval = currentOrNext(at.getTime());
      return interval && { start: new Date(interval.start), end: new Date(interval.end) };
    },

    workingMillisBetween(from, to) {
      const fromMs = from.getTime();
      const toMs = to.getTime();
      if (!(toMs > fromMs)) return 0;
      let total = 0;
      const lastDay = localDay(toMs);
      for (let day = localDay(fromMs); day <= lastDay; day++) {
        for (const interval of scheduleOf(day).intervals) {
          const start = Math.max(interval.start, fromMs);
          const end = Math.min(interval.end, toMs);
          if (end > start) total += end - start;
        }
      }
      return total;
    },

    addWorkingHours(from, hours) {
      if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`working hours must be a finite number ≥ 0, not ${hours}`);
      const fromMs = from.getTime();
      let remaining = Math.round(hours * HOUR_MS);
      if (remaining === 0) return new Date(fromMs);
      for (const interval of intervalsAfter(fromMs)) {
        const start = Math.max(interval.start, fromMs);
        const available = interval.end - start;
        if (remaining <= available) return new Date(start + remaining);
        remaining -= available;
      }
      return undefined;
    },

    closureKey(at) {
      const atMs = at.getTime();
      const interval = currentOrNext(atMs);
      if (!interval) return "closed-until:never";
      // While open the key names the open interval, so it also changes when the desk has opened in between.
      return interval.start <= atMs ? `open:${new Date(interval.start).toISOString()}` : `closed-until:${new Date(interval.start).toISOString()}`;
    },

    describeWeek(locale = "it") {
      const weekdayName = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
      const out: WeekdayHours[] = [];
      for (let weekday = 1; weekday <= 7; weekday++) {
        const ranges = weekly[weekday]!;
        if (ranges.length === 0) continue;
        // 2024-01-01 was a Monday: day (weekday - 1) after it has that ISO weekday.
        const name = weekdayName.format(new Date(Date.UTC(2024, 0, weekday)));
        out.push({ weekday, name, intervals: ranges.map((range) => ({ from: clockTime(range.from), to: clockTime(range.to) })) });
      }
      return out;
    },

    holidayOn(at) {
      return scheduleOf(localDay(at.getTime())).holiday;
    },
  };
}

function mustParseRange(text: string): { from: number; to: number } {
  const parsed = parseTimeRange(text);
  // The schema has already rejected a malformed range, so this is a programming error.
  if (!parsed.ok) throw new Error(parsed.message);
  return { from: parsed.from, to: parsed.to };
}

function mergeRanges(ranges: Array<{ from: number; to: number }>): Array<{ from: number; to: number }> {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const merged: Array<{ from: number; to: number }> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/** Whether a month-day (MMDD as a number) lies in an inclusive yearly range, which may wrap the new year. */
function inYearlyRange(monthDay: number, from: number, to: number): boolean {
  return from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to;
}

/** Minutes since midnight as "9:00", "14:30", "24:00". */
function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}
