import type { Actor } from "#src/domain/ports/records.js";
import type { Booking } from "#src/domain/ports/records.js";
import type { Session } from "#src/domain/ports/records.js";
import { localToUtc, weeksLater } from "#src/domain/reminders.js";
import type { BookingDeps } from "./deps.js";
import { type BookingNotices, bookingRef } from "./notices.js";
import { ACTIVE_BOOKING, isActiveBooking, SEAT_HOLDING } from "./statuses.js";
import type { WaitingList } from "./waiting-list.js";

export interface NewSessionsInput {
  activityId: string;
  date: { year: number; month: number; day: number };
  time: { hour: number; minute: number };
  minutes: number;
  place: string | null;
  seats: number;
  weeks: number;
  /** The desk it is held at (its address when `place` is null); the first desk when left out. */
  deskId?: string;
}

/** The staff's side of sessions: scheduling a course, calling a date off, the roster, a seat taken away, attendance. */
export function staffSessions({ repos, clock, notify, catalog, options }: BookingDeps, notices: BookingNotices, line: Pick<WaitingList, "offerNext">) {
  const { sessions, bookings, audit } = repos;
  return {
    createSessions(input: NewSessionsInput, actor: Actor): Session[] | { error: "past" | "invalid-date" | "unknown-activity" } {
      if (!catalog.get(input.activityId)) return { error: "unknown-activity" };
      const first = localToUtc(input.date, input.time, options.timezone);
      if (!first) return { error: "invalid-date" };
      if (first <= clock.now()) return { error: "past" };
      return repos.transaction(() => {
        const created: Session[] = [];
        for (let week = 0; week < input.weeks; week++) {
          created.push(
            sessions.insert({
              activityId: input.activityId,
              startsAt: weeksLater(first, week, options.timezone),
              durationMin: input.minutes,
              place: input.place,
              seats: input.seats,
              deskId: input.deskId ?? options.mainDeskId ?? null,
              status: "scheduled",
              createdBy: actor.id,
              createdAt: clock.now(),
            }),
          );
        }
        audit.record(clock.now(), actor, "new-session", {
          sessionId: created[0]!.id,
          detail: `${input.activityId} ×${input.weeks}`,
        });
        return created;
      });
    },

    listUpcoming(days = 30) {
      const now = clock.now();
      return sessions.between(now, new Date(now.getTime() + days * 86_400_000));
    },

    between: (from: Date, to: Date) => sessions.between(from, to),

    /** Cancels a session and tells everyone booked or waiting, in their language. */
    cancelSession(
      sessionId: number,
      actor: Actor,
    ): { ok: true; notified: number } | { ok: false; reason: "not-found" | "cancelled" | "started" } {
      return repos.transaction(() => {
        const session = sessions.get(sessionId);
        if (!session) return { ok: false, reason: "not-found" } as const;
        if (session.status === "cancelled") return { ok: false, reason: "cancelled" } as const;
        if (session.startsAt <= clock.now()) return { ok: false, reason: "started" } as const;
        sessions.setStatus(sessionId, "cancelled");
        const affected = bookings.forSession(sessionId, ACTIVE_BOOKING);
        let notified = 0;
        for (const { booking } of affected) {
          bookings.update(booking.id, { status: "cancelled", updatedAt: clock.now() });
          notify.cancel([bookingRef(booking.id)]);
          if (notify.toResident(booking.residentId, "session-cancelled", `session:${sessionId}`, {
            type: "t",
            key: "session-cancelled",
            ...notices.sessionFacts(session),
          })) {
            notified++;
          }
        }
        audit.record(clock.now(), actor, "cancel-session", { sessionId, detail: `${affected.length} avvisati` });
        return { ok: true, notified } as const;
      });
    },

    roster(sessionId: number) {
      const session = sessions.withSeats(sessionId);
      if (!session) return undefined;
      return {
        session,
        seated: bookings.forSession(sessionId, SEAT_HOLDING),
        waiting: bookings.forSession(sessionId, ["waiting"]),
      };
    },

    /**
     * Staff take one booking off a session (a seat held by mistake or by abuse): the person is told in
     * their language, the seat goes to the next in line, and the action is audited.
     */
    removeBooking(bookingId: number, actor: Actor): { ok: true; booking: Booking; session: Session } | { ok: false; reason: "not-found" | "started" } {
      return repos.transaction(() => {
        const booking = bookings.get(bookingId);
        if (!booking || !isActiveBooking(booking.status)) return { ok: false, reason: "not-found" } as const;
        const session = sessions.get(booking.sessionId)!;
        if (session.startsAt <= clock.now()) return { ok: false, reason: "started" } as const;
        bookings.update(bookingId, { status: "cancelled", updatedAt: clock.now() });
        notify.cancel([bookingRef(bookingId)]);
        notify.toResident(booking.residentId, "booking-removed", bookingRef(bookingId), {
          type: "t",
          key: "booking-removed",
          ...notices.sessionFacts(session),
        });
        if (booking.status !== "waiting") line.offerNext(session.id);
        audit.record(clock.now(), actor, "remove-booking", { sessionId: session.id, detail: `${bookingId}` });
        return { ok: true, booking, session } as const;
      });
    },

    markAttendance(bookingId: number, attendance: "present" | "absent", actor: Actor): Booking | undefined {
      const booking = bookings.get(bookingId);
      if (booking?.status !== "booked") return undefined;
      bookings.update(bookingId, { attendance, updatedAt: clock.now() });
      audit.record(clock.now(), actor, "attendance", { sessionId: booking.sessionId, detail: `${bookingId}:${attendance}` });
      return bookings.get(bookingId);
    },
  };
}
