import { DateTime } from "luxon";

/**
 * When the reminders of a session fall due: the day before at the same local time (so a
 * 10:00 class after the October change is still reminded at 10:00 on Saturday, 25 real hours
 * earlier), and two hours before. A reminder already in the past is skipped.
 */
export function reminderTimes(startsAt: Date, now: Date, timezone: string): Array<{ kind: "reminder-24h" | "reminder-2h"; dueAt: Date }> {
  const start = DateTime.fromJSDate(startsAt, { zone: timezone });
  const dayBefore = start.minus({ days: 1 }).toJSDate();
  const twoHours = new Date(startsAt.getTime() - 2 * 3600_000);
  const out: Array<{ kind: "reminder-24h" | "reminder-2h"; dueAt: Date }> = [];
  if (dayBefore > now) out.push({ kind: "reminder-24h", dueAt: dayBefore });
  if (twoHours > now) out.push({ kind: "reminder-2h", dueAt: twoHours });
  return out;
}

/** A local date and time typed by staff ("03/12/2026", "17:30") as an instant, DST-aware. */
export function localToUtc(date: { year: number; month: number; day: number }, time: { hour: number; minute: number }, timezone: string): Date | undefined {
  const dt = DateTime.fromObject({ ...date, ...time }, { zone: timezone });
  return dt.isValid ? dt.toJSDate() : undefined;
}

/** The same local time N weeks later (a weekly course keeps its hour across the DST change). */
export function weeksLater(startsAt: Date, weeks: number, timezone: string): Date {
  return DateTime.fromJSDate(startsAt, { zone: timezone }).plus({ weeks }).toJSDate();
}
