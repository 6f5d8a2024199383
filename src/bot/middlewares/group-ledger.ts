import type { MiddlewareFn } from "grammy";
import type { GroupLedger } from "#src/delivery/group-ledger.js";
import type { BotContext } from "#src/bot/context.js";

/** Every id staff use in a group is remembered, so a lost post of ours is told from theirs. */
export function seenInGroups(ledger: GroupLedger): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    if (ctx.chat && ctx.chat.id < 0 && ctx.msg) ledger.seen(ctx.chat.id, ctx.msg.message_id);
    return next();
  };
}
