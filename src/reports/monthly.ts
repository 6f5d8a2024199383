import { DateTime } from "luxon";
import type { Italian } from "#src/text/staff-text.js";
import { CATEGORIES } from "#src/domain/requests/model.js";
import { type DeskFigures, monthPeriod, type Period, type ServiceFigures, type YearMonth } from "#src/domain/statistics.js";
import type { StatsChartInput } from "./chart.js";
import { type ReportLabels, reportLabels } from "./labels.js";

/** What a month's report is drawn with: staff's words, the desk's zone, and the moment it is asked for. */
export interface ReportSetup {
  italian: Italian;
  timezone: string;
  now: Date;
}

/** How many months the chart's service panel looks back, the chosen one last. */
const SERVICE_MONTHS = 6;

const DECIMAL = new Intl.NumberFormat("it-IT", { maximumFractionDigits: 1 });
const decimal = (n: number) => DECIMAL.format(n);
const percent = (rate: number | undefined) => (rate === undefined ? "—" : `${Math.round(rate * 100)}%`);

/** "novembre 2026". */
export function monthName(month: YearMonth): string {
  return DateTime.fromObject({ year: month.year, month: month.month, day: 1 }).setLocale("it").toFormat("LLLL yyyy");
}

/** "2026-11", as in file names and the audit. */
export const monthKey = (m: YearMonth) => `${m.year}-${String(m.month).padStart(2, "0")}`;

/** A count for a message that says it with its word ("3 sessioni", "1 sessione"): `n` chooses the word, `count` is shown. */
const count = (n: number) => ({ n, count: String(n) });

/** "mese in corso, fino al 02/12" while the month is not over, else undefined. */
function soFar(setup: ReportSetup, period: Period): string | undefined {
  if (setup.now >= period.to) return undefined;
  return setup.italian("report-month-so-far", { day: DateTime.fromJSDate(setup.now, { zone: setup.timezone }).toFormat("dd/MM") });
}

/** The picture of a month: requests by week and category, attendance by activity, six months of service. */
export function statsChartInput(setup: ReportSetup, figures: DeskFigures, month: YearMonth, serviceOf: (period: Period) => ServiceFigures): StatsChartInput {
  const { italian, timezone: zone } = setup;
  const label = reportLabels(italian);
  const known = new Set<string>(CATEGORIES);
  const categories = [...CATEGORIES, ...figures.categories.map((c) => c.category).filter((c) => !known.has(c))];
  const start = DateTime.fromJSDate(figures.period.from, { zone });
  const end = DateTime.fromJSDate(figures.period.to, { zone }).minus({ days: 1 });
  const current = soFar(setup, figures.period);
  const subtitle = [
    italian("report-desk-name"),
    italian("report-n-requests", count(figures.requests.opened)),
    italian("report-n-new-residents", count(figures.newResidents)),
  ].join(" · ");
  return {
    title: italian("report-chart-title", { month: monthName(month) }),
    subtitle: `${subtitle}${current ? ` · ${current}` : ""}`,
    footer: italian("report-chart-footer", { when: DateTime.fromJSDate(setup.now, { zone }).toFormat("dd/MM/yyyy HH:mm") }),
    categories: categories.map((id) => ({ id, label: label.category(id) })),
    weeks: figures.weeks.map((w) => {
      // The days of the week that fall in the month: the first and last weeks are partial.
      const first = DateTime.max(DateTime.fromISO(w.monday, { zone }), start);
      const last = DateTime.min(DateTime.fromISO(w.monday, { zone }).plus({ days: 6 }), end);
      return {
        label: italian("report-week", { week: String(w.weekNumber) }),
        sublabel: first.hasSame(last, "day") ? first.toFormat("dd/MM") : `${first.toFormat("dd/MM")}-${last.toFormat("dd/MM")}`,
        byCategory: w.byCategory,
      };
    }),
    attendance: figures.attendance.map((a) => ({
      label: label.activity(a.activityId),
      note: `${italian("report-n-sessions", count(a.sessions))} · ${italian("report-n-booked-seats", count(a.booked))}`,
      present: a.present,
      absent: a.absent,
    })),
    service: serviceByMonth(setup, figures, month, serviceOf),
  };
}

