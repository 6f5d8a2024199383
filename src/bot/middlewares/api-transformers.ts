import type { MiddlewareFn, Transformer } from "grammy";
import type { BotContext } from "#src/bot/context.js";
import type { FlowSends } from "#src/delivery/flow-sends.js";

/**
 * Inside a flow ctx.api is a fresh Api without the bot's transformers (retries, the group
 * ledger): this installs them again, as a plugin of the conversations — first the mark of the
 * flow's sends (FlowSends), just above the plugin's log, for the fetch of the update it runs in.
 */
export function withTransformers(flowSends: FlowSends, transformers: Transformer[]): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.api.config.use(flowSends.transformerFor(ctx.api), ...transformers);
    return next();
  };
}
