import { Composer } from "grammy";
import { pattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { showMenu } from "./menu.js";

/**
 * Ways out that work everywhere, even in the middle of a flow: they sit before the
 * conversations so a waiting flow never swallows them.
 */
export const globalCommandsFeature = new Composer<BotContext>();
const privateChat = globalCommandsFeature.chatType("private");

async function leaveFlows(ctx: BotContext): Promise<boolean> {
  const active = Object.keys(ctx.conversation.active()).length > 0;
  if (active) await ctx.conversation.exitAll();
  return active;
}

privateChat.command("cancel", async (ctx) => {
  const left = await leaveFlows(ctx);
  await ctx.reply(ctx.t(left ? "cancel-done" : "cancel-nothing"), { reply_markup: { remove_keyboard: true } });
  await showMenu(ctx);
});

privateChat.command(["start", "menu", "language", "help", "privacy", "mydata", "forget"], async (ctx, next) => {
  await leaveFlows(ctx);
  return next();
});

privateChat.callbackQuery(pattern.menu, async (ctx, next) => {
  await leaveFlows(ctx);
  return next();
});
