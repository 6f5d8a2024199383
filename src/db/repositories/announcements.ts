import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { announcementRecipients, announcements, announcementTexts, newsPreferences } from "#src/db/schema.js";

export type NewsPreferences = typeof newsPreferences.$inferSelect;
export type Announcement = typeof announcements.$inferSelect;
export type NewAnnouncement = typeof announcements.$inferInsert;
export type AnnouncementText = typeof announcementTexts.$inferSelect;
export type AnnouncementRecipient = typeof announcementRecipients.$inferSelect;
export type NewsTopic = Announcement["topic"];

/** A resident who may receive an announcement of a topic: opted in, consented, not erased. */
export interface Subscriber {
  id: number;
  language: string;
  deskId: string | null;
  blocked: boolean;
}

/** How an announcement's outbox rows ended, for the report to the sender. */
export interface DeliveryCounts {
  pending: number;
  delivered: number;
  blocked: number;
  failed: number;
}

/** Queries behind announcements, events and the residents' choice of news. */
export function announcementsRepository(db: Db) {
  const client = db.$client;
  const subscribers = (topic: NewsTopic) =>
    client.prepare<[], { id: number; language: string; desk_id: string | null; blocked: number }>(
      `SELECT r.id, r.language, r.desk_id, r.blocked_at IS NOT NULL AS blocked
       FROM news_preferences p JOIN residents r ON r.id = p.resident_id
       WHERE p.${topic} = 1 AND r.consent_at IS NOT NULL AND r.forgotten_at IS NULL AND r.language IS NOT NULL
       ORDER BY r.id`,
    );
  const byTopic = { activities: subscribers("activities"), works: subscribers("works"), health: subscribers("health") };
  // The addresses a person gave on their requests (home visits): what "the residents of a building" is read from.
  const addresses = client.prepare<[], { resident_id: number; address: string }>(
    "SELECT DISTINCT resident_id, address FROM requests WHERE address IS NOT NULL AND erased_at IS NULL",
  );
  const participants = client.prepare<[string], number>(
    `SELECT DISTINCT b.resident_id FROM bookings b JOIN sessions s ON s.id = b.session_id
     WHERE s.activity_id = ? AND (b.status = 'booked' OR b.attendance = 'present')`,
  ).pluck();
  // An announcement to thousands queues one row per person in one transaction: a prepared insert keeps it short.
  const addRecipient = client.prepare<[number, number, string, number | null]>(
    "INSERT OR IGNORE INTO announcement_recipients (announcement_id, resident_id, language, outbox_id) VALUES (?, ?, ?, ?)",
  );
  const delivery = client.prepare<[string], { status: string; last_error: string | null; n: number }>(
    "SELECT status, last_error, count(*) AS n FROM outbox WHERE ref = ? GROUP BY status, last_error",
  );

  return {
    preferences(residentId: number): NewsPreferences | undefined {
      return db.select().from(newsPreferences).where(eq(newsPreferences.residentId, residentId)).get();
    },
    setPreferences(residentId: number, topics: Partial<Pick<NewsPreferences, NewsTopic>>, at: Date, asked = false): void {
      db.insert(newsPreferences)
        .values({ residentId, ...topics, updatedAt: at, ...(asked ? { askedAt: at } : {}) })
        .onConflictDoUpdate({ target: newsPreferences.residentId, set: { ...topics, updatedAt: at, ...(asked ? { askedAt: at } : {}) } })
        .run();
    },
    subscribers(topic: NewsTopic): Subscriber[] {
      return byTopic[topic].all().map((r) => ({ id: r.id, language: r.language, deskId: r.desk_id, blocked: r.blocked === 1 }));
    },
    addresses(): Array<{ residentId: number; address: string }> {
      return addresses.all().map((r) => ({ residentId: r.resident_id, address: r.address }));
    },
    participants(activityId: string): Set<number> {
      return new Set(participants.all(activityId));
    },

    create(values: NewAnnouncement): Announcement {
      return db.insert(announcements).values(values).returning().get();
    },
    get(id: number): Announcement | undefined {
      return db.select().from(announcements).where(eq(announcements.id, id)).get();
    },
    update(id: number, values: Partial<NewAnnouncement>): void {
      db.update(announcements).set(values).where(eq(announcements.id, id)).run();
    },
    /** Moves a draft to sending once: false when it was sent or cancelled meanwhile (a double press). */
    startSending(id: number, at: Date): boolean {
      return (
        db
          .update(announcements)
          .set({ status: "sending", sentAt: at })
          .where(and(eq(announcements.id, id), eq(announcements.status, "draft")))
          .run().changes === 1
      );
    },
    recent(limit: number): Announcement[] {
      return db.select().from(announcements).where(sql`${announcements.status} != 'draft'`).orderBy(desc(announcements.id)).limit(limit).all();
    },
    sending(): Announcement[] {
      return db.select().from(announcements).where(eq(announcements.status, "sending")).all();
    },
    sentBetween(from: Date, to: Date): Announcement[] {
      return db
        .select()
        .from(announcements)
        .where(and(gte(announcements.sentAt, from), lt(announcements.sentAt, to)))
        .orderBy(announcements.id)
        .all();
    },

    texts(id: number): AnnouncementText[] {
      return db.select().from(announcementTexts).where(eq(announcementTexts.announcementId, id)).all();
    },
    putText(id: number, language: string, text: string, source: AnnouncementText["source"], at: Date): void {
      db.insert(announcementTexts)
        .values({ announcementId: id, language, text, source, updatedAt: at })
        .onConflictDoUpdate({ target: [announcementTexts.announcementId, announcementTexts.language], set: { text, source, updatedAt: at } })
        .run();
    },

    addRecipient(values: { announcementId: number; residentId: number; language: string; outboxId: number | null }): void {
      addRecipient.run(values.announcementId, values.residentId, values.language, values.outboxId);
    },
    recipient(id: number, residentId: number): AnnouncementRecipient | undefined {
      return db
        .select()
        .from(announcementRecipients)
        .where(and(eq(announcementRecipients.announcementId, id), eq(announcementRecipients.residentId, residentId)))
        .get();
    },
    recipients(id: number): AnnouncementRecipient[] {
      return db.select().from(announcementRecipients).where(eq(announcementRecipients.announcementId, id)).all();
    },
    reply(id: number, residentId: number, reply: "yes" | "no", at: Date): void {
      db.update(announcementRecipients)
        .set({ reply, repliedAt: at })
        .where(and(eq(announcementRecipients.announcementId, id), eq(announcementRecipients.residentId, residentId)))
        .run();
    },
    /** The events a person answered, and the announcements they were sent: for /mydata. */
    ofResident(residentId: number): Array<{ recipient: AnnouncementRecipient; announcement: Announcement }> {
      return db
        .select({ recipient: announcementRecipients, announcement: announcements })
        .from(announcementRecipients)
        .innerJoin(announcements, eq(announcements.id, announcementRecipients.announcementId))
        .where(eq(announcementRecipients.residentId, residentId))
        .orderBy(announcements.id)
        .all();
    },

    /** Outbox rows of an announcement by outcome: a 403 (blocked, deactivated) and the rows it cancelled count as blocked. */
    delivery(ref: string, knownBlocked: number): DeliveryCounts {
      const out: DeliveryCounts = { pending: 0, delivered: 0, blocked: knownBlocked, failed: 0 };
      for (const row of delivery.all(ref)) {
        if (row.status === "pending" || row.status === "sending") out.pending += row.n;
        else if (row.status === "sent") out.delivered += row.n;
        else if (/forbidden|blocked|deactivated|unreachable/i.test(row.last_error ?? "")) out.blocked += row.n;
        else out.failed += row.n;
      }
      return out;
    },

    /** Erasure: preferences go; what they were sent and answered stays for the counts, under the anonymous marker. */
    forget(residentId: number, markerId: number): void {
      db.delete(newsPreferences).where(eq(newsPreferences.residentId, residentId)).run();
      db.update(announcementRecipients).set({ residentId: markerId }).where(eq(announcementRecipients.residentId, residentId)).run();
    },
  };
}

export type AnnouncementsRepository = ReturnType<typeof announcementsRepository>;
