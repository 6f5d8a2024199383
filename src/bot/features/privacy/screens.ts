import type { BotContext } from "#src/bot/context.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { privacyText } from "./notice.js";

/** /privacy and the menu's entry: what is stored, for how long, and how to get or erase it. */
export async function showPrivacy(ctx: BotContext) {
  await ctx.reply(privacyText(ctx, "privacy-details", { days: ctx.deps.services.privacy.retentionDays }), {
    parse_mode: "HTML",
    reply_markup: backToMenu(ctx),
  });
}
