import { Composer } from "grammy";
import type { StartFlow } from "../../domain/residents.js";
import { pattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { backToMenu, mainMenu } from "../keyboards/main-menu.js";

/** Menu entries each feature serves; what is not built yet answers politely. */
export type FlowOpener = (ctx: BotContext) => Promise<unknown>;
const openers = new Map<string, FlowOpener>();

export function registerFlow(item: string, opener: FlowOpener) {
  openers.set(item, opener);
}

export async function showMenu(ctx: BotContext) {
  await ctx.reply(ctx.t("menu-title"), { reply_markup: mainMenu(ctx) });
}

export async function openFlow(ctx: BotContext, item: StartFlow | string) {
  const opener = openers.get(item);
  if (opener) return opener(ctx);
  await ctx.reply(ctx.t("feature-coming"), { reply_markup: backToMenu(ctx) });
}

export const menuFeature = new Composer<BotContext>();
const privateChat = menuFeature.chatType("private");

privateChat.command("menu", showMenu);
privateChat.command("help", (ctx) => ctx.reply(ctx.t("help-text")));

privateChat.callbackQuery(pattern.menu, async (ctx) => {
  await ctx.answerCallbackQuery();
  const item = ctx.match[1]!;
  if (item === "main") return showMenu(ctx);
  return openFlow(ctx, item);
});

registerFlow("info", async (ctx) => {
  await ctx.reply(ctx.t("info-text"), { parse_mode: "HTML" });
  await ctx.replyWithVenue(44.8969, 8.6236, ctx.t("info-venue-title"), "Via Gandolfi 20, 15121 Alessandria", {
    reply_markup: backToMenu(ctx),
  });
});
