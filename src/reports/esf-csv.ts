import { published, type TableRow } from "#src/domain/participants/counts.js";
import type { ParticipantsReport } from "#src/domain/participants/service.js";
import { type Csv, type CsvOptions, toCsv } from "./csv-export.js";

/** The cells of a row as published: women, men, non-binary, gender not said, total, question not answered. */
export function publishedCells(row: TableRow): string[] {
  const g = row.byGender;
  return [g.woman, g.man, g["non-binary"], g.undeclared, row.total, row.undeclared].map(published);
}

/**
 * The ESF+ table (Annex I to Regulation (EU) 2021/1057) as CSV: for all participants of the period, then per
 * activity, one row per indicator broken down by gender. Counts only, small cells as "< 5"; no name, no id.
 */
export function esfCsv(report: ParticipantsReport, options: CsvOptions, activityName: (id: string) => string): Csv {
  const { italian } = options;
  const all = italian("esf-scope-all");
  const lines: Array<[string, string, string[]]> = [];
  for (const row of report.all) lines.push([all, italian(`esf-row-${row.id}`), publishedCells(row)]);
  // Whole sheets declined or never answered: counted in the total, with every question not answered.
  lines.push([all, italian("esf-row-declined-sheet"), ["", "", "", "", published(report.declinedSheet), ""]]);
  lines.push([all, italian("esf-row-unanswered-sheet"), ["", "", "", "", published(report.unanswered), ""]]);
  for (const { activityId, rows } of report.byActivity) {
    for (const row of rows) lines.push([activityName(activityId), italian(`esf-row-${row.id}`), publishedCells(row)]);
  }
  return toCsv(italian("esf-csv-header"), lines, options, ([scope, indicator, cells]) => [scope, indicator, ...cells]);
}
