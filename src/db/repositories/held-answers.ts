import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { heldAnswers } from "#src/db/schema.js";

export type HeldAnswer = typeof heldAnswers.$inferSelect;
export type NewHeldAnswer = Omit<typeof heldAnswers.$inferInsert, "id" | "status" | "decidedBy">;

/** Staff answers waiting for staff to confirm a message in a language the resident did not choose. */
export function heldAnswersRepository(db: Db) {
  return {
    /** Holds a staff message; the same message handled twice (a replayed update) is held once. */
    hold(row: NewHeldAnswer): HeldAnswer {
      db.insert(heldAnswers).values({ ...row, status: "held" }).onConflictDoNothing().run();
      return db
        .select()
        .from(heldAnswers)
        .where(and(eq(heldAnswers.chatId, row.chatId), eq(heldAnswers.staffMessageId, row.staffMessageId)))
        .get()!;
    },
    get(id: number): HeldAnswer | undefined {
      return db.select().from(heldAnswers).where(eq(heldAnswers.id, id)).get();
    },
    /**
     * Decides a held answer once: true for the one press that moved it from "held" (a second press, or a colleague's
     * at the same moment, gets false). Its text goes: it was kept only until someone decided.
     */
    decide(id: number, status: "sent" | "replaced" | "dropped", by: string): boolean {
      const changed = db
        .update(heldAnswers)
        .set({ status, decidedBy: by, text: null })
        .where(and(eq(heldAnswers.id, id), eq(heldAnswers.status, "held")))
        .run();
      return changed.changes === 1;
    },
    /** Erasure: whatever staff wrote to the person and did not send goes with their requests. */
    eraseForRequests(requestIds: number[]): void {
      if (!requestIds.length) return;
      db.delete(heldAnswers).where(inArray(heldAnswers.requestId, requestIds)).run();
    },
  };
}
