import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const ms = (name: string) => integer(name, { mode: "timestamp_ms" });

/** One row per person who ever wrote to the bot; their private chat id is their Telegram id. */
export const residents = sqliteTable("residents", {
  id: integer("id").primaryKey(),
  language: text("language"),
  /** A flow asked for by a poster deep link before consent; not personal data. */
  pendingFlow: text("pending_flow"),
  firstName: text("first_name"),
  phone: text("phone"),
  consentAt: ms("consent_at"),
  consentVersion: integer("consent_version"),
  blockedAt: ms("blocked_at"),
  blockedReason: text("blocked_reason"),
  forgottenAt: ms("forgotten_at"),
  /** The day the person last wrote or pressed a button (touched at most daily): retention counts from it. */
  lastSeenAt: ms("last_seen_at"),
  /** The closed period (see OpeningHours.closureKey) of which the resident was last told "the desk is closed". */
  closedNoticeKey: text("closed_notice_key"),
  /** The desk (a place, see data/desk.json) the person belongs to; null until chosen, which means the first desk. */
  deskId: text("desk_id"),
  /** When the person was asked to send their location to find the nearest desk: a location soon after answers it. */
  deskPromptAt: ms("desk_prompt_at"),
  createdAt: ms("created_at").notNull(),
});

/**
 * Machine translations already made (same engine, same pair, same text): one engine call each. Each
 * entry remembers whose words it holds, so erasing a person erases their cache entries too.
 */
export const translationCache = sqliteTable(
  "translation_cache",
  {
    key: text("key").primaryKey(),
    residentId: integer("resident_id"),
    translation: text("translation").notNull(),
    detected: text("detected"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("translation_cache_resident").on(t.residentId), index("translation_cache_created").on(t.createdAt)],
);

/** Persisted @grammyjs/conversations state, so a flow survives a restart. */
export const conversationStates = sqliteTable("conversation_states", {
  key: text("key").primaryKey(),
  state: text("state").notNull(),
  updatedAt: ms("updated_at").notNull(),
});

/**
 * What a resident sends for a form's description, kept beside the flow instead of in its replay log,
 * so a description in twenty messages costs no more to replay than one; it goes with the flow.
 * One row per message of theirs (a re-run update stores it once); message id 0 is the receipt that
 * counts them, -1 the request form's own state (its step, answers and question: see file-request.ts).
 */
export const flowPieces = sqliteTable(
  "flow_pieces",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The flow's storage key (see conversation_states). */
    key: text("key").notNull(),
    messageId: integer("message_id").notNull(),
    /** The piece as JSON (kind, text, file id, a forward's origin). */
    piece: text("piece").notNull(),
    /** Characters of its text, so the description's limit is checked without reading every piece. */
    chars: integer("chars").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("flow_pieces_message").on(t.key, t.messageId)],
);

/**
 * The inbox: every update, committed before Telegram is told it arrived and handled from here;
 * a redelivered update_id is dropped, one left unfinished by a crash is handled again at start.
 * The payload (what a resident wrote) is dropped once the update is done.
 */
