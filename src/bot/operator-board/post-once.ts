import { GrammyError, HttpError, type InlineKeyboard } from "grammy";
import { UncertainPost } from "#src/delivery/group-ledger.js";
import type { GroupPost } from "#src/domain/notifications.js";
import type { Request } from "#src/domain/requests/model.js";
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
    // Lost before (its answer never came), or on its way when the process died (the ledger kept it): look first.
    const lostAfter = post.uncertain && post.uncertain.html === html ? post.uncertain.after : ledger?.lostAfter(chatId, html);
    if (lostAfter !== undefined) {
      const found = await this.probe(lostAfter, html, options);
      ledger?.settle(chatId, lostAfter, html);
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
   * Looks for the lost post where it can only be (see GroupLedger.candidates): an id above the last one seen that
   * nobody accounts for, and that no other lost post may hold. Telegram answers "not modified" when asked to set a
   * message to what it already says: that proves it is this post, and changes nothing. When the ledger cannot prove
   * where it is (two posts lost together, or a restart since), nothing is touched and the post is sent again.
   */
  private async probe(after: number, html: string, options: HtmlOptions): Promise<number | undefined> {
    const { api, chatId, ledger, logger } = this.deps;
    const ids = ledger?.candidates(chatId, after, html, PROBE_SPAN);
    if (!ids) {
      logger.warn({ chatId }, "a lost post cannot be told apart from others: sending it again");
      return undefined;
    }
    return probeCandidates(this.deps, ids, (id) => api.editMessageText(chatId, id, html, options));
  }
}

/**
 * Tries each candidate id with an edit that repeats what the lost post says: "not modified" proves it is there;
 * an edit that went through means only this lost post could be there (the ledger gives no shared ids), so it is
 * ours with other words. A transient error stops the probe, to be tried again.
 */
export async function probeCandidates(
  deps: Pick<BoardDeps, "chatId" | "ledger" | "logger">,
  ids: readonly number[],
  edit: (id: number) => Promise<unknown>,
): Promise<number | undefined> {
  const { chatId, ledger, logger } = deps;
  for (const id of ids) {
    try {
      await edit(id);
      logger.error({ messageId: id }, "probe changed an unaccounted post of the bot's");
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
