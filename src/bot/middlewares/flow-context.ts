import type { MiddlewareFn, Transformer } from "grammy";
import type { BotContext, Deps } from "#src/bot/context.js";
import type { FlowSends } from "#src/delivery/flow-sends.js";

/**
 * What every context inside a flow needs, as one plugin of the conversations: the desk's dependencies, the desk's
 * transformers on the flow's fresh Api (first the mark of the flow's sends, FlowSends, just above the plugin's log),
 * the resident's language (with plain numbers: see i18n.ts).
 *
 * The plugin runs its plugins for every wait a flow replays — a flow's fifth step hydrates the four before it again —
 * through a grammY Composer built anew each time, which asks an object middleware (the i18n plugin) for a new function
 * every time. One function here, the i18n middleware made once.
 */
export function flowContext(
  deps: Deps,
  flowSends: FlowSends,
  transformers: Transformer[],
  i18n: MiddlewareFn<BotContext>,
): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.deps = deps;
    ctx.api.config.use(flowSends.transformerFor(ctx.api), ...transformers);
    return i18n(ctx, next);
  };
}
