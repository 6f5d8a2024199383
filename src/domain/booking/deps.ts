import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { ActivityCatalog } from "#src/domain/activities.js";
import type { Notifications } from "#src/domain/notifications.js";
import type { OpeningHours } from "#src/domain/opening-hours.js";

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

/** What every part of booking (seats, the waiting list, the staff's sessions) is built from. */
export interface BookingDeps {
  repos: Stores;
  clock: Clock;
  notify: Notifications;
  catalog: ActivityCatalog;
  options: BookingOptions;
}
