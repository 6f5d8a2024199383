import type { MiddlewareFn } from "grammy";
import type { ChatMember } from "grammy/types";
import type { BotContext } from "#src/bot/context.js";

const PRESENT: ReadonlySet<ChatMember["status"]> = new Set(["creator", "administrator", "member"]);

/**
 * The desk works in private chats and in its operator group, nowhere else. Anyone can add a bot
 * to a group; staying there would let strangers read the bot's name and commands under their own
 * title and would tie the desk to chats nobody watches. So when Telegram says the bot was added to
 * any other group, supergroup or channel, it leaves at once and says so in the log; whatever else
 * comes from such a chat is dropped unread.
 */
export const strangersGroups: MiddlewareFn<BotContext> = async (ctx, next) => {
  const chat = ctx.chat;
  // Every team's operator group, and the coordinators', are the desk's own.
  if (!chat || chat.type === "private" || ctx.deps.services.teams.staffChats.includes(chat.id)) return next();
  const change = ctx.update.my_chat_member;
  const added =
    change !== undefined &&
    (PRESENT.has(change.new_chat_member.status) ||
      (change.new_chat_member.status === "restricted" && change.new_chat_member.is_member));
  if (!added) return;
  const { logger } = ctx.deps;
  const where = { chatId: chat.id, chatType: chat.type, title: chat.title, addedBy: change.from.id };
  try {
    await ctx.api.leaveChat(chat.id);
    logger.warn(where, "added to a chat that is not the operator group: left it");
  } catch (error) {
    logger.error({ ...where, err: (error as Error).message }, "added to a chat that is not the operator group: could not leave it");
  }
};
