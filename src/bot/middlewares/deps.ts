import type { MiddlewareFn } from "grammy";
import type { BotContext, Deps } from "#src/bot/context.js";

/** Hands every handler the desk's dependencies (ctx.deps), passed in rather than imported. */
export function provideDeps(deps: Deps): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.deps = deps;
    return next();
  };
}
