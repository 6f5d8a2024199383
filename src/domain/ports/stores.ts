// The stores the domain needs, and only the methods it calls: ports the repositories implement (app.ts hands
// createRepositories() to createServices(), so the compiler checks that they fit).
// Written by tests/tools/domain-ports.mjs from src/db/repositories (run it after a repository changes what the
// domain reads); tests/architecture.test.ts checks that the domain imports these and never db/.

import type { Actor, Announcement, AnnouncementRecipient, AnnouncementText, AuditEntry, Booking, BookingFacts, BookingStatus, BuildingReport, BuildingReportNote, DeliveryCounts, EntryRow, GroupPost, HeldAnswer, LetterRow, MessageTranslation, NewAnnouncement, NewBooking, NewBuildingReport, NewGroupPost, NewHeldAnswer, NewLetterRow, NewParticipantSheetRow, NewRequest, NewRequestMessage, NewSession, NewVisit, NewsPreferences, NewsTopic, ParticipantSheetRow, ReportKind, Request, RequestFacts, RequestMessage, RequestStatus, Resident, SatisfactionCounts, Session, SessionWithSeats, StatisticsScope, Subscriber, Visit, VisitCounts, VisitWindow } from "./records.js";

export interface ResidentsStore {
  get(id: number): Resident | undefined;
  isBlocked(id: number): boolean;
  ensure(id: number, at: Date): Resident;
  update(id: number, values: Partial<Omit<Resident, "id">>): void;
  evict(id: number): void;
}

export interface ConversationsStore {
  residentOf(key: string): number | undefined;
  delete(key: string): void;
  updatedAt(key: string): Date | undefined;
  addPiece(key: string, messageId: number, piece: string, chars: number, at: Date): void;
  pieces(key: string): string[];
  piecesSize(key: string): { count: number; chars: number; };
  receipt(key: string): number | undefined;
  setReceipt(key: string, messageId: number, at: Date): void;
  clearPieces(key: string): void;
  form(key: string): string | undefined;
  setForm(key: string, json: string, at: Date): void;
  discardForm(key: string): void;
  staleKeys(before: Date): string[];
}

export interface InboxStore {
  forget(userId: number): void;
}

export interface AuditStore {
  record(at: Date, actor: Actor, action: string, target?: { requestId?: number; sessionId?: number; detail?: string; }): void;
  forRequest(requestId: number): AuditEntry[];
}

export interface RequestsStore {
  adoptOrphans(teamIds: string[], leadId: string): number;
  insert(values: NewRequest): Request;
  get(id: number): Request | undefined;
  update(id: number, values: Partial<NewRequest>): void;
  openForResident(residentId: number): Request | undefined;
  lastClosedForResident(residentId: number, since: Date): Request | undefined;
  forResident(residentId: number): Request[];
  byTopic(teamId: string, topicId: number): Request | undefined;
  byCard(teamId: string, messageId: number): Request | undefined;
  byGroupMessage(teamId: string, messageId: number): Request | undefined;
  queue(limit?: number, teamIds?: string[]): Request[];
  countByStatus(now: Date, closedDays?: number, teamId?: string): Record<RequestStatus, number>;
  assignedTo(staffId: number, teamIds?: string[]): Request[];
  leaveGroup(requestId: number): number[];
  filedWith(residentId: number, sourceMessageId: number): Request | undefined;
  bySource(requestId: number, sourceMessageId: number): RequestMessage | undefined;
  message(id: number): RequestMessage | undefined;
  addMessage(values: NewRequestMessage): RequestMessage;
  storedOn(requestId: number): number;
  storedSince(residentId: number, since: Date): number;
  hasMarker(requestId: number, kind: string, since: Date): boolean;
  residentHasMarker(residentId: number, kind: string, since: Date): boolean;
  historyCount(requestId: number): number;
  historyPage(requestId: number, limit: number, offset: number): RequestMessage[];
  exportPage(requestId: number, after: number, limit: number): RequestMessage[];
  notesCount(requestId: number): number;
  setGroupMessage(messageRowId: number, groupMessageId: number): void;
  messages(requestId: number): RequestMessage[];
  unflaggedUnanswered(before: Date): Request[];
  satisfactionAnsweredSince(residentId: number, since: Date): Request | undefined;
  unanswered(before: Date): Request[];
}

