import type { Db } from "#src/db/client.js";

/** The buttons the desk offered, per chat and message (see the offered_buttons table). */
export function offeredButtonsRepository(db: Db) {
  const sqlite = db.$client;
  // A message's buttons in one statement (a keyboard has up to a few dozen): one call into SQLite, not one per button.
  const insert = sqlite.prepare<[number, number, number, string]>(
    "INSERT OR REPLACE INTO offered_buttons (chat_id, message_id, data, offered_at) SELECT ?, ?, value, ? FROM json_each(?)",
  );
  const clear = sqlite.prepare("DELETE FROM offered_buttons WHERE chat_id = ? AND message_id = ?");
  const find = sqlite.prepare<[number, number, string], number>("SELECT 1 FROM offered_buttons WHERE chat_id = ? AND message_id = ? AND data = ?").pluck();
  const dataOf = sqlite.prepare<[number, number], string>("SELECT data FROM offered_buttons WHERE chat_id = ? AND message_id = ?").pluck();
  const ofChat = sqlite.prepare("DELETE FROM offered_buttons WHERE chat_id = ?");
  const before = sqlite.prepare("DELETE FROM offered_buttons WHERE offered_at < ?");
  const onlyPrefixed = sqlite
    .prepare<[{ chat: number; prefix: string }], number>(
      "SELECT message_id FROM offered_buttons WHERE chat_id = @chat GROUP BY message_id HAVING sum(substr(data, 1, length(@prefix)) <> @prefix) = 0 ORDER BY message_id",
    )
    .pluck();
  const count = sqlite.prepare<[number], number>("SELECT count(*) FROM offered_buttons WHERE chat_id = ?").pluck();
  // Recorded after each send, with the turn's writes (the statements join it, see GroupCommit.joinWrites; a
  // transaction must join before its BEGIN), not a commit of its own per message.
  const replace = db.$commits.joinTransaction((chatId: number, messageId: number, data: string[], at: number) => {
    clear.run(chatId, messageId);
    if (data.length) insert.run(chatId, messageId, at, JSON.stringify(data));
  });
  return {
    /** The message now offers exactly these buttons (none: its keyboard went). */
    offer(chatId: number, messageId: number, data: string[], at: Date): void {
      replace(chatId, messageId, data, at.getTime());
    },
    /** A message just sent offers these buttons: nothing to replace (its id is new in the chat). */
    offerOnNew(chatId: number, messageId: number, data: string[], at: Date): void {
      insert.run(chatId, messageId, at.getTime(), JSON.stringify(data));
    },
    /** The message was deleted, or its keyboard removed. */
    withdraw(chatId: number, messageId: number): void {
      clear.run(chatId, messageId);
    },
    wasOffered(chatId: number, messageId: number, data: string): boolean {
      return find.get(chatId, messageId, data) !== undefined;
    },
    /** What a message offers now (nothing once its keyboard went). */
    offeredOn(chatId: number, messageId: number): string[] {
      return dataOf.all(chatId, messageId);
    },
    /** The messages of a chat whose every button starts with `prefix` (e.g. the menu's): oldest first. */
    messagesOfferingOnly(chatId: number, prefix: string): number[] {
      return onlyPrefixed.all({ chat: chatId, prefix });
    },
    /** How many buttons a chat still holds (for tests of erasure). */
    countIn(chatId: number): number {
      return count.get(chatId) ?? 0;
    },
    /** Everything offered in one person's chat: erased with them. */
    forgetChat(chatId: number): void {
      ofChat.run(chatId);
    },
    /** Buttons offered before `at`: older than anything the desk still acts on. */
    pruneBefore(at: Date): number {
      return before.run(at.getTime()).changes;
    },
  };
}

export type OfferedButtonsRepository = ReturnType<typeof offeredButtonsRepository>;
