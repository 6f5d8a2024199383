import type { Clock } from "#src/clock.js";
import type { Db } from "#src/db/client.js";

/**
 * The one format of a flow's key: a resident's private chat by their id; a staff member in a
 * group by "chat:person", so two colleagues can each run a flow there at the same time.
 */
export const flowKey = {
  resident: (residentId: number) => String(residentId),
  staff: (chatId: number, userId: number) => `${chatId}:${userId}`,
  /** The resident whose private flow the key names; undefined for a staff member's. */
  residentOf: (key: string): number | undefined => (/^\d+$/.test(key) ? Number(key) : undefined),
};

/**
 * Storage adapter for @grammyjs/conversations: one row per chat (and staff member in the group).
 * Read and written on every update of a flow, so the statements are prepared once.
 */
export function conversationsRepository(db: Db, clock: Clock) {
  const read = db.$client.prepare<[string], string>("SELECT state FROM conversation_states WHERE key = ?").pluck();
  const updatedAt = db.$client.prepare<[string], number>("SELECT updated_at FROM conversation_states WHERE key = ?").pluck();
  const write = db.$client.prepare(
    `INSERT INTO conversation_states (key, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const remove = db.$client.prepare("DELETE FROM conversation_states WHERE key = ?");
  const stale = db.$client.prepare<[number], string>("SELECT key FROM conversation_states WHERE updated_at < ?").pluck();
  const addPiece = db.$client.prepare<[string, number, string, number, number]>(
    "INSERT OR IGNORE INTO flow_pieces (key, message_id, piece, chars, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  // A resident's messages have positive ids: 0 is the receipt's row, -1 the form's own (see below).
  const pieces = db.$client.prepare<[string], string>("SELECT piece FROM flow_pieces WHERE key = ? AND message_id > 0 ORDER BY id").pluck();
  const piecesSize = db.$client.prepare<[string], { count: number; chars: number }>(
    "SELECT count(*) AS count, coalesce(sum(chars), 0) AS chars FROM flow_pieces WHERE key = ? AND message_id > 0",
  );
  const clearAll = db.$client.prepare<[string]>("DELETE FROM flow_pieces WHERE key = ?");
  const clearPieces = db.$client.prepare<[string]>("DELETE FROM flow_pieces WHERE key = ? AND message_id >= 0");
  // Where a form stands (its step, its answers, its question as sent): a row of its own beside its pieces, gone with the flow.
  const form = db.$client.prepare<[string], string>("SELECT piece FROM flow_pieces WHERE key = ? AND message_id = -1").pluck();
  const setForm = db.$client.prepare<[string, string, number]>(
    `INSERT INTO flow_pieces (key, message_id, piece, chars, created_at) VALUES (?, -1, ?, 0, ?)
     ON CONFLICT (key, message_id) DO UPDATE SET piece = excluded.piece`,
  );
  // The form's one "received (n) · Done" message: a row of its own (message id 0 is never a resident's message).
  const receipt = db.$client.prepare<[string], number>("SELECT chars FROM flow_pieces WHERE key = ? AND message_id = 0").pluck();
  const setReceipt = db.$client.prepare<[string, number, number]>(
    `INSERT INTO flow_pieces (key, message_id, piece, chars, created_at) VALUES (?, 0, '{}', ?, ?)
     ON CONFLICT (key, message_id) DO UPDATE SET chars = excluded.chars`,
  );
  return {
    /** The resident whose private flow a key names; undefined for a staff member's (the key's format is this module's). */
    residentOf: flowKey.residentOf,
    read(key: string) {
      const state = read.get(key);
      return state === undefined ? undefined : JSON.parse(state);
    },
    write(key: string, state: unknown) {
      write.run(key, JSON.stringify(state), clock.now().getTime());
    },
    delete(key: string) {
      remove.run(key);
      clearAll.run(key);
    },
    updatedAt(key: string): Date | undefined {
      const at = updatedAt.get(key);
      return at === undefined ? undefined : new Date(at);
    },
    /**
     * Keeps a piece of a form's description beside the flow, not in its replay log (see flow_pieces);
     * a message already kept (its update handled again) is kept once. Gone with the flow.
     */
    addPiece(key: string, messageId: number, piece: string, chars: number, at: Date): void {
      addPiece.run(key, messageId, piece, chars, at.getTime());
    },
    /** The pieces kept for a flow, in the order they came (as JSON). */
    pieces(key: string): string[] {
      return pieces.all(key);
    },
    /** How many pieces a flow has kept and how many characters of text they hold. */
    piecesSize(key: string): { count: number; chars: number } {
      return piecesSize.get(key)!;
    },
    /** The id of the message that counts the pieces received (edited as more come), if one was sent. */
    receipt(key: string): number | undefined {
      return receipt.get(key);
    },
    setReceipt(key: string, messageId: number, at: Date): void {
      setReceipt.run(key, messageId, at.getTime());
    },
    /** A description started again: its pieces and receipt go, the form's own state stays. */
    clearPieces(key: string): void {
      clearPieces.run(key);
    },
    /** Where a form stands (JSON), kept beside the flow: see bot/conversations/file-request.ts. */
    form(key: string): string | undefined {
      return form.get(key);
    },
    setForm(key: string, json: string, at: Date): void {
      setForm.run(key, json, at.getTime());
    },
    /** A form over (its flow may go on: the participant sheet after a request): its state and pieces go. */
    discardForm(key: string): void {
      clearAll.run(key);
    },
    /** Keys of flows untouched since `before`, so the sweeper can close them politely. */
    staleKeys(before: Date): string[] {
      return stale.all(before.getTime());
    },
  };
}
