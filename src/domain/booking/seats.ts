import type { Booking } from "#src/domain/ports/records.js";
import type { Session } from "#src/domain/ports/records.js";
import type { AdmissionRules, BookRefusal, BookResult, Child, Held } from "./admission.js";
import type { BookingDeps } from "./deps.js";
import { type BookingNotices, bookingRef } from "./notices.js";
import { isActiveBooking } from "./statuses.js";
import type { WaitingList } from "./waiting-list.js";

/** One date of a course booked in one go: booked, in line (full), or why not. */
export interface CourseDate {
  session: Session;
  result: BookResult;
}

/** The resident's seats: what is on, booking one (or a whole course), what they hold, giving it up, "I'll come". */
export function seats(
  { repos, clock, notify }: BookingDeps,
  rules: AdmissionRules,
  notices: BookingNotices,
  line: Pick<WaitingList, "offerNext" | "joinWaitlist">,
) {
  const { sessions, bookings } = repos;

  /** Books a seat; the check and the insert are one immediate transaction, so seats never overbook. */
  function book(residentId: number, sessionId: number, child?: Child): BookResult {
    return repos.transaction(() => {
      const admitted = rules.admission(residentId, sessionId, child);
      if (!admitted.ok) return admitted;
      const { session } = admitted;
      if (bookings.taken(sessionId) >= session.seats) return { ok: false, reason: "full" } as const;
      const booking = rules.insertBooking(residentId, session, "booked", child);
      if (!booking) return { ok: false, reason: "already" } as const;
      notices.planReminders(booking, session);
      return { ok: true, booking, session } as const;
    });
  }

  return {
    /** Upcoming sessions of some activities, at one desk when `deskId` is given. */
    upcoming: (activityIds: string[], limit = 8, deskId?: string) => sessions.upcoming(activityIds, clock.now(), limit, deskId),
    session: (id: number) => sessions.withSeats(id),
    booking: (id: number) => bookings.get(id),
    forResident: (residentId: number) => bookings.forResident(residentId),
    /** A resident's seats and places in line for sessions still to come. */
    upcomingFor: (residentId: number) => bookings.forResident(residentId).filter(({ session }) => session.startsAt > clock.now()),

    book,

    /**
     * Every date of a weekly course the resident was shown (from `fromId` to `toId`, same activity), in one
     * transaction: a free date is booked (with its reminders), a full one puts them in line, and each date
     * says how it went, so a partial result is never hidden. Dates added after the list was shown are not
     * touched: a press books what the resident saw.
     */
    bookCourse(residentId: number, fromId: number, toId: number): { ok: true; dates: CourseDate[] } | { ok: false; reason: BookRefusal } {
      return repos.transaction(() => {
        const first = sessions.get(fromId);
        const last = sessions.get(toId);
        if (!first || !last || first.activityId !== last.activityId || last.startsAt < first.startsAt) {
          return { ok: false, reason: "not-found" } as const;
        }
        const refusal = rules.ruleRefusal(first);
        if (refusal) return { ok: false, reason: refusal } as const;
        const dates: CourseDate[] = [];
        for (const session of sessions.upcoming([first.activityId], clock.now(), 100)) {
          if (session.startsAt < first.startsAt || session.startsAt > last.startsAt) continue;
          let result = book(residentId, session.id);
          if (!result.ok && result.reason === "full") result = line.joinWaitlist(residentId, session.id);
          dates.push({ session, result });
        }
        if (!dates.length) return { ok: false, reason: "started" } as const;
        return { ok: true, dates } as const;
      });
    },

    /**
     * What is true now for this person and date, for a button pressed on an old message: the seat or place
     * in line they hold, else whether it can still be booked (free), waited for (full) or neither.
     */
    standing(residentId: number, sessionId: number): { held: Held } | { open: "free" | "full" } | { closed: BookRefusal } {
      const session = sessions.withSeats(sessionId);
      const refusal = rules.bookable(session);
      if (refusal) return { closed: refusal };
      const mine = bookings.active(sessionId, residentId, rules.seatKey());
      if (mine) return { held: rules.held(mine, session!) };
      if (rules.ruleRefusal(session!)) return { closed: "not-allowed" };
      return { open: session!.taken < session!.seats && session!.waiting === 0 ? "free" : "full" };
    },

    /** A seat or place in line of this resident for a session still to come (what a cancel button may cancel). */
    ownBooking(residentId: number, bookingId: number): Held | undefined {
      const booking = bookings.get(bookingId);
      if (!booking || booking.residentId !== residentId || !isActiveBooking(booking.status)) return undefined;
      const session = sessions.get(booking.sessionId);
      if (!session || session.startsAt <= clock.now()) return undefined;
      return rules.held(booking, session);
    },

    /** The message that told the resident a booking of theirs is held, so that a cancellation can rewrite it. */
    rememberConfirmation(residentId: number, bookingId: number, messageId: number): void {
      const booking = bookings.get(bookingId);
      if (booking?.residentId === residentId) bookings.update(bookingId, { confirmationMessageId: messageId });
    },

    /** The resident gives up a seat or a place in line; a freed seat goes to the next in line. */
    cancel(residentId: number, bookingId: number): { ok: true; booking: Booking; session: Session } | { ok: false } {
      return repos.transaction(() => {
        const booking = bookings.get(bookingId);
        if (!booking || booking.residentId !== residentId || !isActiveBooking(booking.status)) {
          return { ok: false } as const;
        }
        const session = sessions.get(booking.sessionId)!;
        // What already took place stays as it was: the attendance figures depend on it.
        if (session.startsAt <= clock.now()) return { ok: false } as const;
        bookings.update(bookingId, { status: "cancelled", updatedAt: clock.now() });
        notify.cancel([bookingRef(bookingId)]);
        if (booking.status !== "waiting") line.offerNext(session.id);
        return { ok: true, booking, session } as const;
      });
    },

    /** "I'll come" on a reminder. */
    confirm(residentId: number, bookingId: number): boolean {
      const booking = bookings.get(bookingId);
      if (!booking || booking.residentId !== residentId || booking.status !== "booked") return false;
      bookings.update(bookingId, { confirmedAt: clock.now(), updatedAt: clock.now() });
      return true;
    },
  };
}
