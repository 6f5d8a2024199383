import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { requests, residents, sessions } from "../schema.js";

/**
 * The columns figures and exports may use: no names, texts, phones, addresses or child names,
 * so nothing personal can leak into a chart or a CSV by accident.
 */
export interface RequestFacts {
  id: number;
  category: string;
  language: string;
  status: "open" | "taken" | "closed";
  visit: "desk" | "home";
  createdAt: Date;
  firstAnswerAt: Date | null;
  closedAt: Date | null;
  /** The resident's answer to "Did we help you?" after closing, if asked and answered. */
  satisfaction: "yes" | "partly" | "no" | null;
}

/** Satisfaction questions asked, and answers given, in a period. */
export interface SatisfactionCounts {
  asked: number;
  yes: number;
  partly: number;
  no: number;
}

export interface BookingFacts {
  bookingId: number;
  sessionId: number;
  activityId: string;
  startsAt: Date;
  sessionStatus: "scheduled" | "cancelled";
  status: "booked" | "waiting" | "offered" | "cancelled" | "expired" | "declined";
  attendance: "present" | "absent" | null;
}

/** Rows as SQLite returns them: times in milliseconds. */
interface StoredRequestFacts {
  id: number;
  category: string;
  language: string;
  status: RequestFacts["status"];
  visit: RequestFacts["visit"];
  created_at: number;
  first_answer_at: number | null;
  closed_at: number | null;
  satisfaction: RequestFacts["satisfaction"];
}

interface StoredBookingFacts {
  booking_id: number;
  session_id: number;
  activity_id: string;
  starts_at: number;
  session_status: BookingFacts["sessionStatus"];
  status: BookingFacts["status"];
  attendance: BookingFacts["attendance"];
}

type Period = [from: number, to: number];

/** Queries behind /stats and /export; every period is [from, to) in UTC. */
export function statisticsRepository(db: Db) {
  const residentsCreated = db
    .select({ n: sql<number>`count(*)` })
    .from(residents)
    .where(and(gte(residents.createdAt, sql.placeholder("from")), lt(residents.createdAt, sql.placeholder("to"))))
    .prepare();
  const requestsCreated = db.$client.prepare<Period, StoredRequestFacts>(
    `SELECT id, category, language, status, visit, created_at, first_answer_at, closed_at, satisfaction FROM requests
     WHERE created_at >= ? AND created_at < ? ORDER BY id`,
  );
  const bookingsOfSessions = db.$client.prepare<Period, StoredBookingFacts>(
    `SELECT b.id AS booking_id, s.id AS session_id, s.activity_id, s.starts_at, s.status AS session_status, b.status, b.attendance
     FROM bookings b JOIN sessions s ON s.id = b.session_id
     WHERE s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at, s.id, b.id`,
  );
  const requestsClosed = db
    .select({ n: sql<number>`count(*)` })
    .from(requests)
    .where(and(eq(requests.status, "closed"), gte(requests.closedAt, sql.placeholder("from")), lt(requests.closedAt, sql.placeholder("to"))))
    .prepare();
  const satisfaction = db.$client.prepare<{ from: number; to: number }, SatisfactionCounts>(
    `SELECT
       (SELECT count(*) FROM requests WHERE satisfaction_asked_at >= @from AND satisfaction_asked_at < @to) AS asked,
       (SELECT count(*) FROM requests WHERE satisfaction = 'yes' AND satisfaction_at >= @from AND satisfaction_at < @to) AS yes,
       (SELECT count(*) FROM requests WHERE satisfaction = 'partly' AND satisfaction_at >= @from AND satisfaction_at < @to) AS partly,
       (SELECT count(*) FROM requests WHERE satisfaction = 'no' AND satisfaction_at >= @from AND satisfaction_at < @to) AS no`,
  );
  const sessionsHeld = db
    .select({ activityId: sessions.activityId, n: sql<number>`count(*)` })
    .from(sessions)
    .where(and(eq(sessions.status, "scheduled"), gte(sessions.startsAt, sql.placeholder("from")), lt(sessions.startsAt, sql.placeholder("to"))))
    .groupBy(sessions.activityId)
    .prepare();
  return {
    residentsCreated(from: Date, to: Date): number {
      return residentsCreated.get({ from: from.getTime(), to: to.getTime() })?.n ?? 0;
    },

    requestsCreated(from: Date, to: Date): RequestFacts[] {
      return [...this.eachRequestCreated(from, to)];
    },

    /** Requests opened in the period, one at a time (an export of a year never holds them all). */
    *eachRequestCreated(from: Date, to: Date): Generator<RequestFacts> {
      for (const r of requestsCreated.iterate(from.getTime(), to.getTime())) {
        yield {
          id: r.id,
          category: r.category,
          language: r.language,
          status: r.status,
          visit: r.visit,
          createdAt: new Date(r.created_at),
          firstAnswerAt: r.first_answer_at === null ? null : new Date(r.first_answer_at),
          closedAt: r.closed_at === null ? null : new Date(r.closed_at),
          satisfaction: r.satisfaction ?? null,
        };
      }
    },

    /** Bookings of sessions in the period, one at a time. */
    *eachBookingOfSessions(from: Date, to: Date): Generator<BookingFacts> {
      for (const r of bookingsOfSessions.iterate(from.getTime(), to.getTime())) {
        yield {
          bookingId: r.booking_id,
          sessionId: r.session_id,
          activityId: r.activity_id,
          startsAt: new Date(r.starts_at),
          sessionStatus: r.session_status,
          status: r.status,
          attendance: r.attendance,
        };
      }
    },

    /** Requests closed in the period, whenever they were opened (a reopened one counts when closed again). */
    requestsClosed(from: Date, to: Date): number {
      return requestsClosed.get({ from: from.getTime(), to: to.getTime() })?.n ?? 0;
    },

    /** Questions "Did we help you?" asked in the period, and the answers given in it. */
    satisfaction(from: Date, to: Date): SatisfactionCounts {
      return satisfaction.get({ from: from.getTime(), to: to.getTime() })!;
    },

    /** Every booking (any status) of the sessions that start in the period. */
    bookingsOfSessions(from: Date, to: Date): BookingFacts[] {
      return [...this.eachBookingOfSessions(from, to)];
    },

    /** Sessions held (not cancelled) in the period, per activity, including those nobody booked. */
    sessionsHeld(from: Date, to: Date): { activityId: string; n: number }[] {
      return sessionsHeld.all({ from: from.getTime(), to: to.getTime() });
    },
  };
}

export type StatisticsRepository = ReturnType<typeof statisticsRepository>;
