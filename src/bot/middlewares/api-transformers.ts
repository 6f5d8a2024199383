import type { MiddlewareFn, Transformer } from "grammy";
import type { BotContext } from "#src/bot/context.js";

/**
 * Inside a flow ctx.api is a fresh Api without the bot's transformers (retries, the group
 * ledger): this installs them again, as a plugin of the conversations.
 */
export function withTransformers(transformers: Transformer[]): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.api.config.use(...transformers);
    return next();
  };
}
