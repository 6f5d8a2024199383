import { createHash } from "node:crypto";
import type { Transformer } from "grammy";
import type { Clock } from "#src/clock.js";

/** One handling of an update: its sends are counted from the first again, so a rerun meets them in the same order. */
export interface Run {
  readonly updateId: number;
  sends: number;
}

/** Where the journal is kept across a crash (the reply_journal table): digests and ids, never the words. */
export interface JournalStore {
  updates(): number[];
  get(updateId: number, index: number): { key: string; result: string } | undefined;
  put(updateId: number, index: number, send: { key: string; result: string }, at: Date): void;
  forget(updateId: number): void;
}

/** Calls that put a new message in a chat (a second one would show twice). */
const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVoice", "sendAudio", "sendVideo", "sendLocation", "sendVenue", "sendContact", "copyMessage", "forwardMessage"]);

/**
 * What an update's handling sent, kept while the update may run again — in SQLite, so a crash between a send and
 * the end of the update does not repeat it: an update deferred after Telegram trouble (see DeferredUpdates), or left
 * unfinished by a crash (the inbox hands it over again at start-up), reruns from the start, and what its first run
 * already sent — "✔️ Sent to the desk", the answer to a press — is not sent a second time: the rerun gets the first
 * run's answer for it. Only what went through is kept; an answer that was lost is the retry's to find (see
 * GroupLedger.findLost). Kept as a digest of the call and Telegram's answer without its text (the rerun has the
 * words again in its own call), and forgotten when the update is done.
 */
export class ReplyJournal {
  /** Updates with sends kept: only their reruns read the store. */
  private readonly kept: Set<number>;

  constructor(
    private readonly store: JournalStore,
    private readonly clock: Clock,
  ) {
    this.kept = new Set(store.updates());
  }

  /**
   * A handling of an update, to journal through `during(run)` on the Api that replies to it (the update's, built
   * by middlewares/reply-journal.ts, which every direct send made for the update goes through). Passed explicitly,
   * not kept in an AsyncLocalStorage: one active store would switch on Node's promise hooks, and every promise of
   * every update would pay for them.
   */
  start(updateId: number): Run {
    return { updateId, sends: 0 };
  }

  /** The update is done with (not deferred): it will not run again, its journal goes. */
  forget(updateId: number): void {
    if (!this.kept.delete(updateId)) return;
    this.store.forget(updateId);
  }

  /**
   * Where `during` goes among an Api's transformers (outside the retries): on an Api that speaks for no update
   * (the bot's own, the app's), it journals nothing.
   */
  readonly place: Transformer = (prev, method, payload, signal) => prev(method, payload, signal);

  /** The journal of one run, installed in `place`'s stead on the Api that replies to its update. */
  during(run: Run): Transformer {
    const journaled: Transformer = async (prev, method, payload, signal) => {
      const index = run.sends++;
      const key = keyOf(method, payload);
      const earlier = this.kept.has(run.updateId) ? this.store.get(run.updateId, index) : undefined;
      if (earlier?.key === key) return { ok: true, result: resultOf(earlier.result, payload) } as never;
      const res = await prev(method, payload, signal);
      if (res.ok) {
        this.store.put(run.updateId, index, { key, result: JSON.stringify(withoutWords(res.result)) }, this.clock.now());
        this.kept.add(run.updateId);
      }
      return res;
    };
    // Only a new message is journaled; every other call passes straight through, without an async frame of its own.
    return (prev, method, payload, signal) => (SENDS.has(method) ? journaled(prev, method, payload, signal) : prev(method, payload, signal));
  }
}

/** A send as the journal tells it from another: a digest of the method, the chat and what it says (its file for media). */
function keyOf(method: string, payload: unknown): string {
  const p = payload as Record<string, unknown>;
  const what = p.text ?? p.caption ?? p.message_id ?? p.latitude ?? "";
  const key = `${method}|${String(p.chat_id)}|${typeof what === "string" ? what : JSON.stringify(what)}`;
  return createHash("sha256").update(key).digest("base64url").slice(0, 22);
}

/** Telegram's answer as kept: where the message is, not what it says. */
function withoutWords(result: unknown): Record<string, unknown> {
  const m = (result ?? {}) as Record<string, unknown>;
  const chat = m.chat as { id?: unknown; type?: unknown } | undefined;
  return {
    message_id: m.message_id,
    date: m.date,
    ...(chat ? { chat: { id: chat.id, type: chat.type } } : {}),
    ...(m.message_thread_id !== undefined ? { message_thread_id: m.message_thread_id } : {}),
    ...(m.from !== undefined ? { from: m.from } : {}),
  };
}

/** The kept answer with the words and buttons of the rerun's own call (the same, since its key matched). */
function resultOf(kept: string, payload: unknown): Record<string, unknown> {
  const p = payload as Record<string, unknown>;
  return {
    ...(JSON.parse(kept) as Record<string, unknown>),
    ...(typeof p.text === "string" ? { text: p.text } : {}),
    ...(typeof p.caption === "string" ? { caption: p.caption } : {}),
    ...(p.reply_markup && typeof p.reply_markup === "object" && "inline_keyboard" in p.reply_markup ? { reply_markup: p.reply_markup } : {}),
  };
}
