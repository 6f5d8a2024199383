import type { Context, MiddlewareFn } from "grammy";
import type { BotContext } from "./context.js";

/** One flow per private chat; in the operator group one per staff member. */
export function flowStorageKey(ctx: Context): string | undefined {
  if (ctx.chatId === undefined) return undefined;
  return ctx.chat?.type === "private" ? String(ctx.chatId) : `${ctx.chatId}:${ctx.from?.id ?? 0}`;
}

/**
 * A flow left alone for too long ends politely on the next message, which is then handled
 * as fresh input; the clock is the desk's, so tests can move it.
 */
export function expireIdleFlows(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const key = flowStorageKey(ctx);
    if (key) {
      const { repos, clock, config } = ctx.deps;
      const updatedAt = repos.conversations.updatedAt(key);
      if (updatedAt && clock.now().getTime() - updatedAt.getTime() > config.flowIdleMinutes * 60_000) {
        repos.conversations.delete(key);
        if (ctx.chat?.type === "private") await ctx.reply(ctx.t("flow-expired"), { reply_markup: { remove_keyboard: true } });
      }
    }
    return next();
  };
}