/** First answers (opening hours) and satisfaction for the chosen month and the five before it. */
function serviceByMonth(setup: ReportSetup, figures: DeskFigures, month: YearMonth, serviceOf: (period: Period) => ServiceFigures) {
  const { italian } = setup;
  const rows: NonNullable<StatsChartInput["service"]> = [];
  for (let back = SERVICE_MONTHS - 1; back >= 0; back--) {
    const start = DateTime.fromObject({ year: month.year, month: month.month, day: 1 }).minus({ months: back });
    const service = back === 0 ? figures.service : serviceOf(monthPeriod({ year: start.year, month: start.month }, setup.timezone)!);
    const median = service.medianWorkingHoursToFirstAnswer;
    const answer = median === undefined ? italian("report-no-answer") : italian("report-first-answer-median", { hours: decimal(median) });
    rows.push({
      label: start.setLocale("it").toFormat("LLL yyyy"),
      note: `${answer} · ${italian("report-n-judgements", count(service.satisfaction.answered))}`,
      yes: service.satisfaction.yes,
      partly: service.satisfaction.partly,
      no: service.satisfaction.no,
    });
  }
  return rows;
}

/** The month in a few lines, the chart's caption. */
/** `more`: lines of other capabilities' figures (home visits), after attendance. */
export function statsSummary(setup: ReportSetup, figures: DeskFigures, month: YearMonth, more: string[] = []): string {
  const { italian, timezone } = setup;
  const { requests, bookings, attendanceTotal, service } = figures;
  const first = DateTime.fromJSDate(figures.period.from, { zone: timezone });
  const current = soFar(setup, figures.period);
  const median =
    requests.medianHoursToFirstAnswer === undefined
      ? italian("report-no-answer-yet")
      : italian("report-median-hours", {
          hours: decimal(requests.medianHoursToFirstAnswer),
          answered: String(requests.answered),
          opened: String(requests.opened),
        });
  const working = service.medianWorkingHoursToFirstAnswer;
  const inHours = working === undefined ? "" : ` · ${italian("report-median-working-hours", { hours: decimal(working) })}`;
  return [
    `${italian("report-summary-title", { month: monthName(month) })}${current ? ` (${current})` : ""}`,
    italian("report-new-residents", { count: String(figures.newResidents) }),
    italian("report-requests", { opened: String(requests.opened), closed: String(requests.closed), home: String(requests.homeVisits) }),
    `${italian("report-first-answer", { median })}${inHours}`,
    italian("report-satisfaction", { answers: satisfactionText(italian, service.satisfaction) }),
    italian("report-bookings", {
      seats: italian("report-n-seats", count(bookings.booked)),
      sessions: italian("report-n-sessions", count(bookings.sessions)),
    }),
    italian("report-attendance", {
      present: String(attendanceTotal.present),
      marked: String(attendanceTotal.present + attendanceTotal.absent),
      rate: percent(attendanceTotal.rate),
    }),
    ...more,
    italian("report-languages", { languages: languagesText(reportLabels(italian), figures) }),
    "",
    italian("report-csv-hint", { first: first.toISODate()!, last: first.endOf("month").toISODate()! }),
  ].join("\n");
}

function satisfactionText(italian: Italian, satisfaction: ServiceFigures["satisfaction"]): string {
  const { shares, answered, asked } = satisfaction;
  if (!shares) return asked ? italian("report-no-answer-yet-asked", { asked: String(asked) }) : italian("report-no-answer-yet");
  return italian("report-satisfaction-shares", {
    answered: String(answered),
    asked: String(asked),
    yes: percent(shares.yes),
    partly: percent(shares.partly),
    no: percent(shares.no),
  });
}

function languagesText(label: ReportLabels, figures: DeskFigures): string {
  return figures.languages.length ? figures.languages.map((l) => `${label.language(l.language)} ${l.count}`).join(" · ") : "—";
}
