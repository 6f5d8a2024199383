import type { MiddlewareFn } from "grammy";
import type { GroupLedger } from "#src/delivery/group-ledger.js";
import type { BotContext } from "#src/bot/context.js";

/**
 * Every id people use in a chat is remembered — staff's in a group, a resident's in their chat — so a lost send of
 * ours is told from theirs.
 */
export function seenInGroups(ledger: GroupLedger): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    if (ctx.chat && ctx.msg) ledger.seen(ctx.chat.id, ctx.msg.message_id);
    return next();
  };
}
