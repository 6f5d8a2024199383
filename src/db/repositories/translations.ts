import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { updateByKey, updateWhere } from "#src/db/prepared.js";
import { requestMessages, translationCache } from "#src/db/schema.js";

export type CachedTranslation = typeof translationCache.$inferSelect;

/** What a message row holds of the engines' work: its translation (or why there is none) and a voice note's transcript. */
export interface MessageTranslation {
  translation?: string | null;
  translatedFrom?: string | null;
  translationNote?: string | null;
  transcript?: string | null;
}

/** Machine translations already made, per person, and the engines' results kept on message rows. */
export function translationsRepository(db: Db) {
  const byKey = db
    .select()
    .from(translationCache)
    .where(eq(translationCache.key, sql.placeholder("key")))
    .prepare();
  const upsert = db.$client.prepare(
    `INSERT INTO translation_cache (key, resident_id, translation, detected, created_at) VALUES (@key, @residentId, @translation, @detected, @createdAt)
     ON CONFLICT(key) DO UPDATE SET translation = excluded.translation, detected = excluded.detected, created_at = excluded.created_at`,
  );
  const forgetResident = db.delete(translationCache).where(eq(translationCache.residentId, sql.placeholder("residentId"))).prepare();
  const pruneBefore = db.delete(translationCache).where(lt(translationCache.createdAt, sql.placeholder("before"))).prepare();
  const countAll = db.select({ n: sql<number>`count(*)` }).from(translationCache).prepare();
  const countOf = db
    .select({ n: sql<number>`count(*)` })
    .from(translationCache)
    .where(eq(translationCache.residentId, sql.placeholder("residentId")))
    .prepare();
  const saveOnMessage = updateByKey(db, requestMessages, requestMessages.id);
  const saveOnAnswer = updateWhere(
    db,
    requestMessages,
    and(
      eq(requestMessages.requestId, sql.placeholder("requestId")),
      eq(requestMessages.groupMessageId, sql.placeholder("groupMessageId")),
      eq(requestMessages.direction, "out"),
      isNotNull(requestMessages.groupMessageId),
    )!,
  );
  return {
    get(key: string): CachedTranslation | undefined {
      return byKey.get({ key });
    },
    put(entry: { key: string; residentId: number | null; translation: string; detected: string | null; createdAt: Date }): void {
      upsert.run({ ...entry, createdAt: entry.createdAt.getTime() });
    },
    /** Erasure: every entry holding this person's words (or staff's words to them). */
    forgetResident(residentId: number): number {
      return forgetResident.run({ residentId }).changes;
    },
    /** Retention: entries older than `before` go, whoever they belong to. */
    pruneBefore(before: Date): number {
      return pruneBefore.run({ before: before.getTime() }).changes;
    },
    count(residentId?: number): number {
      return (residentId === undefined ? countAll.get() : countOf.get({ residentId }))?.n ?? 0;
    },
    /** Stores the engines' result on a message row, so a retried post never calls an engine again. */
    saveOnMessage(messageRowId: number, values: MessageTranslation): void {
      saveOnMessage(messageRowId, values);
    },
    /** A staff answer's translation, found by the group message that carried it. */
    saveOnAnswer(requestId: number, groupMessageId: number, values: MessageTranslation): void {
      saveOnAnswer({ requestId, groupMessageId }, values);
    },
  };
}
