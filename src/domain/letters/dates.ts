// Italian dates as letters print them: "15/01/2027", "15.01.27", "15 gennaio 2027", "1° dicembre 2026".
import type { LocalDay } from "./facts.js";

const MONTHS: Record<string, number> = {
  gennaio: 1,
  febbraio: 2,
  marzo: 3,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  agosto: 8,
  settembre: 9,
  ottobre: 10,
  novembre: 11,
  dicembre: 12,
};

export interface DateMatch {
  day: LocalDay;
  start: number;
  end: number;
}

const NUMERIC = /(?<![\d/.-])(\d{1,2}) ?([./-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?![\d/])/g;
const WORDS = new RegExp(
  String.raw`(?<!\d)(\d{1,2})[ ]*(?:°|º)?[ ]+(${Object.keys(MONTHS).join("|")})[ ]+(\d{4})(?!\d)`,
  "gi",
);

export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const day = validDay(year, Number(m[3]), Number(m[1]));
    if (day) found.push({ day, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(WORDS)) {
    const day = validDay(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
    if (day) found.push({ day, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function validDay(year: number, month: number, day: number): LocalDay | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? { year, month, day } : undefined;
}

export interface TimeMatch {
  hour: number;
  minute: number;
  start: number;
  end: number;
}

/** "ore 10:30", "alle ore 9.00", "ore 9", "h 15.30". */
const TIME = /\b(?:ore|h\.?)\s*(\d{1,2})(?:\s?[:.,]\s?(\d{2}))?(?!\d)/gi;

export function findTimes(text: string): TimeMatch[] {
  const found: TimeMatch[] = [];
  for (const m of text.matchAll(TIME)) {
    const hour = Number(m[1]);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    if (hour <= 23 && minute <= 59) found.push({ hour, minute, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
