import { DateTime } from "luxon";
import type { StatisticsStore } from "#src/domain/ports/stores.js";
import type { BookingFacts, RequestFacts, SatisfactionCounts, StatisticsScope } from "#src/domain/ports/records.js";
import type { OpeningHours } from "./opening-hours.js";

export type { BookingFacts, RequestFacts, SatisfactionCounts };

/** A span of time [from, to) in UTC, made of whole local days. */
export interface Period {
  from: Date;
  to: Date;
}

export interface YearMonth {
  year: number;
  month: number;
}

/** The calendar month as the desk lives it (Europe/Rome), so a request at 00:30 on the 1st belongs to that month. */
export function monthPeriod({ year, month }: YearMonth, timezone: string): Period | undefined {
  const start = DateTime.fromObject({ year, month, day: 1 }, { zone: timezone });
  if (!start.isValid) return undefined;
  return { from: start.toJSDate(), to: start.plus({ months: 1 }).toJSDate() };
}

export function monthOf(when: Date, timezone: string): YearMonth {
  const local = DateTime.fromJSDate(when, { zone: timezone });
  return { year: local.year, month: local.month };
}

/** From the start of `first` to the end of `last`, both local dates (YYYY-MM-DD), inclusive. */
export function daysPeriod(first: string, last: string, timezone: string): Period | undefined {
  const start = DateTime.fromISO(first, { zone: timezone });
  const end = DateTime.fromISO(last, { zone: timezone });
  if (!start.isValid || !end.isValid || end < start) return undefined;
  return { from: start.startOf("day").toJSDate(), to: end.startOf("day").plus({ days: 1 }).toJSDate() };
}

export function hoursBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / 3_600_000;
}

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface WeekFigures {
  /** ISO week, e.g. "2026-W45". */
  key: string;
  weekYear: number;
  weekNumber: number;
  /** The Monday that starts the week, local date (YYYY-MM-DD), even when the period starts later. */
  monday: string;
  byCategory: Record<string, number>;
  total: number;
}

export interface ActivityAttendance {
  activityId: string;
  /** Sessions held (not cancelled) in the period. */
  sessions: number;
  /** Seats still booked when the session came. */
  booked: number;
  present: number;
  absent: number;
  /** present / (present + absent); undefined while nobody was marked. */
  rate: number | undefined;
}

export interface DeskFigures {
  period: Period;
  newResidents: number;
  requests: {
    opened: number;
    closed: number;
    /** Of those opened in the period, how many got a first staff answer. */
    answered: number;
    homeVisits: number;
    medianHoursToFirstAnswer: number | undefined;
  };
  /** Requests opened in the period per language, most used first. */
  languages: { language: string; count: number }[];
  categories: { category: string; count: number }[];
  weeks: WeekFigures[];
  bookings: { booked: number; sessions: number };
  attendance: ActivityAttendance[];
  attendanceTotal: { present: number; absent: number; rate: number | undefined };
  service: ServiceFigures;
}

/** Service levels of a period: first answers in opening hours, and what residents said after closing. */
export interface ServiceFigures {
  /** Median working hours (opening time only) from the request to the first staff answer; undefined without hours. */
  medianWorkingHoursToFirstAnswer: number | undefined;
  answered: number;
  satisfaction: SatisfactionCounts & {
    answered: number;
    /** Shares of the answers given (0–1); undefined while nobody answered. */
    shares: { yes: number; partly: number; no: number } | undefined;
  };
}

/** First-answer times in opening hours for the requests opened in the period, and satisfaction given in it. */
export function serviceFigures(repo: StatisticsStore, period: Period, hours?: OpeningHours, requests?: RequestFacts[]): ServiceFigures {
  const opened = requests ?? repo.requestsCreated(period.from, period.to);
  const working = hours
    ? opened.filter((r) => r.firstAnswerAt).map((r) => hours.workingMillisBetween(r.createdAt, r.firstAnswerAt!) / 3_600_000)
    : [];
  const counts = repo.satisfaction(period.from, period.to);
  const answered = counts.yes + counts.partly + counts.no;
  return {
    medianWorkingHoursToFirstAnswer: median(working),
    answered: opened.filter((r) => r.firstAnswerAt).length,
    satisfaction: {
      ...counts,
      answered,
      shares: answered ? { yes: counts.yes / answered, partly: counts.partly / answered, no: counts.no / answered } : undefined,
    },
  };
}

function weekOf(when: Date, timezone: string) {
  const local = DateTime.fromJSDate(when, { zone: timezone });
  return { key: `${local.weekYear}-W${String(local.weekNumber).padStart(2, "0")}`, local };
}

