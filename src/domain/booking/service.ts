import { DateTime } from "luxon";
import type { Clock } from "#src/clock.js";
import type { Actor } from "#src/db/repositories/audit.js";
import type { Booking } from "#src/db/repositories/bookings.js";
import type { Repositories } from "#src/db/repositories/index.js";
import type { Session } from "#src/db/repositories/sessions.js";
import type { ActivityCatalog } from "./activities.js";
import { ACTIVE_BOOKING, isActiveBooking, SEAT_HOLDING } from "./booking-statuses.js";
import type { Notifications, OutboxPayload } from "./notifications.js";
import type { OpeningHours } from "./opening-hours.js";
import { localToUtc, reminderTimes, weeksLater } from "./reminders.js";

export type { Booking, Session };

/** Who holds a child's seat: their first name, lower-cased (a parent's two children are two seats). */
export const childSeatKey = (name: string) => name.trim().toLocaleLowerCase();

export interface Child {
  name: string;
  schoolClass: string;
  subject: string;
}

export const MAX_CHILD_NAME = 40;

export type BookRefusal = "not-found" | "cancelled" | "started" | "full" | "already" | "not-full" | "not-allowed" | "limit";
/** A seat (or a place in line) the resident holds, with their place in line when waiting. */
export interface Held {
  booking: Booking;
  session: Session;
  position?: number;
}
/**
 * A refusal "already" carries what the resident already holds, so a second press (a double tap, an old
 * list) answers with the booking they have rather than a bare "no".
 */
export type BookResult =
  | ({ ok: true } & Held)
  | { ok: false; reason: BookRefusal; held?: Held };

/** One date of a course booked in one go: booked, in line (full), or why not. */
export interface CourseDate {
  session: Session;
  result: BookResult;
}

export interface BookingOptions {
  timezone: string;
  /** Wall-clock hours a freed seat is kept for the person offered it. */
  holdHours: number;
  maxChildrenPerSession: number;
  /**
   * The desk's calendar: an offer made in the evening or before a weekend is kept at least until this
   * local time of the next day the desk opens, so nobody loses a seat while asleep or away for Sunday.
   */
  openingHours?: OpeningHours;
  holdUntil?: { hour: number; minute: number };
  /** Where a session without a place of its own is held: its desk's address ("via Gandolfi 20"). */
  deskAddress?: (deskId: string | null) => string;
  /** The desk a session belongs to when none is given (the first desk). */
  mainDeskId?: string;
}

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

const bookingRef = (id: number) => `booking:${id}`;

