import { GrammyError, HttpError, type Transformer } from "grammy";
import type { ApiResponse } from "grammy/types";
import type { Clock } from "#src/clock.js";
import type { GroupLedger } from "./group-ledger.js";

export interface RetryOptions {
  /** Attempts after the first one. */
  retries: number;
  /** The most a single call may wait in total before its error is passed on. */
  maxWaitMs: number;
}

/** Replies to the update in hand: a handful of tries within 20 s, then the error is the flow's to handle. */
export const REPLY_RETRY: RetryOptions = { retries: 5, maxWaitMs: 20_000 };

/**
 * Retries what Telegram did not carry out — 429 (after its retry_after), 5xx and broken
 * connections — on the desk's Clock, so fault tests run on virtual time. Unlike
 * @grammyjs/auto-retry, the total wait is bounded: a resident is never kept waiting for minutes.
 *
 * A send whose connection broke may have been carried out all the same: before sending it again, the ledger looks for
 * it where only it can be (see GroupLedger.findLost), so a lost answer never shows a reply twice. So does a send like
 * one lost earlier and not yet accounted for (an update run again after Telegram trouble).
 */
export function retryTransient(clock: Clock, options: RetryOptions = REPLY_RETRY, ledger?: GroupLedger): Transformer {
  return async (prev, method, payload, signal) => {
    let waited = 0;
    let look = ledger?.owed(method, payload) ?? false;
    for (let attempt = 0; ; attempt++) {
      let wait: number;
      try {
        let res: ApiResponse<unknown> | undefined;
        if (look && ledger) {
          const outcome = await ledger.findLost((m, p) => prev(m as never, p as never, signal), method, payload as Record<string, unknown>, () => clock.now());
          if (outcome !== "send" && "found" in outcome) return { ok: true, result: outcome.found } as never;
          if (outcome !== "send") res = { ok: false, ...outcome };
          else look = false;
        }
        res ??= await prev(method, payload, signal);
        if (res.ok) return res as never;
        if (res.error_code === 429) wait = (res.parameters?.retry_after ?? 1) * 1000;
        else if (res.error_code >= 500) wait = 1000 * 2 ** attempt;
        else return res as never;
        if (attempt >= options.retries || waited + wait > options.maxWaitMs || signal?.aborted) return res as never;
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        // Sent, perhaps: the next attempt looks for it first.
        look = ledger !== undefined;
        wait = 1000 * 2 ** attempt;
        if (attempt >= options.retries || waited + wait > options.maxWaitMs || signal?.aborted) throw error;
      }
      waited += wait;
      await clock.sleep(wait);
    }
  };
}

/**
 * A button's spinner that Telegram no longer lets us stop (the query is too old, the network
 * failed) is no reason to fail the update the press carried: the press itself still counts.
 */
export const callbackAnswersNeverFail: Transformer = (prev, method, payload, signal) => {
  // Every other call passes straight through (no async frame of its own: this sits on every call of every update).
  if (method !== "answerCallbackQuery") return prev(method, payload, signal);
  return prev(method, payload, signal).then(
    (res) => (res.ok ? res : ({ ok: true, result: true } as never)),
    () => ({ ok: true, result: true }) as never,
  );
};

/** Telegram trouble that passes (rate limit, server error, broken connection), as opposed to a bad request. */
export function isTransient(error: unknown): boolean {
  if (error instanceof HttpError) return true;
  return error instanceof GrammyError && (error.error_code === 429 || error.error_code >= 500);
}

/**
 * The outbox's sends to residents: one like a send whose answer was lost (an earlier attempt, or one on its way when
 * the process died) is looked for first, where only it can be (see GroupLedger.findLost), and sent again only when it
 * is not there — a reminder shows once, and is never given up for fear of showing it twice. The outbox paces and
 * retries on its own: a probe that meets 429 or 5xx answers with it, and the row waits its turn. Group posts have
 * their own probe (operator-board/post-once.ts).
 */
export function probeBeforeResending(clock: Clock, ledger: GroupLedger, probeable: (chatId: number) => boolean): Transformer {
  return async (prev, method, payload, signal) => {
    const chatId = Number((payload as { chat_id?: unknown }).chat_id);
    if (!(chatId > 0) || !probeable(chatId) || !ledger.owed(method, payload)) return prev(method, payload, signal);
    const outcome = await ledger.findLost((m, p) => prev(m as never, p as never, signal), method, payload as Record<string, unknown>, () => clock.now());
    if (outcome === "send") return prev(method, payload, signal);
    if ("found" in outcome) return { ok: true, result: outcome.found } as never;
    return { ok: false, ...outcome } as never;
  };
}
