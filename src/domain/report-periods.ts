import { DateTime } from "luxon";
import { daysPeriod, monthOf, monthPeriod, type Period, type YearMonth } from "./statistics.js";

/** A report period is at most a year: a bigger export would hold the whole history in memory at once. */
export const MAX_EXPORT_DAYS = 366;

function yearMonth(year: number, month: number): YearMonth | undefined {
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** The month staff ask /stats for: "2026-11", "11/2026" or "11-2026"; nothing means the current month. */
export function parseMonth(text: string, now: Date, timezone: string): YearMonth | undefined {
  const arg = text.trim();
  if (!arg) return monthOf(now, timezone);
  const iso = arg.match(/^(\d{4})-(\d{1,2})$/);
  if (iso) return yearMonth(Number(iso[1]), Number(iso[2]));
  const local = arg.match(/^(\d{1,2})[/.-](\d{4})$/);
  if (local) return yearMonth(Number(local[2]), Number(local[1]));
  return undefined;
}

/** "2026-11-30" or "30/11/2026" → "2026-11-30". */
function isoDay(text: string): string | undefined {
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) return text;
  const local = text.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/);
  if (local) return `${local[3]}-${local[2]!.padStart(2, "0")}-${local[1]!.padStart(2, "0")}`;
  return undefined;
}

export type ExportRange =
  | { ok: true; period: Period; first: string; last: string }
  | { ok: false; reason: "usage" | "not-dates" | "too-long" }
  | { ok: false; reason: "reversed"; first: string; last: string };

/** The days staff ask /export for: a month ("2026-11"), or a first and a last day. */
export function parseExportRange(text: string, now: Date, timezone: string): ExportRange {
  const args = text.trim().split(/\s+/).filter(Boolean);
  if (args.length === 1) {
    const month = parseMonth(args[0]!, now, timezone);
    const period = month && monthPeriod(month, timezone);
    if (!period) return { ok: false, reason: "usage" };
    const first = DateTime.fromJSDate(period.from, { zone: timezone });
    return { ok: true, period, first: first.toISODate()!, last: first.endOf("month").toISODate()! };
  }
  if (args.length !== 2) return { ok: false, reason: "usage" };
  const [first, last] = args.map(isoDay);
  if (!first || !last || !DateTime.fromISO(first).isValid || !DateTime.fromISO(last).isValid) return { ok: false, reason: "not-dates" };
  const period = daysPeriod(first, last, timezone);
  if (!period) return { ok: false, reason: "reversed", first, last };
  if (period.to.getTime() - period.from.getTime() > MAX_EXPORT_DAYS * 86_400_000) return { ok: false, reason: "too-long" };
  return { ok: true, period, first, last };
}
