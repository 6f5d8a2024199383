import { AsyncLocalStorage } from "node:async_hooks";
import type { Transformer } from "grammy";

/** One handling of an update: its sends are counted from the first again, so a rerun meets them in the same order. */
interface Run {
  updateId: number;
  sends: number;
}

interface Sent {
  /** The call and what it said: a rerun that says something else at this place is sent for real. */
  key: string;
  result: unknown;
}

/** Calls that put a new message in a chat (a second one would show twice). */
const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVoice", "sendAudio", "sendVideo", "sendLocation", "sendVenue", "sendContact", "copyMessage", "forwardMessage"]);

/** Updates whose sends are kept while they wait to run again; beyond it the oldest is forgotten (it then sends again). */
const MAX_UPDATES = 2000;

/**
 * What an update's handling sent, kept while the update may run again: an update deferred after Telegram trouble
 * (see DeferredUpdates) reruns from the start, and what its first run already sent — "✔️ Sent to the desk", a form's
 * question — is not sent a second time: the rerun gets the first run's answer for it. Only what went through is kept;
 * an answer that was lost is the retry's to find (see GroupLedger.findLost).
 */
export class ReplyJournal {
  private readonly inHand = new AsyncLocalStorage<Run>();
  private readonly sent = new Map<number, Sent[]>();

  /** Handles an update with its sends journaled (a middleware wraps the rest of the update's path in it). */
  run<T>(updateId: number, handle: () => Promise<T>): Promise<T> {
    return this.inHand.run({ updateId, sends: 0 }, handle);
  }

  /** The update is done with (not deferred): it will not run again, its journal goes. */
  forget(updateId: number): void {
    this.sent.delete(updateId);
  }

  /** Install on every Api that replies to the update in hand (the bot's and each flow's), outside the retries. */
  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    const run = this.inHand.getStore();
    if (!run || !SENDS.has(method)) return prev(method, payload, signal);
    const index = run.sends++;
    const key = keyOf(method, payload);
    const earlier = this.sent.get(run.updateId)?.[index];
    if (earlier?.key === key) return { ok: true, result: earlier.result } as never;
    const res = await prev(method, payload, signal);
    if (res.ok) {
      const list = this.sent.get(run.updateId) ?? [];
      list[index] = { key, result: res.result };
      this.sent.delete(run.updateId);
      this.sent.set(run.updateId, list);
      if (this.sent.size > MAX_UPDATES) this.sent.delete(this.sent.keys().next().value as number);
    }
    return res;
  };
}

/** A send as the journal tells it from another: method, chat and what it says (its file for media). */
function keyOf(method: string, payload: unknown): string {
  const p = payload as Record<string, unknown>;
  const what = p.text ?? p.caption ?? p.message_id ?? p.latitude ?? "";
  return `${method}|${String(p.chat_id)}|${typeof what === "string" ? what : JSON.stringify(what)}`;
}
