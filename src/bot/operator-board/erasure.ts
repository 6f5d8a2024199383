import { GrammyError } from "grammy";
import type { Erasure as ErasureOf, GroupPost } from "#src/domain/privacy.js";
import type { Request } from "#src/domain/requests/model.js";
import type { BoardDeps } from "./types.js";

/** Relays show the resident's words: remembered per person, so erasure finds them. */
export function recordRelays(deps: BoardDeps, request: Request, messageIds: number[]): void {
  for (const messageId of messageIds) {
    deps.services.privacy.recordPost([request.residentId], {
      chatId: deps.chatId,
      messageId,
      threadId: request.topicId,
      kind: "relay",
      requestId: request.id,
    });
  }
}

/** What Telegram holds of an erased person (/forget, retention): their cards and the posts that showed them. */
export class Erasure {
  constructor(
    private readonly deps: BoardDeps,
    /** Redraws a request's card in whichever group it is in. */
    private readonly refresh: (requestId: number) => Promise<void>,
  ) {}

  /**
   * Every card of theirs is redrawn without them, and every recorded post is deleted, or redacted
   * when Telegram refuses (older than 48 hours). Returns true when nothing is left to do; otherwise
   * the nightly run tries again.
   */
  async erase(erasure: Pick<ErasureOf, "markerId" | "requestIds">): Promise<boolean> {
    const { privacy } = this.deps.services;
    for (const id of erasure.requestIds) await this.refresh(id);
    let left = 0;
    for (const post of privacy.postsOf(erasure.markerId)) {
      if (await this.removePost(post)) privacy.postHandled(post.id);
      else left++;
    }
    if (left) this.deps.logger.warn({ left }, "erasure: some group posts could not be removed yet");
    return left === 0;
  }

  /** True when the post is gone or redacted, or can never be; false on a transient failure. */
  private removePost(post: GroupPost): Promise<boolean> {
    return removePost(this.deps, post);
  }
}

/**
 * Deletes a post of the bot's (or a staff message) in a group, or redacts it when Telegram refuses (older than 48
 * hours): true when it is gone or redacted, or can never be; false on a transient failure.
 */
export async function removePost(deps: BoardDeps, post: Pick<GroupPost, "chatId" | "messageId" | "kind">): Promise<boolean> {
  const { api, italian } = deps;
  const attempt = async (call: () => Promise<unknown>): Promise<"done" | "refused" | "retry"> => {
    try {
      await call();
      return "done";
    } catch (error) {
      return error instanceof GrammyError && error.error_code < 429 ? "refused" : "retry";
    }
  };
  const deleted = await attempt(() => api.deleteMessage(post.chatId, post.messageId));
  if (deleted !== "refused") return deleted === "done";
  // A person's own message cannot be edited by the bot: deleting was all there was to try.
  if (post.kind === "staff") return true;
  const redacted = italian("board-post-redacted");
  const edited = await attempt(() => api.editMessageText(post.chatId, post.messageId, redacted));
  if (edited !== "refused") return edited === "done";
  // Media keep their caption, which is what names the person: it is replaced.
  return (await attempt(() => api.editMessageCaption(post.chatId, post.messageId, { caption: redacted }))) !== "retry";
}
