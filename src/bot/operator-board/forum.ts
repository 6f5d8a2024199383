import type { Request } from "../../domain/requests.js";
import type { BoardDeps } from "./types.js";

/** Whether the group has topics is asked again after this long (staff may turn them on). */
const FORUM_CACHE_MS = 5 * 60_000;

/** The group's topics: whether it has them (asked once in a while, not before every post) and where a request's posts go. */
export class Forum {
  private cache: { value: boolean; until: number } | undefined;

  constructor(private readonly deps: BoardDeps) {}

  async isForum(): Promise<boolean> {
    const now = this.deps.now().getTime();
    if (this.cache && this.cache.until > now) return this.cache.value;
    let value = false;
    try {
      const chat = await this.deps.api.getChat(this.deps.chatId);
      value = "is_forum" in chat && chat.is_forum === true;
    } catch (error) {
      this.deps.logger.warn({ err: (error as Error).message }, "could not read the operator group");
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
