import type { Db } from "#src/db/client.js";
import { rowByKey, updateByKey } from "#src/db/prepared.js";
import { residents } from "#src/db/schema.js";

export type Resident = typeof residents.$inferSelect;

/** How many people's languages this process remembers (RESIDENT_CACHE_SIZE). */
export const DEFAULT_RESIDENT_CACHE = 50_000;

export function residentsRepository(db: Db, cacheSize = DEFAULT_RESIDENT_CACHE) {
  // Read several times an update (language, consent, desk): prepared once, decoded without drizzle's generic mapping.
  const byId = rowByKey(db, residents, residents.id);
  const language = db.$client.prepare<[number], string | null>("SELECT language FROM residents WHERE id = ?").pluck();
  const ensure = db.$client.prepare<[number, number]>("INSERT OR IGNORE INTO residents (id, created_at) VALUES (?, ?)");
  const blocked = db.$client.prepare<[number], number>("SELECT blocked_at IS NOT NULL FROM residents WHERE id = ?").pluck();
  const update = updateByKey(db, residents, residents.id);
  // The language is asked for every context a conversation replays; it changes only here.
  const languages = new Map<number, string | null>();
  return {
    get(id: number): Resident | undefined {
      return byId(id);
    },
    language(id: number): string | null | undefined {
      if (languages.has(id)) return languages.get(id);
      const value = language.get(id);
      if (value !== undefined) {
        if (languages.size >= cacheSize) languages.clear();
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
      update(id, values);
      languages.delete(id);
    },
    /** Forgets what this process remembers of a person (after erasure). */
    evict(id: number): void {
      languages.delete(id);
    },
  };
}
