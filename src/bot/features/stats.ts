import { Composer, InputFile } from "grammy";
import { DateTime } from "luxon";
import { CATEGORIES } from "../../domain/requests.js";
import {
  type DeskFigures,
  daysPeriod,
  deskFigures,
  exportRows,
  monthOf,
  serviceFigures,
  monthPeriod,
  type Period,
  type YearMonth,
} from "../../domain/statistics.js";
import { renderStatsChart, type StatsChartInput } from "../chart.js";
import type { BotContext } from "../context.js";
import { bookingsCsv, type CsvLabels, requestsCsv, visitsCsv } from "../csv-export.js";
import { stripIsolation } from "../i18n.js";
import { visitStatsLines } from "../views/visits.js";
import { actorOf, requireStaff } from "./desk.js";

/** Figures for coordinators and the funder: /stats (chart and summary) and /export (CSV files). */
export const statsFeature = new Composer<BotContext>();
const staffChats = statsFeature.filter((ctx) => ctx.chat?.type === "private" || ctx.chat?.id === ctx.deps.operatorChatId);

const STATS_USAGE =
  "Scrivi /stats per il mese in corso, oppure il mese che ti serve: /stats 2026-11 (oppure /stats 11/2026).";
const EXPORT_USAGE =
  "Scrivi le date di inizio e fine: /export 2026-11-01 2026-11-30 (anche 01/11/2026 30/11/2026), oppure un mese: /export 2026-11.";

// ---------------------------------------------------------------- arguments

function yearMonth(year: number, month: number): YearMonth | undefined {
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** "2026-11", "11/2026" or "11-2026"; nothing means the current month. */
function parseMonth(text: string, now: Date, timezone: string): YearMonth | undefined {
  const arg = text.trim();
  if (!arg) return monthOf(now, timezone);
  const iso = arg.match(/^(\d{4})-(\d{1,2})$/);
  if (iso) return yearMonth(Number(iso[1]), Number(iso[2]));
  const local = arg.match(/^(\d{1,2})[/.-](\d{4})$/);
  if (local) return yearMonth(Number(local[2]), Number(local[1]));
  return undefined;
}

/** "2026-11-30" or "30/11/2026" → "2026-11-30". */
function isoDay(text: string): string | undefined {
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) return text;
  const local = text.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/);
  if (local) return `${local[3]}-${local[2]!.padStart(2, "0")}-${local[1]!.padStart(2, "0")}`;
  return undefined;
}

type ExportRange = { ok: true; period: Period; first: string; last: string } | { ok: false; message: string };

const MAX_EXPORT_DAYS = 366;

function parseRange(text: string, now: Date, timezone: string): ExportRange {
  const args = text.trim().split(/\s+/).filter(Boolean);
  if (args.length === 1) {
    const month = parseMonth(args[0]!, now, timezone);
    const period = month && monthPeriod(month, timezone);
    if (!period) return { ok: false, message: EXPORT_USAGE };
    const first = DateTime.fromJSDate(period.from, { zone: timezone });
    return { ok: true, period, first: first.toISODate()!, last: first.endOf("month").toISODate()! };
  }
  if (args.length !== 2) return { ok: false, message: EXPORT_USAGE };
  const [first, last] = args.map(isoDay);
  if (!first || !last || !DateTime.fromISO(first).isValid || !DateTime.fromISO(last).isValid) {
    return { ok: false, message: `Non riconosco le date. ${EXPORT_USAGE}` };
  }
  const period = daysPeriod(first, last, timezone);
  if (!period) return { ok: false, message: `La data di inizio (${first}) viene dopo quella di fine (${last}).` };
  // A report period is at most a year; a bigger export would hold the whole history in memory at once.
  if (period.to.getTime() - period.from.getTime() > MAX_EXPORT_DAYS * 86_400_000) {
    return { ok: false, message: `Al massimo un anno per volta (${MAX_EXPORT_DAYS} giorni): dividi il periodo in più export.` };
  }
  return { ok: true, period, first, last };
}

// ---------------------------------------------------------------- labels

