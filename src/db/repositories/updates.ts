import { lt } from "drizzle-orm";
import type { Db } from "../client.js";
import { processedUpdates } from "../schema.js";

export function updatesRepository(db: Db) {
  const insert = db.$client.prepare("INSERT OR IGNORE INTO processed_updates (update_id, at) VALUES (?, ?)");
  return {
    /** True the first time an update_id is seen, false for a redelivery. */
    markProcessed(updateId: number, at: Date): boolean {
      return insert.run(updateId, at.getTime()).changes === 1;
    },
    prune(before: Date): number {
      return db.delete(processedUpdates).where(lt(processedUpdates.at, before)).run().changes;
    },
  };
}