export const inbox = sqliteTable(
  "inbox",
  {
    updateId: integer("update_id").primaryKey(),
    /** Who sent it, so erasing a person also clears what of theirs is still in hand. */
    fromId: integer("from_id"),
    /** The chat it belongs to: a chat's later updates wait behind one of its updates that was deferred. */
    chatId: integer("chat_id"),
    payload: text("payload"),
    status: text("status", { enum: ["pending", "processing", "done", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    receivedAt: ms("received_at").notNull(),
    /** A deferred update (Telegram was down while handling it) runs again from this instant. */
    retryAt: ms("retry_at"),
    doneAt: ms("done_at"),
    lastError: text("last_error"),
  },
  (t) => [index("inbox_status").on(t.status, t.updateId), index("inbox_done").on(t.doneAt), index("inbox_chat").on(t.chatId, t.status)],
);

export const requests = sqliteTable(
  "requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    residentId: integer("resident_id")
      .notNull()
      .references(() => residents.id),
    category: text("category").notNull(),
    language: text("language").notNull(),
    visit: text("visit", { enum: ["desk", "home"] }).notNull(),
    address: text("address"),
    latitude: real("latitude"),
    longitude: real("longitude"),
    contact: text("contact", { enum: ["chat", "phone"] }).notNull(),
    status: text("status", { enum: ["open", "taken", "closed"] }).notNull(),
    assigneeId: integer("assignee_id"),
    assigneeName: text("assignee_name"),
    topicId: integer("topic_id"),
    cardMessageId: integer("card_message_id"),
    createdAt: ms("created_at").notNull(),
    firstAnswerAt: ms("first_answer_at"),
    closedAt: ms("closed_at"),
    erasedAt: ms("erased_at"),
    /** Free text is machine-translated both ways unless staff turned it off for this request. */
    translate: integer("translate", { mode: "boolean" }).notNull().default(true),
    /** When the "waiting too long" flag was posted in its topic (once). */
    staleFlaggedAt: ms("stale_flagged_at"),
    /** The satisfaction question after closing: asked once, answered 😊 yes / 😐 partly / 🙁 no, with an optional comment. */
    satisfactionAskedAt: ms("satisfaction_asked_at"),
    satisfaction: text("satisfaction", { enum: ["yes", "partly", "no"] }),
    satisfactionAt: ms("satisfaction_at"),
    /** The team whose operator group handles it (routed by category, moved by a transfer); set at start-up for older rows. */
    teamId: text("team_id"),
    /** The desk the resident belonged to when filing: its hours and address are the ones they are told. */
    deskId: text("desk_id"),
  },
  (t) => [
    index("requests_status_created").on(t.status, t.createdAt),
    index("requests_team_status").on(t.teamId, t.status, t.createdAt),
    index("requests_closed_at").on(t.closedAt).where(sql`status = 'closed'`),
    index("requests_resident").on(t.residentId, t.status),
    index("requests_assignee").on(t.assigneeId, t.status),
  ],
);

/** Everything said on a request, both ways, with the group message that carries it. */
export const requestMessages = sqliteTable(
  "request_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id),
    direction: text("direction", { enum: ["in", "out", "note", "system"] }).notNull(),
    kind: text("kind").notNull(),
    text: text("text"),
    fileId: text("file_id"),
    staffId: integer("staff_id"),
    staffName: text("staff_name"),
    groupMessageId: integer("group_message_id"),
    /** Machine translation of `text` (into Italian for what residents send, into their language for staff answers). */
    translation: text("translation"),
    /** The language `text` was translated from; null when not translated. */
    translatedFrom: text("translated_from"),
    /** Why a text was relayed untranslated (engine down, pair unsupported, too long), for the note staff see. */
    translationNote: text("translation_note"),
    /** A voice note's transcript, in the language it was spoken. */
    transcript: text("transcript"),
    /** The resident's own message in their chat, copied into the group as it is (media, locations). */
    sourceMessageId: integer("source_message_id"),
    /** A forwarded message's origin, so staff never read a third party's words as the resident's own. */
    forwardOrigin: text("forward_origin", { enum: ["user", "hidden_user", "chat", "channel"] }),
    forwardName: text("forward_name"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("request_messages_request").on(t.requestId), index("request_messages_group").on(t.groupMessageId)],
);

/**
 * Every message the bot posted that shows a person's data (relays, /request pages, rosters),
 * wherever it went, so that erasure can delete or redact each of them.
 */
export const groupPosts = sqliteTable(
  "group_posts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    residentId: integer("resident_id").notNull(),
    chatId: integer("chat_id").notNull(),
    messageId: integer("message_id").notNull(),
    threadId: integer("thread_id"),
    kind: text("kind", { enum: ["relay", "staff", "history", "roster"] }).notNull(),
    requestId: integer("request_id"),
    sessionId: integer("session_id"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("group_posts_one").on(t.residentId, t.chatId, t.messageId)],
);

export const audit = sqliteTable(
  "audit",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: ms("at").notNull(),
    actorId: integer("actor_id").notNull(),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    requestId: integer("request_id"),
    sessionId: integer("session_id"),
    detail: text("detail"),
  },
  (t) => [index("audit_request").on(t.requestId), index("audit_at").on(t.at)],
);

export const activities = sqliteTable("activities", {
  id: text("id").primaryKey(),
  group: text("group", { enum: ["italian", "tutoring", "other"] }).notNull(),
  sort: integer("sort").notNull(),
  defaultSeats: integer("default_seats").notNull(),
  defaultMinutes: integer("default_minutes").notNull(),
});

export const sessions = sqliteTable(
  "sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: text("activity_id")
      .notNull()
      .references(() => activities.id),
    startsAt: ms("starts_at").notNull(),
    durationMin: integer("duration_min").notNull(),
    /** null means the desk itself (its address comes from data/desk.json). */
    place: text("place"),
    seats: integer("seats").notNull(),
    status: text("status", { enum: ["scheduled", "cancelled"] }).notNull(),
    /** The desk where it is held (with `place` null, at the desk itself); null means the first desk. */
    deskId: text("desk_id"),
    createdBy: integer("created_by"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("sessions_status_start").on(t.status, t.startsAt), index("sessions_activity").on(t.activityId, t.startsAt)],
);

export const BOOKING_ACTIVE = ["booked", "waiting", "offered"] as const;

export const bookings = sqliteTable(
  "bookings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sessionId: integer("session_id")
      .notNull()
      .references(() => sessions.id),
    residentId: integer("resident_id")
      .notNull()
      .references(() => residents.id),
    childName: text("child_name"),
    childClass: text("child_class"),
    subject: text("subject"),
    /** Who holds the seat: '' for the resident, the child's lower-cased name for tutoring. */
    seatKey: text("seat_key").notNull().default(""),
    status: text("status", {
      enum: ["booked", "waiting", "offered", "cancelled", "expired", "declined"],
    }).notNull(),
    offerExpiresAt: ms("offer_expires_at"),
    attendance: text("attendance", { enum: ["present", "absent"] }),
    confirmedAt: ms("confirmed_at"),
    /** The message in the resident's chat that says "✅ Booked" (or "on the waiting list"): rewritten when cancelled. */
    confirmationMessageId: integer("confirmation_message_id"),
    createdAt: ms("created_at").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [
    index("bookings_session_status").on(t.sessionId, t.status, t.createdAt),
    index("bookings_resident_status").on(t.residentId, t.status),
    uniqueIndex("bookings_one_seat")
      .on(t.sessionId, t.residentId, t.seatKey)
      .where(sql`status in ('booked', 'waiting', 'offered')`),
    index("bookings_offer_expiry").on(t.status, t.offerExpiresAt),
  ],
);

export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    dueAt: ms("due_at").notNull(),
    /** After this moment the message is pointless (the session started): expire instead of sending. */
    expiresAt: ms("expires_at"),
    chatId: integer("chat_id").notNull(),
    kind: text("kind").notNull(),
    ref: text("ref"),
    payload: text("payload").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "failed", "expired", "cancelled"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    claimedAt: ms("claimed_at"),
    /** Set just before the API call: a row found 'sending' with it after a crash may have been delivered. */
    sendStartedAt: ms("send_started_at"),
    sentAt: ms("sent_at"),
    createdAt: ms("created_at").notNull(),
  },
  // By chat, for the group backlog (/healthz, /metrics, the digest) among thousands of pending reminders.
  (t) => [index("outbox_status_due").on(t.status, t.dueAt), index("outbox_ref").on(t.ref), index("outbox_chat_status").on(t.chatId, t.status)],
);

