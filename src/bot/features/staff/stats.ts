import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InputFile } from "grammy";
import { DateTime } from "luxon";
import { MAX_EXPORT_DAYS, parseExportRange, parseMonth } from "#src/domain/report-periods.js";
import { monthPeriod } from "#src/domain/statistics.js";
import { renderStatsChart } from "#src/reports/chart.js";
import { bookingsCsv, requestsCsv, visitsCsv } from "#src/reports/csv-export.js";
import { reportLabels } from "#src/reports/labels.js";
import { announcementStatsLine, announcementsCsv, buildingReportsCsv, buildingReportsStatsLine } from "#src/reports/neighbourhood-csv.js";
import { monthKey, monthName, statsChartInput, statsSummary } from "#src/reports/monthly.js";
import type { StatisticsScope } from "#src/db/repositories/statistics.js";
import type { Team } from "#src/domain/teams.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { scopeOf } from "#src/bot/filters/team-access.js";
import { escapeHtml } from "#src/text/format.js";
import { actorOf } from "./replies.js";
import { visitStatsLines } from "#src/bot/features/visits/screens.js";
import { sendEsfExport } from "#src/bot/features/participants/export.js";

/** Figures for coordinators and the funder: /stats (chart and summary) and /export (CSV files). */
export const statsFeature = new Feature<BotContext>();
const staff = staffOnly(statsFeature);

/**
 * Whose figures: in a team's group, that team's (its requests, its activities' sessions); in the coordinators' group,
 * or for a coordinator, every team's together; in a private chat, the teams the person works in. Undefined: every
 * team (with one team, always). Figures never carry a request's content, so coordinators see them all.
 */
async function figuresScope(ctx: BotContext): Promise<{ scope: StatisticsScope | undefined; teams: Team[]; whole: boolean }> {
  const { teams } = ctx.deps.services;
  const { teams: mine, coordinator } = await scopeOf(ctx);
  const whole = !teams.several || (coordinator && !teams.byChat(ctx.chat?.id));
  if (whole) return { scope: undefined, teams: [...teams.all], whole };
  return { scope: { teamIds: mine.map((t) => t.id), activityIds: mine.flatMap((t) => t.activities) }, teams: mine, whole };
}

/** "👥 Squadra: Salute e assistenza (Azimut)", or every team's share of the requests when the figures are the whole network's. */
function teamsLine(ctx: BotContext, scope: Awaited<ReturnType<typeof figuresScope>>, period: { from: Date; to: Date }): string {
  const { teams, statistics } = ctx.deps.services;
  if (!teams.several) return "";
  if (!scope.whole) return ctx.deps.italian("team-stats-of", { teams: scope.teams.map((t) => escapeHtml(t.name)).join(", ") });
  const opened = statistics.openedBy(period, teams.all);
  const shares = teams.all.map((t, i) => `${escapeHtml(t.name)} ${opened[i]}`);
  return ctx.deps.italian("team-stats-all", { shares: shares.join(" · ") });
}

/** A team's figures count the announcements written in its group; the whole network's, every one. */
function announcementChats(scope: Awaited<ReturnType<typeof figuresScope>>): number[] | undefined {
  return scope.whole ? undefined : scope.teams.map((t) => t.chatId);
}

