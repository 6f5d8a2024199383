import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { Keyboard } from "grammy";
import type { Desk } from "#src/domain/desks.js";
import { deskChoice, nearestDesk } from "#src/bot/callback-data/onboarding.js";
import type { BotContext } from "#src/bot/context.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { showMenu } from "#src/bot/features/menu/entries.js";
import { continueOnboarding } from "#src/bot/features/onboarding/steps.js";
import { deskName } from "./resident-names.js";

/**
 * Where there are several desks, each resident belongs to one: chosen at first contact by neighbourhood or town,
 * or by sending a location (the nearest desk), changeable from the menu ("📍 My desk"). With one desk none of this
 * is ever shown.
 */
export const desksFeature = new Feature<BotContext>();
const privateChat = desksFeature.chatType("private");

/** Sets the desk and says so; someone still at first contact goes on to what they came for (or the menu). */
async function settle(ctx: BotContext, desk: Desk, said: string) {
  const { residents } = ctx.deps.services;
  const firstTime = !ctx.deps.services.desks.find(residents.get(ctx.from!.id)?.deskId);
  residents.chooseDesk(ctx.from!.id, desk.id);
  await ctx.reply(said, { reply_markup: { remove_keyboard: true } });
  if (firstTime) return continueOnboarding(ctx);
  await showMenu(ctx);
}

privateChat.callbackQuery(deskChoice.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const desk = ctx.deps.services.desks.find(deskChoice.unpack(ctx.callbackQuery.data).deskId);
  if (!desk) return ctx.reply(ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
  await settle(ctx, desk, ctx.t("desk-chosen", { name: deskName(desk, await ctx.i18n.getLocale()), address: desk.address }));
});

privateChat.callbackQuery(nearestDesk.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  // The desk buttons stay: someone who would rather not share a location can still press one.
  ctx.deps.services.residents.askedForLocation(ctx.from.id);
  const keyboard = new Keyboard().requestLocation(ctx.t("desk-share-location")).resized().oneTime();
  await ctx.reply(ctx.t("desk-send-location"), { reply_markup: keyboard });
});

/**
 * While a resident is choosing (asked for a location, or not settled yet where there are several desks): a
 * location finds the nearest desk, a desk's name typed out chooses it. Anything else goes on as usual — a
 * resident's words are never taken for a desk's name by mistake and dropped.
 */
privateChat.on(["message:location", "message:text"], async (ctx, next) => {
  const { residents, desks } = ctx.deps.services;
  if (!desks.several) return next();
  const resident = residents.get(ctx.from.id);
  // Not settled yet (first contact, or a desk added since): but someone with an open request may be sending staff
  // their location, which is theirs to relay.
  const unsettled = !desks.find(resident?.deskId) && !ctx.deps.services.requests.openFor(ctx.from.id);
  const choosing = residents.awaitsDeskLocation(resident) || unsettled;
  if (!choosing) return next();
  const location = ctx.message.location;
  if (location) {
    const { desk, km } = desks.nearest(location);
    const locale = await ctx.i18n.getLocale();
    const distance = new Intl.NumberFormat(locale === "en" ? "en-GB" : locale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
    // The location itself is not kept: only the desk it pointed to.
    return settle(ctx, desk, ctx.t("desk-nearest", { name: deskName(desk, locale), address: desk.address, km: distance }));
  }
  const named = ctx.message.text && !ctx.message.text.startsWith("/") ? desks.named(ctx.message.text) : undefined;
  if (!named) return next();
  await settle(ctx, named, ctx.t("desk-chosen", { name: deskName(named, await ctx.i18n.getLocale()), address: named.address }));
});
