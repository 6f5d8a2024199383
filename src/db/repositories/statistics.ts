import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { requests, residents, sessions } from "#src/db/schema.js";

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
  /** The team that handles it (an id, never a person). */
  teamId: string | null;
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
  team_id: string | null;
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

/**
 * Whose figures: the requests of some teams and the sessions of some activities (a team's own). Every team's and
 * every activity's when none is given.
 */
export interface StatisticsScope {
  teamIds: string[];
  activityIds: string[];
}

/** Queries behind /stats and /export; every period is [from, to) in UTC. */
export function statisticsRepository(db: Db, scope?: StatisticsScope) {
  // The scope goes in as JSON arrays (json_each), so every statement stays one prepared text whatever the teams.
  const teams = JSON.stringify(scope?.teamIds ?? []);
  const activities = JSON.stringify(scope?.activityIds ?? []);
  const ofTeams = (column: string) => (scope ? ` AND ${column} IN (SELECT value FROM json_each(@teams))` : "");
  const ofActivities = (column: string) => (scope ? ` AND ${column} IN (SELECT value FROM json_each(@activities))` : "");
  return {
    /** The same queries, for the requests of some teams and the sessions of some activities only. */
    scoped(scope: StatisticsScope) {
      return statisticsRepository(db, scope);
    },

    /**
     * People who first wrote in the period; for some teams, those of them with a request of those teams or a booking
     * in their activities.
     */
    residentsCreated(from: Date, to: Date): number {
      if (!scope) {
        const row = db
          .select({ n: sql<number>`count(*)` })
          .from(residents)
          .where(and(gte(residents.createdAt, from), lt(residents.createdAt, to)))
          .get();
        return row?.n ?? 0;
      }
      return db.$client
        .prepare(
          `SELECT count(*) FROM residents r WHERE r.created_at >= @from AND r.created_at < @to AND (
             EXISTS (SELECT 1 FROM requests q WHERE q.resident_id = r.id${ofTeams("q.team_id")})
             OR EXISTS (SELECT 1 FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE b.resident_id = r.id${ofActivities("s.activity_id")}))`,
        )
        .pluck()
        .get({ from: from.getTime(), to: to.getTime(), teams, activities }) as number;
    },

    requestsCreated(from: Date, to: Date): RequestFacts[] {
      return [...this.eachRequestCreated(from, to)];
    },

    /** Requests opened in the period, one at a time (an export of a year never holds them all). */
    *eachRequestCreated(from: Date, to: Date): Generator<RequestFacts> {
      const rows = db.$client
        .prepare(
          `SELECT id, category, language, status, visit, created_at, first_answer_at, closed_at, satisfaction, team_id FROM requests
           WHERE created_at >= @from AND created_at < @to${ofTeams("team_id")} ORDER BY id`,
        )
        .iterate({ from: from.getTime(), to: to.getTime(), ...(scope ? { teams } : {}) }) as IterableIterator<StoredRequestFacts>;
      for (const r of rows) {
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
          teamId: r.team_id ?? null,
        };
      }
    },

    /** Bookings of sessions in the period, one at a time. */
    *eachBookingOfSessions(from: Date, to: Date): Generator<BookingFacts> {
      const rows = db.$client
        .prepare(
          `SELECT b.id AS booking_id, s.id AS session_id, s.activity_id, s.starts_at, s.status AS session_status, b.status, b.attendance
           FROM bookings b JOIN sessions s ON s.id = b.session_id
           WHERE s.starts_at >= @from AND s.starts_at < @to${ofActivities("s.activity_id")} ORDER BY s.starts_at, s.id, b.id`,
        )
        .iterate({ from: from.getTime(), to: to.getTime(), ...(scope ? { activities } : {}) }) as IterableIterator<StoredBookingFacts>;
      for (const r of rows) {
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
      const row = db
        .select({ n: sql<number>`count(*)` })
        .from(requests)
        .where(
          and(
            eq(requests.status, "closed"),
            gte(requests.closedAt, from),
            lt(requests.closedAt, to),
            scope ? inArray(requests.teamId, scope.teamIds) : undefined,
          ),
        )
        .get();
      return row?.n ?? 0;
    },

    /** Questions "Did we help you?" asked in the period, and the answers given in it. */
    satisfaction(from: Date, to: Date): SatisfactionCounts {
      const row = db.$client
        .prepare(
          `SELECT
             (SELECT count(*) FROM requests WHERE satisfaction_asked_at >= @from AND satisfaction_asked_at < @to${ofTeams("team_id")}) AS asked,
             (SELECT count(*) FROM requests WHERE satisfaction = 'yes' AND satisfaction_at >= @from AND satisfaction_at < @to${ofTeams("team_id")}) AS yes,
             (SELECT count(*) FROM requests WHERE satisfaction = 'partly' AND satisfaction_at >= @from AND satisfaction_at < @to${ofTeams("team_id")}) AS partly,
             (SELECT count(*) FROM requests WHERE satisfaction = 'no' AND satisfaction_at >= @from AND satisfaction_at < @to${ofTeams("team_id")}) AS no`,
        )
        .get({ from: from.getTime(), to: to.getTime(), ...(scope ? { teams } : {}) }) as SatisfactionCounts;
      return row;
    },

    /** Every booking (any status) of the sessions that start in the period. */
    bookingsOfSessions(from: Date, to: Date): BookingFacts[] {
      return [...this.eachBookingOfSessions(from, to)];
    },

    /** Sessions held (not cancelled) in the period, per activity, including those nobody booked. */
    sessionsHeld(from: Date, to: Date): { activityId: string; n: number }[] {
      return db
        .select({ activityId: sessions.activityId, n: sql<number>`count(*)` })
        .from(sessions)
        .where(
          and(
            eq(sessions.status, "scheduled"),
            gte(sessions.startsAt, from),
            lt(sessions.startsAt, to),
            scope ? inArray(sessions.activityId, scope.activityIds) : undefined,
          ),
        )
        .groupBy(sessions.activityId)
        .all();
    },
  };
}

export type StatisticsRepository = ReturnType<typeof statisticsRepository>;