/**
 * A home visit: one appointment at a resident's home about a request, proposed by staff as one to three
 * windows, confirmed when the resident picks one. A new proposal after "none works", "I can't" or a move is
 * a new row of the same series, so its calendar file replaces the earlier one (same UID, higher SEQUENCE).
 */
export const visits = sqliteTable(
  "visits",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id),
    /** The first visit of the series: the calendar event's identity. */
    series: integer("series").notNull(),
    sequence: integer("sequence").notNull().default(0),
    /** The team whose worker goes (null: the desk's only team). */
    team: text("team"),
    workerId: integer("worker_id").notNull(),
    workerName: text("worker_name").notNull(),
    /** Who comes, as staff wrote it ("l'infermiere di quartiere", "Giulia"); `role` when it names one. */
    who: text("who").notNull(),
    role: text("role", { enum: ["nurse", "carer", "operator"] }),
    address: text("address"),
    latitude: real("latitude"),
    longitude: real("longitude"),
    /** Staff's note for the worker (floor, stair, intercom); erased with the address. */
    notes: text("notes"),
    status: text("status", {
      enum: ["proposed", "none-works", "confirmed", "declined", "done", "not-home", "rescheduled", "withdrawn", "cancelled"],
    }).notNull(),
    startsAt: ms("starts_at"),
    endsAt: ms("ends_at"),
    proposedAt: ms("proposed_at").notNull(),
    confirmedAt: ms("confirmed_at"),
    /** When the worker (or the resident, or erasure) ended it: done, not at home, moved, declined. */
    outcomeAt: ms("outcome_at"),
    /** After "not at home": whether the resident wants another appointment. */
    again: text("again", { enum: ["yes", "no"] }),
    /** When each side took the calendar file: a later time in the series is sent to the resident unasked. */
    residentCalendarAt: ms("resident_calendar_at"),
    createdBy: integer("created_by").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [
    index("visits_request").on(t.requestId, t.id),
    index("visits_worker_start").on(t.workerId, t.status, t.startsAt),
    index("visits_start").on(t.startsAt),
  ],
);

