import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { insertReturning, updateByKey } from "#src/db/prepared.js";
import { BOOKING_ACTIVE, bookings, residents, sessions } from "#src/db/schema.js";

export type Booking = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;
export type BookingStatus = Booking["status"];

/** The statuses asked for, as one JSON array: one prepared statement serves any list of them. */
const statusIn = inArray(bookings.status, sql`(select value from json_each(${sql.placeholder("statuses")}))`);

export function bookingsRepository(db: Db) {
  const countTaken = db.$client
    .prepare<[number], number>("SELECT count(*) FROM bookings WHERE session_id = ? AND status IN ('booked', 'offered')")
    .pluck();
  const countHeld = db.$client
    .prepare<[number, number], number>(
      "SELECT count(*) FROM bookings WHERE session_id = ? AND resident_id = ? AND status IN ('booked', 'waiting', 'offered')",
    )
    .pluck();
  const insert = insertReturning(db, bookings);
  const update = updateByKey(db, bookings, bookings.id);
  const byId = db.select().from(bookings).where(eq(bookings.id, sql.placeholder("id"))).prepare();
  const active = db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.sessionId, sql.placeholder("sessionId")),
        eq(bookings.residentId, sql.placeholder("residentId")),
        eq(bookings.seatKey, sql.placeholder("seatKey")),
        inArray(bookings.status, [...BOOKING_ACTIVE]),
      ),
    )
    .prepare();
  const firstWaiting = db
    .select()
    .from(bookings)
    .where(and(eq(bookings.sessionId, sql.placeholder("sessionId")), eq(bookings.status, "waiting")))
    .orderBy(asc(bookings.createdAt), asc(bookings.id))
    .limit(1)
    .prepare();
  // Those in line before a booking (same instant: the lower id first), itself included.
  const waitingPosition = db
    .select({ n: sql<number>`count(*)` })
    .from(bookings)
    .where(
      and(
        eq(bookings.sessionId, sql.placeholder("sessionId")),
        eq(bookings.status, "waiting"),
        or(
          sql`${bookings.createdAt} < ${sql.placeholder("createdAt")}`,
          and(sql`${bookings.createdAt} = ${sql.placeholder("createdAt")}`, lte(bookings.id, sql.placeholder("id"))),
        ),
      ),
    )
    .prepare();
  const forResident = db
    .select({ booking: bookings, session: sessions })
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .where(and(eq(bookings.residentId, sql.placeholder("residentId")), statusIn))
    .orderBy(asc(sessions.startsAt))
    .prepare();
  const forSession = db
    .select({ booking: bookings, firstName: residents.firstName, language: residents.language })
    .from(bookings)
    .innerJoin(residents, eq(residents.id, bookings.residentId))
    .where(and(eq(bookings.sessionId, sql.placeholder("sessionId")), statusIn))
    .orderBy(asc(bookings.createdAt), asc(bookings.id))
    .prepare();
  const expiredOffers = db
    .select()
    .from(bookings)
    .where(and(eq(bookings.status, "offered"), lte(bookings.offerExpiresAt, sql.placeholder("now"))))
    .prepare();
  return {
    insert(values: NewBooking): Booking {
      return insert(values);
    },
    get(id: number): Booking | undefined {
      return byId.get({ id });
    },
    update(id: number, values: Partial<NewBooking>): void {
      update(id, values);
    },
    taken(sessionId: number): number {
      return countTaken.get(sessionId)!;
    },
    /** How many seats and places in line one resident holds in a session (their own and their children's). */
    heldBy(sessionId: number, residentId: number): number {
      return countHeld.get(sessionId, residentId)!;
    },
    /** The seat (or place in line) a person or child already holds in a session. */
    active(sessionId: number, residentId: number, seatKey: string): Booking | undefined {
      return active.get({ sessionId, residentId, seatKey });
    },
    firstWaiting(sessionId: number): Booking | undefined {
      return firstWaiting.get({ sessionId });
    },
    waitingPosition(booking: Booking): number {
      // Compared as stored (milliseconds): the placeholder is not tied to a column's mapping.
      return waitingPosition.get({ sessionId: booking.sessionId, createdAt: booking.createdAt.getTime(), id: booking.id })?.n ?? 1;
    },
    /** A resident's bookings that still matter (booked, waiting, offered), soonest first. */
    forResident(residentId: number, statuses: readonly BookingStatus[] = BOOKING_ACTIVE) {
      return forResident.all({ residentId, statuses: JSON.stringify(statuses) });
    },
    forSession(sessionId: number, statuses: readonly BookingStatus[]) {
      return forSession.all({ sessionId, statuses: JSON.stringify(statuses) });
    },
    expiredOffers(now: Date): Booking[] {
      return expiredOffers.all({ now: now.getTime() });
    },
  };
}
