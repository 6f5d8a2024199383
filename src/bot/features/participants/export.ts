import { InputFile } from "grammy";
import { published } from "#src/domain/participants/counts.js";
import { LISTENING_DESK, type ParticipantsReport } from "#src/domain/participants/service.js";
import type { Period } from "#src/domain/statistics.js";
import type { StatisticsScope } from "#src/db/repositories/statistics.js";
import { esfCsv, publishedCells } from "#src/reports/esf-csv.js";
import { type EsfSummaryInput, renderEsfSummary } from "#src/reports/esf-summary.js";
import { reportLabels } from "#src/reports/labels.js";
import type { BotContext } from "#src/bot/context.js";
import type { Italian } from "#src/text/staff-text.js";

/** Whose figures an /export covers (see features/stats.ts): some teams' or the whole network's. */
export interface ExportScope {
  scope: StatisticsScope | undefined;
  /** The listening desk's people count when the figures include the team that runs it. */
  listeningDesk: boolean;
  /** "Sportello (Coompany&)", or the network: named on the page. */
  whose: string;
  /** The groups whose announcements count (a team's own); every one when undefined. */
  announcementChats: number[] | undefined;
}

/**
 * /export's files for the funder, when the desk collects ESF+ sheets: the Annex I table as CSV and a one-page
 * summary (PNG) with the desk's own figures of the same period beside it. Counts only, small cells as "< 5".
 */
export async function sendEsfExport(ctx: BotContext, period: Period, days: { first: string; last: string; from: string; to: string }, whose: ExportScope) {
  const { services, config, italian } = ctx.deps;
  const report = services.participants.report(period, { ...(whose.scope ? { activityIds: whose.scope.activityIds } : {}), listeningDesk: whose.listeningDesk });
  if (!report) return;
  const labels = reportLabels(italian);
  const activityName = (id: string) => (id === LISTENING_DESK ? italian("esf-listening-desk") : labels.activity(id));
  const span = `${days.first}_${days.last}`;
  const csv = esfCsv(report, { separator: config.csvSeparator, timezone: config.timezone, italian }, activityName);
  const total = report.all.find((r) => r.id === "total")!.total;
  const between = { from: days.from, to: days.to };
  await ctx.replyWithDocument(new InputFile(csv.bytes, italian("esf-csv-file", { span })), {
    caption: italian("esf-csv-caption", { ...between, participants: published(total) }),
  });
  const png = await renderEsfSummary(summaryInput(ctx, report, period, between, whose, activityName));
  await ctx.replyWithDocument(new InputFile(png, italian("esf-summary-file", { span })), {
    caption: italian("esf-summary-caption", between),
  });
  // Which figures left the desk is on the record: counts only, so nothing more than the period and the scope.
  services.requests.record({ id: ctx.from!.id, name: ctx.from!.first_name }, "export", {
    detail: italian("esf-export-audit", { first: days.first, last: days.last, whose: whose.whose }),
  });
}

function summaryInput(
  ctx: BotContext,
  report: ParticipantsReport,
  period: Period,
  between: { from: string; to: string },
  whose: ExportScope,
  activityName: (id: string) => string,
): EsfSummaryInput {
  const { italian, services, clock, config } = ctx.deps;
  const rows = report.all.map((row) => ({ label: italian(`esf-row-${row.id}`), cells: publishedCells(row), strong: row.id === "total" }));
  const activities = report.byActivity.map(({ activityId, rows: list }) => ({
    label: activityName(activityId),
    cells: publishedCells(list.find((r) => r.id === "total")!),
  }));
  const made = new Intl.DateTimeFormat("it-IT", { timeZone: config.timezone, dateStyle: "short", timeStyle: "short" }).format(clock.now());
  return {
    title: italian("esf-summary-title", between),
    subtitle: italian("esf-summary-subtitle", { whose: whose.whose }),
    columns: ["woman", "man", "non-binary", "gender-undeclared", "total", "undeclared"].map((c) => italian(`esf-col-${c}`)),
    rows,
    notes: [
      italian("esf-note-sheets", { declined: published(report.declinedSheet), unanswered: published(report.unanswered) }),
      italian("esf-note-small"),
    ],
    activitiesTitle: italian("esf-activities-title"),
    activities,
    deskTitle: italian("esf-desk-title"),
    desk: deskLines(italian, services, period, whose),
    footer: italian("esf-summary-footer", { made }),
  };
}

/** The desk's own figures of the period, as the monthly report gives them, beside the participants. */
function deskLines(italian: Italian, services: BotContext["deps"]["services"], period: Period, whose: ExportScope): string[] {
  const figures = services.statistics.desk(period, whose.scope);
  const labels = reportLabels(italian);
  const categories = figures.categories.map((c) => `${labels.category(c.category)} ${c.count}`).join(", ");
  const visits = services.visits.figures(period, whose.scope?.teamIds);
  const visitSum = (f: (v: (typeof visits)[number]) => number) => visits.reduce((n, v) => n + f(v), 0);
  const sessions = figures.attendance.reduce((n, a) => n + a.sessions, 0);
  const { present, absent } = figures.attendanceTotal;
  const announcements = services.announcements.figures(period, whose.announcementChats);
  const reports = services.buildingReports.figures(period, whose.scope?.teamIds);
  const hours = figures.service.medianWorkingHoursToFirstAnswer;
  return [
    italian("esf-desk-requests", { opened: String(figures.requests.opened), closed: String(figures.requests.closed), categories: categories || "—" }),
    italian("esf-desk-first-answer", { hours: hours === undefined ? "—" : String(Math.round(hours * 10) / 10).replace(".", ",") }),
    italian("esf-desk-visits", { done: String(visitSum((v) => v.done)), planned: String(visitSum((v) => v.planned)) }),
    italian("esf-desk-lessons", { sessions: String(sessions), present: String(present), marked: String(present + absent) }),
    italian("esf-desk-neighbourhood", {
      announcements: String(announcements.length),
      reports: String(reports.reduce((n, r) => n + r.reports, 0)),
      fixed: String(reports.reduce((n, r) => n + r.fixed, 0)),
    }),
  ];
}
