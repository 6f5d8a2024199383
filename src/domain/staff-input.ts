import { monthOf, type YearMonth } from "./statistics.js";

/**
 * What staff type into commands and forms, read as Italians write it: dates day first ("03/12/2026",
 * "3.12", "3-12-26"), times with a colon or a dot ("17:30", "9.00"), months as "11/2026" or "2026-11".
 * Anything else is not guessed at: the caller asks again with an example.
 */

export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** "03/12/2026", "3.12.26" or "3-12" (this year); whether the day exists in that month is the domain's to check. */
export function parseDay(text: string, now: Date): CivilDay | undefined {
  const m = text.trim().match(/^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = m[3] ? Number(m[3]) : now.getUTCFullYear();
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day };
}

/** "17:30" or "9.00", on a 24-hour clock. */
export function parseTime(text: string): { hour: number; minute: number } | undefined {
  const m = text.trim().match(/^(\d{1,2})[:.](\d{2})$/);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

/** A whole number from `min` to `max` (minutes, seats, weeks), digits only. */
export function parseWholeNumber(text: string, min: number, max: number): number | undefined {
  const s = text.trim();
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= max ? n : undefined;
}

function yearMonth(year: number, month: number): YearMonth | undefined {
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** "2026-11", "11/2026" or "11-2026"; nothing means the current month (in the desk's zone). */
export function parseMonth(text: string, now: Date, timezone: string): YearMonth | undefined {
  const arg = text.trim();
  if (!arg) return monthOf(now, timezone);
  const iso = arg.match(/^(\d{4})-(\d{1,2})$/);
  if (iso) return yearMonth(Number(iso[1]), Number(iso[2]));
  const local = arg.match(/^(\d{1,2})[/.-](\d{4})$/);
  if (local) return yearMonth(Number(local[2]), Number(local[1]));
  return undefined;
}

/** "2026-11-30" or "30/11/2026" → "2026-11-30" (not checked against the calendar). */
export function parseIsoDay(text: string): string | undefined {
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) return text;
  const local = text.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/);
  if (local) return `${local[3]}-${local[2]!.padStart(2, "0")}-${local[1]!.padStart(2, "0")}`;
  return undefined;
}