export interface SessionsStore {
  insert(values: NewSession): Session;
  get(id: number): Session | undefined;
  withSeats(id: number): SessionWithSeats | undefined;
  adoptOrphans(deskIds: string[], mainId: string): number;
  upcoming(activityIds: string[], now: Date, limit?: number, deskId?: string): SessionWithSeats[];
  between(from: Date, to: Date): SessionWithSeats[];
  setStatus(id: number, status: "cancelled" | "scheduled"): void;
}

export interface BookingsStore {
  insert(values: NewBooking): Booking;
  get(id: number): Booking | undefined;
  update(id: number, values: Partial<NewBooking>): void;
  taken(sessionId: number): number;
  heldBy(sessionId: number, residentId: number): number;
  active(sessionId: number, residentId: number, seatKey: string): Booking | undefined;
  firstWaiting(sessionId: number): Booking | undefined;
  waitingPosition(booking: Booking): number;
  forResident(residentId: number, statuses?: readonly (BookingStatus)[]): { booking: { id: number; sessionId: number; residentId: number; childName: string | null; childClass: string | null; subject: string | null; seatKey: string; status: BookingStatus; offerExpiresAt: Date | null; attendance: "present" | "absent" | null; confirmedAt: Date | null; confirmationMessageId: number | null; createdAt: Date; updatedAt: Date; }; session: { id: number; activityId: string; startsAt: Date; durationMin: number; place: string | null; seats: number; status: "cancelled" | "scheduled"; deskId: string | null; createdBy: number | null; createdAt: Date; }; }[];
  forSession(sessionId: number, statuses: readonly (BookingStatus)[]): { booking: { id: number; sessionId: number; residentId: number; childName: string | null; childClass: string | null; subject: string | null; seatKey: string; status: BookingStatus; offerExpiresAt: Date | null; attendance: "present" | "absent" | null; confirmedAt: Date | null; confirmationMessageId: number | null; createdAt: Date; updatedAt: Date; }; firstName: string | null; language: string | null; }[];
  expiredOffers(now: Date): Booking[];
}

export interface OutboxStore {
  insert(values: { kind: string; status: "sending" | "cancelled" | "expired" | "sent" | "pending" | "failed"; createdAt: Date; chatId: number; dueAt: Date; payload: string; id?: number | undefined; sentAt?: Date | null | undefined; ref?: string | null | undefined; attempts?: number | undefined; expiresAt?: Date | null | undefined; lastError?: string | null | undefined; claimedAt?: Date | null | undefined; sendStartedAt?: Date | null | undefined; }): number;
  groupBacklog(chatId?: number): { count: number; oldest: Date | null; };
  cancelPending(refs: string[]): number;
  cancelPendingIn(refs: string[], chatId: number): number;
}

export interface OfferedButtonsStore {
  offeredOn(chatId: number, messageId: number): string[];
  messagesOfferingOnly(chatId: number, prefix: string): number[];
  pruneBefore(at: Date): number;
}

export interface PrivacyStore {
  seen(residentId: number, at: Date, granularityMs: number): void;
  inactiveSince(before: Date): number[];
  recordPost(post: NewGroupPost): void;
  postsOf(residentId: number): GroupPost[];
  takeRequestPosts(requestId: number, chatId: number): number[];
  removePost(id: number): void;
  markersWithPosts(): number[];
  checkpoint(): boolean;
  nextAnonymousId(): number;
  anonymise(residentId: number, markerId: number, at: Date, groupOf: (teamId: string | null) => number): void;
  expiredContent(closedBefore: Date): number[];
  eraseContent(requestIds: number[], at: Date): void;
  withHeldMessages(): { id: number; pendingFlow: string; }[];
  eraseLapsedDetails(before: Date): number;
  trimWhatsApp(before: Date, inboundBefore: Date, now: Date): number;
  pruneTranslations(before: Date): number;
}

