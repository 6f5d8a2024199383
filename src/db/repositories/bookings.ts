import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { BOOKING_ACTIVE, bookings, residents, sessions } from "../schema.js";

export type Booking = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;
export type BookingStatus = Booking["status"];

export function bookingsRepository(db: Db) {
  const countTaken = db.$client.prepare(
    "SELECT count(*) AS n FROM bookings WHERE session_id = ? AND status IN ('booked', 'offered')",
  );
  const countHeld = db.$client.prepare(
    "SELECT count(*) AS n FROM bookings WHERE session_id = ? AND resident_id = ? AND status IN ('booked', 'waiting', 'offered')",
  );
  return {
    insert(values: NewBooking): Booking {
      return db.insert(bookings).values(values).returning().get();
    },
    get(id: number): Booking | undefined {
      return db.select().from(bookings).where(eq(bookings.id, id)).get();
    },
    update(id: number, values: Partial<NewBooking>): void {
      db.update(bookings).set(values).where(eq(bookings.id, id)).run();
    },
    taken(sessionId: number): number {
      return (countTaken.get(sessionId) as { n: number }).n;
    },
    /** How many seats and places in line one resident holds in a session (their own and their children's). */
    heldBy(sessionId: number, residentId: number): number {
      return (countHeld.get(sessionId, residentId) as { n: number }).n;
    },
    /** The seat (or place in line) a person or child already holds in a session. */
    active(sessionId: number, residentId: number, seatKey: string): Booking | undefined {
      return db
        .select()
        .from(bookings)
        .where(
          and(
            eq(bookings.sessionId, sessionId),
            eq(bookings.residentId, residentId),
            eq(bookings.seatKey, seatKey),
            inArray(bookings.status, [...BOOKING_ACTIVE]),
          ),
        )
        .get();
    },
    firstWaiting(sessionId: number): Booking | undefined {
      return db
        .select()
        .from(bookings)
        .where(and(eq(bookings.sessionId, sessionId), eq(bookings.status, "waiting")))
        .orderBy(asc(bookings.createdAt), asc(bookings.id))
        .limit(1)
        .get();
    },
    waitingPosition(booking: Booking): number {
      const row = db
        .select({ n: sql<number>`count(*)` })
        .from(bookings)
        .where(
          and(
            eq(bookings.sessionId, booking.sessionId),
            eq(bookings.status, "waiting"),
            sql`(${bookings.createdAt} < ${booking.createdAt.getTime()} or (${bookings.createdAt} = ${booking.createdAt.getTime()} and ${bookings.id} <= ${booking.id}))`,
          ),
        )
        .get();
      return row?.n ?? 1;
    },
    /** A resident's bookings that still matter (booked, waiting, offered), soonest first. */
    forResident(residentId: number, statuses: readonly BookingStatus[] = BOOKING_ACTIVE) {
      return db
        .select({ booking: bookings, session: sessions })
        .from(bookings)
        .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
        .where(and(eq(bookings.residentId, residentId), inArray(bookings.status, [...statuses])))
        .orderBy(asc(sessions.startsAt))
        .all();
    },
    forSession(sessionId: number, statuses: readonly BookingStatus[]) {
      return db
        .select({ booking: bookings, firstName: residents.firstName, language: residents.language })
        .from(bookings)
        .innerJoin(residents, eq(residents.id, bookings.residentId))
        .where(and(eq(bookings.sessionId, sessionId), inArray(bookings.status, [...statuses])))
        .orderBy(asc(bookings.createdAt), asc(bookings.id))
        .all();
    },
    expiredOffers(now: Date): Booking[] {
      return db
        .select()
        .from(bookings)
        .where(and(eq(bookings.status, "offered"), lte(bookings.offerExpiresAt, now)))
        .all();
    },
  };
}
