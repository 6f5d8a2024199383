import type { BotContext } from "#src/bot/context.js";
import { showInPlace } from "#src/bot/keyboards/in-place.js";
import { backToMenu } from "./main-menu.js";
import { deskInfoText, residentDesk } from "#src/bot/features/places/screens.js";

/** Where the resident's desk is and when it is open, with the venue as a map pin. */
export async function showInfo(ctx: BotContext) {
  // Their desk's place and hours (data/desk.json, data/opening-hours.json), in their language, and its map pin.
  const locale = await ctx.i18n.getLocale();
  const desk = residentDesk(ctx);
  await showInPlace(ctx, deskInfoText(ctx, desk, locale), { parse_mode: "HTML" });
  await ctx.replyWithVenue(desk.location.latitude, desk.location.longitude, ctx.t("info-venue-title"), desk.venue, {
    reply_markup: backToMenu(ctx),
  });
}
