// What the desk reads in an official letter, by rules: every fact carries the words of the letter it came from, so
// that a resident (and the staff member who checks it) can see where it was found. No guessing: a fact the rules do
// not find is simply absent, and staff add or correct it on the card.

export const FACT_KINDS = ["sender", "amount", "deadline", "appointment", "date", "pagopa", "iban", "protocol", "law"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Who wrote: the kinds of office the residents of the blocks hear from. */
export const SENDERS = [
  "atc",
  "comune",
  "inps",
  "asl",
  "entrate",
  "riscossione",
  "court",
  "utility",
  "questura",
  "prefettura",
  "inail",
] as const;
export type Sender = (typeof SENDERS)[number];

/** A calendar day as printed, without a time zone: "entro il 15/01/2027" is a local day. */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
}

interface FactBase {
  /** The words of the letter the fact was read from (one line or sentence, trimmed). */
  quote: string;
  /** Where the match starts in the text: facts are listed in reading order. */
  at: number;
}

export interface SenderFact extends FactBase {
  kind: "sender";
  sender: Sender;
  /** The office as the letter names it, e.g. "Comune di Alessandria". */
  name: string;
}
export interface AmountFact extends FactBase {
  kind: "amount";
  cents: number;
  /** Said to be the total or the sum to pay ("totale", "importo dovuto", "da pagare"). */
  total: boolean;
}
export interface DeadlineFact extends FactBase {
  kind: "deadline";
  day: LocalDay;
}
export interface AppointmentFact extends FactBase {
  kind: "appointment";
  day: LocalDay;
  /** Local time, e.g. { hour: 10, minute: 30 }; absent when the letter gives only the day. */
  time?: { hour: number; minute: number };
  place?: string;
}
export interface DateFact extends FactBase {
  kind: "date";
  day: LocalDay;
}
export interface CodeFact extends FactBase {
  kind: "pagopa" | "iban" | "protocol" | "law";
  /** Normalised: the 18 digits, the IBAN without spaces, "123/2026", "L. 431/1998". */
  code: string;
}

export type LetterFact = SenderFact | AmountFact | DeadlineFact | AppointmentFact | DateFact | CodeFact;

/** One comparable value per fact: used to drop duplicates, to score the corpus and to key staff's checks. */
export function factValue(fact: LetterFact): string {
  switch (fact.kind) {
    case "sender":
      return fact.sender;
    case "amount":
      return String(fact.cents);
    case "deadline":
    case "date":
      return isoDay(fact.day);
    case "appointment":
      return fact.time ? `${isoDay(fact.day)}T${pad(fact.time.hour)}:${pad(fact.time.minute)}` : isoDay(fact.day);
    default:
      return fact.code;
  }
}

export function isoDay(day: LocalDay): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
