import type { BotContext } from "../context.js";

/** An update from the operator group. */
export const inOperatorGroup = (ctx: BotContext) => ctx.chat?.id === ctx.deps.operatorChatId;

/** Where staff give commands: the operator group, or a private chat with the bot. */
export const inStaffChat = (ctx: BotContext) => ctx.chat?.type === "private" || inOperatorGroup(ctx);
