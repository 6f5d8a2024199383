import { stringify } from "csv-stringify/sync";
import type { BookingFacts, RequestExportRow } from "../domain/statistics.js";
import type { VisitCounts } from "../domain/visits.js";

export interface CsvOptions {
  /** ";" for spreadsheets set to Italian (where "," is the decimal mark), "," elsewhere. */
  separator: ";" | ",";
  timezone: string;
}

/** Names shown in the files instead of internal codes; all are the desk's own words, never user input. */
export interface CsvLabels {
  category(id: string): string;
  language(code: string): string;
  activity(id: string): string;
}

type Cell = string | number | undefined;

/**
 * UTF-8 with a byte-order mark (so Excel reads accents right), CRLF line ends, the configured separator.
 * Numbers with decimals use "," when the separator is ";", the way an Italian spreadsheet expects them.
 */
export interface Csv {
  bytes: Buffer;
  rows: number;
}

/** Written in batches, so only the file itself is ever whole in memory. */
function toCsv(header: string[], rows: Iterable<Cell[]>, options: CsvOptions): Csv {
  const decimal = options.separator === ";" ? "," : ".";
  const settings = {
    delimiter: options.separator,
    record_delimiter: "windows" as const,
    cast: { number: (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(".", decimal)) },
  };
  const chunks: Buffer[] = [Buffer.from(stringify([header], { ...settings, bom: true }), "utf8")];
  let batch: Cell[][] = [];
  let count = 0;
  const flush = () => {
    if (batch.length) chunks.push(Buffer.from(stringify(batch, settings), "utf8"));
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    count++;
    if (batch.length === 2000) flush();
  }
  flush();
  return { bytes: Buffer.concat(chunks), rows: count };
}

function* map<T, U>(items: Iterable<T>, fn: (item: T) => U): Generator<U> {
  for (const item of items) yield fn(item);
}

// One Intl formatter per zone, reused for every cell: a year of bookings is hundreds of thousands of dates.
const formats = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formatsFor(timezone: string) {
  let f = formats.get(timezone);
  if (!f) {
    // en-CA writes dates as ISO (2026-11-25); hourCycle h23 gives 00–23.
    f = {
      date: new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }),
      time: new Intl.DateTimeFormat("en-GB", { timeZone: timezone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
    };
    formats.set(timezone, f);
  }
  return f;
}
const isoDate = (d: Date | null | undefined, timezone: string) => (d ? formatsFor(timezone).date.format(d) : "");
const isoTime = (d: Date, timezone: string) => formatsFor(timezone).time.format(d);

const REQUEST_STATUS: Record<RequestExportRow["status"], string> = { open: "aperta", taken: "presa in carico", closed: "chiusa" };
const BOOKING_STATUS: Record<BookingFacts["status"], string> = {
  booked: "prenotato",
  waiting: "in lista d'attesa",
  offered: "posto offerto",
  cancelled: "annullato",
  expired: "offerta scaduta",
  declined: "offerta rifiutata",
};
/** The resident's answer to "Did we help you?": an anonymous figure, like the others. */
const SATISFACTION: Record<NonNullable<RequestExportRow["satisfaction"]>, string> = { yes: "sì", partly: "in parte", no: "no" };
const ATTENDANCE: Record<NonNullable<BookingFacts["attendance"]>, string> = { present: "presente", absent: "assente" };

/** One line per request: no resident, no staff name, no text, no address. */
export function requestsCsv(rows: Iterable<RequestExportRow>, labels: CsvLabels, options: CsvOptions): Csv {
  const header = [
    "Numero",
    "Aperta il",
    "Prima risposta il",
    "Chiusa il",
    "Ore alla prima risposta",
    "Categoria",
    "Lingua",
    "Stato",
    "Visita a domicilio",
    "Ore lavorative alla prima risposta",
    "Soddisfazione",
  ];
  return toCsv(
    header,
    map(rows, (r) => [
      r.id,
      isoDate(r.createdAt, options.timezone),
      isoDate(r.firstAnswerAt, options.timezone),
      isoDate(r.closedAt, options.timezone),
      r.hoursToFirstAnswer,
      labels.category(r.category),
      labels.language(r.language),
      REQUEST_STATUS[r.status],
      r.visit === "home" ? "sì" : "no",
      r.workingHoursToFirstAnswer,
      r.satisfaction ? SATISFACTION[r.satisfaction] : "",
    ]),
    options,
  );
}

/** One line per booking of a session: no names, no children's names or classes. */
export function bookingsCsv(rows: Iterable<BookingFacts>, labels: CsvLabels, options: CsvOptions): Csv {
  const header = ["Sessione", "Attività", "Data", "Ora", "Sessione annullata", "Stato prenotazione", "Presenza"];
  return toCsv(
    header,
    map(rows, (b) => [
      b.sessionId,
      labels.activity(b.activityId),
      isoDate(b.startsAt, options.timezone),
      isoTime(b.startsAt, options.timezone),
      b.sessionStatus === "cancelled" ? "sì" : "no",
      BOOKING_STATUS[b.status],
      b.attendance ? ATTENDANCE[b.attendance] : "",
    ]),
    options,
  );
}

/** Home visits by month and team: counts only, no person, no address, no worker. */
export function visitsCsv(rows: Iterable<VisitCounts>, team: (id: string | null) => string, options: CsvOptions): Csv {
  const header = ["Mese", "Squadra", "Visite pianificate", "Fatte", "Persona non in casa", "Spostate o annullate"];
  return toCsv(
    header,
    map(rows, (r) => [r.month, team(r.team), r.planned, r.done, r.notHome, r.movedOrCancelled]),
    options,
  );
}
