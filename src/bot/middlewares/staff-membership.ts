import type { MiddlewareFn } from "grammy";
import type { BotContext } from "#src/bot/context.js";

/**
 * Staff are the operator group's members, and the desk remembers Telegram's answer for a minute.
 * A volunteer removed from the group must lose access at once, not a minute later: every
 * membership change there (Telegram sends `chat_member` to the group's administrators, which the
 * bot is; joins and leaves also arrive as service messages) drops what was remembered about that person.
 */
export const staffMembership: MiddlewareFn<BotContext> = (ctx, next) => {
  if (ctx.chat === undefined || !ctx.deps.services.teams.staffChats.includes(ctx.chat.id)) return next();
  const change = ctx.update.chat_member;
  if (change) {
    ctx.deps.staff.forget(change.new_chat_member.user.id);
    // Nothing else in the desk reads membership changes.
    return;
  }
  const message = ctx.update.message;
  if (message?.left_chat_member) ctx.deps.staff.forget(message.left_chat_member.id);
  for (const joined of message?.new_chat_members ?? []) ctx.deps.staff.forget(joined.id);
  return next();
};
