import { eq } from "drizzle-orm";
import type { Db } from "../client.js";
import { residents } from "../schema.js";

export type Resident = typeof residents.$inferSelect;

export function residentsRepository(db: Db) {
  return {
    get(id: number): Resident | undefined {
      return db.select().from(residents).where(eq(residents.id, id)).get();
    },
    /** Creates the bare row (chat id and language only: nothing personal before consent). */
    ensure(id: number, at: Date): Resident {
      db.insert(residents).values({ id, createdAt: at }).onConflictDoNothing().run();
      return this.get(id)!;
    },
    update(id: number, values: Partial<Omit<Resident, "id">>): void {
      db.update(residents).set(values).where(eq(residents.id, id)).run();
    },
    all(): Resident[] {
      return db.select().from(residents).all();
    },
  };
}
