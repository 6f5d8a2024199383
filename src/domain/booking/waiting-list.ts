import { DateTime } from "luxon";
import type { Booking } from "#src/domain/ports/records.js";
import type { AdmissionRules, BookResult, Child } from "./admission.js";
import type { BookingDeps } from "./deps.js";
import { type BookingNotices, bookingRef } from "./notices.js";

export interface WaitingList {
  /** Offers a freed seat to the first person waiting, if there is a seat and someone waits. */
  offerNext(sessionId: number): Booking | undefined;
  /** A full session: the resident (or their child) takes a place in line. */
  joinWaitlist(residentId: number, sessionId: number, child?: Child): BookResult;
  /** The resident takes the freed seat offered to them, while the offer still holds. */
  acceptOffer(residentId: number, bookingId: number): BookResult;
  /** The resident turns an offered seat down; it goes to the next in line. */
  declineOffer(residentId: number, bookingId: number): boolean;
  /** Offers not taken up in time lapse, and the seat moves on to the next in line. */
  expireOffers(): number;
}

/**
 * The waiting list: a full session's line, and the offer of a freed seat to the first in line, kept for them a
 * while (longer at night and over a weekend), then lapsing to the next.
 */
export function waitingList({ repos, clock, notify, options }: BookingDeps, rules: AdmissionRules, notices: BookingNotices): WaitingList {
  const { sessions, bookings } = repos;

  /**
   * How long a freed seat is kept: the hold in wall-clock hours, but at least until `holdUntil` (12:00) of the
   * next day the desk opens after today, so an offer sent at night or on Friday evening does not lapse before
   * the person could reasonably read it; never past the session's start.
   */
  function offerExpiry(now: Date, startsAt: Date): Date {
    let until = now.getTime() + options.holdHours * 3600_000;
    const hours = options.openingHours;
    if (hours) {
      const zone = hours.spec.timezone;
      const tomorrow = DateTime.fromJSDate(now, { zone }).startOf("day").plus({ days: 1 });
      const opening = hours.nextOpening(tomorrow.toJSDate());
      if (opening) {
        const { hour, minute } = options.holdUntil ?? { hour: 12, minute: 0 };
        const noon = DateTime.fromJSDate(opening.start, { zone }).set({ hour, minute, second: 0, millisecond: 0 });
        until = Math.max(until, noon.toMillis());
      }
    }
    return new Date(Math.min(until, startsAt.getTime()));
  }

  /** Offers a freed seat to the first person waiting, if there is a seat and someone waits. */
  function offerNext(sessionId: number): Booking | undefined {
    const session = sessions.get(sessionId);
    if (!session || rules.bookable(session)) return undefined;
    if (bookings.taken(sessionId) >= session.seats) return undefined;
    let next = bookings.firstWaiting(sessionId);
    // Someone Telegram says we cannot reach would hold the seat for nothing: skip them.
    while (next && repos.residents.get(next.residentId)?.blockedAt) {
      bookings.update(next.id, { status: "expired", updatedAt: clock.now() });
      next = bookings.firstWaiting(sessionId);
    }
    if (!next) return undefined;
    const now = clock.now();
    const expires = offerExpiry(now, session.startsAt);
    bookings.update(next.id, { status: "offered", offerExpiresAt: expires, updatedAt: now });
    notify.toResident(next.residentId, "waitlist-offer", bookingRef(next.id), {
      type: "t",
      key: "waitlist-offer",
      ...notices.sessionFacts(session),
      dates: { when: session.startsAt.toISOString(), until: expires.toISOString() },
      answers: { kind: "offer", bookingId: next.id },
    });
    return bookings.get(next.id);
  }

  return {
    offerNext,

    joinWaitlist(residentId: number, sessionId: number, child?: Child): BookResult {
      return repos.transaction(() => {
        const admitted = rules.admission(residentId, sessionId, child);
        if (!admitted.ok) return admitted;
        const { session } = admitted;
        if (bookings.taken(sessionId) < session.seats && !bookings.firstWaiting(sessionId)) {
          return { ok: false, reason: "not-full" } as const;
        }
        const booking = rules.insertBooking(residentId, session, "waiting", child);
        if (!booking) return { ok: false, reason: "already" } as const;
        return { ok: true, booking, session, position: bookings.waitingPosition(booking) } as const;
      });
    },

    acceptOffer(residentId: number, bookingId: number): BookResult {
      return repos.transaction(() => {
        const booking = bookings.get(bookingId);
        if (!booking || booking.residentId !== residentId) return { ok: false, reason: "not-found" } as const;
        const session = sessions.get(booking.sessionId)!;
        const refusal = rules.bookable(session);
        if (refusal) return { ok: false, reason: refusal } as const;
        if (booking.status === "booked") return rules.already(booking, session);
        if (booking.status !== "offered" || (booking.offerExpiresAt && booking.offerExpiresAt <= clock.now())) {
          return { ok: false, reason: "full" } as const;
        }
        bookings.update(bookingId, { status: "booked", offerExpiresAt: null, updatedAt: clock.now() });
        const booked = bookings.get(bookingId)!;
        notices.planReminders(booked, session);
        return { ok: true, booking: booked, session } as const;
      });
    },

    declineOffer(residentId: number, bookingId: number): boolean {
      return repos.transaction(() => {
        const booking = bookings.get(bookingId);
        if (!booking || booking.residentId !== residentId || booking.status !== "offered") return false;
        bookings.update(bookingId, { status: "declined", updatedAt: clock.now() });
        offerNext(booking.sessionId);
        return true;
      });
    },

    /** Offers not taken up in time lapse, and the seat moves on to the next in line. */
    expireOffers(): number {
      return repos.transaction(() => {
        const expired = bookings.expiredOffers(clock.now());
        for (const b of expired) {
          bookings.update(b.id, { status: "expired", updatedAt: clock.now() });
          notify.toResident(b.residentId, "offer-lapsed", bookingRef(b.id), {
            type: "t",
            key: "offer-lapsed",
            ...notices.sessionFacts(sessions.get(b.sessionId)!),
          });
        }
        for (const sessionId of new Set(expired.map((b) => b.sessionId))) {
          while (offerNext(sessionId)) {
            // keep offering while seats are free and people wait
          }
        }
        return expired.length;
      });
    },
  };
}
