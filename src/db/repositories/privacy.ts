import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { audit, bookings, conversationStates, outbox, requestMessages, requests, residents } from "../schema.js";

/** The queries behind access, erasure and retention; what to erase is decided in the domain. */
export function privacyRepository(db: Db) {
  return {
    /** A fresh negative id for an anonymous marker (Telegram ids of people are positive). */
    nextAnonymousId(): number {
      const row = db.select({ min: sql<number>`min(${residents.id})` }).from(residents).get();
      return Math.min(row?.min ?? 0, 0) - 1;
    },
    /** Moves everything of a person onto their anonymous marker and blanks the personal fields. */
    anonymise(residentId: number, markerId: number, at: Date): void {
      const person = db.select().from(residents).where(eq(residents.id, residentId)).get();
      if (!person) return;
      db.insert(residents)
        .values({ id: markerId, language: person.language, createdAt: person.createdAt, consentAt: person.consentAt, consentVersion: person.consentVersion, forgottenAt: at })
        .run();
      const requestIds = db.select({ id: requests.id }).from(requests).where(eq(requests.residentId, residentId)).all().map((r) => r.id);
      db.update(requests)
        .set({ residentId: markerId, address: null, latitude: null, longitude: null, erasedAt: at })
        .where(eq(requests.residentId, residentId))
        .run();
      if (requestIds.length) {
        db.update(requestMessages)
          .set({ text: null, fileId: null })
          .where(inArray(requestMessages.requestId, requestIds))
          .run();
      }
      db.update(bookings)
        .set({ residentId: markerId, childName: null, seatKey: sql`'anon-' || ${bookings.id}` })
        .where(eq(bookings.residentId, residentId))
        .run();
      db.update(audit).set({ actorId: markerId, actorName: "persona anonimizzata" }).where(eq(audit.actorId, residentId)).run();
      db.delete(outbox).where(eq(outbox.chatId, residentId)).run();
      db.delete(conversationStates).where(eq(conversationStates.key, String(residentId))).run();
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
      db.update(requestMessages).set({ text: null, fileId: null }).where(inArray(requestMessages.requestId, requestIds)).run();
    },
  };
}
