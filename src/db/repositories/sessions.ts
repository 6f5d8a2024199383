import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { sessions } from "../schema.js";

export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type SessionWithSeats = Session & { taken: number; waiting: number };

/** Seats count as taken while booked, or held for someone who was offered them. */
const takenSql = sql<number>`(select count(*) from bookings b where b.session_id = "sessions"."id" and b.status in ('booked', 'offered'))`;
const waitingSql = sql<number>`(select count(*) from bookings b where b.session_id = "sessions"."id" and b.status = 'waiting')`;

export function sessionsRepository(db: Db) {

  return {
    insert(values: NewSession): Session {
      return db.insert(sessions).values(values).returning().get();
    },
    get(id: number): Session | undefined {
      return db.select().from(sessions).where(eq(sessions.id, id)).get();
    },
    withSeats(id: number): SessionWithSeats | undefined {
      const row = db
        .select({ session: sessions, taken: takenSql, waiting: waitingSql })
        .from(sessions)
        .where(eq(sessions.id, id))
        .get();
      return row ? { ...row.session, taken: row.taken, waiting: row.waiting } : undefined;
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
      return db
        .select({ session: sessions, taken: takenSql, waiting: waitingSql })
        .from(sessions)
        .where(
          and(
            eq(sessions.status, "scheduled"),
            gt(sessions.startsAt, now),
            inArray(sessions.activityId, activityIds),
            deskId === undefined ? undefined : eq(sessions.deskId, deskId),
          ),
        )
        .orderBy(asc(sessions.startsAt))
        .limit(limit)
        .all()
        .map((r) => ({ ...r.session, taken: r.taken, waiting: r.waiting }));
    },
    /** Scheduled sessions starting in [from, to), for staff lists and the digest. */
    between(from: Date, to: Date): SessionWithSeats[] {
      return db
        .select({ session: sessions, taken: takenSql, waiting: waitingSql })
        .from(sessions)
        .where(and(eq(sessions.status, "scheduled"), sql`${sessions.startsAt} >= ${from.getTime()}`, sql`${sessions.startsAt} < ${to.getTime()}`))
        .orderBy(asc(sessions.startsAt))
        .all()
        .map((r) => ({ ...r.session, taken: r.taken, waiting: r.waiting }));
    },
    setStatus(id: number, status: Session["status"]): void {
      db.update(sessions).set({ status }).where(eq(sessions.id, id)).run();
    },
  };
}
