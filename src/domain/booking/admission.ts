import type { Booking } from "#src/domain/ports/records.js";
import type { Session } from "#src/domain/ports/records.js";
import type { BookingDeps } from "./deps.js";

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

export interface AdmissionRules {
  /** Why a session can no longer be booked (unknown, cancelled, started), or undefined when it can. */
  bookable(session: Session | undefined): BookRefusal | undefined;
  /**
   * The activity's own rules, whatever button or handler led here: a tutoring seat needs a child
   * of a class and a subject that activity serves; any other seat is the resident's own.
   */
  ruleRefusal(session: Session, child?: Child): BookRefusal | undefined;
  /** Which seat of the resident's a booking is: their own (empty) or a child's, so one person may book for several. */
  seatKey(child?: Child): string;
  /** A booking as the resident holds it, with their place in line when waiting. */
  held(booking: Booking, session: Session): Held;
  /** The refusal for a seat or place in line the resident already holds, saying which. */
  already: (booking: Booking, session: Session) => Extract<BookResult, {
    ok: false;
  }>;
  /**
   * What booking a seat and joining the waiting list both ask first: the session is open to bookings, its
   * rules admit this person (or child), they hold no place on it already, and the children's limit.
   */
  admission: (residentId: number, sessionId: number, child?: Child) => {
    ok: true;
    session: Session;
  } | Extract<BookResult, {
    ok: false;
  }>;
  /** Writes a new booking; undefined when the same seat was taken meanwhile (the unique index refused it). */
  insertBooking(residentId: number, session: Session, status: "booked" | "waiting", child?: Child): Booking | undefined;
}

/**
 * Whether a person may hold a place on a session, asked the same way by a seat, a place in line and an offer: the
 * session is still open, the activity's rules admit them (or their child), and the limits hold.
 */
export function admissionRules({ repos, clock, catalog, options }: BookingDeps): AdmissionRules {
  const { sessions, bookings } = repos;

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

  return { bookable, ruleRefusal, seatKey, held, already, admission, insertBooking };
}
