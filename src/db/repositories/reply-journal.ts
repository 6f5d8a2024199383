import type { Db } from "#src/db/client.js";

/** A send kept for an update that may run again (see delivery/reply-journal.ts): no words, only where it went. */
export interface JournaledSend {
  /** A digest of the call and what it said. */
  key: string;
  /** What Telegram answered, without the text (message id, date, chat, topic). */
  result: string;
}

/** The reply journal across a crash (the reply_journal table): rows live while their update is unfinished. */
export function replyJournalRepository(db: Db) {
  const sqlite = db.$client;
  const updates = sqlite.prepare<[], number>("SELECT DISTINCT update_id FROM reply_journal").pluck();
  const get = sqlite.prepare<[number, number], JournaledSend>("SELECT key, result FROM reply_journal WHERE update_id = ? AND idx = ?");
  // Kept the moment Telegram answered, in a commit of its own when no turn is open: a crash right after a send must
  // not send it again. Forgetting, at the end of the update, goes with the update's other writes.
  const put = db.$commits.prepareAlone("INSERT OR REPLACE INTO reply_journal (update_id, idx, key, result, at) VALUES (?, ?, ?, ?, ?)");
  // That commit of its own is made with synchronous=NORMAL: in WAL mode a crash of the process keeps it (it is in the
  // WAL, in the system's cache), which is what the journal is for; only a power cut before the next commit's fsync
  // (FULL, a few milliseconds later on a busy desk) could lose it, and then the update's rerun says that message
  // again: a repeat, never a loss. An fsync on the main thread for each of these puts held every other update (about
  // one put in four updates at 500 updates a second, bench/tail.ts).
  // (Set by exec each time: a prepared PRAGMA statement does not reliably apply again once another has run.)
  let level: number | undefined;
  const forget = sqlite.prepare("DELETE FROM reply_journal WHERE update_id = ?");
  const prune = sqlite.prepare("DELETE FROM reply_journal WHERE at < ?");
  return {
    /** The updates with sends kept (unfinished when the last run stopped, or deferred). */
    updates(): number[] {
      return updates.all();
    },
    get(updateId: number, index: number): JournaledSend | undefined {
      return get.get(updateId, index);
    },
    put(updateId: number, index: number, send: JournaledSend, at: Date): void {
      if (sqlite.inTransaction) {
        put.run(updateId, index, send.key, send.result, at.getTime());
        return;
      }
      // The connection's own level, read once (the desk opens with FULL; a benchmark may compare another).
      level ??= Number(sqlite.pragma("synchronous", { simple: true }));
      sqlite.exec("PRAGMA synchronous = NORMAL");
      try {
        put.run(updateId, index, send.key, send.result, at.getTime());
      } finally {
        sqlite.exec(`PRAGMA synchronous = ${level}`);
      }
    },
    forget(updateId: number): void {
      forget.run(updateId);
    },
    /** Rows older than `before`: their update was set aside or given up long ago. */
    prune(before: Date): number {
      return prune.run(before.getTime()).changes;
    },
  };
}

export type ReplyJournalRepository = ReturnType<typeof replyJournalRepository>;
