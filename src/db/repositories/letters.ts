import { and, asc, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { letters } from "#src/db/schema.js";

export type LetterRow = typeof letters.$inferSelect;
export type NewLetterRow = typeof letters.$inferInsert;

/** Letters to read and the facts read from them (see domain/letters). */
export function lettersRepository(db: Db) {
  return {
    insert(row: NewLetterRow): LetterRow {
      return db.insert(letters).values(row).returning().get();
    },
    get(id: number): LetterRow | undefined {
      return db.select().from(letters).where(eq(letters.id, id)).get();
    },
    update(id: number, fields: Partial<NewLetterRow>): void {
      db.update(letters).set(fields).where(eq(letters.id, id)).run();
    },
    /** Letters still to be read, oldest first (after a restart too). */
    waiting(limit = 10): LetterRow[] {
      return db.select().from(letters).where(eq(letters.status, "reading")).orderBy(asc(letters.id)).limit(limit).all();
    },
    /** Letters read whose text still waits for its machine translation, oldest first (after a restart too). */
    untranslated(limit = 10): LetterRow[] {
      return db.select().from(letters).where(eq(letters.translationState, "pending")).orderBy(asc(letters.id)).limit(limit).all();
    },
    ofRequest(requestId: number): LetterRow[] {
      return db.select().from(letters).where(eq(letters.requestId, requestId)).orderBy(asc(letters.id)).all();
    },
    ofResident(residentId: number): LetterRow[] {
      return db.select().from(letters).where(eq(letters.residentId, residentId)).orderBy(asc(letters.id)).all();
    },
    byGroupMessage(messageId: number): LetterRow | undefined {
      return db.select().from(letters).where(eq(letters.groupMessageId, messageId)).get();
    },
    /** /forget: the person's letters go entirely. */
    forgetResident(residentId: number): void {
      db.delete(letters).where(eq(letters.residentId, residentId)).run();
    },
    /** Retention: the content of letters on requests whose content is erased. */
    eraseForRequests(requestIds: number[]): void {
      if (requestIds.length === 0) return;
      db.update(letters).set({ pages: null, text: null, facts: null, translation: null }).where(inArray(letters.requestId, requestIds)).run();
    },
    /** Letters never read (the engine kept failing) older than `before`: their pages are dropped. */
    staleBefore(before: Date): LetterRow[] {
      return db.select().from(letters).where(and(eq(letters.status, "reading"), lt(letters.createdAt, before))).all();
    },
  };
}

export type LettersRepository = ReturnType<typeof lettersRepository>;
