import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Repositories } from "../db/repositories/index.js";
import type { ActivityCatalog } from "./activities.js";
import { bookingService } from "./booking.js";
import { notificationsService } from "./notifications.js";
import { DEFAULT_OPENING_HOURS, openingHours } from "./opening-hours.js";
import { privacyService } from "./privacy.js";
import { requestsService } from "./requests.js";
import { residentsService } from "./residents.js";

export function createServices(
  db: Db,
  repos: Repositories,
  clock: Clock,
  config: Config,
  catalog: ActivityCatalog,
  operatorChatId: number,
) {
  const notifications = notificationsService(repos, clock, operatorChatId);
  const booking = bookingService(db, repos, clock, notifications, catalog, {
    timezone: config.timezone,
    holdHours: config.waitlistHoldHours,
    maxChildrenPerSession: config.maxChildrenPerSession,
    openingHours: openingHours(DEFAULT_OPENING_HOURS),
    holdUntil: config.waitlistHoldUntil,
  });
  return {
    requests: requestsService(db, repos, clock, notifications, { perRequest: config.storedPerRequest, perDay: config.storedPerDay }),
    residents: residentsService(repos, clock, config.privacyNoticeVersion),
    notifications,
    booking,
    privacy: privacyService(db, repos, clock, booking, config.retentionDays, operatorChatId),
  };
}

export type Services = ReturnType<typeof createServices>;
