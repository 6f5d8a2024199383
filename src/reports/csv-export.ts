import { stringify } from "csv-stringify/sync";
import { clockTime, isoDate as isoDay } from "#src/text/dates.js";
import type { Italian } from "#src/text/staff-text.js";
import type { BookingFacts, RequestExportRow } from "#src/domain/statistics.js";
import type { VisitCounts } from "#src/domain/visits/service.js";
import type { ReportLabels } from "./labels.js";

export interface CsvOptions {
  /** ";" for spreadsheets set to Italian (where "," is the decimal mark), "," elsewhere. */
  separator: ";" | ",";
  timezone: string;
  /** Staff's words: the columns' names and the values spelled out. */
  italian: Italian;
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

/** Written in batches, so only the file itself is ever whole in memory; `columns` are the header's names, "|" between them. */
export function toCsv<T>(columns: string, items: Iterable<T>, options: CsvOptions, cells: (item: T, word: Words) => Cell[]): Csv {
  const word = words(options.italian);
  const header = columns.split("|");
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
  for (const item of items) {
    batch.push(cells(item, word));
    count++;
    if (batch.length === 2000) flush();
  }
  flush();
  return { bytes: Buffer.concat(chunks), rows: count };
}

const isoDate = (d: Date | null | undefined, timezone: string) => (d ? isoDay(d, timezone) : "");

type Words = ReturnType<typeof words>;

/** The words of a file, looked up once per file rather than once per cell. */
function words(italian: Italian) {
  const each = <K extends string>(values: readonly K[], word: (value: K) => string) =>
    Object.fromEntries(values.map((value) => [value, word(value)])) as Record<K, string>;
  return {
    requestStatus: each(["open", "taken", "closed"] as const, (value) => italian("csv-request-status", { value })),
    bookingStatus: each(["booked", "waiting", "offered", "cancelled", "expired", "declined"] as const, (value) =>
      italian("csv-booking-status", { value }),
    ),
    // The resident's answer to "Did we help you?": an anonymous figure, like the others.
    satisfaction: each(["yes", "partly", "no"] as const, (value) => italian("csv-satisfaction", { value })),
    attendance: each(["present", "absent"] as const, (value) => italian("csv-attendance", { value })),
    yes: italian("csv-yes"),
    no: italian("csv-no"),
  };
}

/** One line per request: no resident, no staff name, no text, no address. */
export function requestsCsv(rows: Iterable<RequestExportRow>, labels: ReportLabels, options: CsvOptions): Csv {
  return toCsv(options.italian("csv-requests-header"), rows, options, (r, word) => [
    r.id,
    isoDate(r.createdAt, options.timezone),
    isoDate(r.firstAnswerAt, options.timezone),
    isoDate(r.closedAt, options.timezone),
    r.hoursToFirstAnswer,
    labels.category(r.category),
    labels.language(r.language),
    word.requestStatus[r.status],
    r.visit === "home" ? word.yes : word.no,
    r.workingHoursToFirstAnswer,
    r.satisfaction ? word.satisfaction[r.satisfaction] : "",
    r.teamId ?? "",
  ]);
}

/** One line per booking of a session: no names, no children's names or classes. */
export function bookingsCsv(rows: Iterable<BookingFacts>, labels: ReportLabels, options: CsvOptions): Csv {
  return toCsv(options.italian("csv-bookings-header"), rows, options, (b, word) => [
    b.sessionId,
    labels.activity(b.activityId),
    isoDate(b.startsAt, options.timezone),
    clockTime(b.startsAt, options.timezone),
    b.sessionStatus === "cancelled" ? word.yes : word.no,
    word.bookingStatus[b.status],
    b.attendance ? word.attendance[b.attendance] : "",
  ]);
}

/** Home visits by month and team: counts only, no person, no address, no worker. */
export function visitsCsv(rows: Iterable<VisitCounts>, options: CsvOptions): Csv {
  return toCsv(options.italian("visit-csv-header"), rows, options, (r) => [
    r.month,
    r.team ?? options.italian("visit-team-default"),
    r.planned,
    r.done,
    r.notHome,
    r.movedOrCancelled,
  ]);
}
