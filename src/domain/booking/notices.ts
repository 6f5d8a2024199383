import type { Booking } from "#src/domain/ports/records.js";
import type { Session } from "#src/domain/ports/records.js";
import type { OutboxPayload } from "#src/domain/notifications.js";
import { reminderTimes } from "#src/domain/reminders.js";
import type { BookingDeps } from "./deps.js";

/** The outbox reference of everything said about one booking (reminders, offers), so it can be withdrawn. */
export const bookingRef = (id: number) => `booking:${id}`;

export interface BookingNotices {
  /** A session's activity, place (or the desk's address) and time, as a resident's message carries them. */
  sessionFacts: (session: Session) => Pick<Extract<OutboxPayload, {
    type: "t";
  }>, "vars" | "keys" | "dates">;
  /** Queues the reminders of a held seat before its session, on the desk's clock. */
  planReminders(booking: Booking, session: Session): void;
}

/** What the resident is told about a session: its facts for a message, and the reminders of a seat. */
export function bookingNotices({ clock, notify, options }: BookingDeps): BookingNotices {
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

  return { sessionFacts, planReminders };
}
