import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { ActivityCatalog } from "./activities.js";
import { bookingService } from "./booking/service.js";
import { Desks } from "./desks.js";
import { formPiecesService } from "./form-pieces.js";
import { idleFlowsService } from "./idle-flows.js";
import { announcementsService } from "./neighbourhood/announcements.js";
import { buildingReportsService } from "./neighbourhood/building-reports.js";
import { languageGuaranteeService } from "./language-guarantee.js";
import { liveControlsService } from "./live-controls.js";
import { lettersService } from "./letters/service.js";
import { notificationsService } from "./notifications.js";
import { participantsService } from "./participants/service.js";
import { privacyService } from "./privacy.js";
import { requestsService } from "./requests/service.js";
import { residentsService } from "./residents.js";
import type { DeskPolicy } from "./policy.js";
import { type ServiceLevels, serviceLevelsService } from "./service-levels.js";
import { Teams } from "./teams.js";
import { statisticsService } from "./statistics.js";
import { visitsService } from "./visits/service.js";
import { voiceService } from "./voice.js";

export function createServices(
  repos: Stores,
  clock: Clock,
  config: DeskPolicy,
  catalog: ActivityCatalog,
  operatorChatId: number,
) {
  // Teams (each with its operator group) and desks (places); one of each unless data/desk.json says otherwise.
  const desks = new Desks(config.network.desks);
  const teams = new Teams(config.network.teams, operatorChatId, catalog.all.map((a) => a.id), config.network.coordinatorsChatId);
  // Requests older than teams, or of a team no longer configured, belong to the first team.
  repos.requests.adoptOrphans(teams.all.map((t) => t.id), teams.lead.id);
  repos.sessions.adoptOrphans(desks.all.map((d) => d.id), desks.main.id);
  const notifications = notificationsService(repos, clock, teams);
  const hours = desks.main.hours;
  const booking = bookingService(repos, clock, notifications, catalog, {
    timezone: config.timezone,
    holdHours: config.waitlistHoldHours,
    maxChildrenPerSession: config.maxChildrenPerSession,
    openingHours: hours,
    holdUntil: config.waitlistHoldUntil,
    deskAddress: (deskId) => desks.of(deskId).address,
    mainDeskId: desks.main.id,
  });
  const visits = visitsService(repos, clock, notifications, { timezone: config.timezone });
  // Closing asks the resident whether we helped; the two services need each other, so the hook is bound late.
  let serviceLevels: ServiceLevels | undefined;
  const requests = requestsService(
    repos,
    clock,
    notifications,
    { perRequest: config.storedPerRequest, perDay: config.storedPerDay },
    {
      closed: (r, actor) => {
        // The visit's notice first: the question whether we helped comes last.
        visits.callOff(r.id, actor);
        serviceLevels?.askSatisfaction(r);
      },
      reopened: (r) => serviceLevels?.withdrawSatisfaction(r.id),
    },
    { teams, desks },
  );
  serviceLevels = serviceLevelsService(repos, clock, notifications, requests, {
    hours,
    hoursOf: (deskId) => desks.of(deskId).hours,
    staleWorkingHours: config.staleWorkingHours,
    emergencyNumber: config.emergencySocialNumber,
  });
  const letters = lettersService(repos, clock, notifications, requests, { teams, desks, timezone: config.timezone });
  return {
    requests,
    letters,
    serviceLevels,
    residents: residentsService(repos, clock, config.privacyNoticeVersion),
    notifications,
    booking,
    idleFlows: idleFlowsService(repos, clock, notifications, config.flowIdleMinutes),
    privacy: privacyService(repos, clock, booking, config.retentionDays, (teamId) => teams.of(teamId).chatId),
    visits,
    statistics: statisticsService(repos.statistics, config.timezone, hours),
    teams,
    desks,
    formPieces: formPiecesService(repos, clock),
    voice: voiceService(repos, clock),
    // Announcements and events: a margin of the outbox's rate is left for everything else the desk sends meanwhile.
    announcements: announcementsService(repos, clock, notifications, {
      timezone: config.timezone,
      perSecond: Math.max(1, config.outboxRatePerSecond - 5),
      mainDeskId: desks.main.id,
    }),
    // Shared reports on common areas: one per building and problem, followed by whoever sees it.
    buildingReports: buildingReportsService(repos, clock, notifications, teams, desks),
    languageGuarantee: languageGuaranteeService(repos, clock),
    liveControls: liveControlsService(repos),
    // ESF+ participant sheets and counts, when the desk file asks for them.
    participants: participantsService(repos, clock, config.network.participants, {
      timezone: config.timezone,
      mainDeskId: desks.main.id,
      listeningTeamId: teams.lead.id,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
