// The records the domain reads and writes, as the domain names them: the repositories return these shapes.
// Written by tests/tools/domain-ports.mjs from src/db/repositories (run it after a repository changes what the
// domain reads); tests/architecture.test.ts checks that the domain imports these and never db/.

export interface NewsPreferences {
  residentId: number;
  activities: boolean;
  works: boolean;
  health: boolean;
  askedAt: Date | null;
  updatedAt: Date;
}

export interface Announcement {
  id: number;
  kind: "news" | "event";
  topic: NewsTopic;
  audience: string;
  originChatId: number;
  createdBy: number;
  createdByName: string;
  status: "draft" | "sending" | "done" | "cancelled";
  textIt: string;
  eventAt: Date | null;
  skipped: number;
  createdAt: Date;
  sentAt: Date | null;
  reportedAt: Date | null;
}

export interface NewAnnouncement {
  kind: "news" | "event";
  topic: NewsTopic;
  audience: string;
  originChatId: number;
  createdBy: number;
  createdByName: string;
  status: "draft" | "sending" | "done" | "cancelled";
  textIt: string;
  createdAt: Date;
  id?: number;
  eventAt?: Date | null;
  skipped?: number;
  sentAt?: Date | null;
  reportedAt?: Date | null;
}

export interface AnnouncementText {
  updatedAt: Date;
  text: string;
  announcementId: number;
  language: string;
  source: "engine" | "mediator";
}

export interface AnnouncementRecipient {
  residentId: number;
  announcementId: number;
  language: string;
  outboxId: number | null;
  reply: "yes" | "no" | null;
  repliedAt: Date | null;
}

export type NewsTopic = "activities" | "works" | "health";

export interface Subscriber {
  id: number;
  language: string;
  deskId: string | null;
  blocked: boolean;
}

export interface DeliveryCounts {
  pending: number;
  delivered: number;
  blocked: number;
  failed: number;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actorId: number;
  actorName: string;
  action: string;
  requestId: number | null;
  sessionId: number | null;
  detail: string | null;
}

export interface Actor {
  id: number;
  name: string;
}

export interface Booking {
  residentId: number;
  updatedAt: Date;
  id: number;
  status: BookingStatus;
  createdAt: Date;
  sessionId: number;
  childName: string | null;
  childClass: string | null;
  subject: string | null;
  seatKey: string;
  offerExpiresAt: Date | null;
  attendance: "present" | "absent" | null;
  confirmedAt: Date | null;
  confirmationMessageId: number | null;
}

export interface NewBooking {
  residentId: number;
  updatedAt: Date;
  status: BookingStatus;
  createdAt: Date;
  sessionId: number;
  id?: number;
  childName?: string | null;
  childClass?: string | null;
  subject?: string | null;
  seatKey?: string;
  offerExpiresAt?: Date | null;
  attendance?: "present" | "absent" | null;
  confirmedAt?: Date | null;
  confirmationMessageId?: number | null;
}

export type BookingStatus = "cancelled" | "booked" | "waiting" | "offered" | "expired" | "declined";

export interface BuildingReport {
  id: number;
  kind: ReportKind;
  status: "fixed" | "open" | "passed" | "closed";
  createdAt: Date;
  deskId: string;
  building: string;
  buildingKey: string;
  passedTo: "atc" | "comune" | "police" | null;
  passedAt: Date | null;
  reportedBy: number;
  teamId: string;
  resolvedAt: Date | null;
}

export interface NewBuildingReport {
  kind: ReportKind;
  status: "fixed" | "open" | "passed" | "closed";
  createdAt: Date;
  deskId: string;
  building: string;
  buildingKey: string;
  reportedBy: number;
  teamId: string;
  id?: number;
  passedTo?: "atc" | "comune" | "police" | null;
  passedAt?: Date | null;
  resolvedAt?: Date | null;
}

export interface BuildingReportNote {
  residentId: number | null;
  id: number;
  kind: "text" | "photo" | "voice" | "step";
  text: string | null;
  createdAt: Date;
  reportId: number;
  fileId: string | null;
}

export type ReportKind = "lift" | "light" | "leak" | "rubbish" | "door" | "unsafe";

export interface HeldAnswer {
  id: number;
  kind: string;
  text: string | null;
  status: "held" | "sent" | "replaced" | "dropped";
  createdAt: Date;
  language: string;
  requestId: number;
  chatId: number;
  staffMessageId: number;
  authorId: number;
  authorName: string;
  reason: string;
  decidedBy: string | null;
}

export interface NewHeldAnswer {
  kind: string;
  text?: string | null;
  createdAt: Date;
  language: string;
  requestId: number;
  chatId: number;
  staffMessageId: number;
  authorId: number;
  authorName: string;
  reason: string;
}

