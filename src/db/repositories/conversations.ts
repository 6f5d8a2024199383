import type { Clock } from "../../clock.js";
import type { Db } from "../client.js";

/**
 * The one format of a flow's key: a resident's private chat by their id; a staff member in a
 * group by "chat:person", so two colleagues can each run a flow there at the same time.
 */
export const flowKey = {
  resident: (residentId: number) => String(residentId),
  staff: (chatId: number, userId: number) => `${chatId}:${userId}`,
  /** The resident whose private flow the key names; undefined for a staff member's. */
  residentOf: (key: string): number | undefined => (/^\d+$/.test(key) ? Number(key) : undefined),
};

/**
 * Storage adapter for @grammyjs/conversations: one row per chat (and staff member in the group).
 * Read and written on every update of a flow, so the statements are prepared once.
 */
export function conversationsRepository(db: Db, clock: Clock) {
  const read = db.$client.prepare("SELECT state FROM conversation_states WHERE key = ?").pluck();
  const updatedAt = db.$client.prepare("SELECT updated_at FROM conversation_states WHERE key = ?").pluck();
  const write = db.$client.prepare(
    `INSERT INTO conversation_states (key, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const remove = db.$client.prepare("DELETE FROM conversation_states WHERE key = ?");
  const stale = db.$client.prepare("SELECT key FROM conversation_states WHERE updated_at < ?").pluck();
  return {
    read(key: string) {
      const state = read.get(key) as string | undefined;
      return state === undefined ? undefined : JSON.parse(state);
    },
    write(key: string, state: unknown) {
      write.run(key, JSON.stringify(state), clock.now().getTime());
    },
    delete(key: string) {
      remove.run(key);
    },
    updatedAt(key: string): Date | undefined {
      const at = updatedAt.get(key) as number | undefined;
      return at === undefined ? undefined : new Date(at);
    },
    /** Keys of flows untouched since `before`, so the sweeper can close them politely. */
    staleKeys(before: Date): string[] {
      return stale.all(before.getTime()) as string[];
    },
  };
}
