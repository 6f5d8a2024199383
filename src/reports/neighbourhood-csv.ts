import { isoDate } from "#src/text/dates.js";
import type { AnnouncementsService } from "#src/domain/neighbourhood/announcements.js";
import type { BuildingReportsService } from "#src/domain/neighbourhood/building-reports.js";
import { type Csv, type CsvOptions, toCsv } from "./csv-export.js";

export type AnnouncementFigures = ReturnType<AnnouncementsService["figures"]>[number];

/** One row per announcement or event sent: its reach and answers, never a name. */
export function announcementsCsv(rows: AnnouncementFigures[], options: CsvOptions): Csv {
  return toCsv(options.italian("ann-csv-header"), rows, options, (r) => {
    const a = r.announcement;
    return [
      a.id,
      a.sentAt ? isoDate(a.sentAt, options.timezone) : "",
      options.italian(a.kind === "event" ? "ann-kind-event-word" : "ann-kind-news-word"),
      options.italian(`ann-topic-${a.topic}`),
      (JSON.parse(a.audience) as { type: string }).type,
      r.recipients + r.skipped,
      r.delivered,
      r.blocked,
      r.failed,
      r.skipped,
      a.kind === "event" ? r.yes : "",
      a.kind === "event" ? r.no : "",
    ];
  });
}

/** /stats: announcements sent, their reach, and the events' answers. */
export function announcementStatsLine(italian: CsvOptions["italian"], rows: AnnouncementFigures[]): string[] {
  if (!rows.length) return [];
  const sum = (f: (r: AnnouncementFigures) => number) => rows.reduce((n, r) => n + f(r), 0);
  const events = rows.filter((r) => r.announcement.kind === "event");
  return [
    italian("ann-stats-line", {
      sent: rows.length,
      delivered: sum((r) => r.delivered),
      blocked: sum((r) => r.blocked),
      skipped: sum((r) => r.skipped),
      events: events.length,
      yes: events.reduce((n, r) => n + r.yes, 0),
      no: events.reduce((n, r) => n + r.no, 0),
    }),
  ];
}

export type ReportFigures = ReturnType<BuildingReportsService["figures"]>[number];

/** One row per building and kind: reports, followers, fixed, median days to fix — the figure for ATC and the Regione. */
export function buildingReportsCsv(rows: ReportFigures[], options: CsvOptions): Csv {
  return toCsv(options.italian("report-csv-header"), rows, options, (r) => [
    r.building,
    options.italian(`report-staff-kind-${r.kind}`),
    r.reports,
    r.followers,
    r.fixed,
    r.medianDays === undefined ? "" : Math.round(r.medianDays * 10) / 10,
  ]);
}

/** /stats: reports on common areas, how many were fixed, and how long it took (median). */
export function buildingReportsStatsLine(italian: CsvOptions["italian"], rows: ReportFigures[]): string[] {
  if (!rows.length) return [];
  const reports = rows.reduce((n, r) => n + r.reports, 0);
  const fixed = rows.reduce((n, r) => n + r.fixed, 0);
  const medians = rows.filter((r) => r.medianDays !== undefined).map((r) => r.medianDays!);
  if (!medians.length) return [italian("report-stats-line-open", { reports, fixed })];
  const days = medians.sort((a, b) => a - b)[Math.floor(medians.length / 2)]!;
  return [italian("report-stats-line", { reports, fixed, days: days.toFixed(1).replace(".", ",") })];
}
