import type { Transformer } from "grammy";
import type { GroupCommit } from "#src/db/group-commit.js";

/**
 * Every Bot API call waits until the writes before it are committed: a resident is never told
 * "saved" (nor a post made, nor a button answered) on the strength of a write a crash could
 * still undo. Outside a turn's transaction the call goes at once.
 */
export function afterCommit(commits: GroupCommit): Transformer {
  return (prev, method, payload, signal) =>
    commits.pending ? commits.settled().then(() => prev(method, payload, signal)) : prev(method, payload, signal);
}