function labels(ctx: BotContext): CsvLabels {
  const languages = new Intl.DisplayNames(["it"], { type: "language" });
  return {
    category: (id) => ctx.deps.board.categoryLabel(id).replace(/^\P{L}+/u, ""),
    activity: (id) => stripIsolation(ctx.i18n.fluent.translate("it", `act-${id}`)),
    language: (code) => {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

const decimal = (n: number) => n.toLocaleString("it-IT", { maximumFractionDigits: 1 });
const percent = (rate: number | undefined) => (rate === undefined ? "—" : `${Math.round(rate * 100)}%`);

function monthName(month: YearMonth): string {
  return DateTime.fromObject({ year: month.year, month: month.month, day: 1 }).setLocale("it").toFormat("LLLL yyyy");
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const monthKey = (m: YearMonth) => `${m.year}-${String(m.month).padStart(2, "0")}`;

function chartInput(ctx: BotContext, figures: DeskFigures, month: YearMonth): StatsChartInput {
  const label = labels(ctx);
  const known = new Set<string>(CATEGORIES);
  const categories = [...CATEGORIES, ...figures.categories.map((c) => c.category).filter((c) => !known.has(c))];
  const tz = ctx.deps.config.timezone;
  const now = DateTime.fromJSDate(ctx.deps.clock.now(), { zone: tz });
  const generated = now.toFormat("dd/MM/yyyy HH:mm");
  const start = DateTime.fromJSDate(figures.period.from, { zone: tz });
  const end = DateTime.fromJSDate(figures.period.to, { zone: tz }).minus({ days: 1 });
  const soFar = now.toJSDate() < figures.period.to ? ` · mese in corso, fino al ${now.toFormat("dd/MM")}` : "";
  return {
    title: `Statistiche · ${monthName(month)}`,
    subtitle: `Sportello N.O.I. per la casa · ${plural(figures.requests.opened, "richiesta", "richieste")} · ${plural(figures.newResidents, "nuovo residente", "nuovi residenti")}${soFar}`,
    footer: `NOI Desk · generato il ${generated}`,
    categories: categories.map((id) => ({ id, label: label.category(id) })),
    weeks: figures.weeks.map((w) => {
      // The days of the week that fall in the month: the first and last weeks are partial.
      const first = DateTime.max(DateTime.fromISO(w.monday, { zone: tz }), start);
      const last = DateTime.min(DateTime.fromISO(w.monday, { zone: tz }).plus({ days: 6 }), end);
      return {
        label: `Sett. ${w.weekNumber}`,
        sublabel: first.hasSame(last, "day") ? first.toFormat("dd/MM") : `${first.toFormat("dd/MM")}-${last.toFormat("dd/MM")}`,
        byCategory: w.byCategory,
      };
    }),
    attendance: figures.attendance.map((a) => ({
      label: label.activity(a.activityId),
      note: `${plural(a.sessions, "sessione", "sessioni")} · ${plural(a.booked, "posto prenotato", "posti prenotati")}`,
      present: a.present,
      absent: a.absent,
    })),
    service: serviceByMonth(ctx, figures, month),
  };
}

/** How many months the chart's service panel looks back, the chosen one last. */
const SERVICE_MONTHS = 6;

/** First answers (opening hours) and satisfaction for the chosen month and the five before it. */
function serviceByMonth(ctx: BotContext, figures: DeskFigures, month: YearMonth): NonNullable<StatsChartInput["service"]> {
  const { config, repos, services } = ctx.deps;
  const rows: NonNullable<StatsChartInput["service"]> = [];
  for (let back = SERVICE_MONTHS - 1; back >= 0; back--) {
    const start = DateTime.fromObject({ year: month.year, month: month.month, day: 1 }).minus({ months: back });
    const m = { year: start.year, month: start.month };
    const period = monthPeriod(m, config.timezone)!;
    const service = back === 0 ? figures.service : serviceFigures(repos.statistics, period, services.serviceLevels.hours);
    const median = service.medianWorkingHoursToFirstAnswer;
    rows.push({
      label: start.setLocale("it").toFormat("LLL yyyy"),
      note: `${median === undefined ? "nessuna risposta" : `1ª risposta: mediana ${decimal(median)} h lav.`} · ${plural(service.satisfaction.answered, "giudizio", "giudizi")}`,
      yes: service.satisfaction.yes,
      partly: service.satisfaction.partly,
      no: service.satisfaction.no,
    });
  }
  return rows;
}

function summary(ctx: BotContext, figures: DeskFigures, month: YearMonth): string {
  const label = labels(ctx);
  const { requests, bookings, attendanceTotal } = figures;
  const tz = ctx.deps.config.timezone;
  const first = DateTime.fromJSDate(figures.period.from, { zone: tz });
  const now = ctx.deps.clock.now();
  const soFar = now < figures.period.to ? ` (mese in corso, fino al ${DateTime.fromJSDate(now, { zone: tz }).toFormat("dd/MM")})` : "";
  const median =
    requests.medianHoursToFirstAnswer === undefined
      ? "nessuna risposta ancora"
      : `mediana ${decimal(requests.medianHoursToFirstAnswer)} h (${requests.answered} su ${requests.opened} con risposta)`;
  const { service } = figures;
  const working =
    service.medianWorkingHoursToFirstAnswer === undefined ? "" : ` · in orario di apertura: mediana ${decimal(service.medianWorkingHoursToFirstAnswer)} ore lavorative`;
  const shares = service.satisfaction.shares;
  const satisfaction = shares
    ? `${service.satisfaction.answered} risposte su ${service.satisfaction.asked} domande · 😊 sì ${percent(shares.yes)} · 😐 in parte ${percent(shares.partly)} · 🙁 no ${percent(shares.no)}`
    : `nessuna risposta ancora${service.satisfaction.asked ? ` (${service.satisfaction.asked} domande)` : ""}`;
  const languages = figures.languages.length
    ? figures.languages.map((l) => `${label.language(l.language)} ${l.count}`).join(" · ")
    : "—";
  return [
    `📊 <b>Statistiche di ${monthName(month)}</b>${soFar}`,
    `👥 Nuovi residenti: ${figures.newResidents}`,
    `📨 Richieste ricevute: ${requests.opened} · chiuse: ${requests.closed} · con visita a domicilio: ${requests.homeVisits}`,
    `⏱ Prima risposta: ${median}${working}`,
    `💬 Soddisfazione: ${satisfaction}`,
    `🗓 Prenotazioni: ${plural(bookings.booked, "posto", "posti")} in ${plural(bookings.sessions, "sessione", "sessioni")}`,
    `✅ Presenze: ${attendanceTotal.present} su ${attendanceTotal.present + attendanceTotal.absent} segnate (${percent(attendanceTotal.rate)})`,
    ...visitStatsLines(ctx.deps.italian, ctx.deps.services.visits.figures(figures.period)),
    `🌍 Lingue: ${languages}`,
    "",
    `Dettaglio in CSV: /export ${first.toISODate()} ${first.endOf("month").toISODate()}`,
  ].join("\n");
}

// ---------------------------------------------------------------- commands

staffChats.command("stats", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const { config, clock, repos } = ctx.deps;
  const month = parseMonth(ctx.match, clock.now(), config.timezone);
  const period = month && monthPeriod(month, config.timezone);
  if (!month || !period) return ctx.reply(STATS_USAGE);
  if (period.from > clock.now()) {
    const name = monthName(month);
    return ctx.reply(`${name[0]!.toUpperCase()}${name.slice(1)} non è ancora cominciato. ${STATS_USAGE}`);
  }
  const figures = deskFigures(repos.statistics, period, config.timezone, ctx.deps.services.serviceLevels.hours);
  const png = await renderStatsChart(chartInput(ctx, figures, month));
  ctx.deps.services.requests.record(actorOf(ctx), "stats", { detail: monthKey(month) });
  await ctx.replyWithPhoto(new InputFile(png, `statistiche-${monthKey(month)}.png`), {
    caption: summary(ctx, figures, month),
    parse_mode: "HTML",
  });
});

staffChats.command("export", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const { config, clock, repos } = ctx.deps;
  const range = parseRange(ctx.match, clock.now(), config.timezone);
  if (!range.ok) return ctx.reply(range.message);
  const rows = exportRows(repos.statistics, range.period, ctx.deps.services.serviceLevels.hours);
  const options = { separator: config.csvSeparator, timezone: config.timezone };
  const requests = requestsCsv(rows.requests(), labels(ctx), options);
  const bookings = bookingsCsv(rows.bookings(), labels(ctx), options);
  const span = `${range.first}_${range.last}`;
  const shown = (iso: string) => DateTime.fromISO(iso).toFormat("dd/MM/yyyy");
  const between = `dal ${shown(range.first)} al ${shown(range.last)}`;
  ctx.deps.services.requests.record(actorOf(ctx), "export", {
    detail: `${range.first}..${range.last} · ${requests.rows} richieste · ${bookings.rows} prenotazioni`,
  });
  await ctx.replyWithDocument(new InputFile(requests.bytes, `richieste-${span}.csv`), {
    caption: `📄 Richieste ricevute ${between}: ${requests.rows} righe (senza nomi né testi).`,
  });
  await ctx.replyWithDocument(new InputFile(bookings.bytes, `prenotazioni-${span}.csv`), {
    caption: `📄 Prenotazioni delle sessioni ${between}: ${bookings.rows} righe (senza nomi).`,
  });
  const visits = visitsCsv(ctx.deps.services.visits.figures(range.period), (team) => team ?? ctx.deps.italian("visit-team-default"), options);
  await ctx.replyWithDocument(new InputFile(visits.bytes, `visite-${span}.csv`), {
    caption: ctx.deps.italian("visit-export-caption", { between, rows: visits.rows }),
  });
});
