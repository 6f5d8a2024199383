import type { MiddlewareFn } from "grammy";
import type { BotContext } from "#src/bot/context.js";

/**
 * Someone who blocked the bot and writes again has unblocked it: reminders may flow again.
 * Retention counts from the last day a person used the desk.
 */
export const reachability: MiddlewareFn<BotContext> = (ctx, next) => {
  if (ctx.chat?.type === "private" && ctx.from) {
    ctx.deps.services.residents.markReachable(ctx.from.id);
    ctx.deps.services.privacy.seen(ctx.from.id);
  }
  return next();
};
