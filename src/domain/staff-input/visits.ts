import { DateTime } from "luxon";
import type { Visit } from "#src/domain/ports/records.js";

/**
 * How staff write a home visit in /visita, read as Italians write it: windows ("gio 3/12 10-11", "domani dalle 9.30"),
 * days, who comes (a name or a role), the floor and stair in a note. Anything else is refused with the piece named.
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
export function parseDayRange(raw: string, now: Date, timezone: string): Parsed<{ from: Date; to: Date }> {
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

/**
 * Whether who comes reads as people's names in any language ("Marco", "Elena Rossi", "Anna & Marco", "Anna Maria de
 * Luca"): up to six words, each capitalised but for the particles of surnames, joined by "&", "+", "/" or commas.
 * Anything else ("la signora della cooperativa") is Italian a resident who reads another language could not read.
 */
export function looksLikeName(who: string): boolean {
  const words = who
    .trim()
    .split(/[\s,&+/]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  const particle = /^(di|de|da|del|della|dal|van|von|al|el|ben|bin)$/;
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || particle.test(w));
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