/** The windows offered in a visit's proposal, numbered 1–3 as the resident's buttons are. */
export const visitWindows = sqliteTable(
  "visit_windows",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    visitId: integer("visit_id")
      .notNull()
      .references(() => visits.id),
    position: integer("position").notNull(),
    startsAt: ms("starts_at").notNull(),
    endsAt: ms("ends_at").notNull(),
  },
  (t) => [uniqueIndex("visit_windows_position").on(t.visitId, t.position)],
);

/**
 * Whether a resident wants the desk's announcements, per topic; no row (or every topic off) means no. Asked once at
 * first contact (`askedAt`), changed from the menu, and all turned off by one tap under any announcement.
 */
export const newsPreferences = sqliteTable("news_preferences", {
  residentId: integer("resident_id").primaryKey(),
  activities: integer("activities", { mode: "boolean" }).notNull().default(false),
  works: integer("works", { mode: "boolean" }).notNull().default(false),
  health: integer("health", { mode: "boolean" }).notNull().default(false),
  askedAt: ms("asked_at"),
  updatedAt: ms("updated_at").notNull(),
});

/**
 * An announcement (or an event, which residents answer "I'll come" / "I can't") written by staff in Italian for an
 * audience of residents who opted in to its topic; sent through the outbox at broadcast pace.
 */
export const announcements = sqliteTable(
  "announcements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ["news", "event"] }).notNull(),
    topic: text("topic", { enum: ["activities", "works", "health"] }).notNull(),
    /** Who receives it, as JSON: everyone opted in, a desk, a building, an activity's participants, some languages. */
    audience: text("audience").notNull(),
    /** The group it was written in: the report of its delivery goes there, and only its staff see the replies. */
    originChatId: integer("origin_chat_id").notNull(),
    createdBy: integer("created_by").notNull(),
    createdByName: text("created_by_name").notNull(),
    status: text("status", { enum: ["draft", "sending", "done", "cancelled"] }).notNull(),
    textIt: text("text_it").notNull(),
    eventAt: ms("event_at"),
    /** Residents left out because their language had no translation (they are never sent Italian instead). */
    skipped: integer("skipped").notNull().default(0),
    createdAt: ms("created_at").notNull(),
    sentAt: ms("sent_at"),
    reportedAt: ms("reported_at"),
  },
  (t) => [index("announcements_status").on(t.status), index("announcements_sent").on(t.sentAt)],
);

