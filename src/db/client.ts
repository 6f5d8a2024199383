import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { fromRoot } from "#src/paths.js";
import { GroupCommit } from "./group-commit.js";
import * as schema from "./schema.js";

/** drizzle over better-sqlite3, with the connection's group commit (see group-commit.ts). */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database; $commits: GroupCommit };

const MIGRATIONS = fromRoot("drizzle");

export interface DatabaseOptions {
  /**
   * FULL (the desk's): a commit survives a power cut, not only a crash of the process; with group
   * commit it costs one fsync per turn of the event loop (npm run bench compares it with NORMAL).
   * Tests, which never cut the power, use NORMAL to save an fsync per update.
   */
  synchronous?: "FULL" | "NORMAL";
}

/** Opens (creating if needed) the database file, sets the pragmas and applies pending migrations. */
export function openDatabase(path: string, options: DatabaseOptions = {}): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  // Another process (backup, a second bot by mistake) may hold the lock for a moment.
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // The inbox tells Telegram an update arrived once it is committed: a power cut must not undo that.
  sqlite.pragma(`synchronous = ${options.synchronous === "NORMAL" ? "NORMAL" : "FULL"}`);
  // Erased words must not linger in free space of the file: deleted content is overwritten with zeros.
  sqlite.pragma("secure_delete = ON");
  // 4 MB of page cache instead of better-sqlite3's 16 MB: the hot pages (inbox, outbox, open
  // requests, upcoming sessions) fit, and peak RSS drops by about 13 MB (npm run bench compares both).
  sqlite.pragma("cache_size = -4000");
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS });
  db.$commits = new GroupCommit(sqlite);
  db.$commits.joinWrites();
  return db;
}

/**
 * Copies the WAL into the database file and truncates the WAL to zero bytes, so the page images
 * written before an erasure (which still hold the erased words) leave the disk. Returns false when
 * a reader (a backup in progress) kept it from finishing; the next erasure or nightly run retries.
 */
export function checkpoint(db: Db): boolean {
  db.$commits.flush();
  const [result] = db.$client.pragma("wal_checkpoint(TRUNCATE)") as Array<{ busy: number }>;
  return !result || result.busy === 0;
}

/**
 * Runs fn in an IMMEDIATE transaction: the write lock is taken before the first read,
 * so two processes cannot both read "one seat left". While updates are in hand it is a
 * savepoint of the turn's transaction (see group-commit.ts).
 */
export function immediate<T>(db: Db, fn: () => T): T {
  return db.$commits.transaction(fn);
}
