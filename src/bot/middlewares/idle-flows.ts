import type { Context, MiddlewareFn } from "grammy";
import { flowKey } from "#src/db/repositories/conversations.js";
import type { BotContext } from "#src/bot/context.js";

/** One flow per private chat; in a group one per staff member (see flowKey). */
export function flowStorageKey(ctx: Context): string | undefined {
  if (ctx.chatId === undefined) return undefined;
  return ctx.chat?.type === "private" ? flowKey.resident(ctx.chatId) : flowKey.staff(ctx.chatId, ctx.from?.id ?? 0);
}

/**
 * A flow left alone for too long ends politely on the next message, which is then handled
 * as fresh input; the clock is the desk's, so tests can move it.
 */
export function expireIdleFlows(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const key = flowStorageKey(ctx);
    if (key && ctx.deps.services.idleFlows.endIfIdle(key) && ctx.chat?.type === "private") {
      await ctx.reply(ctx.t("flow-expired"), { reply_markup: { remove_keyboard: true } });
    }
    return next();
  };
}
