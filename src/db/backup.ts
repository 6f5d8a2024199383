import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";

export interface BackupResult {
  file: string;
  pages: number;
  integrity: string;
}

/**
 * An online, consistent copy through SQLite's backup API (the bot keeps writing meanwhile),
 * checked with PRAGMA integrity_check before it is called good.
 */
export async function backupDatabase(source: Database.Database, file: string): Promise<BackupResult> {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const progress = await source.backup(target);
  const copy = new Database(target);
  try {
    // One self-contained file: no -wal/-shm beside it to lose when it is copied away.
    copy.pragma("journal_mode = DELETE");
    const integrity = (copy.pragma("integrity_check", { simple: true }) as string) ?? "unknown";
    if (integrity !== "ok") throw new Error(`backup ${target} failed integrity_check: ${integrity}`);
    return { file: target, pages: progress.totalPages, integrity };
  } finally {
    copy.close();
  }
}

/** The daily backup: a dated file in `dir`, keeping the newest `keep`. */
export async function dailyBackup(source: Database.Database, dir: string, keep: number, now: Date): Promise<BackupResult> {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const result = await backupDatabase(source, join(dir, `noi-desk-${stamp}.sqlite`));
  const old = readdirSync(dir)
    .filter((f) => /^noi-desk-.*\.sqlite$/.test(f))
    .sort()
    .reverse()
    .slice(keep);
  for (const f of old) for (const suffix of ["", "-wal", "-shm"]) rmSync(join(dir, f + suffix), { force: true });
  return result;
}
