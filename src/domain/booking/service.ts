import type { Clock } from "#src/clock.js";
import type { Booking } from "#src/domain/ports/records.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { Session } from "#src/domain/ports/records.js";
import type { ActivityCatalog } from "#src/domain/activities.js";
import type { Notifications } from "#src/domain/notifications.js";
import { admissionRules } from "./admission.js";
import type { BookingDeps, BookingOptions } from "./deps.js";
import { bookingNotices } from "./notices.js";
import { seats } from "./seats.js";
import { staffSessions } from "./sessions.js";
import { waitingList } from "./waiting-list.js";
import type { NewSessionsInput } from "./sessions.js";
import type { Actor, SessionWithSeats } from "#src/domain/ports/records.js";
import type { Child, BookResult, BookRefusal, Held } from "./admission.js";
import type { CourseDate } from "./seats.js";

export type { Booking, Session };

export interface BookingService {
  /** Staff schedule a session, weekly for `weeks` weeks; refused for an unknown activity, a bad or past date. */
  createSessions(input: NewSessionsInput, actor: Actor): Session[] | {
    error: "past" | "invalid-date" | "unknown-activity";
  };
  /** Every session of the next `days` days (30 by default), for the staff's list. */
  listUpcoming(days?: number): SessionWithSeats[];
  /** Sessions starting between two instants, with their seats taken. */
  between(from: Date, to: Date): SessionWithSeats[];
  /** Cancels a session and tells everyone booked or waiting, in their language. */
  cancelSession(sessionId: number, actor: Actor): {
    ok: true;
    notified: number;
  } | {
    ok: false;
    reason: "not-found" | "cancelled" | "started";
  };
  /** Who holds a seat and who waits in line for a session, with their name and language, for staff. */
  roster(sessionId: number): {
    session: SessionWithSeats;
    seated: {
      booking: Booking;
      firstName: string | null;
      language: string | null;
    }[];
    waiting: {
      booking: Booking;
      firstName: string | null;
      language: string | null;
    }[];
  } | undefined;
  /**
   * Staff take one booking off a session (a seat held by mistake or by abuse): the person is told in
   * their language, the seat goes to the next in line, and the action is audited.
   */
  removeBooking(bookingId: number, actor: Actor): {
    ok: true;
    booking: Booking;
    session: Session;
  } | {
    ok: false;
    reason: "not-found" | "started";
  };
  /** Staff record whether a booked person came; audited. */
  markAttendance(bookingId: number, attendance: "present" | "absent", actor: Actor): Booking | undefined;
  /** A full session: the resident (or their child) takes a place in line. */
  joinWaitlist(residentId: number, sessionId: number, child?: Child): BookResult;
  /** The resident takes the freed seat offered to them, while the offer still holds. */
  acceptOffer(residentId: number, bookingId: number): BookResult;
  /** The resident turns an offered seat down; it goes to the next in line. */
  declineOffer(residentId: number, bookingId: number): boolean;
  /** Offers not taken up in time lapse, and the seat moves on to the next in line. */
  expireOffers(): number;
  /** Upcoming sessions of some activities, at one desk when `deskId` is given. */
  upcoming(activityIds: string[], limit?: number, deskId?: string): SessionWithSeats[];
  /** One session with its seats taken. */
  session(id: number): SessionWithSeats | undefined;
  /** One booking by id. */
  booking(id: number): Booking | undefined;
  /** Every booking of a resident, past and to come, with its session. */
  forResident(residentId: number): Array<{ booking: Booking; session: Session }>;
  /** A resident's seats and places in line for sessions still to come. */
  upcomingFor(residentId: number): Array<{ booking: Booking; session: Session }>;
  /** The resident (or their child) books a seat; refusals say why (full, closed, already held, …). */
  book(residentId: number, sessionId: number, child?: Child): BookResult;
  /**
   * Every date of a weekly course the resident was shown (from `fromId` to `toId`, same activity), in one
   * transaction: a free date is booked (with its reminders), a full one puts them in line, and each date
   * says how it went, so a partial result is never hidden. Dates added after the list was shown are not
   * touched: a press books what the resident saw.
   */
  bookCourse(residentId: number, fromId: number, toId: number): {
    ok: true;
    dates: CourseDate[];
  } | {
    ok: false;
    reason: BookRefusal;
  };
  /**
   * What is true now for this person and date, for a button pressed on an old message: the seat or place
   * in line they hold, else whether it can still be booked (free), waited for (full) or neither.
   */
  standing(residentId: number, sessionId: number): {
    held: Held;
  } | {
    open: "free" | "full";
  } | {
    closed: BookRefusal;
  };
  /** A seat or place in line of this resident for a session still to come (what a cancel button may cancel). */
  ownBooking(residentId: number, bookingId: number): Held | undefined;
  /** The message that told the resident a booking of theirs is held, so that a cancellation can rewrite it. */
  rememberConfirmation(residentId: number, bookingId: number, messageId: number): void;
  /** The resident gives up a seat or a place in line; a freed seat goes to the next in line. */
  cancel(residentId: number, bookingId: number): {
    ok: true;
    booking: Booking;
    session: Session;
  } | {
    ok: false;
  };
  /** "I'll come" on a reminder. */
  confirm(residentId: number, bookingId: number): boolean;
  /** The activities sessions are of. */
  catalog: ActivityCatalog;
}

/**
 * Booking as one service, built from its parts: the resident's seats (seats.ts), the waiting list and its offers
 * (waiting-list.ts), the staff's sessions (sessions.ts); who may hold a place is asked in one place (admission.ts).
 */
export function bookingService(repos: Stores, clock: Clock, notify: Notifications, catalog: ActivityCatalog, options: BookingOptions): BookingService {
  const deps: BookingDeps = { repos, clock, notify, catalog, options };
  const rules = admissionRules(deps);
  const notices = bookingNotices(deps);
  const line = waitingList(deps, rules, notices);
  // Seats and the staff's sessions hand a freed seat on; offering it is the waiting list's own step, not a service call.
  const { offerNext, ...offers } = line;
  return {
    catalog,
    ...seats(deps, rules, notices, line),
    ...offers,
    ...staffSessions(deps, notices, line),
  };
}
