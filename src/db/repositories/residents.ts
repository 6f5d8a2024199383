import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { residents } from "../schema.js";

export type Resident = typeof residents.$inferSelect;

export function residentsRepository(db: Db) {
  // Read on every update (language, consent): prepared once.
  const byId = db
    .select()
    .from(residents)
    .where(eq(residents.id, sql.placeholder("id")))
    .prepare();
  const language = db.$client.prepare("SELECT language FROM residents WHERE id = ?").pluck();
  const ensure = db.$client.prepare("INSERT OR IGNORE INTO residents (id, created_at) VALUES (?, ?)");
  const blocked = db.$client.prepare("SELECT blocked_at IS NOT NULL FROM residents WHERE id = ?").pluck();
  // The language is asked for every context a conversation replays; it changes only here.
  const languages = new Map<number, string | null>();
  return {
    get(id: number): Resident | undefined {
      return byId.get({ id });
    },
    language(id: number): string | null | undefined {
      if (languages.has(id)) return languages.get(id);
      const value = language.get(id) as string | null | undefined;
      if (value !== undefined) {
        if (languages.size > 50_000) languages.clear();
        languages.set(id, value);
      }
      return value;
    },
    /** Whether Telegram told us this person cannot be reached (asked on every private update). */
    isBlocked(id: number): boolean {
      return blocked.get(id) === 1;
    },
    /** Creates the bare row (chat id only: nothing personal before consent). */
    ensure(id: number, at: Date): Resident {
      ensure.run(id, at.getTime());
      return this.get(id)!;
    },
    update(id: number, values: Partial<Omit<Resident, "id">>): void {
      db.update(residents).set(values).where(eq(residents.id, id)).run();
      languages.delete(id);
    },
    /** Forgets what this process remembers of a person (after erasure). */
    evict(id: number): void {
      languages.delete(id);
    },
  };
}