/** An announcement's text in one language: machine-translated, or written by a mediator (which then wins). */
export const announcementTexts = sqliteTable(
  "announcement_texts",
  {
    announcementId: integer("announcement_id").notNull(),
    language: text("language").notNull(),
    text: text("text").notNull(),
    source: text("source", { enum: ["engine", "mediator"] }).notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [uniqueIndex("announcement_texts_one").on(t.announcementId, t.language)],
);

/**
 * Who an announcement was queued for (the outbox row carries it), and their answer to an event. Erasure moves a
 * row to the person's anonymous marker: the counts stay, the person goes.
 */
export const announcementRecipients = sqliteTable(
  "announcement_recipients",
  {
    announcementId: integer("announcement_id").notNull(),
    residentId: integer("resident_id").notNull(),
    language: text("language").notNull(),
    /** Null when Telegram had already told us the person cannot be reached: counted as blocked, not queued. */
    outboxId: integer("outbox_id"),
    reply: text("reply", { enum: ["yes", "no"] }),
    repliedAt: ms("replied_at"),
  },
  (t) => [
    uniqueIndex("announcement_recipients_one").on(t.announcementId, t.residentId),
    index("announcement_recipients_resident").on(t.residentId),
  ],
);

/**
 * A problem in a building's common areas (a broken lift, a light out on the stairs…): one report per building and
 * kind while it is open, followed by every resident who saw it. `building` is as first written or chosen;
 * `buildingKey` is what makes "the same building" (see domain/neighbourhood/buildings.ts).
 */
export const buildingReports = sqliteTable(
  "building_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    deskId: text("desk_id").notNull(),
    building: text("building").notNull(),
    buildingKey: text("building_key").notNull(),
    kind: text("kind", { enum: ["lift", "light", "leak", "rubbish", "door", "unsafe"] }).notNull(),
    status: text("status", { enum: ["open", "passed", "fixed", "closed"] }).notNull(),
    /** Who staff passed it to, and when: ATC (the landlord), the Comune, the police for safety. */
    passedTo: text("passed_to", { enum: ["atc", "comune", "police"] }),
    passedAt: ms("passed_at"),
    /** The resident who reported it first (an anonymous marker after erasure). */
    reportedBy: integer("reported_by").notNull(),
    /** The team whose group works it. */
    teamId: text("team_id").notNull(),
    createdAt: ms("created_at").notNull(),
    resolvedAt: ms("resolved_at"),
  },
  (t) => [
    uniqueIndex("building_reports_one_open").on(t.buildingKey, t.kind).where(sql`status in ('open', 'passed')`),
    index("building_reports_created").on(t.createdAt),
  ],
);

/** Who follows a report: told of every step, in their language. */
export const buildingReportFollowers = sqliteTable(
  "building_report_followers",
  {
    reportId: integer("report_id").notNull(),
    residentId: integer("resident_id").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("building_report_followers_one").on(t.reportId, t.residentId), index("building_report_followers_resident").on(t.residentId)],
);

/** What residents add to a report (a photo, a voice note, a few words) and what staff record on it. */
export const buildingReportNotes = sqliteTable(
  "building_report_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id").notNull(),
    /** The resident who added it; null for staff's steps and after erasure. */
    residentId: integer("resident_id"),
    kind: text("kind", { enum: ["text", "photo", "voice", "step"] }).notNull(),
    text: text("text"),
    fileId: text("file_id"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("building_report_notes_report").on(t.reportId)],
);

/**
 * A staff answer held back because it would reach the resident in a language they did not choose (no engine, the
 * engine failed, translation off, a "=" text): staff are warned in the topic first and send it anyway, pick a quick
 * reply instead, or drop it. The text goes (null) once it is decided: it is kept only while staff decide.
 */
export const heldAnswers = sqliteTable(
  "held_answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id),
    /** The group the staff message was written in and its id there (media are copied from it when sent). */
    chatId: integer("chat_id").notNull(),
    staffMessageId: integer("staff_message_id").notNull(),
    authorId: integer("author_id").notNull(),
    authorName: text("author_name").notNull(),
    kind: text("kind").notNull(),
    text: text("text"),
    /** Why it would not be in the resident's language: no-engine, off, verbatim, or the engine's failure. */
    reason: text("reason").notNull(),
    /** The resident's language when it was held. */
    language: text("language").notNull(),
    status: text("status", { enum: ["held", "sent", "replaced", "dropped"] }).notNull(),
    decidedBy: text("decided_by"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("held_answers_message").on(t.chatId, t.staffMessageId), index("held_answers_request").on(t.requestId)],
);

/**
 * A letter a resident asked the desk to read: its pages (Telegram file ids, never the images), then what the OCR
 * read and the facts found, each with staff's check. The text and facts are a resident's content: erased with the
 * request's (retention) and with the person (/forget).
 */
