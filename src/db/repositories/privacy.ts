import { and, asc, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { checkpoint, type Db } from "#src/db/client.js";
import { audit, bookings, conversationStates, flowPieces, groupPosts, outbox, requestMessages, requests, residents, translationCache } from "#src/db/schema.js";
import { heldAnswersRepository } from "./held-answers.js";
import { lettersRepository } from "./letters.js";
import { visitsRepository } from "./visits.js";
import { flowKey } from "./conversations.js";

export type GroupPost = typeof groupPosts.$inferSelect;
export type NewGroupPost = Omit<typeof groupPosts.$inferInsert, "id">;

/** What erasure blanks on every message row: the words, the file, a forwarder's name, translations and transcripts. */
const ERASED_CONTENT = { text: null, fileId: null, forwardName: null, translation: null, translationNote: null, transcript: null };

/** The queries behind access, erasure and retention; what to erase is decided in the domain. */
export function privacyRepository(db: Db) {
  const visits = visitsRepository(db);
  const held = heldAnswersRepository(db);
  const letters = lettersRepository(db);
  const touch = db.$client.prepare("UPDATE residents SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)");
  const addPost = db.$client.prepare(
    `INSERT OR IGNORE INTO group_posts (resident_id, chat_id, message_id, thread_id, kind, request_id, session_id, created_at)
     VALUES (@residentId, @chatId, @messageId, @threadId, @kind, @requestId, @sessionId, @createdAt)`,
  );
  // Someone is inactive when nothing of theirs moved since `before`: not they, not a request, not a booking.
  const inactive = db.$client
    .prepare<{ before: number }, number>(
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
  const idsIn = (column: typeof requests.id | typeof requestMessages.requestId) =>
    inArray(column, sql`(select value from json_each(${sql.placeholder("ids")}))`);
  const postsOf = db.select().from(groupPosts).where(eq(groupPosts.residentId, sql.placeholder("residentId"))).orderBy(asc(groupPosts.id)).prepare();
  const requestPostsWhere = and(eq(groupPosts.requestId, sql.placeholder("requestId")), eq(groupPosts.chatId, sql.placeholder("chatId")));
  const requestPosts = db.select({ messageId: groupPosts.messageId }).from(groupPosts).where(requestPostsWhere).prepare();
  const dropRequestPosts = db.delete(groupPosts).where(requestPostsWhere).prepare();
  const removePost = db.delete(groupPosts).where(eq(groupPosts.id, sql.placeholder("id"))).prepare();
  const markersWithPosts = db
    .selectDistinct({ id: groupPosts.residentId })
    .from(groupPosts)
    .innerJoin(residents, eq(residents.id, groupPosts.residentId))
    .where(isNotNull(residents.forgottenAt))
    .prepare();
  const lowestId = db.select({ min: sql<number | null>`min(${residents.id})` }).from(residents).prepare();
  const person = db.select().from(residents).where(eq(residents.id, sql.placeholder("id"))).prepare();
  const insertMarker = db
    .insert(residents)
    .values({
      id: sql.placeholder("id"),
      language: sql`${sql.placeholder("language")}`,
      createdAt: sql.placeholder("createdAt"),
      consentAt: sql`${sql.placeholder("consentAt")}`,
      consentVersion: sql`${sql.placeholder("consentVersion")}`,
      forgottenAt: sql.placeholder("forgottenAt"),
    })
    .prepare();
  const requestsOf = db
    .select({ id: requests.id, teamId: requests.teamId })
    .from(requests)
    .where(eq(requests.residentId, sql.placeholder("residentId")))
    .prepare();
  const anonymiseRequests = db
    .update(requests)
    .set({ residentId: sql`${sql.placeholder("markerId")}`, address: null, latitude: null, longitude: null, erasedAt: sql`${sql.placeholder("at")}` })
    .where(eq(requests.residentId, sql.placeholder("residentId")))
    .prepare();
  const postedMessages = db
    .select({ requestId: requestMessages.requestId, messageId: requestMessages.groupMessageId, direction: requestMessages.direction })
    .from(requestMessages)
    .where(
      and(
        idsIn(requestMessages.requestId),
        isNotNull(requestMessages.groupMessageId),
        // A post recorded with its own chat is erased there (see recordPost); only older rows fall back to the team's group.
        sql`NOT EXISTS (SELECT 1 FROM group_posts g WHERE g.request_id = ${requestMessages.requestId} AND g.message_id = ${requestMessages.groupMessageId})`,
      ),
    )
    .prepare();
  const eraseMessages = db.update(requestMessages).set(ERASED_CONTENT).where(idsIn(requestMessages.requestId)).prepare();
  const forgetTranslations = db.delete(translationCache).where(eq(translationCache.residentId, sql.placeholder("residentId"))).prepare();
  const movePosts = db
    .update(groupPosts)
    .set({ residentId: sql`${sql.placeholder("markerId")}` })
    .where(eq(groupPosts.residentId, sql.placeholder("residentId")))
    .prepare();
  const anonymiseBookings = db
    .update(bookings)
    .set({ residentId: sql`${sql.placeholder("markerId")}`, childName: null, seatKey: sql`'anon-' || ${bookings.id}` })
    .where(eq(bookings.residentId, sql.placeholder("residentId")))
    .prepare();
  const anonymiseAudit = db
    .update(audit)
    .set({ actorId: sql`${sql.placeholder("markerId")}`, actorName: "" })
    .where(eq(audit.actorId, sql.placeholder("residentId")))
    .prepare();
  // The buttons offered in their private chat (their chat's id is theirs): what they were asked goes with them.
  const dropOfferedButtons = db.$client.prepare("DELETE FROM offered_buttons WHERE chat_id = ?");
  const dropOutbox = db.delete(outbox).where(eq(outbox.chatId, sql.placeholder("residentId"))).prepare();
  const dropFlow = db.delete(conversationStates).where(eq(conversationStates.key, sql.placeholder("key"))).prepare();
  const dropFlowPieces = db.delete(flowPieces).where(eq(flowPieces.key, sql.placeholder("key"))).prepare();
  const dropResident = db.delete(residents).where(eq(residents.id, sql.placeholder("residentId"))).prepare();
  // A WhatsApp resident: what they sent is dropped, and their number is marked to be replaced by a keyed hash
  // once the channel has sent its last answer (see channels/whatsapp, finishErasures).
  const eraseWhatsAppMessages = db.$client.prepare("UPDATE whatsapp_messages SET payload = NULL, error = NULL WHERE chat_id = ?");
  const eraseWhatsAppContact = db.$client.prepare(
    "UPDATE whatsapp_contacts SET profile_name = NULL, wa_id = 'forget:' || wa_id WHERE chat_id = ? AND wa_id NOT LIKE 'forget:%' AND wa_id NOT LIKE 'h:%'",
  );
  // Two chats joined into one person (channels/whatsapp/links.ts): the other chat's traces go too; the link itself is
  // marked, so the erasure's own answer still reaches the chat the person wrote from, then goes (or at night).
  const linkedChat = db.$client.prepare<[number], number>("SELECT linked_chat_id FROM channel_links WHERE chat_id = ? AND linked_chat_id IS NOT NULL").pluck();
  const forgetChannelLinks = db.$client.prepare<{ id: number; at: number }>(
    "UPDATE channel_links SET forgotten_at = @at, code = NULL, code_expires_at = NULL WHERE chat_id = @id OR linked_chat_id = @id",
  );
  const forgetInboxOf = db.$client.prepare<{ id: number }>("UPDATE inbox SET payload = NULL, from_id = NULL, chat_id = NULL WHERE from_id = @id OR chat_id = @id");
  const withHeld = db.$client.prepare<[], { id: number; pendingFlow: string }>(
    "SELECT id, pending_flow AS pendingFlow FROM residents WHERE pending_flow LIKE 'held:%'",
  );
  const expiredContent = db
    .select({ id: requests.id })
    .from(requests)
    .where(and(eq(requests.status, "closed"), lt(requests.closedAt, sql.placeholder("before")), isNull(requests.erasedAt)))
    .prepare();
  const eraseRequests = db
    .update(requests)
    .set({ address: null, latitude: null, longitude: null, erasedAt: sql`${sql.placeholder("at")}` })
    .where(idsIn(requests.id))
    .prepare();
  // A phone is given for a request (to be called back): once none of the person's requests is open or has moved within
  // the period, it has served its purpose, even if they still use the desk for other things.
  const lapsedPhones = db.$client.prepare<{ before: number }>(
    `UPDATE residents SET phone = NULL
     WHERE id > 0 AND phone IS NOT NULL AND forgotten_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM requests q WHERE q.resident_id = residents.id
             AND (q.status != 'closed' OR q.created_at >= @before OR q.closed_at >= @before))`,
  );
  // A child's name is on a booking for the roster of its session: once the session is older than the period and the
  // booking has not moved since, the roster is history and the name goes (the seat's key named the child too).
  const lapsedChildren = db.$client.prepare<{ before: number }>(
    `UPDATE bookings SET child_name = NULL, seat_key = 'past-' || id
     WHERE child_name IS NOT NULL AND updated_at < @before
       AND session_id IN (SELECT s.id FROM sessions s WHERE s.starts_at < @before)`,
  );
  // WhatsApp: what a resident sent is the channel's copy for relaying it (media ids expire at Meta after 30 days,
  // so nothing can be copied later anyway); whole rows go after the period, except each chat's newest, which keeps
  // the desk's message-id counter (a desk message id is never given twice in a chat) but not its words.
  const trimWhatsAppInbound = db.$client.prepare<{ before: number }>(
    "UPDATE whatsapp_messages SET payload = NULL WHERE direction = 'in' AND payload IS NOT NULL AND created_at < @before",
  );
  const dropWhatsAppMessages = db.$client.prepare<{ before: number }>(
    `DELETE FROM whatsapp_messages WHERE created_at < @before
       AND id NOT IN (SELECT max(id) FROM whatsapp_messages GROUP BY chat_id)`,
  );
  const blankWhatsAppMessages = db.$client.prepare<{ before: number }>(
    "UPDATE whatsapp_messages SET payload = NULL, error = NULL WHERE created_at < @before AND (payload IS NOT NULL OR error IS NOT NULL)",
  );
  // A number that wrote and never became a resident (or whose resident is gone), silent for the period: it goes
  // like an erased one (replaced by its keyed hash once the channel finishes the erasure).
  const lapsedWhatsAppContacts = db.$client.prepare<{ before: number }>(
    `UPDATE whatsapp_contacts SET profile_name = NULL, wa_id = 'forget:' || wa_id
     WHERE coalesce(last_inbound_at, created_at) < @before AND wa_id NOT LIKE 'forget:%' AND wa_id NOT LIKE 'h:%'
       AND NOT EXISTS (SELECT 1 FROM residents r WHERE r.id = whatsapp_contacts.chat_id AND r.forgotten_at IS NULL)`,
  );
  // Link codes never typed (and counts of wrong codes), a day after they lapsed, and links an erasure ended.
  const staleChannelLinks = db.$client.prepare<{ now: number; before: number }>(
    `DELETE FROM channel_links WHERE forgotten_at IS NOT NULL
       OR (linked_chat_id IS NULL AND coalesce(code_expires_at, 0) < @now AND created_at < @before)`,
  );
  const spentLinkCodes = db.$client.prepare<{ before: number }>(
    "UPDATE channel_links SET code = NULL, code_expires_at = NULL WHERE code IS NOT NULL AND code_expires_at < @before",
  );
  const pruneTranslations = db.delete(translationCache).where(lt(translationCache.createdAt, sql.placeholder("before"))).prepare();
  return {
    /** Marks the person as seen now, writing at most once per `granularityMs`. */
    seen(residentId: number, at: Date, granularityMs: number): void {
      touch.run(at.getTime(), residentId, at.getTime() - granularityMs);
    },
    /** People with no activity since `before`, for retention. */
    inactiveSince(before: Date): number[] {
      return inactive.all({ before: before.getTime() });
    },
    recordPost(post: NewGroupPost): void {
      addPost.run({ threadId: null, requestId: null, sessionId: null, ...post, createdAt: post.createdAt.getTime() });
    },
    postsOf(residentId: number): GroupPost[] {
      return postsOf.all({ residentId });
    },
    /** The posts recorded for a request in one group, taken off the record (a transfer removes them from that group). */
    takeRequestPosts(requestId: number, chatId: number): number[] {
      const ids = requestPosts.all({ requestId, chatId }).map((p) => p.messageId);
      dropRequestPosts.run({ requestId, chatId });
      return ids;
    },
    removePost(id: number): void {
      removePost.run({ id });
    },
    /** Anonymous markers whose posts are still to be deleted (an erasure interrupted by a crash or an outage). */
    markersWithPosts(): number[] {
      return markersWithPosts.all().map((r) => r.id);
    },
    /** See `checkpoint` in the client: after an erasure the WAL must not keep the erased pages. */
    checkpoint(): boolean {
      return checkpoint(db);
    },
    /** A fresh negative id for an anonymous marker (Telegram ids of people are positive). */
    nextAnonymousId(): number {
      const row = lowestId.get();
      return Math.min(row?.min ?? 0, 0) - 1;
    },
    /**
     * Moves everything of a person onto their anonymous marker and blanks the personal fields.
     * The group messages that carried their words become the marker's posts, to be deleted next.
     */
    anonymise(residentId: number, markerId: number, at: Date, groupOf: (teamId: string | null) => number): void {
      const who = person.get({ id: residentId });
      if (!who) return;
      insertMarker.run({
        id: markerId,
        language: who.language,
        createdAt: who.createdAt,
        consentAt: who.consentAt?.getTime() ?? null,
        consentVersion: who.consentVersion,
        forgottenAt: at,
      });
      const theirs = requestsOf.all({ residentId });
      const requestIds = theirs.map((r) => r.id);
      // Each request's posts are in the group of the team that handles it.
      const chatOf = new Map(theirs.map((r) => [r.id, groupOf(r.teamId)]));
      anonymiseRequests.run({ markerId, at: at.getTime(), residentId });
      eraseWhatsAppMessages.run(residentId);
      eraseWhatsAppContact.run(residentId);
      const other = linkedChat.get(residentId);
      forgetChannelLinks.run({ id: residentId, at: at.getTime() });
      if (other !== undefined) {
        eraseWhatsAppMessages.run(other);
        eraseWhatsAppContact.run(other);
        forgetInboxOf.run({ id: other });
        dropOfferedButtons.run(other);
        dropOutbox.run({ residentId: other });
        dropFlow.run({ key: flowKey.resident(other) });
        dropFlowPieces.run({ key: flowKey.resident(other) });
      }
      if (requestIds.length) {
        const ids = JSON.stringify(requestIds);
        // What the resident said and what staff answered about them, as posted in the group.
        const posted = postedMessages.all({ ids });
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
        eraseMessages.run({ ids });
        // Home visits: the address and staff's notes go; what was still to happen is called off.
        visits.eraseForRequests(requestIds, at);
        // Answers staff held back (a language warning) and never sent go too.
        held.eraseForRequests(requestIds);
      }
      // Machine translations of their words (and of staff's answers to them) go with the words.
      forgetTranslations.run({ residentId });
      movePosts.run({ markerId, residentId });
      anonymiseBookings.run({ markerId, residentId });
      // Their actions stay on the trail under the marker's (negative) id, nameless: /audit says who they were in words.
      anonymiseAudit.run({ markerId, residentId });
      dropOutbox.run({ residentId });
      // The letters they had read: pages' file ids, the text and the facts.
      letters.forgetResident(residentId);
      dropOfferedButtons.run(residentId);
      // A form in progress goes, with the pieces of its description kept beside it.
      dropFlow.run({ key: flowKey.resident(residentId) });
      dropFlowPieces.run({ key: flowKey.resident(residentId) });
      dropResident.run({ residentId });
    },
    /** Closed requests whose content outlived the retention period and is still there. */
    expiredContent(closedBefore: Date): number[] {
      return expiredContent.all({ before: closedBefore.getTime() }).map((r) => r.id);
    },
    eraseContent(requestIds: number[], at: Date): void {
      if (!requestIds.length) return;
      const ids = JSON.stringify(requestIds);
      eraseRequests.run({ ids, at: at.getTime() });
      eraseMessages.run({ ids });
      visits.eraseContent(requestIds);
      letters.eraseForRequests(requestIds);
    },
    /** People with messages held (see residents' holdMessage), as stored: retention trims them. */
    withHeldMessages(): Array<{ id: number; pendingFlow: string }> {
      return withHeld.all();
    },
    /**
     * What a person who still uses the desk no longer needs kept: the phone of requests all closed before `before`, the
     * children's names on bookings of sessions before it. Returns how many rows lost something.
     */
    eraseLapsedDetails(before: Date): number {
      const at = { before: before.getTime() };
      return lapsedPhones.run(at).changes + lapsedChildren.run(at).changes;
    },
    /**
     * WhatsApp's tables under retention: what residents sent loses its content after `inboundBefore`; rows older than
     * `before` go (each chat's newest row stays, blank); numbers silent since `before` with no resident are marked for
     * erasure; unused link codes go. Returns how many rows changed.
     */
    trimWhatsApp(before: Date, inboundBefore: Date, now: Date): number {
      const at = { before: before.getTime() };
      return (
        trimWhatsAppInbound.run({ before: inboundBefore.getTime() }).changes +
        dropWhatsAppMessages.run(at).changes +
        blankWhatsAppMessages.run(at).changes +
        lapsedWhatsAppContacts.run(at).changes +
        staleChannelLinks.run({ now: now.getTime(), before: now.getTime() - 86_400_000 }).changes +
        spentLinkCodes.run({ before: now.getTime() - 86_400_000 }).changes
      );
    },
    /** Machine translations made before `before` (the cache never outlives the content it was made from). */
    pruneTranslations(before: Date): number {
      return pruneTranslations.run({ before: before.getTime() }).changes;
    },
  };
}