export interface StatisticsStore {
  scoped(scope: StatisticsScope): StatisticsStore;
  residentsCreated(from: Date, to: Date): number;
  requestsCreated(from: Date, to: Date): RequestFacts[];
  eachRequestCreated(from: Date, to: Date): Generator<RequestFacts>;
  eachBookingOfSessions(from: Date, to: Date): Generator<BookingFacts>;
  requestsClosed(from: Date, to: Date): number;
  satisfaction(from: Date, to: Date): SatisfactionCounts;
  bookingsOfSessions(from: Date, to: Date): BookingFacts[];
  sessionsHeld(from: Date, to: Date): { activityId: string; n: number; }[];
}

export interface TranslationsStore {
  get(key: string): { residentId: number | null; createdAt: Date; translation: string; key: string; detected: string | null; } | undefined;
  put(entry: { key: string; residentId: number | null; translation: string; detected: string | null; createdAt: Date; }): void;
  saveOnMessage(messageRowId: number, values: MessageTranslation): void;
  saveOnAnswer(requestId: number, groupMessageId: number, values: MessageTranslation): void;
}

export interface VisitsStore {
  get(id: number): Visit | undefined;
  windows(visitId: number): VisitWindow[];
  latestFor(requestId: number): Visit | undefined;
  insert(values: NewVisit, series?: number): Visit;
  addWindows(visitId: number, windows: { startsAt: Date; endsAt: Date; }[]): void;
  update(id: number, values: Partial<Omit<Visit, "id">>): Visit | undefined;
  overlapping(workerId: number, from: Date, to: Date, except?: number): Visit[];
  between(from: Date, to: Date, workerId?: number): Visit[];
  agreedFor(requestId: number): Visit[];
  seriesInCalendar(series: number): boolean;
  counts(from: Date, to: Date, monthOf: (at: number) => string, teamIds?: readonly string[]): VisitCounts[];
  eraseForRequests(requestIds: number[], at: Date): void;
  eraseContent(requestIds: number[]): void;
  residentOf(visitId: number): number | undefined;
}

export interface VoiceStore {
  listens(residentId: number): boolean | undefined;
  setListens(residentId: number, listens: boolean, at: Date): void;
  forgetResident(residentId: number): void;
  recording(key: string, locale: string): { key: string; locale: string; audio: Buffer<ArrayBufferLike>; seconds: number; recordedBy: number; recordedAt: Date; } | undefined;
  recorded(): { key: string; locale: string; }[];
  saveRecording(row: { key: string; locale: string; audio: Buffer<ArrayBufferLike>; seconds: number; recordedBy: number; recordedAt: Date; }): void;
  deleteRecording(key: string, locale: string): boolean;
}

export interface AnnouncementsStore {
  preferences(residentId: number): NewsPreferences | undefined;
  setPreferences(residentId: number, topics: Partial<Pick<NewsPreferences, NewsTopic>>, at: Date, asked?: boolean): void;
  subscribers(topic: NewsTopic): Subscriber[];
  addresses(): { residentId: number; address: string; }[];
  participants(activityId: string): Set<number>;
  create(values: NewAnnouncement): Announcement;
  get(id: number): Announcement | undefined;
  update(id: number, values: Partial<NewAnnouncement>): void;
  startSending(id: number, at: Date): boolean;
  recent(limit: number): Announcement[];
  sending(): Announcement[];
  sentBetween(from: Date, to: Date): Announcement[];
  texts(id: number): AnnouncementText[];
  putText(id: number, language: string, text: string, source: "engine" | "mediator", at: Date): void;
  addRecipient(values: { announcementId: number; residentId: number; language: string; outboxId: number | null; }): void;
  recipient(id: number, residentId: number): AnnouncementRecipient | undefined;
  recipients(id: number): AnnouncementRecipient[];
  reply(id: number, residentId: number, reply: "yes" | "no", at: Date): void;
  ofResident(residentId: number): { recipient: AnnouncementRecipient; announcement: Announcement; }[];
  delivery(ref: string, knownBlocked: number): DeliveryCounts;
  forget(residentId: number, markerId: number): void;
}

