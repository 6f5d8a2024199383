import type { BotContext } from "#src/bot/context.js";

/** An update from an operator group: a team's (each team has its own; with one team, OPERATOR_CHAT_ID). */
export const inOperatorGroup = (ctx: BotContext) => ctx.deps.services.teams.byChat(ctx.chat?.id) !== undefined;

/** Where staff give commands: a team's group, the coordinators' group, or a private chat with the bot. */
export const inStaffChat = (ctx: BotContext) =>
  ctx.chat?.type === "private" || (ctx.chat !== undefined && ctx.deps.services.teams.staffChats.includes(ctx.chat.id));
