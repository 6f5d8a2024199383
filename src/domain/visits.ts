import { DateTime } from "luxon";
import type { Clock } from "#src/clock.js";
import type { Actor } from "#src/db/repositories/audit.js";
import type { Repositories } from "#src/db/repositories/index.js";
import type { Request } from "#src/db/repositories/requests.js";
import type { Visit, VisitCounts, VisitWindow } from "#src/db/repositories/visits.js";
import type { Notifications } from "./notifications.js";
import type { Period } from "./statistics.js";

export type { Visit, VisitCounts, VisitWindow };

/**
 * Home visits as appointments. Staff propose one to three time windows and who will come; the resident picks
 * one in their language (or says none works); reminders go the day before and an hour before; the worker marks
 * each visit done, not at home, or to be moved. Times are instants (UTC) typed and shown in the desk's zone.
 */

export const MAX_WINDOWS = 3;
/** A window longer than this is a typing mistake, not a visit. */
export const MAX_WINDOW_MINUTES = 8 * 60;
/** A window given with its start only lasts an hour. */
export const DEFAULT_WINDOW_MINUTES = 60;
/** A worker may mark a visit done or "not at home" from this long before its start (arriving early). */
export const MARK_EARLY_MS = 30 * 60_000;
/** How far ahead a visit may be proposed: a year. */
export const MAX_AHEAD_MS = 366 * 86_400_000;
/** Who comes, when staff name a role rather than a person: the resident reads it in their language. */
export const ROLES = ["nurse", "carer", "operator"] as const;
export type Role = (typeof ROLES)[number];
export type WhoComes = { role: Role } | { name: string };

export interface TimeWindow {
  startsAt: Date;
  endsAt: Date;
}

// ---------------------------------------------------------------- reading what staff type (Italian)

const WEEKDAYS: Record<string, number> = {
  lun: 1, lunedi: 1, lunedì: 1,
  mar: 2, martedi: 2, martedì: 2,
  mer: 3, mercoledi: 3, mercoledì: 3,
  gio: 4, giovedi: 4, giovedì: 4,
  ven: 5, venerdi: 5, venerdì: 5,
  sab: 6, sabato: 6,
  dom: 7, domenica: 7,
};

const MONTHS: Record<string, number> = {
  gen: 1, gennaio: 1, feb: 2, febbraio: 2, mar: 3, marzo: 3, apr: 4, aprile: 4, mag: 5, maggio: 5, giu: 6, giugno: 6,
  lug: 7, luglio: 7, ago: 8, agosto: 8, set: 9, sett: 9, settembre: 9, ott: 10, ottobre: 10, nov: 11, novembre: 11,
  dic: 12, dicembre: 12,
};

const RELATIVE_DAYS: Record<string, number> = { oggi: 0, domani: 1, dopodomani: 2 };

/** Why a window (or a day) staff typed was not taken; `text` is the piece in question, as typed. */
export type WindowProblem =
  | { kind: "none" }
  | { kind: "too-many"; count: number }
  | { kind: "unreadable"; text: string }
  | { kind: "no-day"; text: string }
  | { kind: "bad-date"; text: string }
  | { kind: "weekday"; text: string; weekday: number }
  | { kind: "end-before-start"; text: string }
  | { kind: "too-long"; text: string }
  | { kind: "nonexistent"; text: string }
  | { kind: "past"; text: string }
  | { kind: "too-far"; text: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: WindowProblem };

type LocalDate = { year: number; month: number; day: number };

const DAY_WORDS = [...Object.keys(WEEKDAYS)].join("|");
const MONTH_WORDS = [...Object.keys(MONTHS)].join("|");
const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
const DATE = String.raw`(?:(oggi|domani|dopodomani)|(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?|(\d{1,2})\s+(${MONTH_WORDS})\.?(?:\s+(\d{4}))?)`;
// The date and the time are apart ("15/1 10-11"): "15-16" alone is a time range, never the 15th of January.
const WINDOW_RE = new RegExp(String.raw`^(?:(${DAY_WORDS})\.?,?\s+)?(?:${DATE}[,\s]+)?${TIME}(?:\s*-\s*${TIME})?$`, "u");
const DAY_RE = new RegExp(String.raw`^(?:(${DAY_WORDS})\.?|(?:(${DAY_WORDS})\.?,?\s+)?(?:(oggi|domani|dopodomani)|(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\s+(${MONTH_WORDS})\.?(?:\s+(\d{4}))?))$`, "u");

