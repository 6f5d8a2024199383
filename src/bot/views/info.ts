import type { BotContext } from "../context.js";
import { showInPlace } from "../keyboards/in-place.js";
import { backToMenu } from "../keyboards/main-menu.js";
import { openingHoursText } from "../service-texts.js";

/** Where the desk is and when it is open, with the venue as a map pin. */
export async function showInfo(ctx: BotContext) {
  // The hours come from the configuration (data/opening-hours.json), written in the resident's language.
  const locale = await ctx.i18n.getLocale();
  const hours = openingHoursText((key, vars) => ctx.t(key, vars), ctx.deps.services.serviceLevels.hours, locale);
  await showInPlace(ctx, ctx.t("info-text", { hours }), { parse_mode: "HTML" });
  await ctx.replyWithVenue(44.8969, 8.6236, ctx.t("info-venue-title"), "Via Gandolfi 20, 15121 Alessandria", {
    reply_markup: backToMenu(ctx),
  });
}
