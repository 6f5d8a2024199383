import type { Transformer } from "grammy";
import type { GroupCommit } from "#src/db/group-commit.js";

/**
 * Every Bot API call waits until the writes before it are committed: a resident is never told
 * "saved" (nor a post made, nor a button answered) on the strength of a write a crash could
 * still undo. Outside a turn's transaction the call goes at once. This transformer is the wait of the Apis that
 * speak for no update (the bot's own, the outbox's); an update's Api and its flows' wait in the update's fetch
 * (FlowSends.fetchFor), below every transformer, by the same rules.
 */
export function afterCommit(commits: GroupCommit): Transformer {
  return (prev, method, payload, signal) =>
    commits.pending && !silentAnswer(method, payload) ? commits.settled().then(() => prev(method, payload, signal)) : prev(method, payload, signal);
}

/**
 * An answer to a press that shows nothing (no text, no link): it only stops the button's spinner, so it says nothing a
 * crash could undo and goes at once. Most presses begin with one; waiting for the turn's commit kept every press's
 * update in hand a turn longer (and its objects alive through one more young-generation collection).
 */
export function silentAnswer(method: string, payload: unknown): boolean {
  if (method !== "answerCallbackQuery") return false;
  const p = payload as { text?: unknown; url?: unknown } | undefined;
  return !p?.text && !p?.url;
}

/** The same test on a call's JSON body, for a fetch that sees only the URL and the body (see FlowSends). */
export function silentAnswerBody(url: string, body: unknown): boolean {
  return url.endsWith("/answerCallbackQuery") && typeof body === "string" && !body.includes('"text"') && !body.includes('"url"');
}