/** Lower case, one kind of dash, and the little words staff add ("dalle 10 alle 11", "ore 10"). */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[–—−]/g, "-")
    .replace(/\bdalle\s+|\bdall'|\bore\s+|\bh\s*(?=\d)/g, "")
    .replace(/\s+(alle|all'|a)\s+/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** The date a day-month without a year means: this year's, unless that day is already over. */
function withYear(day: number, month: number, year: string | undefined, today: DateTime): LocalDate {
  if (year) return { year: year.length === 2 ? 2000 + Number(year) : Number(year), month, day };
  const thisYear = { year: today.year, month, day };
  const candidate = DateTime.fromObject(thisYear, { zone: today.zone });
  return candidate.isValid && candidate.endOf("day") < today ? { ...thisYear, year: today.year + 1 } : thisYear;
}

/** The next date (today included) that falls on an ISO weekday. */
function nextWeekday(weekday: number, today: DateTime): LocalDate {
  const d = today.plus({ days: (weekday - today.weekday + 7) % 7 });
  return { year: d.year, month: d.month, day: d.day };
}

function dateOf(parts: { relative?: string; d?: string; m?: string; y?: string; named?: string; monthName?: string; namedYear?: string }, today: DateTime): LocalDate | "bad" | undefined {
  if (parts.relative) {
    const d = today.plus({ days: RELATIVE_DAYS[parts.relative]! });
    return { year: d.year, month: d.month, day: d.day };
  }
  if (parts.d && parts.m) return withYear(Number(parts.d), Number(parts.m), parts.y, today);
  if (parts.named && parts.monthName) return withYear(Number(parts.named), MONTHS[parts.monthName]!, parts.namedYear, today);
  return undefined;
}

function localInstant(date: LocalDate, hour: number, minute: number, timezone: string): Date | "bad" | "nonexistent" {
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return "bad";
  const day = DateTime.fromObject(date, { zone: timezone });
  if (!day.isValid) return "bad";
  // 24:00 ends a day; a time that the spring change skips (02:30 on the last Sunday of March) does not exist.
  const dt = hour === 24 ? day.plus({ days: 1 }) : DateTime.fromObject({ ...date, hour, minute }, { zone: timezone });
  if (hour !== 24 && (dt.hour !== hour || dt.minute !== minute)) return "nonexistent";
  return dt.toJSDate();
}

/**
 * One window as staff write it in Italian: "mar 3/12 10:00-11:00", "giovedì 5 dicembre 15-16", "domani 9.30",
 * "3/12/2026 dalle 10 alle 11", "ven 10-11" (the next Friday). A start alone lasts an hour. The weekday, when
 * given with a date, must match it (a typo caught before the resident sees it).
 */
export function parseWindow(raw: string, now: Date, timezone: string): Parsed<TimeWindow> {
  const text = normalise(raw);
  const m = WINDOW_RE.exec(text);
  if (!m) return { ok: false, problem: { kind: "unreadable", text: raw.trim() } };
  const [, weekdayWord, relative, d, mo, y, named, monthName, namedYear, h1, m1, h2, m2] = m;
  const today = DateTime.fromJSDate(now, { zone: timezone }).startOf("day");
  const weekday = weekdayWord ? WEEKDAYS[weekdayWord] : undefined;
  let date = dateOf({ relative, d, m: mo, y, named, monthName, namedYear }, today);
  if (date === "bad") return { ok: false, problem: { kind: "bad-date", text: raw.trim() } };
  if (!date) {
    if (weekday === undefined) return { ok: false, problem: { kind: "no-day", text: raw.trim() } };
    date = nextWeekday(weekday, today);
  }
  const day = DateTime.fromObject(date, { zone: timezone });
  if (!day.isValid) return { ok: false, problem: { kind: "bad-date", text: raw.trim() } };
  if (weekday !== undefined && day.weekday !== weekday) return { ok: false, problem: { kind: "weekday", text: raw.trim(), weekday: day.weekday } };
  const startsAt = localInstant(date, Number(h1), Number(m1 ?? 0), timezone);
  if (startsAt === "bad") return { ok: false, problem: { kind: "unreadable", text: raw.trim() } };
  if (startsAt === "nonexistent") return { ok: false, problem: { kind: "nonexistent", text: raw.trim() } };
  const endsAt = h2 === undefined ? new Date(startsAt.getTime() + DEFAULT_WINDOW_MINUTES * 60_000) : localInstant(date, Number(h2), Number(m2 ?? 0), timezone);
  if (endsAt === "bad") return { ok: false, problem: { kind: "unreadable", text: raw.trim() } };
  if (endsAt === "nonexistent") return { ok: false, problem: { kind: "nonexistent", text: raw.trim() } };
  // Lengths are real minutes: a window across the autumn change is an hour longer on the wall than in life.
  if (endsAt <= startsAt) return { ok: false, problem: { kind: "end-before-start", text: raw.trim() } };
  if (endsAt.getTime() - startsAt.getTime() > MAX_WINDOW_MINUTES * 60_000) return { ok: false, problem: { kind: "too-long", text: raw.trim() } };
  if (startsAt <= now) return { ok: false, problem: { kind: "past", text: raw.trim() } };
  // 31/12/9999 is a typo, not a plan: a visit is proposed for the coming months, never beyond a year.
  if (startsAt.getTime() > now.getTime() + MAX_AHEAD_MS) return { ok: false, problem: { kind: "too-far", text: raw.trim() } };
  return { ok: true, value: { startsAt, endsAt } };
}

/** One to three windows separated by ";" or new lines, in the order staff gave them. */
export function parseWindows(text: string, now: Date, timezone: string): Parsed<TimeWindow[]> {
  const pieces = text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!pieces.length) return { ok: false, problem: { kind: "none" } };
  if (pieces.length > MAX_WINDOWS) return { ok: false, problem: { kind: "too-many", count: pieces.length } };
  const windows: TimeWindow[] = [];
  for (const piece of pieces) {
    const parsed = parseWindow(piece, now, timezone);
    if (!parsed.ok) return parsed;
    windows.push(parsed.value);
  }
  return { ok: true, value: windows };
}

/** A local day as [from, to) instants: "oggi", "domani", "dopodomani", "gio", "3/12", "2026-12-03", "3 dicembre"; empty is today. */
export function parseDay(raw: string, now: Date, timezone: string): Parsed<{ from: Date; to: Date }> {
  const text = normalise(raw);
  const today = DateTime.fromJSDate(now, { zone: timezone }).startOf("day");
  let date: LocalDate | "bad" | undefined;
  if (!text) date = { year: today.year, month: today.month, day: today.day };
  else {
    const m = DAY_RE.exec(text);
    if (!m) return { ok: false, problem: { kind: "unreadable", text: raw.trim() } };
    const [, alone, weekdayWord, relative, d, mo, y, isoY, isoM, isoD, named, monthName, namedYear] = m;
    if (alone) date = nextWeekday(WEEKDAYS[alone]!, today);
    else if (isoY) date = { year: Number(isoY), month: Number(isoM), day: Number(isoD) };
    else date = dateOf({ relative, d, m: mo, y, named, monthName, namedYear }, today);
    if (date && date !== "bad" && weekdayWord) {
      const day = DateTime.fromObject(date, { zone: timezone });
      if (day.isValid && day.weekday !== WEEKDAYS[weekdayWord]) return { ok: false, problem: { kind: "weekday", text: raw.trim(), weekday: day.weekday } };
    }
  }
  if (!date || date === "bad") return { ok: false, problem: { kind: "bad-date", text: raw.trim() } };
  const start = DateTime.fromObject(date, { zone: timezone });
  if (!start.isValid) return { ok: false, problem: { kind: "bad-date", text: raw.trim() } };
  // A local day is 23 or 25 hours on the change days: its end is the next midnight, not 24 hours later.
  return { ok: true, value: { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() } };
}

/** `/visita [#]12 <windows> | <who> | <note>`: the request number (optional inside its topic), then the parts. */
export function parseProposal(text: string): { requestId?: number; windows: string; who?: string; notes?: string } {
  const [head = "", who, ...rest] = text.split("|").map((p) => p.trim());
  const numbered = /^#?(\d+)(?:\s+|$)(.*)$/s.exec(head);
  // "3/12 …" starts with a date, never with a request number: a number is followed by a space or nothing.
  const requestId = numbered && !/^[/.-]/.test(numbered[2] ?? "") ? Number(numbered[1]) : undefined;
  const windows = requestId !== undefined ? numbered![2]!.trim() : head;
  const notes = rest.join(" | ").trim();
  return { ...(requestId !== undefined ? { requestId } : {}), windows, ...(who ? { who: who.slice(0, 80) } : {}), ...(notes ? { notes: notes.slice(0, 300) } : {}) };
}

/** Whether who comes names a role the resident can read in their language, or a person. */
export function roleOf(who: string): Role | undefined {
  const w = who.toLowerCase();
  if (/infermier/.test(w)) return "nurse";
  if (/badant|assistente familiare|\boss\b|caregiver/.test(w)) return "carer";
  if (/operat(ore|rice)|sportell/.test(w)) return "operator";
  return undefined;
}

export function whoComes(visit: Pick<Visit, "who" | "role">): WhoComes {
  return visit.role ? { role: visit.role } : { name: visit.who };
}

/** "scala B · piano 3 · interno 5", found in an address or a note, for the worker's list. */
export function floorAndStair(...texts: Array<string | null | undefined>): string | undefined {
  const text = texts.filter(Boolean).join(" ");
  const found: string[] = [];
  const stair = /\bscala\s+([a-z0-9]{1,3})\b/i.exec(text);
  if (stair) found.push(`scala ${stair[1]!.toUpperCase()}`);
  const floor = /\bpiano\s+(terra|rialzato|\d{1,2})\b|\b(\d{1,2})\s*°\s*piano\b/i.exec(text);
  if (floor) found.push(`piano ${(floor[1] ?? floor[2])!.toLowerCase()}`);
  const flat = /\b(?:interno|int\.)\s*([a-z0-9]{1,4})\b/i.exec(text);
  if (flat) found.push(`interno ${flat[1]}`);
  return found.length ? found.join(" · ") : undefined;
}

/** When the reminders of a visit fall due: the day before at the same local time, and an hour before. */
export function visitReminderTimes(startsAt: Date, now: Date, timezone: string): Array<{ notice: "reminder-day" | "reminder-hour"; dueAt: Date }> {
  const dayBefore = DateTime.fromJSDate(startsAt, { zone: timezone }).minus({ days: 1 }).toJSDate();
  const hourBefore = new Date(startsAt.getTime() - 3_600_000);
  return [
    ...(dayBefore > now ? [{ notice: "reminder-day" as const, dueAt: dayBefore }] : []),
    ...(hourBefore > now ? [{ notice: "reminder-hour" as const, dueAt: hourBefore }] : []),
  ];
}

// ---------------------------------------------------------------- what the desk says (intents; the bot words them)

/** A message to the resident about a visit, queued in the outbox and worded in their language when sent. */
export type VisitNotice = {
  type: "visit";
  notice: "proposal" | "reminder-day" | "reminder-hour" | "not-home" | "moved" | "called-off" | "proposal-called-off";
  visitId: number;
  requestId: number;
  who: WhoComes;
  /** The proposal's windows, ISO instants. */
  windows?: Array<{ position: number; from: string; to: string }>;
  /** The agreed time. */
  from?: string;
  to?: string;
};

export type VisitEvent =
  | "proposed"
  | "confirmed"
  | "none-works"
  | "reminder-ok"
  | "declined"
  | "done"
  | "not-home"
  | "rescheduled"
  | "again-yes"
  | "again-no"
  | "called-off"
  | "proposal-called-off"
  /** The request moved to another team with its visit still to come (see requests.transfer). */
  | "team-moved";

/** A notice about a visit for staff in its request's topic, worded in Italian when it is posted. */
export interface VisitStaffNotice {
  event: VisitEvent;
  visitId: number;
  workerId: number;
  workerName: string;
  who: string;
  /** Who acted, when not the resident (a colleague marking the visit). */
  by?: string;
  windows?: Array<{ from: string; to: string }>;
  from?: string;
  to?: string;
}

export const visitProposalRef = (visitId: number) => `visit:${visitId}:proposal`;
export const visitRemindersRef = (visitId: number) => `visit:${visitId}:reminders`;

// ---------------------------------------------------------------- the rules

export interface ProposalInput {
  requestId: number;
  windows: TimeWindow[];
  /** Who comes as the resident will read it; the worker's name when left out. */
  who?: string;
  notes?: string;
  worker: Actor;
}

export type ProposeResult =
  | { ok: true; visit: Visit; windows: VisitWindow[]; superseded?: Visit }
  | { ok: false; reason: "not-found" | "closed" | "no-address" | "unreachable" | "no-windows" }
  | { ok: false; reason: "too-many"; count: number }
  | { ok: false; reason: "past" | "too-far"; window: TimeWindow }
  | { ok: false; reason: "overlap"; window: TimeWindow; other: Visit };

export type ChooseResult =
  | { ok: true; visit: Visit; calendarUpdate: boolean }
  | { ok: false; reason: "not-found" | "expired" }
  /** The window was taken meanwhile (another visit of the worker) or has passed: these are still open. */
  | { ok: false; reason: "unavailable"; remaining: VisitWindow[] };

export type ResidentAnswer = { ok: true; visit: Visit } | { ok: false; reason: "not-found" | "expired" };

export type Outcome = "done" | "not-home" | "rescheduled";
export type MarkResult =
  | { ok: true; visit: Visit }
  | { ok: false; reason: "not-found" | "not-yours" | "not-confirmed" | "too-early" | "not-started" };

export interface DayVisit {
  visit: Visit;
  request: Request;
  residentName: string | undefined;
  phone: string | undefined;
  language: string;
}

/** Visits that may still change: the series a new proposal continues. */
const OPEN_SERIES: Visit["status"][] = ["proposed", "none-works", "confirmed", "declined", "not-home", "rescheduled"];

export function visitsService(repos: Repositories, clock: Clock, notify: Notifications, options: { timezone: string }) {
  const { visits, requests, audit } = repos;
  const residentActor = (residentId: number): Actor => ({ id: residentId, name: "residente" });

  function tellStaff(visit: Visit, event: VisitEvent, extra: Partial<VisitStaffNotice> = {}): void {
    const notice: VisitStaffNotice = {
      event,
      visitId: visit.id,
      workerId: visit.workerId,
      workerName: visit.workerName,
      who: visit.who,
      ...(visit.startsAt && visit.endsAt ? { from: visit.startsAt.toISOString(), to: visit.endsAt.toISOString() } : {}),
      ...extra,
    };
    notify.toGroup({ type: "board", action: "visit", requestId: visit.requestId, notice });
    // The card shows the visit's state.
    notify.toGroup({ type: "board", action: "card", requestId: visit.requestId });
  }

  function record(actor: Actor, visit: Visit, action: string, detail?: string): void {
    audit.record(clock.now(), actor, action, { requestId: visit.requestId, detail: `visita V${visit.id}${detail ? ` · ${detail}` : ""}` });
  }

  function planReminders(visit: Visit, residentId: number): void {
    for (const r of visitReminderTimes(visit.startsAt!, clock.now(), options.timezone)) {
      notify.toResident(
        residentId,
        `visit-${r.notice}`,
        visitRemindersRef(visit.id),
        {
          type: "visit",
          notice: r.notice,
          visitId: visit.id,
          requestId: visit.requestId,
          who: whoComes(visit),
          from: visit.startsAt!.toISOString(),
          to: visit.endsAt!.toISOString(),
        },
        { dueAt: r.dueAt, expiresAt: visit.startsAt! },
      );
    }
  }

  /** A press of the resident's on a visit: theirs, and still in the state the button was for. */
  function residentsVisit(residentId: number, visitId: number): { visit: Visit; request: Request } | undefined {
    const visit = visits.get(visitId);
    const request = visit && requests.get(visit.requestId);
    if (!visit || !request || request.residentId !== residentId) return undefined;
    return { visit, request };
  }

  /** A visit with its request and how to reach the person (name, phone if they shared it, language). */
  function entry(visit: Visit): DayVisit | undefined {
    const request = requests.get(visit.requestId);
    if (!request) return undefined;
    const resident = repos.residents.get(request.residentId);
    const known = resident && !resident.forgottenAt;
    return {
      visit,
      request,
      residentName: known ? (resident.firstName ?? undefined) : undefined,
      phone: known ? (resident.phone ?? undefined) : undefined,
      language: resident?.language ?? request.language,
    };
  }

  /** Windows still open to the resident: in the future and free in the worker's day. */
  function openWindows(visit: Visit): VisitWindow[] {
    const now = clock.now();
    return visits.windows(visit.id).filter((w) => w.startsAt > now && !visits.overlapping(visit.workerId, w.startsAt, w.endsAt, visit.id).length);
  }

  return {
    get: (visitId: number) => visits.get(visitId),
    windows: (visitId: number) => visits.windows(visitId),
    latestFor: (requestId: number) => visits.latestFor(requestId),
    openWindows,

    /**
     * Staff propose windows for a request's home visit. Refused: a closed or unknown request, no address (nor a
     * note saying where), a window in the past, a window that overlaps another visit of the same worker. A pending
     * proposal of the same request is withdrawn, a confirmed visit moved: the new one continues its series.
     */
    propose(input: ProposalInput): ProposeResult {
      if (!input.windows.length) return { ok: false, reason: "no-windows" };
      if (input.windows.length > MAX_WINDOWS) return { ok: false, reason: "too-many", count: input.windows.length };
      return repos.transaction((): ProposeResult => {
        const now = clock.now();
        const request = requests.get(input.requestId);
        if (!request) return { ok: false, reason: "not-found" };
        if (request.status === "closed" || request.erasedAt) return { ok: false, reason: "closed" };
        const resident = repos.residents.get(request.residentId);
        if (!resident || resident.blockedAt || resident.forgottenAt) return { ok: false, reason: "unreachable" };
        if (!request.address && request.latitude === null && !input.notes) return { ok: false, reason: "no-address" };
        const previous = visits.latestFor(request.id);
        for (const window of input.windows) {
          if (window.startsAt <= now) return { ok: false, reason: "past", window };
          if (window.startsAt.getTime() > now.getTime() + MAX_AHEAD_MS) return { ok: false, reason: "too-far", window };
          const [other] = visits.overlapping(input.worker.id, window.startsAt, window.endsAt, previous?.status === "confirmed" ? previous.id : undefined);
          if (other) return { ok: false, reason: "overlap", window, other };
        }
        let superseded: Visit | undefined;
        if (previous?.status === "proposed" || previous?.status === "confirmed") {
          superseded = visits.update(previous.id, { status: previous.status === "proposed" ? "withdrawn" : "rescheduled", outcomeAt: now })!;
          notify.cancel([visitProposalRef(previous.id), visitRemindersRef(previous.id)]);
          record(input.worker, superseded, previous.status === "proposed" ? "visit-withdraw" : "visit-reschedule", "nuova proposta");
          // The agreed time is off: said first, so the proposal that follows reads as its replacement.
          if (previous.status === "confirmed") {
            notify.toResident(request.residentId, "visit-moved", `visit:${previous.id}:moved`, {
              type: "visit",
              notice: "moved",
              visitId: previous.id,
              requestId: request.id,
              who: whoComes(previous),
              from: previous.startsAt!.toISOString(),
              to: previous.endsAt!.toISOString(),
            });
          }
        }
        const continues = previous && OPEN_SERIES.includes(previous.status);
        const who = (input.who ?? input.worker.name.split(" ")[0] ?? input.worker.name).trim() || input.worker.name;
        const visit = visits.insert(
          {
            requestId: request.id,
            sequence: continues ? previous.sequence + 1 : 0,
            // The worker's team, which stays the visit's if the request later moves to another team.
            team: request.teamId,
            workerId: input.worker.id,
            workerName: input.worker.name,
            who,
            role: roleOf(who) ?? null,
            address: request.address,
            latitude: request.latitude,
            longitude: request.longitude,
            notes: input.notes ?? null,
            status: "proposed",
            proposedAt: now,
            createdBy: input.worker.id,
            createdAt: now,
          },
          continues ? previous.series : undefined,
        );
        visits.addWindows(visit.id, input.windows);
        const windows = visits.windows(visit.id);
        notify.toResident(request.residentId, "visit-proposal", visitProposalRef(visit.id), {
          type: "visit",
          notice: "proposal",
          visitId: visit.id,
          requestId: request.id,
          who: whoComes(visit),
          windows: windows.map((w) => ({ position: w.position, from: w.startsAt.toISOString(), to: w.endsAt.toISOString() })),
        });
        record(input.worker, visit, "visit-propose", windows.map((w) => w.startsAt.toISOString()).join(", "));
        tellStaff(visit, "proposed", { windows: windows.map((w) => ({ from: w.startsAt.toISOString(), to: w.endsAt.toISOString() })) });
        return { ok: true, visit, windows, ...(superseded ? { superseded } : {}) };
      });
    },

    /** The resident picks window `position`: checked against what was proposed and the worker's day now. */
    choose(residentId: number, visitId: number, position: number): ChooseResult {
      return repos.transaction((): ChooseResult => {
        const found = residentsVisit(residentId, visitId);
        if (!found) return { ok: false, reason: "not-found" };
        const { visit } = found;
        if (visit.status !== "proposed") return { ok: false, reason: "expired" };
        const open = openWindows(visit);
        const window = open.find((w) => w.position === position);
        if (!window) return { ok: false, reason: "unavailable", remaining: open };
        const now = clock.now();
        const confirmed = visits.update(visit.id, { status: "confirmed", startsAt: window.startsAt, endsAt: window.endsAt, confirmedAt: now })!;
        planReminders(confirmed, residentId);
        record(residentActor(residentId), confirmed, "visit-confirm", `fascia ${position}`);
        tellStaff(confirmed, "confirmed");
        return { ok: true, visit: confirmed, calendarUpdate: confirmed.sequence > 0 && visits.seriesInCalendar(confirmed.series) };
      });
    },

    /** "None of these works": staff are told; what the resident writes next reaches the topic as always. */
    noneWorks(residentId: number, visitId: number): ResidentAnswer {
      return repos.transaction((): ResidentAnswer => {
        const found = residentsVisit(residentId, visitId);
        if (!found) return { ok: false, reason: "not-found" };
        if (found.visit.status !== "proposed") return { ok: false, reason: "expired" };
        const visit = visits.update(visitId, { status: "none-works", outcomeAt: clock.now() })!;
        record(residentActor(residentId), visit, "visit-none-works");
        tellStaff(visit, "none-works");
        return { ok: true, visit };
      });
    },

    /** [OK] or [I can't] under a reminder; "I can't" tells staff at once and reopens scheduling. */
    answerReminder(residentId: number, visitId: number, answer: "ok" | "cant"): ResidentAnswer {
      return repos.transaction((): ResidentAnswer => {
        const found = residentsVisit(residentId, visitId);
        if (!found) return { ok: false, reason: "not-found" };
        const now = clock.now();
        if (found.visit.status !== "confirmed" || found.visit.endsAt! <= now) return { ok: false, reason: "expired" };
        if (answer === "ok") {
          record(residentActor(residentId), found.visit, "visit-reminder-ok");
          tellStaff(found.visit, "reminder-ok");
          return { ok: true, visit: found.visit };
        }
        const visit = visits.update(visitId, { status: "declined", outcomeAt: now })!;
        notify.cancel([visitRemindersRef(visitId)]);
        record(residentActor(residentId), visit, "visit-declined");
        tellStaff(visit, "declined");
        return { ok: true, visit };
      });
    },

    /**
     * The request was closed: a visit still to come is called off, so that nobody goes to a closed case's door. The
     * resident is told why, the worker's reminders and day list lose it, the topic says so. Runs inside the close.
     */
    callOff(requestId: number, actor: Actor): Visit | undefined {
      return repos.transaction(() => {
        const visit = visits.latestFor(requestId);
        const request = requests.get(requestId);
        if (!visit || !request) return undefined;
        const now = clock.now();
        const pending = visit.status === "proposed" || visit.status === "none-works";
        const coming = visit.status === "confirmed" && visit.endsAt! > now;
        if (!pending && !coming) return undefined;
        const cancelled = visits.update(visit.id, { status: "cancelled", outcomeAt: now })!;
        notify.cancel([visitProposalRef(visit.id), visitRemindersRef(visit.id)]);
        const notice = coming ? ("called-off" as const) : ("proposal-called-off" as const);
        const told = { type: "visit" as const, notice, visitId: visit.id, requestId, who: whoComes(visit) };
        const when = coming ? { from: visit.startsAt!.toISOString(), to: visit.endsAt!.toISOString() } : {};
        notify.toResident(request.residentId, `visit-${notice}`, `visit:${visit.id}:called-off`, { ...told, ...when });
        record(actor, cancelled, "visit-cancel", "richiesta chiusa");
        tellStaff(cancelled, notice);
        return cancelled;
      });
    },

    /** After "not at home": whether the resident wants another appointment (asked once). */
    answerAgain(residentId: number, visitId: number, answer: "yes" | "no"): ResidentAnswer {
      return repos.transaction((): ResidentAnswer => {
        const found = residentsVisit(residentId, visitId);
        if (!found) return { ok: false, reason: "not-found" };
        if (found.visit.status !== "not-home" || found.visit.again) return { ok: false, reason: "expired" };
        const visit = visits.update(visitId, { again: answer })!;
        record(residentActor(residentId), visit, answer === "yes" ? "visit-again-yes" : "visit-again-no");
        tellStaff(visit, answer === "yes" ? "again-yes" : "again-no");
        return { ok: true, visit };
      });
    },

    /**
     * The worker (or a coordinator) marks a confirmed visit: done, not at home (the resident is asked whether to
     * set another), or to be moved (the resident is told a new time will come). Audited.
     */
    mark(visitId: number, outcome: Outcome, actor: Actor, may: { coordinator: boolean }): MarkResult {
      return repos.transaction((): MarkResult => {
        const visit = visits.get(visitId);
        const request = visit && requests.get(visit.requestId);
        if (!visit || !request) return { ok: false, reason: "not-found" };
        if (visit.workerId !== actor.id && !may.coordinator) return { ok: false, reason: "not-yours" };
        if (visit.status !== "confirmed") return { ok: false, reason: "not-confirmed" };
        const now = clock.now();
        if (outcome !== "rescheduled" && now.getTime() < visit.startsAt!.getTime() - MARK_EARLY_MS) return { ok: false, reason: "too-early" };
        // Nobody can be "not at home" before the window opens: the resident would be told so while still waiting.
        if (outcome === "not-home" && now.getTime() < visit.startsAt!.getTime()) return { ok: false, reason: "not-started" };
        const marked = visits.update(visitId, { status: outcome, outcomeAt: now })!;
        notify.cancel([visitRemindersRef(visitId)]);
        const told = { type: "visit" as const, visitId, requestId: visit.requestId, who: whoComes(visit), from: visit.startsAt!.toISOString(), to: visit.endsAt!.toISOString() };
        if (outcome === "not-home") notify.toResident(request.residentId, "visit-not-home", `visit:${visitId}:not-home`, { ...told, notice: "not-home" });
        if (outcome === "rescheduled") notify.toResident(request.residentId, "visit-moved", `visit:${visitId}:moved`, { ...told, notice: "moved" });
        record(actor, marked, `visit-${outcome}`);
        tellStaff(marked, outcome, actor.id === visit.workerId ? {} : { by: actor.name });
        return { ok: true, visit: marked };
      });
    },

    /** The visits of a local day that hold time, one worker's or everyone's, in time order, with where to go. */
    day(from: Date, to: Date, workerId?: number): DayVisit[] {
      return visits.between(from, to, workerId).flatMap((visit) => entry(visit) ?? []);
    },

    entry,

    /** The resident took the calendar file: a later time of the same series will be sent to them unasked. */
    calendarTaken(visitId: number): void {
      visits.update(visitId, { residentCalendarAt: clock.now() });
    },

    residentOf: (visitId: number) => visits.residentOf(visitId),

    /** Visits planned, done, not at home, moved or cancelled, by month and team (some teams' only), for /stats and /export. */
    figures(period: Period, teamIds?: readonly string[]): VisitCounts[] {
      const monthOf = (at: number) => DateTime.fromMillis(at, { zone: options.timezone }).toFormat("yyyy-LL");
      return visits.counts(period.from, period.to, monthOf, teamIds);
    },
  };
}

export type VisitsService = ReturnType<typeof visitsService>;
