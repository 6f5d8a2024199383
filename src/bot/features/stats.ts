import { Composer, InputFile } from "grammy";
import { DateTime } from "luxon";
import { MAX_EXPORT_DAYS, parseExportRange, parseMonth } from "../../domain/report-periods.js";
import { monthPeriod } from "../../domain/statistics.js";
import { renderStatsChart } from "../../reports/chart.js";
import { bookingsCsv, requestsCsv, visitsCsv } from "../../reports/csv-export.js";
import { reportLabels } from "../../reports/labels.js";
import { monthKey, monthName, statsChartInput, statsSummary } from "../../reports/monthly.js";
import type { BotContext } from "../context.js";
import { staffOnly } from "../filters/is-staff.js";
import { actorOf } from "../staff-commands.js";
import { visitStatsLines } from "../views/visits.js";

/** Figures for coordinators and the funder: /stats (chart and summary) and /export (CSV files). */
export const statsFeature = new Composer<BotContext>();
const staff = staffOnly(statsFeature);

staff.command("stats", async (ctx) => {
  const { config, clock, services, italian } = ctx.deps;
  const month = parseMonth(ctx.match, clock.now(), config.timezone);
  const period = month && monthPeriod(month, config.timezone);
  if (!month || !period) return ctx.reply(italian("report-stats-usage"));
  if (period.from > clock.now()) {
    const name = monthName(month);
    return ctx.reply(italian("report-month-not-started", { month: `${name[0]!.toUpperCase()}${name.slice(1)}` }));
  }
  const figures = services.statistics.desk(period);
  const setup = { italian, timezone: config.timezone, now: clock.now() };
  const chart = statsChartInput(setup, figures, month, services.statistics.service);
  const png = await renderStatsChart(chart, italian);
  services.requests.record(actorOf(ctx), "stats", { detail: monthKey(month) });
  await ctx.replyWithPhoto(new InputFile(png, italian("report-stats-file", { month: monthKey(month) })), {
    caption: statsSummary(setup, figures, month, visitStatsLines(italian, services.visits.figures(period))),
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
  const rows = services.statistics.exportRows(range.period);
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
  const visits = visitsCsv(services.visits.figures(range.period), options);
  await ctx.replyWithDocument(new InputFile(visits.bytes, italian("report-visits-file", { span })), {
    caption: italian("visit-export-caption", { ...between, rows: String(visits.rows) }),
  });
});
