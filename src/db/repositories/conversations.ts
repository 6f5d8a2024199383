import type { Clock } from "../../clock.js";
import type { Db } from "../client.js";

/**
 * Storage adapter for @grammyjs/conversations: one row per chat (and staff member in the group).
 * Read and written on every update of a flow, so the statements are prepared once.
 */
export function conversationsRepository(db: Db, clock: Clock) {
  const read = db.$client.prepare<[string], string>("SELECT state FROM conversation_states WHERE key = ?").pluck();
  const updatedAt = db.$client.prepare<[string], number>("SELECT updated_at FROM conversation_states WHERE key = ?").pluck();
  const write = db.$client.prepare(
    `INSERT INTO conversation_states (key, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const remove = db.$client.prepare("DELETE FROM conversation_states WHERE key = ?");
  const stale = db.$client.prepare<[number], string>("SELECT key FROM conversation_states WHERE updated_at < ?").pluck();
  return {
    read(key: string) {
      const state = read.get(key);
      return state === undefined ? undefined : JSON.parse(state);
    },
    write(key: string, state: unknown) {
      db.$commits.join();
      write.run(key, JSON.stringify(state), clock.now().getTime());
    },
    delete(key: string) {
      db.$commits.join();
      remove.run(key);
    },
    updatedAt(key: string): Date | undefined {
      const at = updatedAt.get(key);
      return at === undefined ? undefined : new Date(at);
    },
    /** Keys of flows untouched since `before`, so the sweeper can close them politely. */
    staleKeys(before: Date): string[] {
      return stale.all(before.getTime());
    },
  };
}
