import type { Db } from "#src/db/client.js";

/** Whether the database answers, for /healthz. */
export function healthRepository(db: Db) {
  const ping = db.$client.prepare("SELECT 1");
  return {
    /** Throws what SQLite says when the database cannot be read. */
    ping(): void {
      ping.get();
    },
  };
}
