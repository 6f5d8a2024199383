// Announcements and events for the neighbourhood: who said yes to which news, who an announcement reaches, its text
// in each language (an engine's or a mediator's; never Italian in place of a missing one), and its sending through the
// outbox at broadcast pace. No grammY here.
import type { Clock } from "#src/clock.js";
import type { Announcement, NewsTopic, Subscriber } from "#src/domain/ports/records.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { Notifications } from "#src/domain/notifications.js";
import { reminderTimes } from "#src/domain/reminders.js";
import { sameBuilding } from "./buildings.js";
import type { NewsPreferences, AnnouncementRecipient } from "#src/domain/ports/records.js";

export type { Announcement, NewsTopic };

export const NEWS_TOPICS = ["activities", "works", "health"] as const satisfies readonly NewsTopic[];

/** Who receives an announcement (always among those who opted in to its topic). */
export type Audience =
  | { type: "all" }
  | { type: "desk"; deskId: string }
  | { type: "building"; building: string }
  | { type: "activity"; activityId: string }
  | { type: "languages"; languages: string[] };

/** What the outbox carries to one resident: the text in their language, rendered when it goes out. */
export interface NewsPayload {
  type: "news";
  announcementId: number;
  /** The language of `text` (the resident's when it was queued): the frame around it is in the same one. */
  language: string;
  text: string;
  /** An event's start, ISO: shown, and answered with "I'll come" / "I can't". */
  eventAt?: string;
  /** A reminder to someone who said they will come. */
  reminder?: boolean;
}

/** Longest Italian text: with the frame and a longer translation it stays within Telegram's 4,096 characters. */
export const MAX_ANNOUNCEMENT_CHARS = 1500;

export const announcementRef = (id: number) => `announcement:${id}`;
const eventRef = (id: number, residentId: number) => `event:${id}:${residentId}`;

export interface AnnouncementsOptions {
  timezone: string;
  /** Announcement rows queued per second: the outbox's rate less a margin for replies, reminders and group posts. */
  perSecond: number;
  /** The first desk: residents who never chose one belong to it. */
  mainDeskId: string;
}

export interface Preview {
  announcement: Announcement;
  total: number;
  /** Per language of the audience: how many residents, and the text they would read (undefined: none, they are skipped). */
  languages: Array<{ language: string; count: number; text?: string; source?: "original" | "engine" | "mediator" }>;
  skipped: number;
}

export type AnswerOutcome = "yes" | "no" | "unknown" | "over";

/** What staff write in /annuncio before it is sent. */
export interface AnnouncementDraft {
  kind: Announcement["kind"];
  topic: NewsTopic;
  audience: Audience;
  textIt: string;
  eventAt?: Date;
  originChatId: number;
  actor: { id: number; name: string };
}

/** What became of an announcement: its reach and, for an event, who answered what. */
export interface AnnouncementSummary {
  skipped: number;
  yes: number;
  no: number;
  names: string[];
  pending: number;
  delivered: number;
  blocked: number;
  failed: number;
  announcement: Announcement;
}

export interface AnnouncementsService {
  preferences(residentId: number): Record<NewsTopic, boolean>;
  /** Asked once, at first contact, whether they want news at all. */
  shouldAsk(residentId: number): boolean;
  /** Yes to every topic, or no to all of them (also the one tap under an announcement). */
  setAll(residentId: number, on: boolean): void;
  toggle(residentId: number, topic: NewsTopic): boolean;
  draft(input: AnnouncementDraft): Announcement;
  get(id: number): Announcement | undefined;
  audienceOf(id: number): Audience;
  /** The languages an engine should fill: the audience's, but not Italian nor one a mediator wrote. */
  missingForEngine(id: number): string[];
  /** An engine's translation (kept until a mediator writes one) or a mediator's text (audited). */
  putText(id: number, language: string, text: string, source: "engine" | "mediator", actor?: {
    id: number;
    name: string;
  }): boolean;
  preview(id: number): Preview;
  /**
   * Queues the announcement to its audience in one transaction, spread over time at broadcast pace; residents
   * whose language has no text are skipped (counted), those known to have blocked the bot are counted as blocked.
   * A second press finds it sent already: undefined.
   */
  send(id: number, actor: {
    id: number;
    name: string;
  }): {
    queued: number;
    blocked: number;
    skipped: number;
  } | undefined;
  cancel(id: number): boolean;
  /** "I'll come" queues the reminders of a lesson (the day before, two hours before); "I can't" withdraws them. */
  answer(id: number, residentId: number, reply: "yes" | "no"): AnswerOutcome;
  /** One tap under any announcement: no more news of any topic. */
  optOut(residentId: number): void;
  /** Delivered, blocked, failed, skipped, and an event's replies with the names of those coming. */
  summary(id: number): AnnouncementSummary;
  /** Announcements whose every message is out: their report goes to the group that wrote them, once. */
  finished(): number[];
  markReported(id: number): void;
  recent(limit?: number): Announcement[];
  /** For /stats and /export: what was sent in a period, its reach, and the events' answers. */
  figures(period: {
    from: Date;
    to: Date;
  }, originChats?: number[]): Array<AnnouncementSummary & { recipients: number }>;
  /** For /mydata: their choice of news, the events they answered. */
  ofResident(residentId: number): {
    preferences: NewsPreferences | undefined;
    received: {
      recipient: AnnouncementRecipient;
      announcement: Announcement;
    }[];
  };
}

