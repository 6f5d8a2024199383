import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { checkpoint, type Db } from "../client.js";
import { audit, bookings, conversationStates, groupPosts, outbox, requestMessages, requests, residents, translationCache } from "../schema.js";
import { visitsRepository } from "./visits.js";
import { flowKey } from "./conversations.js";

export type GroupPost = typeof groupPosts.$inferSelect;
export type NewGroupPost = Omit<typeof groupPosts.$inferInsert, "id">;

/** What erasure blanks on every message row: the words, the file, a forwarder's name, translations and transcripts. */
const ERASED_CONTENT = { text: null, fileId: null, forwardName: null, translation: null, translationNote: null, transcript: null };

/** The queries behind access, erasure and retention; what to erase is decided in the domain. */
export function privacyRepository(db: Db) {
  const visits = visitsRepository(db);
  const touch = db.$client.prepare("UPDATE residents SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)");
  const addPost = db.$client.prepare(
    `INSERT OR IGNORE INTO group_posts (resident_id, chat_id, message_id, thread_id, kind, request_id, session_id, created_at)
     VALUES (@residentId, @chatId, @messageId, @threadId, @kind, @requestId, @sessionId, @createdAt)`,
  );
  // Someone is inactive when nothing of theirs moved since `before`: not they, not a request, not a booking.
  const inactive = db.$client
    .prepare(
      `SELECT r.id FROM residents r
       WHERE r.id > 0 AND r.forgotten_at IS NULL
         AND max(r.created_at, coalesce(r.consent_at, 0), coalesce(r.last_seen_at, 0)) < @before
         AND NOT EXISTS (SELECT 1 FROM requests q WHERE q.resident_id = r.id
               AND (q.status != 'closed' OR q.created_at >= @before OR q.closed_at >= @before))
         AND NOT EXISTS (SELECT 1 FROM request_messages m JOIN requests q ON q.id = m.request_id
               WHERE q.resident_id = r.id AND m.created_at >= @before)
         AND NOT EXISTS (SELECT 1 FROM bookings b JOIN sessions s ON s.id = b.session_id
               WHERE b.resident_id = r.id AND (b.updated_at >= @before OR s.starts_at >= @before))`,
    )
    .pluck();
  return {
    /** Marks the person as seen now, writing at most once per `granularityMs`. */
    seen(residentId: number, at: Date, granularityMs: number): void {
      touch.run(at.getTime(), residentId, at.getTime() - granularityMs);
    },
    /** People with no activity since `before`, for retention. */
    inactiveSince(before: Date): number[] {
      return inactive.all({ before: before.getTime() }) as number[];
    },
    recordPost(post: NewGroupPost): void {
      addPost.run({ threadId: null, requestId: null, sessionId: null, ...post, createdAt: post.createdAt.getTime() });
    },
    postsOf(residentId: number): GroupPost[] {
      return db.select().from(groupPosts).where(eq(groupPosts.residentId, residentId)).orderBy(asc(groupPosts.id)).all();
    },
    /** The posts recorded for a request in one group, taken off the record (a transfer removes them from that group). */
    takeRequestPosts(requestId: number, chatId: number): number[] {
      const where = and(eq(groupPosts.requestId, requestId), eq(groupPosts.chatId, chatId));
      const ids = db.select({ messageId: groupPosts.messageId }).from(groupPosts).where(where).all().map((p) => p.messageId);
      db.delete(groupPosts).where(where).run();
      return ids;
    },
    removePost(id: number): void {
      db.delete(groupPosts).where(eq(groupPosts.id, id)).run();
    },
    /** Anonymous markers whose posts are still to be deleted (an erasure interrupted by a crash or an outage). */
    markersWithPosts(): number[] {
      return db
        .selectDistinct({ id: groupPosts.residentId })
        .from(groupPosts)
        .innerJoin(residents, eq(residents.id, groupPosts.residentId))
        .where(sql`${residents.forgottenAt} is not null`)
        .all()
        .map((r) => r.id);
    },
    /** See `checkpoint` in the client: after an erasure the WAL must not keep the erased pages. */
    checkpoint(): boolean {
      return checkpoint(db);
    },
    /** A fresh negative id for an anonymous marker (Telegram ids of people are positive). */
    nextAnonymousId(): number {
      const row = db.select({ min: sql<number>`min(${residents.id})` }).from(residents).get();
      return Math.min(row?.min ?? 0, 0) - 1;
    },
    /**
     * Moves everything of a person onto their anonymous marker and blanks the personal fields.
     * The group messages that carried their words become the marker's posts, to be deleted next.
     */
    anonymise(residentId: number, markerId: number, at: Date, groupOf: (teamId: string | null) => number): void {
      const person = db.select().from(residents).where(eq(residents.id, residentId)).get();
      if (!person) return;
      db.insert(residents)
        .values({ id: markerId, language: person.language, createdAt: person.createdAt, consentAt: person.consentAt, consentVersion: person.consentVersion, forgottenAt: at })
        .run();
      const theirs = db.select({ id: requests.id, teamId: requests.teamId }).from(requests).where(eq(requests.residentId, residentId)).all();
      const requestIds = theirs.map((r) => r.id);
      // Each request's posts are in the group of the team that handles it.
      const chatOf = new Map(theirs.map((r) => [r.id, groupOf(r.teamId)]));
      db.update(requests)
        .set({ residentId: markerId, address: null, latitude: null, longitude: null, erasedAt: at })
        .where(eq(requests.residentId, residentId))
        .run();
      if (requestIds.length) {
        // What the resident said and what staff answered about them, as posted in the group.
        const posted = db
          .select({ requestId: requestMessages.requestId, messageId: requestMessages.groupMessageId, direction: requestMessages.direction })
          .from(requestMessages)
          .where(and(inArray(requestMessages.requestId, requestIds), sql`${requestMessages.groupMessageId} is not null`))
          .all();
        for (const p of posted) {
          addPost.run({
            residentId,
            chatId: chatOf.get(p.requestId)!,
            messageId: p.messageId,
            threadId: null,
            kind: p.direction === "in" ? "relay" : "staff",
            requestId: p.requestId,
            sessionId: null,
            createdAt: at.getTime(),
          });
        }
        db.update(requestMessages)
          .set(ERASED_CONTENT)
          .where(inArray(requestMessages.requestId, requestIds))
          .run();
        // Home visits: the address and staff's notes go; what was still to happen is called off.
        visits.eraseForRequests(requestIds, at);
      }
      // Machine translations of their words (and of staff's answers to them) go with the words.
      db.delete(translationCache).where(eq(translationCache.residentId, residentId)).run();
      db.update(groupPosts).set({ residentId: markerId }).where(eq(groupPosts.residentId, residentId)).run();
      db.update(bookings)
        .set({ residentId: markerId, childName: null, seatKey: sql`'anon-' || ${bookings.id}` })
        .where(eq(bookings.residentId, residentId))
        .run();
      // Their actions stay on the trail under the marker's (negative) id, nameless: /audit says who they were in words.
      db.update(audit).set({ actorId: markerId, actorName: "" }).where(eq(audit.actorId, residentId)).run();
      db.delete(outbox).where(eq(outbox.chatId, residentId)).run();
      db.delete(conversationStates).where(eq(conversationStates.key, flowKey.resident(residentId))).run();
      db.delete(residents).where(eq(residents.id, residentId)).run();
    },
    /** Closed requests whose content outlived the retention period and is still there. */
    expiredContent(closedBefore: Date): number[] {
      return db
        .select({ id: requests.id })
        .from(requests)
        .where(and(eq(requests.status, "closed"), lt(requests.closedAt, closedBefore), isNull(requests.erasedAt)))
        .all()
        .map((r) => r.id);
    },
    eraseContent(requestIds: number[], at: Date): void {
      if (!requestIds.length) return;
      db.update(requests).set({ address: null, latitude: null, longitude: null, erasedAt: at }).where(inArray(requests.id, requestIds)).run();
      db.update(requestMessages)
        .set(ERASED_CONTENT)
        .where(inArray(requestMessages.requestId, requestIds))
        .run();
      visits.eraseContent(requestIds);
    },
    /** Machine translations made before `before` (the cache never outlives the content it was made from). */
    pruneTranslations(before: Date): number {
      return db.delete(translationCache).where(lt(translationCache.createdAt, before)).run().changes;
    },
  };
}