/** Every ISO week that touches the period, in order, empty ones included so the chart shows quiet weeks. */
function weeksOf(period: Period, timezone: string): WeekFigures[] {
  const weeks: WeekFigures[] = [];
  let monday = DateTime.fromJSDate(period.from, { zone: timezone }).startOf("week");
  while (monday.toJSDate() < period.to) {
    weeks.push({
      key: `${monday.weekYear}-W${String(monday.weekNumber).padStart(2, "0")}`,
      weekYear: monday.weekYear,
      weekNumber: monday.weekNumber,
      monday: monday.toISODate()!,
      byCategory: {},
      total: 0,
    });
    monday = monday.plus({ weeks: 1 });
  }
  return weeks;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const byCountThenName = <T extends { count: number }>(name: (x: T) => string) => (a: T, b: T) =>
  b.count - a.count || name(a).localeCompare(name(b));

/**
 * The figures the funder asks for, for one period: reach, requests, answer times (also in opening hours, when
 * the desk's hours are given), satisfaction, classes and attendance.
 */
export function deskFigures(repo: StatisticsStore, period: Period, timezone: string, hours?: OpeningHours): DeskFigures {
  const requests = repo.requestsCreated(period.from, period.to);
  const answerHours = requests.filter((r) => r.firstAnswerAt).map((r) => hoursBetween(r.createdAt, r.firstAnswerAt!));

  const weeks = weeksOf(period, timezone);
  const weekIndex = new Map(weeks.map((w, i) => [w.key, i]));
  for (const r of requests) {
    const week = weeks[weekIndex.get(weekOf(r.createdAt, timezone).key)!]!;
    week.byCategory[r.category] = (week.byCategory[r.category] ?? 0) + 1;
    week.total++;
  }

  const bookings = repo.bookingsOfSessions(period.from, period.to).filter((b) => b.sessionStatus === "scheduled");
  const held = new Map(repo.sessionsHeld(period.from, period.to).map((s) => [s.activityId, s.n]));
  const attendance: ActivityAttendance[] = [...held.entries()]
    .map(([activityId, sessions]) => {
      const mine = bookings.filter((b) => b.activityId === activityId);
      const present = mine.filter((b) => b.attendance === "present").length;
      const absent = mine.filter((b) => b.attendance === "absent").length;
      return {
        activityId,
        sessions,
        booked: mine.filter((b) => b.status === "booked").length,
        present,
        absent,
        rate: present + absent ? present / (present + absent) : undefined,
      };
    })
    .sort((a, b) => a.activityId.localeCompare(b.activityId));
  const present = attendance.reduce((sum, a) => sum + a.present, 0);
  const absent = attendance.reduce((sum, a) => sum + a.absent, 0);

  return {
    period,
    newResidents: repo.residentsCreated(period.from, period.to),
    requests: {
      opened: requests.length,
      closed: repo.requestsClosed(period.from, period.to),
      answered: answerHours.length,
      homeVisits: requests.filter((r) => r.visit === "home").length,
      medianHoursToFirstAnswer: median(answerHours),
    },
    languages: [...countBy(requests, (r) => r.language)]
      .map(([language, count]) => ({ language, count }))
      .sort(byCountThenName((x) => x.language)),
    categories: [...countBy(requests, (r) => r.category)]
      .map(([category, count]) => ({ category, count }))
      .sort(byCountThenName((x) => x.category)),
    weeks,
    bookings: {
      booked: attendance.reduce((sum, a) => sum + a.booked, 0),
      sessions: attendance.reduce((sum, a) => sum + a.sessions, 0),
    },
    attendance,
    attendanceTotal: { present, absent, rate: present + absent ? present / (present + absent) : undefined },
    service: serviceFigures(repo, period, hours, requests),
  };
}

export interface RequestExportRow extends RequestFacts {
  hoursToFirstAnswer: number | undefined;
  /** The same, counting opening hours only (undefined without the desk's hours). */
  workingHoursToFirstAnswer: number | undefined;
}

/**
 * What /export puts in its files: requests opened and bookings of sessions held in the period,
 * nothing personal. Rows come one at a time, so a year's export needs little memory.
 */
export function exportRows(repo: StatisticsStore, period: Period, hours?: OpeningHours) {
  return {
    *requests(): Generator<RequestExportRow> {
      for (const r of repo.eachRequestCreated(period.from, period.to)) {
        yield {
          ...r,
          hoursToFirstAnswer: r.firstAnswerAt ? hoursBetween(r.createdAt, r.firstAnswerAt) : undefined,
          workingHoursToFirstAnswer:
            r.firstAnswerAt && hours ? hours.workingMillisBetween(r.createdAt, r.firstAnswerAt) / 3_600_000 : undefined,
        };
      }
    },
    bookings: () => repo.eachBookingOfSessions(period.from, period.to),
  };
}

export interface StatisticsService {
  /** `scope`: some teams' requests and their activities' sessions only (every team's when left out). */
  desk(period: Period, scope?: StatisticsScope): DeskFigures;
  service(period: Period, scope?: StatisticsScope): ServiceFigures;
  exportRows: (period: Period, scope?: StatisticsScope) => {
    requests(): Generator<RequestExportRow>;
    bookings: () => Generator<BookingFacts, any, any>;
  };
  /** Requests opened in a period, per team (the coordinators' share line). */
  openedBy: (period: Period, teams: ReadonlyArray<{
    id: string;
    activities: readonly string[];
  }>) => number[];
}

/** The figures and export rows of any period, in the desk's zone and opening hours: what /stats and /export read. */
export function statisticsService(repo: StatisticsStore, timezone: string, hours: OpeningHours): StatisticsService {
  const of = (scope?: StatisticsScope) => (scope ? repo.scoped(scope) : repo);
  return {
    /** `scope`: some teams' requests and their activities' sessions only (every team's when left out). */
    desk: (period: Period, scope?: StatisticsScope) => deskFigures(of(scope), period, timezone, hours),
    service: (period: Period, scope?: StatisticsScope) => serviceFigures(of(scope), period, hours),
    exportRows: (period: Period, scope?: StatisticsScope) => exportRows(of(scope), period, hours),
    /** Requests opened in a period, per team (the coordinators' share line). */
    openedBy: (period: Period, teams: ReadonlyArray<{ id: string; activities: readonly string[] }>) =>
      teams.map((t) => of({ teamIds: [t.id], activityIds: [...t.activities] }).requestsCreated(period.from, period.to).length),
  };
}