export function announcementsService(repos: Stores, clock: Clock, notifications: Notifications, options: AnnouncementsOptions): AnnouncementsService {
  const store = repos.announcements;

  function audienceOf(a: Announcement): Subscriber[] {
    const audience = JSON.parse(a.audience) as Audience;
    const all = store.subscribers(a.topic);
    switch (audience.type) {
      case "all":
        return all;
      case "desk":
        return all.filter((s) => (s.deskId ?? options.mainDeskId) === audience.deskId);
      case "languages":
        return all.filter((s) => audience.languages.includes(s.language));
      case "activity": {
        const people = store.participants(audience.activityId);
        return all.filter((s) => people.has(s.id));
      }
      case "building": {
        const people = new Set(store.addresses().filter((x) => sameBuilding(x.address, audience.building)).map((x) => x.residentId));
        return all.filter((s) => people.has(s.id));
      }
    }
  }

  /** The text each language would read: Italian as written, else a mediator's, else the engine's; none otherwise. */
  function textsOf(a: Announcement): Map<string, { text: string; source: "original" | "engine" | "mediator" }> {
    const out = new Map<string, { text: string; source: "original" | "engine" | "mediator" }>([["it", { text: a.textIt, source: "original" }]]);
    for (const t of store.texts(a.id)) if (t.language !== "it") out.set(t.language, { text: t.text, source: t.source });
    return out;
  }

  return {
    // ------------------------------------------------------------ the resident's choice

    preferences(residentId: number): Record<NewsTopic, boolean> {
      const p = store.preferences(residentId);
      return { activities: p?.activities ?? false, works: p?.works ?? false, health: p?.health ?? false };
    },
    /** Asked once, at first contact, whether they want news at all. */
    shouldAsk(residentId: number): boolean {
      return !store.preferences(residentId)?.askedAt;
    },
    /** Yes to every topic, or no to all of them (also the one tap under an announcement). */
    setAll(residentId: number, on: boolean): void {
      store.setPreferences(residentId, { activities: on, works: on, health: on }, clock.now(), true);
    },
    toggle(residentId: number, topic: NewsTopic): boolean {
      const on = !this.preferences(residentId)[topic];
      store.setPreferences(residentId, { [topic]: on }, clock.now(), true);
      return on;
    },

    // ------------------------------------------------------------ staff write and send

    draft(input: AnnouncementDraft): Announcement {
      return store.create({
        kind: input.kind,
        topic: input.topic,
        audience: JSON.stringify(input.audience),
        originChatId: input.originChatId,
        createdBy: input.actor.id,
        createdByName: input.actor.name,
        status: "draft",
        textIt: input.textIt,
        eventAt: input.eventAt ?? null,
        createdAt: clock.now(),
      });
    },
    get: (id: number) => store.get(id),
    audienceOf: (id: number) => JSON.parse(store.get(id)!.audience) as Audience,

    /** The languages an engine should fill: the audience's, but not Italian nor one a mediator wrote. */
    missingForEngine(id: number): string[] {
      const a = store.get(id)!;
      const texts = textsOf(a);
      return [...new Set(audienceOf(a).map((s) => s.language))].filter((l) => l !== "it" && texts.get(l)?.source !== "mediator");
    },
    /** An engine's translation (kept until a mediator writes one) or a mediator's text (audited). */
    putText(id: number, language: string, text: string, source: "engine" | "mediator", actor?: { id: number; name: string }): boolean {
      const a = store.get(id);
      if (a?.status !== "draft" || language === "it") return false;
      if (source === "engine" && textsOf(a).get(language)?.source === "mediator") return false;
      store.putText(id, language, text, source, clock.now());
      if (actor) repos.audit.record(clock.now(), actor, "announcement-text", { detail: `#${id} ${language}` });
      return true;
    },

    preview(id: number): Preview {
      const a = store.get(id)!;
      const texts = textsOf(a);
      const counts = new Map<string, number>();
      const people = audienceOf(a);
      for (const s of people) counts.set(s.language, (counts.get(s.language) ?? 0) + 1);
      const languages = [...counts.entries()]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .map(([language, count]) => ({ language, count, ...texts.get(language) }));
      const skipped = languages.filter((l) => l.text === undefined).reduce((n, l) => n + l.count, 0);
      return { announcement: a, total: people.length, languages, skipped };
    },

    /**
     * Queues the announcement to its audience in one transaction, spread over time at broadcast pace; residents
     * whose language has no text are skipped (counted), those known to have blocked the bot are counted as blocked.
     * A second press finds it sent already: undefined.
     */
    send(id: number, actor: { id: number; name: string }): { queued: number; blocked: number; skipped: number } | undefined {
      return repos.transaction(() => {
        const now = clock.now();
        if (!store.startSending(id, now)) return undefined;
        const a = store.get(id)!;
        const texts = textsOf(a);
        let queued = 0;
        let blocked = 0;
        let skipped = 0;
        for (const s of audienceOf(a)) {
          const text = texts.get(s.language)?.text;
          if (text === undefined) {
            skipped++;
            continue;
          }
          if (s.blocked) {
            store.addRecipient({ announcementId: id, residentId: s.id, language: s.language, outboxId: null });
            blocked++;
            continue;
          }
          const payload: NewsPayload = {
            type: "news",
            announcementId: id,
            language: s.language,
            text,
            ...(a.eventAt ? { eventAt: a.eventAt.toISOString() } : {}),
          };
          const outboxId = repos.outbox.insert({
            chatId: s.id,
            kind: a.kind === "event" ? "event" : "announcement",
            ref: announcementRef(id),
            payload: JSON.stringify(payload),
            // Spread out: the outbox never has more of them due at once than it sends in a second.
            dueAt: new Date(now.getTime() + Math.floor(queued / options.perSecond) * 1000),
            expiresAt: a.eventAt ?? null,
            status: "pending",
            createdAt: now,
          });
          store.addRecipient({ announcementId: id, residentId: s.id, language: s.language, outboxId });
          queued++;
        }
        store.update(id, { skipped });
        repos.audit.record(now, actor, a.kind === "event" ? "event-send" : "announcement-send", { detail: `#${id} ${queued}/${skipped}` });
        return { queued, blocked, skipped };
      });
    },
    cancel(id: number): boolean {
      const a = store.get(id);
      if (a?.status !== "draft") return false;
      store.update(id, { status: "cancelled" });
      return true;
    },

    // ------------------------------------------------------------ residents answer

    /** "I'll come" queues the reminders of a lesson (the day before, two hours before); "I can't" withdraws them. */
    answer(id: number, residentId: number, reply: "yes" | "no"): AnswerOutcome {
      const a = store.get(id);
      const recipient = store.recipient(id, residentId);
      if (a?.kind !== "event" || !recipient) return "unknown";
      const now = clock.now();
      const eventAt = a.eventAt;
      if (!eventAt || eventAt <= now) return "over";
      // Reminded in the language the event was sent in: that text exists (another may not).
      const text = textsOf(a).get(recipient.language)?.text;
      repos.transaction(() => {
        store.reply(id, residentId, reply, now);
        notifications.cancel([eventRef(id, residentId)]);
        if (reply === "no" || text === undefined) return;
        const payload: NewsPayload = { type: "news", announcementId: id, language: recipient.language, text, eventAt: eventAt.toISOString(), reminder: true };
        for (const r of reminderTimes(eventAt, now, options.timezone)) {
          notifications.toResident(residentId, `event-${r.kind}`, eventRef(id, residentId), payload, { dueAt: r.dueAt, expiresAt: eventAt });
        }
      });
      return reply;
    },
    /** One tap under any announcement: no more news of any topic. */
    optOut(residentId: number): void {
      this.setAll(residentId, false);
    },

    // ------------------------------------------------------------ what staff are told

    /** Delivered, blocked, failed, skipped, and an event's replies with the names of those coming. */
    summary(id: number) {
      const a = store.get(id)!;
      const recipients = store.recipients(id);
      const knownBlocked = recipients.filter((r) => r.outboxId === null).length;
      const delivery = store.delivery(announcementRef(id), knownBlocked);
      const yes = recipients.filter((r) => r.reply === "yes");
      const names = yes.map((r) => (r.residentId > 0 ? (repos.residents.get(r.residentId)?.firstName ?? "—") : "—"));
      return { announcement: a, ...delivery, skipped: a.skipped, yes: yes.length, no: recipients.filter((r) => r.reply === "no").length, names };
    },
    /** Announcements whose every message is out: their report goes to the group that wrote them, once. */
    finished(): number[] {
      return store
        .sending()
        .filter((a) => store.delivery(announcementRef(a.id), 0).pending === 0)
        .map((a) => a.id);
    },
    markReported(id: number): void {
      store.update(id, { status: "done", reportedAt: clock.now() });
    },
    recent: (limit = 10) => store.recent(limit),

    /** For /stats and /export: what was sent in a period, its reach, and the events' answers. */
    figures(period: { from: Date; to: Date }, originChats?: number[]) {
      return store
        .sentBetween(period.from, period.to)
        .filter((a) => !originChats || originChats.includes(a.originChatId))
        .map((a) => ({ ...this.summary(a.id), recipients: store.recipients(a.id).length }));
    },

    /** For /mydata: their choice of news, the events they answered. */
    ofResident(residentId: number) {
      return { preferences: store.preferences(residentId), received: store.ofResident(residentId) };
    },
  };
}
