import { and, asc, eq, gt, gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { insertReturning, updateByKey } from "#src/db/prepared.js";
import { sessions } from "#src/db/schema.js";

export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type SessionWithSeats = Session & { taken: number; waiting: number };

/** Seats count as taken while booked, or held for someone who was offered them. */
const takenSql = sql<number>`(select count(*) from bookings b where b.session_id = "sessions"."id" and b.status in ('booked', 'offered'))`;
const waitingSql = sql<number>`(select count(*) from bookings b where b.session_id = "sessions"."id" and b.status = 'waiting')`;

const withCounts = (r: { session: Session; taken: number; waiting: number }): SessionWithSeats => ({ ...r.session, taken: r.taken, waiting: r.waiting });

export function sessionsRepository(db: Db) {
  const insert = insertReturning(db, sessions);
  const update = updateByKey(db, sessions, sessions.id);
  const byId = db.select().from(sessions).where(eq(sessions.id, sql.placeholder("id"))).prepare();
  const withSeats = db
    .select({ session: sessions, taken: takenSql, waiting: waitingSql })
    .from(sessions)
    .where(eq(sessions.id, sql.placeholder("id")))
    .prepare();
  // Shown on every date list: the activities come as one JSON array, so one statement serves any list.
  const upcomingWhere = and(
    eq(sessions.status, "scheduled"),
    gt(sessions.startsAt, sql.placeholder("now")),
    inArray(sessions.activityId, sql`(select value from json_each(${sql.placeholder("activityIds")}))`),
  );
  const upcomingOf = (where: SQL | undefined) =>
    db
      .select({ session: sessions, taken: takenSql, waiting: waitingSql })
      .from(sessions)
      .where(where)
      .orderBy(asc(sessions.startsAt))
      .limit(sql.placeholder("limit"))
      .prepare();
  const upcoming = upcomingOf(upcomingWhere);
  const upcomingAtDesk = upcomingOf(and(upcomingWhere, eq(sessions.deskId, sql.placeholder("deskId"))));
  const between = db
    .select({ session: sessions, taken: takenSql, waiting: waitingSql })
    .from(sessions)
    .where(and(eq(sessions.status, "scheduled"), gte(sessions.startsAt, sql.placeholder("from")), lt(sessions.startsAt, sql.placeholder("to"))))
    .orderBy(asc(sessions.startsAt))
    .prepare();

  return {
    insert(values: NewSession): Session {
      return insert(values);
    },
    get(id: number): Session | undefined {
      return byId.get({ id });
    },
    withSeats(id: number): SessionWithSeats | undefined {
      const row = withSeats.get({ id });
      return row ? withCounts(row) : undefined;
    },
    /** Sessions without a desk, or of a desk no longer configured, belong to the first desk. */
    adoptOrphans(deskIds: string[], mainId: string): number {
      return db
        .update(sessions)
        .set({ deskId: mainId })
        .where(sql`${sessions.deskId} is null or ${sessions.deskId} not in ${deskIds}`)
        .run().changes;
    },
    /** Upcoming scheduled sessions of some activities (at one desk, if given), soonest first, with their seat counts. */
    upcoming(activityIds: string[], now: Date, limit = 8, deskId?: string): SessionWithSeats[] {
      if (!activityIds.length) return [];
      const values = { now: now.getTime(), activityIds: JSON.stringify(activityIds), limit };
      return (deskId === undefined ? upcoming.all(values) : upcomingAtDesk.all({ ...values, deskId })).map(withCounts);
    },
    /** Scheduled sessions starting in [from, to), for staff lists and the digest. */
    between(from: Date, to: Date): SessionWithSeats[] {
      return between.all({ from: from.getTime(), to: to.getTime() }).map(withCounts);
    },
    setStatus(id: number, status: Session["status"]): void {
      update(id, { status });
    },
  };
}
