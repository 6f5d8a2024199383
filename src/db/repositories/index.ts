import type { Clock } from "#src/clock.js";
import { type Db, immediate } from "#src/db/client.js";
import { activitiesRepository } from "./activities.js";
import { announcementsRepository } from "./announcements.js";
import { auditRepository } from "./audit.js";
import { bookingsRepository } from "./bookings.js";
import { buildingReportsRepository } from "./building-reports.js";
import { conversationsRepository } from "./conversations.js";
import { healthRepository } from "./health.js";
import { heldAnswersRepository } from "./held-answers.js";
import { inboxRepository } from "./inbox.js";
import { lettersRepository } from "./letters.js";
import { groupLedgerRepository } from "./group-ledger.js";
import { replyJournalRepository } from "./reply-journal.js";
import { offeredButtonsRepository } from "./offered-buttons.js";
import { outboxRepository } from "./outbox.js";
import { participantsRepository } from "./participants.js";
import { privacyRepository } from "./privacy.js";
import { requestsRepository } from "./requests.js";
import { residentsRepository } from "./residents.js";
import { sessionsRepository } from "./sessions.js";
import { statisticsRepository } from "./statistics.js";
import { translationsRepository } from "./translations.js";
import { visitsRepository } from "./visits.js";
import { voiceRepository } from "./voice.js";

export interface RepositoryOptions {
  /** How many people's languages are kept in memory (RESIDENT_CACHE_SIZE). */
  residentCacheSize?: number;
}

export function createRepositories(db: Db, clock: Clock, options: RepositoryOptions = {}) {
  return {
    residents: residentsRepository(db, options.residentCacheSize),
    conversations: conversationsRepository(db, clock),
    inbox: inboxRepository(db),
    audit: auditRepository(db),
    requests: requestsRepository(db),
    activities: activitiesRepository(db),
    sessions: sessionsRepository(db),
    bookings: bookingsRepository(db),
    outbox: outboxRepository(db),
    offeredButtons: offeredButtonsRepository(db),
    groupLedger: groupLedgerRepository(db),
    replyJournal: replyJournalRepository(db),
    privacy: privacyRepository(db),
    statistics: statisticsRepository(db),
    translations: translationsRepository(db),
    visits: visitsRepository(db),
    voice: voiceRepository(db),
    health: healthRepository(db),
    announcements: announcementsRepository(db),
    buildingReports: buildingReportsRepository(db),
    heldAnswers: heldAnswersRepository(db),
    letters: lettersRepository(db),
    participants: participantsRepository(db),
    /** Runs fn as one IMMEDIATE transaction (a savepoint of the turn's, while updates are in hand: group-commit.ts). */
    transaction: <T>(fn: () => T): T => immediate(db, fn),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
