import { GrammyError, HttpError, type InlineKeyboard } from "grammy";
import { UncertainPost } from "../../delivery/group-ledger.js";
import type { GroupPost } from "../../domain/notifications.js";
import type { Request } from "../../domain/requests.js";
import type { Forum } from "./forum.js";
import type { BoardDeps } from "./types.js";

/** How far above the last id seen a lost post is looked for (others may have written meanwhile). */
const PROBE_SPAN = 6;

type HtmlOptions = { parse_mode: "HTML"; reply_markup?: InlineKeyboard };

/**
 * Sends a text post into the group once: when the previous attempt's answer was lost, the group is
 * first searched for it (see GroupLedger) and, if it is there, nothing is sent again.
 */
export class PostOnce {
  constructor(
    private readonly deps: BoardDeps,
    private readonly forum: Forum,
  ) {}

  /** The group this poster writes in. */
  get chatId(): number {
    return this.deps.chatId;
  }

  async send(
    post: GroupPost,
    request: Request,
    html: string,
    keyboard?: InlineKeyboard,
    absorbed?: number[],
    /** Where in the group: the request's topic (or under its card) unless said (`{}`: the general chat). */
    where: Record<string, unknown> = this.forum.place(request),
  ): Promise<{ message_id: number }> {
    const { api, chatId, ledger } = this.deps;
    const options: HtmlOptions = { parse_mode: "HTML", ...(keyboard ? { reply_markup: keyboard } : {}) };
    if (post.uncertain && post.uncertain.html === html) {
      const found = await this.probe(post.uncertain.after, html, options);
      if (found !== undefined) return { message_id: found };
    }
    const before = ledger?.max(chatId);
    try {
      return await api.sendMessage(chatId, html, { ...options, ...where });
    } catch (error) {
      if (error instanceof HttpError && before !== undefined) {
        throw new UncertainPost({ ...post, uncertain: { after: before, html, ...(absorbed?.length ? { absorbed } : {}) } }, error);
      }
      throw error;
    }
  }

  /**
   * Looks just above the last id seen for a message nobody accounts for that already holds this
   * exact text: Telegram answers "not modified" when asked to set a message to what it says.
   */
  private async probe(after: number, html: string, options: HtmlOptions): Promise<number | undefined> {
    const { api, chatId, ledger, logger } = this.deps;
    for (let id = after + 1; id <= after + PROBE_SPAN; id++) {
      if (ledger?.known(chatId, id)) continue;
      try {
        await api.editMessageText(chatId, id, html, options);
        // Ours, unaccounted for, and now showing this text: another lost post of ours. Rare; said.
        logger.warn({ messageId: id }, "probe rewrote an unaccounted post of the bot's");
        ledger?.seen(chatId, id);
        return id;
      } catch (error) {
        if (!(error instanceof GrammyError)) throw error;
        if (error.description.includes("not modified")) {
          ledger?.seen(chatId, id);
          return id;
        }
        if (error.error_code === 429 || error.error_code >= 500) throw error;
      }
    }
    return undefined;
  }
}
