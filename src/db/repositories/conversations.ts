import { eq, lt } from "drizzle-orm";
import type { Clock } from "../../clock.js";
import type { Db } from "../client.js";
import { conversationStates } from "../schema.js";

/** Storage adapter for @grammyjs/conversations: one row per chat (and staff member in the group). */
export function conversationsRepository(db: Db, clock: Clock) {
  return {
    read(key: string) {
      const row = db.select().from(conversationStates).where(eq(conversationStates.key, key)).get();
      return row ? JSON.parse(row.state) : undefined;
    },
    write(key: string, state: unknown) {
      const value = { key, state: JSON.stringify(state), updatedAt: clock.now() };
      db.insert(conversationStates)
        .values(value)
        .onConflictDoUpdate({ target: conversationStates.key, set: { state: value.state, updatedAt: value.updatedAt } })
        .run();
    },
    delete(key: string) {
      db.delete(conversationStates).where(eq(conversationStates.key, key)).run();
    },
    updatedAt(key: string): Date | undefined {
      return db
        .select({ at: conversationStates.updatedAt })
        .from(conversationStates)
        .where(eq(conversationStates.key, key))
        .get()?.at;
    },
    /** Keys of flows untouched since `before`, so the sweeper can close them politely. */
    staleKeys(before: Date): string[] {
      return db
        .select({ key: conversationStates.key })
        .from(conversationStates)
        .where(lt(conversationStates.updatedAt, before))
        .all()
        .map((r) => r.key);
    },
  };
}
