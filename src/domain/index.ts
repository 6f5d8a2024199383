import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Repositories } from "../db/repositories/index.js";
import type { ActivityCatalog } from "./activities.js";
import { bookingService } from "./booking.js";
import { formPiecesService } from "./form-pieces.js";
import { notificationsService } from "./notifications.js";
import { openingHours } from "./opening-hours.js";
import { privacyService } from "./privacy.js";
import { requestsService } from "./requests.js";
import { residentsService } from "./residents.js";
import { type ServiceLevels, serviceLevelsService } from "./service-levels.js";

export function createServices(
  db: Db,
  repos: Repositories,
  clock: Clock,
  config: Config,
  catalog: ActivityCatalog,
  operatorChatId: number,
) {
  const notifications = notificationsService(repos, clock, operatorChatId);
  const hours = openingHours(config.openingHours);
  const booking = bookingService(db, repos, clock, notifications, catalog, {
    timezone: config.timezone,
    holdHours: config.waitlistHoldHours,
    maxChildrenPerSession: config.maxChildrenPerSession,
    openingHours: hours,
    holdUntil: config.waitlistHoldUntil,
  });
  // Closing asks the resident whether we helped; the two services need each other, so the hook is bound late.
  let serviceLevels: ServiceLevels | undefined;
  const requests = requestsService(
    db,
    repos,
    clock,
    notifications,
    { perRequest: config.storedPerRequest, perDay: config.storedPerDay },
    { closed: (r) => serviceLevels?.askSatisfaction(r), reopened: (r) => serviceLevels?.withdrawSatisfaction(r.id) },
  );
  serviceLevels = serviceLevelsService(db, repos, clock, notifications, requests, {
    hours,
    staleWorkingHours: config.staleWorkingHours,
    emergencyNumber: config.emergencySocialNumber,
  });
  return {
    requests,
    serviceLevels,
    residents: residentsService(repos, clock, config.privacyNoticeVersion),
    notifications,
    booking,
    privacy: privacyService(db, repos, clock, booking, config.retentionDays, operatorChatId),
    formPieces: formPiecesService(repos, clock),
  };
}

export type Services = ReturnType<typeof createServices>;
