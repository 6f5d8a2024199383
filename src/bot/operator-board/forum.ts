import { GrammyError } from "grammy";
import type { Request } from "#src/domain/requests/model.js";
import type { BoardDeps } from "./types.js";

/** Whether the group has topics is asked again after this long (staff may turn them on). */
const FORUM_CACHE_MS = 5 * 60_000;

/** The group's topics: whether it has them (asked once in a while, not before every post) and where a request's posts go. */
export class Forum {
  private cache: { value: boolean; until: number } | undefined;

  constructor(private readonly deps: BoardDeps) {}

  /**
   * What Telegram says about the group. Only an answer is kept: a 5xx, a 429 or a lost connection is passed on (the
   * outbox tries the post again shortly), never cached as "no topics" — that would file requests without topics.
   */
  async isForum(): Promise<boolean> {
    const now = this.deps.now().getTime();
    if (this.cache && this.cache.until > now) return this.cache.value;
    let value = false;
    try {
      const chat = await this.deps.api.getChat(this.deps.chatId);
      value = "is_forum" in chat && chat.is_forum === true;
    } catch (error) {
      if (!(error instanceof GrammyError) || error.error_code === 429 || error.error_code >= 500) throw error;
      // A refusal (no such group, no rights): posts go to the general chat, as to a group without topics.
      this.deps.logger.warn({ err: error.description }, "could not read the operator group");
    }
    this.cache = { value, until: now + FORUM_CACHE_MS };
    return value;
  }

  /** Where a message about this request goes: its topic, or as a reply to its card. */
  place(request: Request) {
    if (request.topicId) return { message_thread_id: request.topicId };
    if (request.cardMessageId) {
      return { reply_parameters: { message_id: request.cardMessageId, allow_sending_without_reply: true } };
    }
    return {};
  }
}