export const letters = sqliteTable(
  "letters",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    residentId: integer("resident_id").notNull(),
    /** The request it opened or joined, once read. */
    requestId: integer("request_id"),
    language: text("language").notNull(),
    status: text("status", { enum: ["reading", "read", "unreadable"] }).notNull(),
    /** JSON: [{ fileId, messageId }] in the order sent. */
    pages: text("pages"),
    /** What the OCR read, pages joined. */
    text: text("text"),
    /** JSON: the facts (see domain/letters/facts.ts) with staff's checks. */
    facts: text("facts"),
    /** The OCR's mean confidence over the pages, 0–1. */
    confidence: real("confidence"),
    attempts: integer("attempts").notNull().default(0),
    /** The staff post with the facts and their buttons, in the request's group. */
    groupMessageId: integer("group_message_id"),
    createdAt: ms("created_at").notNull(),
    readAt: ms("read_at"),
    /** When staff had checked every fact (the resident is told then). */
    checkedAt: ms("checked_at"),
    /**
     * The machine translation of the text into the resident's language: "pending" until the engine was asked (kept,
     * so a restart asks again), then "translated" (the text below), "failed" (the resident was told) or "off".
     */
    translationState: text("translation_state", { enum: ["pending", "translated", "failed", "off"] }),
    translation: text("translation"),
  },
  (t) => [index("letters_status").on(t.status, t.createdAt), index("letters_resident").on(t.residentId), index("letters_request").on(t.requestId)],
);

/**
 * A resident on WhatsApp, presented to the bot as a Telegram private chat: each contact (wa_id) gets a desk chat id
 * from 2^52 up (Telegram user ids fit in 52 bits, so the two never collide). The last message they sent opens
 * WhatsApp's 24-hour window for free-form messages.
 */
