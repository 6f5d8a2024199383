import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { ActivityCatalog } from "./activities.js";
import { type BookingService, bookingService } from "./booking/service.js";
import { Desks } from "./desks.js";
import { type FormPiecesService, formPiecesService } from "./form-pieces.js";
import { type IdleFlows, idleFlowsService } from "./idle-flows.js";
import { type AnnouncementsService, announcementsService } from "./neighbourhood/announcements.js";
import { type BuildingReportsService, buildingReportsService } from "./neighbourhood/building-reports.js";
import { type LanguageGuarantee, languageGuaranteeService } from "./language-guarantee.js";
import { type LiveControlsService, liveControlsService } from "./live-controls.js";
import { type LettersService, lettersService } from "./letters/service.js";
import { type Notifications, notificationsService } from "./notifications.js";
import { type ParticipantsService, participantsService } from "./participants/service.js";
import { type PrivacyService, privacyService } from "./privacy.js";
import { type RequestsService, requestsService } from "./requests/service.js";
import { type ResidentsService, residentsService } from "./residents.js";
import type { DeskPolicy } from "./policy.js";
import { type ServiceLevels, serviceLevelsService } from "./service-levels.js";
import { Teams } from "./teams.js";
import { type StatisticsService, statisticsService } from "./statistics.js";
import { type VisitsService, visitsService } from "./visits/service.js";
import { type VoiceService, voiceService } from "./voice.js";

/** The desk's services, one per capability, as handlers and jobs receive them. */
export interface Services {
  requests: RequestsService;
  letters: LettersService;
  serviceLevels: ServiceLevels;
  residents: ResidentsService;
  notifications: Notifications;
  booking: BookingService;
  idleFlows: IdleFlows;
  privacy: PrivacyService;
  visits: VisitsService;
  statistics: StatisticsService;
  /** The teams, each with its operator group. */
  teams: Teams;
  /** The desks (places), with their addresses and hours. */
  desks: Desks;
  formPieces: FormPiecesService;
  voice: VoiceService;
  announcements: AnnouncementsService;
  buildingReports: BuildingReportsService;
  languageGuarantee: LanguageGuarantee;
  liveControls: LiveControlsService;
  /** ESF+ participant sheets and counts, when the desk file asks for them. */
  participants: ParticipantsService;
}

export function createServices(
  repos: Stores,
  clock: Clock,
  config: DeskPolicy,
  catalog: ActivityCatalog,
  operatorChatId: number,
): Services {
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