staff.command("stats", async (ctx) => {
  const { config, clock, services, italian } = ctx.deps;
  const month = parseMonth(ctx.match, clock.now(), config.timezone);
  const period = month && monthPeriod(month, config.timezone);
  if (!month || !period) return ctx.reply(italian("report-stats-usage"));
  if (period.from > clock.now()) {
    const name = monthName(month);
    return ctx.reply(italian("report-month-not-started", { month: `${name[0]!.toUpperCase()}${name.slice(1)}` }));
  }
  const whose = await figuresScope(ctx);
  const figures = services.statistics.desk(period, whose.scope);
  const setup = { italian, timezone: config.timezone, now: clock.now() };
  const chart = statsChartInput(setup, figures, month, (earlier) => services.statistics.service(earlier, whose.scope));
  const png = await renderStatsChart(chart, italian);
  // Whose figures were seen is on the record too, when they were one team's.
  const of = whose.whole ? [] : whose.teams.map((t) => t.id);
  services.requests.record(actorOf(ctx), "stats", { detail: [monthKey(month), ...of].join(" ") });
  const teams = teamsLine(ctx, whose, period);
  await ctx.replyWithPhoto(new InputFile(png, italian("report-stats-file", { month: monthKey(month) })), {
    caption: [
      teams,
      statsSummary(setup, figures, month, visitStatsLines(italian, services.visits.figures(period, whose.scope?.teamIds))),
      ...announcementStatsLine(italian, services.announcements.figures(period, announcementChats(whose))),
      ...buildingReportsStatsLine(italian, services.buildingReports.figures(period, whose.scope?.teamIds)),
    ]
      .filter(Boolean)
      .join("\n"),
    parse_mode: "HTML",
  });
});

staff.command("export", async (ctx) => {
  const { config, clock, services, italian } = ctx.deps;
  const range = parseExportRange(ctx.match, clock.now(), config.timezone);
  if (!range.ok) {
    if (range.reason === "reversed") return ctx.reply(italian("report-export-reversed", { first: range.first, last: range.last }));
    if (range.reason === "too-long") return ctx.reply(italian("report-export-too-long", { days: String(MAX_EXPORT_DAYS) }));
    return ctx.reply(range.reason === "not-dates" ? italian("report-export-not-dates") : italian("report-export-usage"));
  }
  const whose = await figuresScope(ctx);
  const rows = services.statistics.exportRows(range.period, whose.scope);
  const options = { separator: config.csvSeparator, timezone: config.timezone, italian };
  const requests = requestsCsv(rows.requests(), reportLabels(italian), options);
  const bookings = bookingsCsv(rows.bookings(), reportLabels(italian), options);
  const span = `${range.first}_${range.last}`;
  const shown = (iso: string) => DateTime.fromISO(iso).toFormat("dd/MM/yyyy");
  const between = { from: shown(range.first), to: shown(range.last) };
  services.requests.record(actorOf(ctx), "export", {
    detail: italian("report-export-audit", {
      first: range.first,
      last: range.last,
      requests: String(requests.rows),
      bookings: String(bookings.rows),
    }),
  });
  await ctx.replyWithDocument(new InputFile(requests.bytes, italian("report-requests-file", { span })), {
    caption: italian("report-requests-caption", { ...between, rows: String(requests.rows) }),
  });
  await ctx.replyWithDocument(new InputFile(bookings.bytes, italian("report-bookings-file", { span })), {
    caption: italian("report-bookings-caption", { ...between, rows: String(bookings.rows) }),
  });
  const visits = visitsCsv(services.visits.figures(range.period, whose.scope?.teamIds), options);
  await ctx.replyWithDocument(new InputFile(visits.bytes, italian("report-visits-file", { span })), {
    caption: italian("visit-export-caption", { ...between, rows: String(visits.rows) }),
  });
  const announcements = announcementsCsv(services.announcements.figures(range.period, announcementChats(whose)), options);
  await ctx.replyWithDocument(new InputFile(announcements.bytes, italian("ann-export-file", { span })), {
    caption: italian("ann-export-caption", { ...between, rows: String(announcements.rows) }),
  });
  const reports = buildingReportsCsv(services.buildingReports.figures(range.period, whose.scope?.teamIds), options);
  await ctx.replyWithDocument(new InputFile(reports.bytes, italian("report-export-file", { span })), {
    caption: italian("report-export-caption", { ...between, rows: String(reports.rows) }),
  });
  // ESF+ participants for the funder (when the desk file collects the sheet), the desk's own figures beside them.
  await sendEsfExport(ctx, range.period, { first: range.first, last: range.last, ...between }, {
    scope: whose.scope,
    listeningDesk: whose.whole || whose.teams.some((t) => t.id === services.teams.lead.id),
    whose: whose.whole ? italian("esf-whose-network") : whose.teams.map((t) => t.name).join(", "),
    announcementChats: announcementChats(whose),
  });
});
