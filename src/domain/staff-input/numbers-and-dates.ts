import { DateTime } from "luxon";

/**
 * What staff type into /newsession, read as Italians write it: dates day first ("03/12/2026", "3.12",
 * "3-12-26"), times with a colon or a dot ("17:30", "9.00"), whole numbers. Anything else is not guessed
 * at: the form asks again with an example. (Months and periods for reports: report-periods.ts.)
 */

export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/**
 * "03/12/2026", "3.12.26" or "3-12" (this year in the desk's zone: at 00:30 on 1 January it is the new year, though
 * UTC is still in the old one); whether the day exists in that month is the domain's to check.
 */
export function parseCivilDay(text: string, now: Date, timezone: string): CivilDay | undefined {
  const m = text.trim().match(/^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = m[3] ? Number(m[3]) : DateTime.fromJSDate(now, { zone: timezone }).year;
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
