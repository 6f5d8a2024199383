import type { Db } from "#src/db/client.js";
import { activities } from "#src/db/schema.js";

/** What the table keeps of an activity of data/activities.json (its texts live in the locale files). */
export interface ActivityRow {
  id: string;
  group: (typeof activities.$inferInsert)["group"];
  defaultSeats: number;
  defaultMinutes: number;
}

export function activitiesRepository(db: Db) {
  return {
    /** Keeps the table in step with data/activities.json (rows are never deleted: sessions refer to them). */
    upsertAll(list: readonly ActivityRow[]): void {
      db.transaction((tx) => {
        list.forEach((a, sort) => {
          const values = { id: a.id, group: a.group, sort, defaultSeats: a.defaultSeats, defaultMinutes: a.defaultMinutes };
          tx.insert(activities).values(values).onConflictDoUpdate({ target: activities.id, set: values }).run();
        });
      });
    },
  };
}