export interface LetterRow {
  residentId: number;
  id: number;
  text: string | null;
  status: "reading" | "read" | "unreadable";
  createdAt: Date;
  language: string;
  requestId: number | null;
  pages: string | null;
  facts: string | null;
  confidence: number | null;
  attempts: number;
  groupMessageId: number | null;
  readAt: Date | null;
  checkedAt: Date | null;
  translationState: "pending" | "translated" | "failed" | "off" | null;
  translation: string | null;
}

export interface NewLetterRow {
  residentId: number;
  status: "reading" | "read" | "unreadable";
  createdAt: Date;
  language: string;
  id?: number;
  text?: string | null;
  requestId?: number | null;
  pages?: string | null;
  facts?: string | null;
  confidence?: number | null;
  attempts?: number;
  groupMessageId?: number | null;
  readAt?: Date | null;
  checkedAt?: Date | null;
  translationState?: "pending" | "translated" | "failed" | "off" | null;
  translation?: string | null;
}

export interface ParticipantSheetRow {
  residentId: number | null;
  updatedAt: Date;
  id: number;
  createdAt: Date;
  activityId: string | null;
  deskId: string | null;
  consentAt: Date | null;
  subjectKey: string;
  answeredBy: "self" | "parent" | "staff";
  consent: "declined" | "pending" | "given";
  sensitiveConsent: "declined" | "given" | null;
  sensitiveConsentAt: Date | null;
  answers: Record<string, string>;
  enteredAt: Date | null;
  completedAt: Date | null;
}

export interface NewParticipantSheetRow {
  residentId?: number | null;
  updatedAt: Date;
  createdAt: Date;
  activityId?: string | null;
  deskId?: string | null;
  consentAt?: Date | null;
  subjectKey?: string;
  answeredBy: "self" | "parent" | "staff";
  consent: "declined" | "pending" | "given";
  sensitiveConsent?: "declined" | "given" | null;
  sensitiveConsentAt?: Date | null;
  answers: Record<string, string>;
  enteredAt?: Date | null;
  completedAt?: Date | null;
}

export interface EntryRow {
  residentId: number;
  subjectKey: string;
  activityId: string;
  enteredAt: number;
  deskId: string | null;
}

export interface GroupPost {
  residentId: number;
  id: number;
  kind: "staff" | "relay" | "history" | "roster";
  createdAt: Date;
  requestId: number | null;
  sessionId: number | null;
  chatId: number;
  messageId: number;
  threadId: number | null;
}

export interface NewGroupPost {
  residentId: number;
  kind: "staff" | "relay" | "history" | "roster";
  createdAt: Date;
  requestId?: number | null;
  sessionId?: number | null;
  chatId: number;
  messageId: number;
  threadId?: number | null;
}

export interface Request {
  residentId: number;
  id: number;
  status: RequestStatus;
  createdAt: Date;
  language: string;
  deskId: string | null;
  teamId: string | null;
  category: string;
  visit: "desk" | "home";
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  contact: "phone" | "chat";
  assigneeId: number | null;
  assigneeName: string | null;
  topicId: number | null;
  cardMessageId: number | null;
  firstAnswerAt: Date | null;
  closedAt: Date | null;
  erasedAt: Date | null;
  translate: boolean;
  staleFlaggedAt: Date | null;
  satisfactionAskedAt: Date | null;
  satisfaction: "yes" | "no" | "partly" | null;
  satisfactionAt: Date | null;
}

export interface NewRequest {
  residentId: number;
  status: RequestStatus;
  createdAt: Date;
  language: string;
  category: string;
  visit: "desk" | "home";
  contact: "phone" | "chat";
  id?: number;
  deskId?: string | null;
  teamId?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  assigneeId?: number | null;
  assigneeName?: string | null;
  topicId?: number | null;
  cardMessageId?: number | null;
  firstAnswerAt?: Date | null;
  closedAt?: Date | null;
  erasedAt?: Date | null;
  translate?: boolean;
  staleFlaggedAt?: Date | null;
  satisfactionAskedAt?: Date | null;
  satisfaction?: "yes" | "no" | "partly" | null;
  satisfactionAt?: Date | null;
}

export interface RequestMessage {
  id: number;
  kind: string;
  text: string | null;
  createdAt: Date;
  requestId: number;
  fileId: string | null;
  groupMessageId: number | null;
  translation: string | null;
  direction: "in" | "out" | "note" | "system";
  staffId: number | null;
  staffName: string | null;
  translatedFrom: string | null;
  translationNote: string | null;
  transcript: string | null;
  sourceMessageId: number | null;
  forwardOrigin: "chat" | "user" | "hidden_user" | "channel" | null;
  forwardName: string | null;
}

