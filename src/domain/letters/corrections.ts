// A value staff type to correct a fact the rules read wrong (the OCR took an 8 for a 3, the rules took the date of
// the letter for its deadline): parsed and checked the way the rules read letters, so that a reminder is never set
// for the 31st of February nor a bank account offered with wrong check digits.
import { findDates, findTimes } from "./dates.js";
import { ibanValid } from "./codes.js";
import type { LetterFact, LocalDay } from "./facts.js";

/** The kinds of fact a person can type a value for; a sender or a law is confirmed or rejected only. */
export const CORRECTABLE = ["amount", "deadline", "date", "appointment", "pagopa", "iban", "protocol"] as const;
export type CorrectableKind = (typeof CORRECTABLE)[number];

export function correctable(kind: LetterFact["kind"]): kind is CorrectableKind {
  return (CORRECTABLE as readonly string[]).includes(kind);
}

/** What a correction changes in a fact: its value only (the letter's words it was read from stay as they were). */
export type Correction =
  | { kind: "amount"; cents: number }
  | { kind: "deadline" | "date"; day: LocalDay }
  | { kind: "appointment"; day: LocalDay; time?: { hour: number; minute: number } }
  | { kind: "pagopa" | "iban" | "protocol"; code: string };

/** Above this a typed amount is a slip of the keyboard, not a sum a letter asks a resident for. */
const MAX_CENTS = 100_000_000;

/** The typed value for a fact of this kind, or undefined when it is not one. */
export function parseCorrection(kind: CorrectableKind, typed: string): Correction | undefined {
  const input = typed.normalize("NFKC").trim();
  if (!input || input.length > 80) return undefined;
  switch (kind) {
    case "amount": {
      const cents = parseEuros(input);
      return cents === undefined ? undefined : { kind, cents };
    }
    case "deadline":
    case "date": {
      const day = wholeDate(input);
      return day ? { kind, day } : undefined;
    }
    case "appointment":
      return parseAppointment(input);
    case "pagopa": {
      const digits = input.replace(/[\s.-]/g, "");
      return /^\d{18}$/.test(digits) ? { kind, code: digits } : undefined;
    }
    case "iban": {
      const iban = input.replace(/[\s-]/g, "").toUpperCase();
      return iban.length >= 15 && iban.length <= 34 && ibanValid(iban) ? { kind, code: iban } : undefined;
    }
    case "protocol": {
      const code = input.replace(/^(?:prot(?:ocollo)?\.?\s*)?(?:n(?:r|um)?\.?|numero|n°)?\s*/i, "").trim();
      return /^[A-Za-z0-9][A-Za-z0-9/._-]{0,39}$/.test(code) && /\d/.test(code) ? { kind, code } : undefined;
    }
  }
}

/** "1.248,60", "1248,60", "1248.60", "€ 80", "80 euro": Italian first (comma for cents), a lone ".dd" as cents too. */
export function parseEuros(input: string): number | undefined {
  const bare = input.replace(/€|\beuro\b|\bEUR\b/gi, "").replace(/\s+/g, "").trim();
  let units: string;
  let cents = "0";
  if (/^\d{1,3}(?:[.']\d{3})*,\d{1,2}$|^\d+,\d{1,2}$/.test(bare)) {
    const [whole, decimals] = bare.split(",");
    units = whole!.replace(/[.']/g, "");
    cents = decimals!.padEnd(2, "0");
  } else if (/^\d+\.\d{2}$/.test(bare)) {
    [units, cents] = bare.split(".") as [string, string];
  } else if (/^\d{1,3}(?:[.']\d{3})+$|^\d+$/.test(bare)) {
    units = bare.replace(/[.']/g, "");
  } else return undefined;
  const total = Number(units) * 100 + Number(cents);
  return Number.isSafeInteger(total) && total > 0 && total <= MAX_CENTS ? total : undefined;
}

/** A date and nothing else: "15/01/2027", "15.1.27", "15 gennaio 2027", or "2027-01-15". */
function wholeDate(input: string): LocalDay | undefined {
  const iso = input.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const text = iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : input;
  const [found, ...more] = findDates(text);
  if (!found || more.length || text.slice(0, found.start).trim() || text.slice(found.end).trim()) return undefined;
  return found.day;
}

/** "14/12/2026 10:30", "14/12/2026 ore 10.30", "14 dicembre 2026 alle 9": the day, and the time when given. */
function parseAppointment(input: string): Correction | undefined {
  const [date, ...more] = findDates(input);
  if (!date || more.length || input.slice(0, date.start).trim()) return undefined;
  const rest = input.slice(date.end).trim().replace(/^(?:,|alle|-)\s*/i, "");
  if (!rest) return { kind: "appointment", day: date.day };
  const spoken = /^(?:ore|h\.?)/i.test(rest) ? rest : `ore ${rest}`;
  const [time, ...others] = findTimes(spoken);
  if (!time || others.length || spoken.slice(time.end).trim()) return undefined;
  return { kind: "appointment", day: date.day, time: { hour: time.hour, minute: time.minute } };
}

/** The fact with the corrected value; the words it was read from stay, to show what the letter printed. */
export function applyCorrection<F extends LetterFact>(fact: F, correction: Correction): F {
  const next = { ...fact } as LetterFact;
  if (next.kind === "amount" && correction.kind === "amount") next.cents = correction.cents;
  else if ((next.kind === "deadline" || next.kind === "date") && (correction.kind === "deadline" || correction.kind === "date")) next.day = correction.day;
  else if (next.kind === "appointment" && correction.kind === "appointment") {
    next.day = correction.day;
    if (correction.time) next.time = correction.time;
    else delete next.time;
  } else if ((next.kind === "pagopa" || next.kind === "iban" || next.kind === "protocol") && "code" in correction) next.code = correction.code;
  return next as F;
}
