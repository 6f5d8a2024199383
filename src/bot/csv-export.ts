import { stringify } from "csv-stringify/sync";
import { DateTime } from "luxon";
import type { BookingFacts, RequestExportRow } from "../domain/statistics.js";

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
function toCsv(header: string[], rows: Cell[][], options: CsvOptions): Buffer {
  const decimal = options.separator === ";" ? "," : ".";
  const text = stringify([header, ...rows], {
    bom: true,
    delimiter: options.separator,
    record_delimiter: "windows",
    cast: { number: (n) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(".", decimal)) },
  });
  return Buffer.from(text, "utf8");
}

const isoDate = (d: Date | null | undefined, timezone: string) =>
  d ? DateTime.fromJSDate(d, { zone: timezone }).toISODate()! : "";
const isoTime = (d: Date, timezone: string) => DateTime.fromJSDate(d, { zone: timezone }).toFormat("HH:mm");

const REQUEST_STATUS: Record<RequestExportRow["status"], string> = { open: "aperta", taken: "presa in carico", closed: "chiusa" };
const BOOKING_STATUS: Record<BookingFacts["status"], string> = {
  booked: "prenotato",
  waiting: "in lista d'attesa",
  offered: "posto offerto",
  cancelled: "annullato",
  expired: "offerta scaduta",
  declined: "offerta rifiutata",
};
const ATTENDANCE: Record<NonNullable<BookingFacts["attendance"]>, string> = { present: "presente", absent: "assente" };

/** One line per request: no resident, no staff name, no text, no address. */
export function requestsCsv(rows: RequestExportRow[], labels: CsvLabels, options: CsvOptions): Buffer {
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
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.id,
      isoDate(r.createdAt, options.timezone),
      isoDate(r.firstAnswerAt, options.timezone),
      isoDate(r.closedAt, options.timezone),
      r.hoursToFirstAnswer,
      labels.category(r.category),
      labels.language(r.language),
      REQUEST_STATUS[r.status],
      r.visit === "home" ? "sì" : "no",
    ]),
    options,
  );
}

/** One line per booking of a session: no names, no children's names or classes. */
export function bookingsCsv(rows: BookingFacts[], labels: CsvLabels, options: CsvOptions): Buffer {
  const header = ["Sessione", "Attività", "Data", "Ora", "Sessione annullata", "Stato prenotazione", "Presenza"];
  return toCsv(
    header,
    rows.map((b) => [
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