export interface NewRequestMessage {
  kind: string;
  createdAt: Date;
  requestId: number;
  direction: "in" | "out" | "note" | "system";
  id?: number;
  text?: string | null;
  fileId?: string | null;
  groupMessageId?: number | null;
  translation?: string | null;
  staffId?: number | null;
  staffName?: string | null;
  translatedFrom?: string | null;
  translationNote?: string | null;
  transcript?: string | null;
  sourceMessageId?: number | null;
  forwardOrigin?: "chat" | "user" | "hidden_user" | "channel" | null;
  forwardName?: string | null;
}

export type RequestStatus = "open" | "closed" | "taken";

export interface Resident {
  id: number;
  createdAt: Date;
  language: string | null;
  deskId: string | null;
  pendingFlow: string | null;
  firstName: string | null;
  phone: string | null;
  consentAt: Date | null;
  consentVersion: number | null;
  blockedAt: Date | null;
  blockedReason: string | null;
  forgottenAt: Date | null;
  lastSeenAt: Date | null;
  closedNoticeKey: string | null;
  deskPromptAt: Date | null;
}

export interface Session {
  id: number;
  createdBy: number | null;
  status: "cancelled" | "scheduled";
  createdAt: Date;
  activityId: string;
  startsAt: Date;
  durationMin: number;
  place: string | null;
  seats: number;
  deskId: string | null;
}

export interface NewSession {
  status: "cancelled" | "scheduled";
  createdAt: Date;
  activityId: string;
  startsAt: Date;
  durationMin: number;
  seats: number;
  id?: number;
  createdBy?: number | null;
  place?: string | null;
  deskId?: string | null;
}

export interface SessionWithSeats {
  id: number;
  createdBy: number | null;
  status: "cancelled" | "scheduled";
  createdAt: Date;
  activityId: string;
  startsAt: Date;
  durationMin: number;
  place: string | null;
  seats: number;
  deskId: string | null;
  taken: number;
  waiting: number;
}

export interface RequestFacts {
  id: number;
  category: string;
  language: string;
  status: RequestStatus;
  visit: "desk" | "home";
  createdAt: Date;
  firstAnswerAt: Date | null;
  closedAt: Date | null;
  satisfaction: "yes" | "no" | "partly" | null;
  teamId: string | null;
}

export interface SatisfactionCounts {
  asked: number;
  yes: number;
  partly: number;
  no: number;
}

export interface BookingFacts {
  bookingId: number;
  sessionId: number;
  activityId: string;
  startsAt: Date;
  sessionStatus: "cancelled" | "scheduled";
  status: BookingStatus;
  attendance: "present" | "absent" | null;
}

export interface StatisticsScope {
  teamIds: string[];
  activityIds: string[];
}

export interface MessageTranslation {
  translation?: string | null;
  translatedFrom?: string | null;
  translationNote?: string | null;
  transcript?: string | null;
}

export interface Visit {
  id: number;
  createdBy: number;
  status: VisitStatus;
  createdAt: Date;
  requestId: number;
  startsAt: Date | null;
  confirmedAt: Date | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  series: number;
  sequence: number;
  team: string | null;
  workerId: number;
  workerName: string;
  who: string;
  role: "nurse" | "carer" | "operator" | null;
  notes: string | null;
  endsAt: Date | null;
  proposedAt: Date;
  outcomeAt: Date | null;
  again: "yes" | "no" | null;
  residentCalendarAt: Date | null;
}

export interface NewVisit {
  createdBy: number;
  status: VisitStatus;
  createdAt: Date;
  requestId: number;
  startsAt?: Date | null;
  confirmedAt?: Date | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  sequence?: number;
  team?: string | null;
  workerId: number;
  workerName: string;
  who: string;
  role?: "nurse" | "carer" | "operator" | null;
  notes?: string | null;
  endsAt?: Date | null;
  proposedAt: Date;
  outcomeAt?: Date | null;
  again?: "yes" | "no" | null;
  residentCalendarAt?: Date | null;
}

export interface VisitWindow {
  id: number;
  startsAt: Date;
  endsAt: Date;
  visitId: number;
  position: number;
}

export type VisitStatus = "done" | "cancelled" | "declined" | "proposed" | "none-works" | "confirmed" | "not-home" | "rescheduled" | "withdrawn";

export interface VisitCounts {
  month: string;
  team: string | null;
  planned: number;
  done: number;
  notHome: number;
  movedOrCancelled: number;
}
