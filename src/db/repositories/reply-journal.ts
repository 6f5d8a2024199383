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
      put.run(updateId, index, send.key, send.result, at.getTime());
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
