import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { requests, visits, visitWindows } from "#src/db/schema.js";

export type Visit = typeof visits.$inferSelect;
export type NewVisit = Omit<typeof visits.$inferInsert, "id" | "series">;
export type VisitWindow = typeof visitWindows.$inferSelect;
export type VisitStatus = Visit["status"];

/** Statuses in which a visit holds the worker's time. */
export const HOLDS_TIME: VisitStatus[] = ["confirmed", "done", "not-home"];

/** What erasure and retention blank on a visit: where the person lives, and what staff wrote about it. */
const ERASED = { address: null, latitude: null, longitude: null, notes: null };

/** One row of the figures: visits whose time fell in a month, per team. */
export interface VisitCounts {
  month: string;
  team: string | null;
  planned: number;
  done: number;
  notHome: number;
  movedOrCancelled: number;
}

/** Queries on home visits and their proposed windows; the rules are in domain/visits.ts. */
export function visitsRepository(db: Db) {
  const byId = db
    .select()
    .from(visits)
    .where(eq(visits.id, sql.placeholder("id")))
    .prepare();
  const windowsOf = db
    .select()
    .from(visitWindows)
    .where(eq(visitWindows.visitId, sql.placeholder("id")))
    .orderBy(asc(visitWindows.position))
    .prepare();
  const latestFor = db
    .select()
    .from(visits)
    .where(eq(visits.requestId, sql.placeholder("id")))
    .orderBy(desc(visits.id))
    .limit(1)
    .prepare();
  return {
    get(id: number): Visit | undefined {
      return byId.get({ id });
    },
    windows(visitId: number): VisitWindow[] {
      return windowsOf.all({ id: visitId });
    },
    /** The request's latest visit: the one its card shows and a new proposal continues. */
    latestFor(requestId: number): Visit | undefined {
      return latestFor.get({ id: requestId });
    },
    /** Inserts a visit as the first of its series, or continuing `series`. */
    insert(values: NewVisit, series?: number): Visit {
      const row = db
        .insert(visits)
        .values({ ...values, series: series ?? 0 })
        .returning()
        .get();
      if (series !== undefined) return row;
      return db.update(visits).set({ series: row.id }).where(eq(visits.id, row.id)).returning().get();
    },
    addWindows(visitId: number, windows: Array<{ startsAt: Date; endsAt: Date }>): void {
      windows.forEach((w, i) => {
        db.insert(visitWindows)
          .values({ visitId, position: i + 1, startsAt: w.startsAt, endsAt: w.endsAt })
          .run();
      });
    },
    update(id: number, values: Partial<Omit<Visit, "id">>): Visit | undefined {
      return db.update(visits).set(values).where(eq(visits.id, id)).returning().get();
    },
    /** The worker's visits that hold time and meet [from, to), another visit excepted. */
    overlapping(workerId: number, from: Date, to: Date, except?: number): Visit[] {
      return db
        .select()
        .from(visits)
        .where(
          and(
            eq(visits.workerId, workerId),
            inArray(visits.status, HOLDS_TIME),
            lt(visits.startsAt, to),
            gt(visits.endsAt, from),
            except === undefined ? undefined : sql`${visits.id} != ${except}`,
          ),
        )
        .orderBy(asc(visits.startsAt))
        .all();
    },
    /** Visits that hold time in [from, to), one worker's or everyone's, in time order. */
    between(from: Date, to: Date, workerId?: number): Visit[] {
      return db
        .select()
        .from(visits)
        .where(
          and(
            inArray(visits.status, HOLDS_TIME),
            gte(visits.startsAt, from),
            lt(visits.startsAt, to),
            workerId === undefined ? undefined : eq(visits.workerId, workerId),
          ),
        )
        .orderBy(asc(visits.startsAt), asc(visits.id))
        .all();
    },
    /** The visits of a request that got a time, in order: what the person's copy of their data lists. */
    agreedFor(requestId: number): Visit[] {
      return db
        .select()
        .from(visits)
        .where(and(eq(visits.requestId, requestId), isNotNull(visits.confirmedAt)))
        .orderBy(asc(visits.id))
        .all();
    },
    /** Any visit of this series already taken into the resident's calendar. */
    seriesInCalendar(series: number): boolean {
      const row = db
        .select({ id: visits.id })
        .from(visits)
        .where(and(eq(visits.series, series), isNotNull(visits.residentCalendarAt)))
        .limit(1)
        .get();
      return row !== undefined;
    },
    /**
     * Visits whose agreed time fell in [from, to), counted by local month and team: the team whose worker went (else
     * the request's), only some teams' when `teamIds` is given. A visit counts as planned once a time was agreed,
     * whatever came of it; moved or cancelled are those that did not take place then.
     */
    counts(from: Date, to: Date, monthOf: (at: number) => string, teamIds?: readonly string[]): VisitCounts[] {
      const team = sql<string | null>`coalesce(${visits.team}, ${requests.teamId})`;
      const rows = db
        .select({ startsAt: visits.startsAt, team, status: visits.status })
        .from(visits)
        .innerJoin(requests, eq(requests.id, visits.requestId))
        .where(
          and(
            isNotNull(visits.confirmedAt),
            gte(visits.startsAt, from),
            lt(visits.startsAt, to),
            teamIds ? sql`${team} IN (SELECT value FROM json_each(${JSON.stringify(teamIds)}))` : undefined,
          ),
        )
        .all();
      const byKey = new Map<string, VisitCounts>();
      for (const r of rows) {
        const month = monthOf(r.startsAt!.getTime());
        const key = `${month}|${r.team ?? ""}`;
        let c = byKey.get(key);
        if (!c) {
          c = { month, team: r.team, planned: 0, done: 0, notHome: 0, movedOrCancelled: 0 };
          byKey.set(key, c);
        }
        c.planned++;
        if (r.status === "done") c.done++;
        else if (r.status === "not-home") c.notHome++;
        else if (r.status !== "confirmed") c.movedOrCancelled++;
      }
      return [...byKey.values()].sort((a, b) => a.month.localeCompare(b.month) || (a.team ?? "").localeCompare(b.team ?? ""));
    },
    /** Erasure of a person: their visits lose address and notes, and what was still to happen is cancelled. */
    eraseForRequests(requestIds: number[], at: Date): void {
      if (!requestIds.length) return;
      db.update(visits).set(ERASED).where(inArray(visits.requestId, requestIds)).run();
      db.update(visits)
        .set({ status: "cancelled", outcomeAt: at })
        .where(and(inArray(visits.requestId, requestIds), inArray(visits.status, ["proposed", "none-works", "confirmed", "declined"])))
        .run();
    },
    /** Retention: closed requests' visits keep their figures, not the address or notes. */
    eraseContent(requestIds: number[]): void {
      if (!requestIds.length) return;
      db.update(visits).set(ERASED).where(inArray(visits.requestId, requestIds)).run();
    },
    /** The resident of a visit (through its request), for checks on their button presses. */
    residentOf(visitId: number): number | undefined {
      const row = db
        .select({ residentId: requests.residentId })
        .from(visits)
        .innerJoin(requests, eq(requests.id, visits.requestId))
        .where(eq(visits.id, visitId))
        .get();
      return row?.residentId;
    },
  };
}

export type VisitsRepository = ReturnType<typeof visitsRepository>;