export interface BuildingReportsStore {
  openFor(buildingKey: string, kind: ReportKind): BuildingReport | undefined;
  openIn(buildingKeys: string[]): BuildingReport[];
  open(teamIds?: string[]): BuildingReport[];
  get(id: number): BuildingReport | undefined;
  create(values: NewBuildingReport): BuildingReport;
  update(id: number, values: Partial<NewBuildingReport>): void;
  createdBetween(from: Date, to: Date, teamIds?: string[]): BuildingReport[];
  follow(reportId: number, residentId: number, at: Date): boolean;
  followers(reportId: number): number[];
  followerCount(reportId: number): number;
  followedBy(residentId: number): BuildingReport[];
  addNote(values: { kind: "text" | "photo" | "voice" | "step"; createdAt: Date; reportId: number; residentId?: number | null | undefined; id?: number | undefined; text?: string | null | undefined; fileId?: string | null | undefined; }): number;
  notes(reportId: number): BuildingReportNote[];
  notesBy(residentId: number): BuildingReportNote[];
  forget(residentId: number, markerId: number): void;
}

export interface HeldAnswersStore {
  hold(row: NewHeldAnswer): HeldAnswer;
  get(id: number): HeldAnswer | undefined;
  decide(id: number, status: "sent" | "replaced" | "dropped", by: string): boolean;
}

export interface LettersStore {
  insert(row: NewLetterRow): LetterRow;
  get(id: number): LetterRow | undefined;
  update(id: number, fields: Partial<NewLetterRow>): void;
  waiting(limit?: number): LetterRow[];
  untranslated(limit?: number): LetterRow[];
  ofRequest(requestId: number): LetterRow[];
  forgetResident(residentId: number): void;
}

export interface ParticipantsStore {
  get(residentId: number, subjectKey: string): ParticipantSheetRow | undefined;
  byId(id: number): ParticipantSheetRow | undefined;
  open(row: NewParticipantSheetRow): ParticipantSheetRow;
  update(id: number, fields: Partial<NewParticipantSheetRow>): void;
  answer(id: number, question: string, value: string, at: Date): void;
  ofResident(residentId: number): ParticipantSheetRow[];
  chatSheets(): ParticipantSheetRow[];
  deskSheets(): ParticipantSheetRow[];
  entries(activityIds: string[], before: Date): EntryRow[];
  followedByListeningDesk(before: Date, teamId: string): EntryRow[];
  forgetResident(residentId: number): number;
  pruneBefore(before: Date): number;
}

export interface Stores {
  residents: ResidentsStore;
  conversations: ConversationsStore;
  inbox: InboxStore;
  audit: AuditStore;
  requests: RequestsStore;
  sessions: SessionsStore;
  bookings: BookingsStore;
  outbox: OutboxStore;
  offeredButtons: OfferedButtonsStore;
  privacy: PrivacyStore;
  statistics: StatisticsStore;
  translations: TranslationsStore;
  visits: VisitsStore;
  voice: VoiceStore;
  announcements: AnnouncementsStore;
  buildingReports: BuildingReportsStore;
  heldAnswers: HeldAnswersStore;
  letters: LettersStore;
  participants: ParticipantsStore;
  /** Runs fn as one write transaction: everything or nothing. */
  transaction<T>(fn: () => T): T;
}