export const whatsappContacts = sqliteTable(
  "whatsapp_contacts",
  {
    chatId: integer("chat_id").primaryKey(),
    waId: text("wa_id").notNull(),
    phoneNumberId: text("phone_number_id").notNull(),
    profileName: text("profile_name"),
    lastInboundAt: ms("last_inbound_at"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("whatsapp_contacts_wa_id").on(t.waId, t.phoneNumberId)],
);

/**
 * Every WhatsApp message in and out, by its wamid: a retry of the same webhook is handled once; a desk message id
 * (what the bot knows) maps to the wamid of its latest version, since the Cloud API cannot edit a message and an
 * "edit" is a new message that retires the old one's choices. `payload` holds what a press must be checked against
 * (the text and keyboard offered) or, for what the resident sent, the update until it is handled.
 */
export const whatsappMessages = sqliteTable(
  "whatsapp_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    chatId: integer("chat_id").notNull(),
    messageId: integer("message_id").notNull(),
    wamid: text("wamid").notNull(),
    direction: text("direction", { enum: ["in", "out"] }).notNull(),
    kind: text("kind").notNull(),
    /** False once a newer version of the same desk message was sent: its buttons no longer count. */
    current: integer("current", { mode: "boolean" }).notNull().default(true),
    payload: text("payload"),
    status: text("status"),
    statusAt: ms("status_at"),
    error: text("error"),
    /** The staff message (group and id) this one relays: its delivery marks are shown on it in the topic. */
    staffChatId: integer("staff_chat_id"),
    staffMessageId: integer("staff_message_id"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("whatsapp_messages_wamid").on(t.wamid), index("whatsapp_messages_chat").on(t.chatId, t.messageId)],
);

/**
 * A code shown in one chat and typed in the other: the only way two chats become one person. One row per chat: the
 * code it showed (single use, until it expires), the chat it is linked to (both rows name each other), when it last
 * wrote (the desk answers where the person last wrote), and the wrong codes typed from it (against guessing).
 */
export const channelLinks = sqliteTable(
  "channel_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    chatId: integer("chat_id").notNull(),
    code: text("code"),
    codeExpiresAt: ms("code_expires_at"),
    linkedChatId: integer("linked_chat_id"),
    linkedAt: ms("linked_at"),
    /** When this chat last wrote, while linked: the desk answers on the chat the person last wrote from. */
    lastInboundAt: ms("last_inbound_at"),
    /** Wrong codes typed from this chat since `failedSince` (an hour's count; beyond it no code is accepted). */
    failedAttempts: integer("failed_attempts").notNull().default(0),
    failedSince: ms("failed_since"),
    /** Set by an erasure: the link still routes the erasure's own answer, then goes. */
    forgottenAt: ms("forgotten_at"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("channel_links_chat").on(t.chatId), index("channel_links_code").on(t.code)],
);

/**
 * The buttons the desk offered on each message it sent or edited (one row per button): Telegram stops sending a
 * message's keyboard with presses after some hours (an InaccessibleMessage), so a press on an older message is
 * checked against what is kept here. Forgotten when the keyboard goes or the message is deleted; erased with the
 * person whose chat it is.
 */
export const offeredButtons = sqliteTable(
  "offered_buttons",
  {
    chatId: integer("chat_id").notNull(),
    messageId: integer("message_id").notNull(),
    data: text("data").notNull(),
    offeredAt: ms("offered_at").notNull(),
  },
  (t) => [uniqueIndex("offered_buttons_press").on(t.chatId, t.messageId, t.data), index("offered_buttons_age").on(t.offeredAt)],
);

/** Who chose to hear the desk: a voice note with each message that matters (🔊 in the menu, or at first contact). */
export const voicePreferences = sqliteTable("voice_preferences", {
  residentId: integer("resident_id").primaryKey(),
  listens: integer("listens", { mode: "boolean" }).notNull(),
  changedAt: ms("changed_at").notNull(),
});

/** A mediator's recording of one of the desk's fixed texts in one language, sent instead of a synthetic voice. */
export const voiceRecordings = sqliteTable(
  "voice_recordings",
  {
    key: text("key").notNull(),
    locale: text("locale").notNull(),
    /** The OGG/Opus note as recorded, so any channel (Telegram, WhatsApp) can send it. */
    audio: blob("audio", { mode: "buffer" }).notNull(),
    seconds: real("seconds").notNull(),
    recordedBy: integer("recorded_by").notNull(),
    recordedAt: ms("recorded_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.locale] })],
);

/**
 * The message ids seen in each operator group (the bot's posts and everyone's messages), the recent ones: after a
 * restart, a post whose answer was lost is still told from everything else there (see delivery/group-ledger.ts).
 */
export const groupLedgerIds = sqliteTable(
  "group_ledger_ids",
  {
    chatId: integer("chat_id").notNull(),
    messageId: integer("message_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.messageId] })],
);

/**
 * Posts into operator groups that are in flight, or whose answer was lost: where they can be (above `before`, below
 * `until`) and a digest of what they say — never the words, so erasure need not look here.
 */
export const groupLedgerLost = sqliteTable("group_ledger_lost", {
  key: integer("key").primaryKey({ autoIncrement: true }),
  chatId: integer("chat_id").notNull(),
  before: integer("before").notNull(),
  digest: text("digest").notNull(),
  until: integer("until"),
});

/**
 * What an unfinished update already sent (delivery/reply-journal.ts), so its rerun after a crash does not send it
 * again: a digest of each call and Telegram's answer without its words. Rows go when the update is done.
 */
export const replyJournal = sqliteTable(
  "reply_journal",
  {
    updateId: integer("update_id").notNull(),
    idx: integer("idx").notNull(),
    key: text("key").notNull(),
    result: text("result").notNull(),
    at: ms("at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.idx] }), index("reply_journal_at").on(t.at)],
);

/**
 * ESF+ participant sheets (see domain/participants): the indicators a person declared for the funder's statistics,
 * kept apart from requests and never shown to staff by name. One per person (subject_key '') and per child a
 * parent booked (the child's seat key); staff fill one at the desk for someone not in the chat (resident_id null).
 */
export const participantSheets = sqliteTable(
  "participant_sheets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    residentId: integer("resident_id"),
    subjectKey: text("subject_key").notNull().default(""),
    answeredBy: text("answered_by", { enum: ["self", "parent", "staff"] }).notNull(),
    /** pending: offered, not answered yet; declined: the person said no to the whole sheet. */
    consent: text("consent", { enum: ["pending", "given", "declined"] }).notNull(),
    consentAt: ms("consent_at"),
    /** Explicit consent to the special categories (GDPR art. 9), asked only when the desk collects them. */
    sensitiveConsent: text("sensitive_consent", { enum: ["given", "declined"] }),
    sensitiveConsentAt: ms("sensitive_consent_at"),
    /** Question → answer (a value or "declined"); a question not asked is absent. */
    answers: text("answers", { mode: "json" }).$type<Record<string, string>>().notNull(),
    /** The desk the person takes part at (rural areas follow from it). */
    deskId: text("desk_id"),
    /** A sheet filled at the desk: the activity and the day the person entered (in the chat, attendance says it). */
    activityId: text("activity_id"),
    enteredAt: ms("entered_at"),
    completedAt: ms("completed_at"),
    createdAt: ms("created_at").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("participant_sheets_subject").on(t.residentId, t.subjectKey).where(sql`resident_id IS NOT NULL`),
    index("participant_sheets_created").on(t.createdAt),
  ],
);
