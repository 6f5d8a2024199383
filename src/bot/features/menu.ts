import { Composer } from "grammy";
import type { StartFlow } from "../../domain/residents.js";
import { pattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { markScreens, retireKeyboard, showInPlace } from "../keyboards/in-place.js";
import { backToMenu, mainMenu } from "../keyboards/main-menu.js";
import { addressOf, deskInfoText, residentDesk } from "../views/desks.js";

/** Menu entries each feature serves; what is not built yet answers politely. */
export type FlowOpener = (ctx: BotContext) => Promise<unknown>;
const openers = new Map<string, FlowOpener>();

export function registerFlow(item: string, opener: FlowOpener) {
  openers.set(item, opener);
}

/** The main menu: a new message after a command, the pressed message itself after "🏠 Menu". */
export async function showMenu(ctx: BotContext) {
  await showInPlace(ctx, ctx.t("menu-title"), { reply_markup: mainMenu(ctx) });
}

export async function openFlow(ctx: BotContext, item: StartFlow | string) {
  const opener = openers.get(item);
  if (opener) return opener(ctx);
  await showInPlace(ctx, ctx.t("feature-coming", addressOf(ctx)), { reply_markup: backToMenu(ctx) });
}

export const menuFeature = new Composer<BotContext>();
const privateChat = menuFeature.chatType("private");
// The menu's presses redraw the menu message; the flows it opens carry on in it where they can.
privateChat.use(markScreens);

privateChat.command("menu", showMenu);
privateChat.command("help", (ctx) => ctx.reply(ctx.t("help-text")));

privateChat.callbackQuery(pattern.menu, async (ctx) => {
  await ctx.answerCallbackQuery();
  const item = ctx.match[1]!;
  if (item === "main") await showMenu(ctx);
  else if (item === "home") await ctx.reply(ctx.t("menu-title"), { reply_markup: mainMenu(ctx) });
  else await openFlow(ctx, item);
  // A flow that answers with new messages (a form, the language picker) leaves the menu without buttons.
  await retireKeyboard(ctx);
});

registerFlow("info", async (ctx) => {
  // The resident's desk: its place, its hours (data/desk.json, data/opening-hours.json) in their language, its map pin.
  const locale = await ctx.i18n.getLocale();
  const desk = residentDesk(ctx);
  await showInPlace(ctx, deskInfoText(ctx, desk, locale), { parse_mode: "HTML" });
  await ctx.replyWithVenue(desk.location.latitude, desk.location.longitude, ctx.t("info-venue-title"), desk.venue, {
    reply_markup: backToMenu(ctx),
  });
});
