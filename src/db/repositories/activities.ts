import type { Activity } from "../../domain/activities.js";
import type { Db } from "../client.js";
import { activities } from "../schema.js";

export function activitiesRepository(db: Db) {
  return {
    /** Keeps the table in step with data/activities.json (rows are never deleted: sessions refer to them). */
    upsertAll(list: Activity[]): void {
      db.transaction((tx) => {
        list.forEach((a, sort) => {
          const values = { id: a.id, group: a.group, sort, defaultSeats: a.defaultSeats, defaultMinutes: a.defaultMinutes };
          tx.insert(activities).values(values).onConflictDoUpdate({ target: activities.id, set: values }).run();
        });
      });
    },
  };
}
