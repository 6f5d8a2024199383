import type { Booking } from "#src/domain/ports/records.js";
import type { Session } from "#src/domain/ports/records.js";
import type { OutboxPayload } from "#src/domain/notifications.js";
import { reminderTimes } from "#src/domain/reminders.js";
import type { BookingDeps } from "./deps.js";

/** The outbox reference of everything said about one booking (reminders, offers), so it can be withdrawn. */
export const bookingRef = (id: number) => `booking:${id}`;

/** What the resident is told about a session: its facts for a message, and the reminders of a seat. */
export function bookingNotices({ clock, notify, options }: BookingDeps) {
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

export type BookingNotices = ReturnType<typeof bookingNotices>;
