import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { menuItem } from "#src/bot/callback-data/menu.js";
import type { BotContext } from "#src/bot/context.js";
import { markScreens, retireKeyboard, retireOtherMenus } from "#src/bot/keyboards/in-place.js";
import { mainMenu } from "./main-menu.js";
import { openMenuEntry, showMenu } from "./entries.js";

/** The resident's main menu: /menu, /help and the menu's buttons. */
export const menuFeature = new Feature<BotContext>();
const privateChat = menuFeature.chatType("private");
// The menu's presses redraw the menu message; the flows it opens carry on in it where they can.
privateChat.use(markScreens);

privateChat.command("menu", showMenu);
privateChat.command("help", (ctx) => ctx.reply(ctx.t("help-text")));

privateChat.callbackQuery(menuItem.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  const { item } = menuItem.unpack(ctx.callbackQuery.data);
  if (item === "main") await showMenu(ctx);
  else if (item === "home") await retireOtherMenus(ctx, (await ctx.reply(ctx.t("menu-title"), { reply_markup: mainMenu(ctx) })).message_id);
  else await openMenuEntry(ctx, item);
  // A flow that answers with new messages (a form, the language picker) leaves the menu without buttons.
  await retireKeyboard(ctx);
});
