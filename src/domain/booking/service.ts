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

export type { Booking, Session };

/**
 * Booking as one service, built from its parts: the resident's seats (seats.ts), the waiting list and its offers
 * (waiting-list.ts), the staff's sessions (sessions.ts); who may hold a place is asked in one place (admission.ts).
 */
export function bookingService(repos: Stores, clock: Clock, notify: Notifications, catalog: ActivityCatalog, options: BookingOptions) {
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

export type BookingService = ReturnType<typeof bookingService>;
