/**
 * Italian public holidays (giorni festivi, law 260/1949 as amended) for any Gregorian year, plus a city's patron
 * day. Dates are civil dates with no time zone: the caller decides in which zone a day begins and ends.
 */

/** A stable id per holiday, so that a resident-facing text can be localised by the caller. */
export type HolidayId =
  | "new-year"
  | "epiphany"
  | "easter"
  | "easter-monday"
  | "liberation-day"
  | "labour-day"
  | "republic-day"
  | "assumption"
  | "st-francis"
  | "all-saints"
  | "immaculate-conception"
  | "christmas"
  | "st-stephen"
  | "patron-saint";

export interface Holiday {
  id: HolidayId;
  /** Italian name, for staff. */
  name: string;
  month: number;
  day: number;
  /** "YYYY-MM-DD". */
  date: string;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export interface ItalianHolidayOptions {
  /** The city's patron day as "MM-DD" (Alessandria, San Baudolino: "11-10"). */
  patronDay?: string;
  /** The patron's name as staff know it ("San Baudolino"). */
  patronName?: string;
  /** False leaves only the patron day (a desk that follows another calendar). Default true. */
  national?: boolean;
}

const FIXED: ReadonlyArray<{ id: HolidayId; name: string; month: number; day: number; since?: number }> = [
  { id: "new-year", name: "Capodanno", month: 1, day: 1 },
  { id: "epiphany", name: "Epifania", month: 1, day: 6 },
  { id: "liberation-day", name: "Festa della Liberazione", month: 4, day: 25 },
  { id: "labour-day", name: "Festa dei Lavoratori", month: 5, day: 1 },
  { id: "republic-day", name: "Festa della Repubblica", month: 6, day: 2 },
  { id: "assumption", name: "Ferragosto (Assunzione)", month: 8, day: 15 },
  // Law 151/2025 made 4 October a national holiday again from 1 January 2026.
  { id: "st-francis", name: "San Francesco d'Assisi, patrono d'Italia", month: 10, day: 4, since: 2026 },
  { id: "all-saints", name: "Ognissanti", month: 11, day: 1 },
  { id: "immaculate-conception", name: "Immacolata Concezione", month: 12, day: 8 },
  { id: "christmas", name: "Natale", month: 12, day: 25 },
  { id: "st-stephen", name: "Santo Stefano", month: 12, day: 26 },
];

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** "MM-DD" as month and day, if it names a day that exists in some year (02-29 included). */
export function parseMonthDay(text: string): { month: number; day: number } | undefined {
  const match = MONTH_DAY.exec(text);
  if (!match) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  // 2024 is a leap year, so 29 February counts as a real day.
  return isCivilDate({ year: 2024, month, day }) ? { month, day } : undefined;
}

export function isCivilDate(date: CivilDate): boolean {
  if (!Number.isInteger(date.year) || date.month < 1 || date.month > 12 || date.day < 1) return false;
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return probe.getUTCMonth() === date.month - 1 && probe.getUTCDate() === date.day;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CivilDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Easter is computed for Gregorian years from 1583, not ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The holidays of a year, in calendar order; a patron day on a national holiday is listed too. */
export function italianHolidays(year: number, options: ItalianHolidayOptions = {}): Holiday[] {
  const out: Holiday[] = [];
  if (options.national ?? true) {
    for (const fixed of FIXED) {
      if (fixed.since !== undefined && year < fixed.since) continue;
      out.push(holiday(year, fixed.id, fixed.name, fixed.month, fixed.day));
    }
    const easter = easterSunday(year);
    // Easter is in March or April, so the next day never leaves the year.
    const monday = new Date(Date.UTC(year, easter.month - 1, easter.day + 1));
    out.push(holiday(year, "easter", "Pasqua", easter.month, easter.day));
    out.push(holiday(year, "easter-monday", "Lunedì dell'Angelo (Pasquetta)", monday.getUTCMonth() + 1, monday.getUTCDate()));
  }
  if (options.patronDay !== undefined) {
    const patron = parseMonthDay(options.patronDay);
    if (!patron) throw new RangeError(`patron day must be "MM-DD", not "${options.patronDay}"`);
    // 29 February exists only in leap years.
    if (isCivilDate({ year, ...patron })) {
      out.push(holiday(year, "patron-saint", options.patronName ?? "Festa del santo patrono", patron.month, patron.day));
    }
  }
  // Stable sort: on a shared date the national holiday stays first.
  return out.sort((x, y) => x.month - y.month || x.day - y.day);
}

function holiday(year: number, id: HolidayId, name: string, month: number, day: number): Holiday {
  return { id, name, month, day, date: `${year}-${pad2(month)}-${pad2(day)}` };
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