export function bookingService(
  repos: Repositories,
  clock: Clock,
  notify: Notifications,
  catalog: ActivityCatalog,
  options: BookingOptions,
) {
  const { sessions, bookings, audit } = repos;

  function sessionFacts(session: Session): Pick<Extract<OutboxPayload, { type: "t" }>, "vars" | "keys" | "dates"> {
    return {
      keys: { activity: `act-${session.activityId}`, ...(session.place ? {} : { place: "place-desk" }) },
      vars: session.place ? { place: session.place } : { address: options.deskAddress?.(session.deskId) ?? "" },
      dates: { when: session.startsAt.toISOString() },
    };
  }

  function planReminders(booking: Booking, session: Session) {
    for (const r of reminderTimes(session.startsAt, clock.now(), options.timezone)) {
      notify.toResident(
        booking.residentId,
        r.kind,
        bookingRef(booking.id),
        {
          type: "t",
          key: r.kind,
          ...sessionFacts(session),
          answers: { kind: "reminder", bookingId: booking.id },
        },
        { dueAt: r.dueAt, expiresAt: session.startsAt },
      );
    }
  }

  function bookable(session: Session | undefined): BookRefusal | undefined {
    if (!session) return "not-found";
    if (session.status === "cancelled") return "cancelled";
    if (session.startsAt <= clock.now()) return "started";
    return undefined;
  }

  /**
   * The activity's own rules, whatever button or handler led here: a tutoring seat needs a child
   * of a class and a subject that activity serves; any other seat is the resident's own.
   */
  function ruleRefusal(session: Session, child?: Child): BookRefusal | undefined {
    const activity = catalog.get(session.activityId);
    if (!activity) return "not-allowed";
    if (activity.group !== "tutoring") return child ? "not-allowed" : undefined;
    if (!child) return "not-allowed";
    const name = child.name.trim();
    if (!name || name.length > MAX_CHILD_NAME) return "not-allowed";
    if (!activity.classes?.includes(child.schoolClass) || !activity.subjects?.includes(child.subject)) return "not-allowed";
    return undefined;
  }

  /** One seat for an adult (the unique index), one per child and a few children at most, so no one empties a class. */
  function limitRefusal(session: Session, residentId: number, child?: Child): BookRefusal | undefined {
    if (!child) return undefined;
    return bookings.heldBy(session.id, residentId) >= options.maxChildrenPerSession ? "limit" : undefined;
  }

  function seatKey(child?: Child) {
    return child ? childSeatKey(child.name) : "";
  }

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
    if (!session || bookable(session)) return undefined;
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
      ...sessionFacts(session),
      dates: { when: session.startsAt.toISOString(), until: expires.toISOString() },
      answers: { kind: "offer", bookingId: next.id },
    });
    return bookings.get(next.id);
  }

  function held(booking: Booking, session: Session): Held {
    return booking.status === "waiting" ? { booking, session, position: bookings.waitingPosition(booking) } : { booking, session };
  }

  function already(booking: Booking, session: Session): Extract<BookResult, { ok: false }> {
    return { ok: false, reason: "already", held: held(booking, session) };
  }

  /**
   * What booking a seat and joining the waiting list both ask first: the session is open to bookings, its
   * rules admit this person (or child), they hold no place on it already, and the children's limit.
   */
  function admission(residentId: number, sessionId: number, child?: Child): { ok: true; session: Session } | Extract<BookResult, { ok: false }> {
    const session = sessions.get(sessionId);
    const refusal = bookable(session) ?? ruleRefusal(session!, child);
    if (refusal) return { ok: false, reason: refusal };
    const mine = bookings.active(sessionId, residentId, seatKey(child));
    if (mine) return already(mine, session!);
    const overLimit = limitRefusal(session!, residentId, child);
    if (overLimit) return { ok: false, reason: overLimit };
    return { ok: true, session: session! };
  }

  function insertBooking(residentId: number, session: Session, status: "booked" | "waiting", child?: Child): Booking | undefined {
    const now = clock.now();
    try {
      return bookings.insert({
        sessionId: session.id,
        residentId,
        childName: child?.name.trim().slice(0, MAX_CHILD_NAME) ?? null,
        childClass: child?.schoolClass ?? null,
        subject: child?.subject ?? null,
        seatKey: seatKey(child),
        status,
        createdAt: now,
        updatedAt: now,
      });
    } catch (error) {
      // The partial unique index is the last word on "one seat per person (or child)".
      if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE") return undefined;
      throw error;
    }
  }

  const service = {
    catalog,
    /** Upcoming sessions of some activities, at one desk when `deskId` is given. */
    upcoming: (activityIds: string[], limit = 8, deskId?: string) => sessions.upcoming(activityIds, clock.now(), limit, deskId),
    session: (id: number) => sessions.withSeats(id),
    booking: (id: number) => bookings.get(id),
    forResident: (residentId: number) => bookings.forResident(residentId),
    /** A resident's seats and places in line for sessions still to come. */
    upcomingFor: (residentId: number) => bookings.forResident(residentId).filter(({ session }) => session.startsAt > clock.now()),

    /** Books a seat; the check and the insert are one immediate transaction, so seats never overbook. */
    book(residentId: number, sessionId: number, child?: Child): BookResult {
      return repos.transaction(() => {
        const admitted = admission(residentId, sessionId, child);
        if (!admitted.ok) return admitted;
        const { session } = admitted;
        if (bookings.taken(sessionId) >= session.seats) return { ok: false, reason: "full" } as const;
        const booking = insertBooking(residentId, session, "booked", child);
        if (!booking) return { ok: false, reason: "already" } as const;
        planReminders(booking, session);
        return { ok: true, booking, session } as const;
      });
    },

    joinWaitlist(residentId: number, sessionId: number, child?: Child): BookResult {
      return repos.transaction(() => {
        const admitted = admission(residentId, sessionId, child);
        if (!admitted.ok) return admitted;
        const { session } = admitted;
        if (bookings.taken(sessionId) < session.seats && !bookings.firstWaiting(sessionId)) {
          return { ok: false, reason: "not-full" } as const;
        }
        const booking = insertBooking(residentId, session, "waiting", child);
        if (!booking) return { ok: false, reason: "already" } as const;
        return { ok: true, booking, session, position: bookings.waitingPosition(booking) } as const;
      });
    },

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
        const refusal = ruleRefusal(first);
        if (refusal) return { ok: false, reason: refusal } as const;
        const dates: CourseDate[] = [];
        for (const session of sessions.upcoming([first.activityId], clock.now(), 100)) {
          if (session.startsAt < first.startsAt || session.startsAt > last.startsAt) continue;
          let result = service.book(residentId, session.id);
          if (!result.ok && result.reason === "full") result = service.joinWaitlist(residentId, session.id);
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
      const refusal = bookable(session);
      if (refusal) return { closed: refusal };
      const mine = bookings.active(sessionId, residentId, seatKey());
      if (mine) return { held: held(mine, session!) };
      if (ruleRefusal(session!)) return { closed: "not-allowed" };
      return { open: session!.taken < session!.seats && session!.waiting === 0 ? "free" : "full" };
    },

    /** A seat or place in line of this resident for a session still to come (what a cancel button may cancel). */
    ownBooking(residentId: number, bookingId: number): Held | undefined {
      const booking = bookings.get(bookingId);
      if (!booking || booking.residentId !== residentId || !isActiveBooking(booking.status)) return undefined;
      const session = sessions.get(booking.sessionId);
      if (!session || session.startsAt <= clock.now()) return undefined;
      return held(booking, session);
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
        if (booking.status !== "waiting") offerNext(session.id);
        return { ok: true, booking, session } as const;
      });
    },

    acceptOffer(residentId: number, bookingId: number): BookResult {
      return repos.transaction(() => {
        const booking = bookings.get(bookingId);
        if (!booking || booking.residentId !== residentId) return { ok: false, reason: "not-found" } as const;
        const session = sessions.get(booking.sessionId)!;
        const refusal = bookable(session);
        if (refusal) return { ok: false, reason: refusal } as const;
        if (booking.status === "booked") return already(booking, session);
        if (booking.status !== "offered" || (booking.offerExpiresAt && booking.offerExpiresAt <= clock.now())) {
          return { ok: false, reason: "full" } as const;
        }
        bookings.update(bookingId, { status: "booked", offerExpiresAt: null, updatedAt: clock.now() });
        const booked = bookings.get(bookingId)!;
        planReminders(booked, session);
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
            ...sessionFacts(sessions.get(b.sessionId)!),
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

    /** "I'll come" on a reminder. */
    confirm(residentId: number, bookingId: number): boolean {
      const booking = bookings.get(bookingId);
      if (!booking || booking.residentId !== residentId || booking.status !== "booked") return false;
      bookings.update(bookingId, { confirmedAt: clock.now(), updatedAt: clock.now() });
      return true;
    },

    // ------------------------------------------------------------ staff

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
            ...sessionFacts(session),
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
          ...sessionFacts(session),
        });
        if (booking.status !== "waiting") offerNext(session.id);
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
  return service;
}

export type BookingService = ReturnType<typeof bookingService>;
