import type { Db } from "#src/db/client.js";

/** A post into a group in flight or lost, as kept (delivery/group-ledger.ts reads it). */
export interface StoredLoss {
  key: number;
  chatId: number;
  before: number;
  digest: string;
  until: number | null;
}

/** Ids kept per group: well beyond a probe's reach, and few enough to read at start in a moment. */
const KEEP_PER_GROUP = 2000;

/** The operator groups' ledger across restarts (the group_ledger_ids and group_ledger_lost tables). */
export function groupLedgerRepository(db: Db) {
  const sqlite = db.$client;
  const insertId = sqlite.prepare("INSERT OR IGNORE INTO group_ledger_ids (chat_id, message_id) VALUES (?, ?)");
  const prune = sqlite.prepare(
    `DELETE FROM group_ledger_ids WHERE chat_id = @chat AND message_id < (
       SELECT message_id FROM group_ledger_ids WHERE chat_id = @chat ORDER BY message_id DESC LIMIT 1 OFFSET @keep)`,
  );
  const chats = sqlite.prepare<[], number>("SELECT DISTINCT chat_id FROM group_ledger_ids").pluck();
  const ids = sqlite.prepare<[], { chatId: number; messageId: number }>(
    "SELECT chat_id AS chatId, message_id AS messageId FROM group_ledger_ids ORDER BY chat_id, message_id",
  );
  const lost = sqlite.prepare<[], StoredLoss>("SELECT key, chat_id AS chatId, before, digest, until FROM group_ledger_lost ORDER BY key");
  const insertLost = sqlite.prepare("INSERT INTO group_ledger_lost (chat_id, before, digest) VALUES (?, ?, ?)");
  const dropLost = sqlite.prepare("DELETE FROM group_ledger_lost WHERE key = ?");
  const untilLost = sqlite.prepare("UPDATE group_ledger_lost SET until = ? WHERE key = ?");
  let inserts = 0;
  return {
    load(): { ids: Array<{ chatId: number; messageId: number }>; lost: StoredLoss[] } {
      for (const chat of chats.all()) prune.run({ chat, keep: KEEP_PER_GROUP });
      return { ids: ids.all(), lost: lost.all() };
    },
    seen(chatId: number, messageId: number): void {
      insertId.run(chatId, messageId);
      if (++inserts % 500 === 0) prune.run({ chat: chatId, keep: KEEP_PER_GROUP });
    },
    inFlight(chatId: number, before: number, digest: string): number {
      return Number(insertLost.run(chatId, before, digest).lastInsertRowid);
    },
    drop(key: number): void {
      dropLost.run(key);
    },
    until(key: number, messageId: number): void {
      untilLost.run(messageId, key);
    },
  };
}
