import { InlineKeyboard } from "grammy";
import type { Desk } from "#src/domain/desks.js";
import { deskChoice, nearestDesk } from "#src/bot/callback-data/onboarding.js";
import type { BaseContext, BotContext } from "#src/bot/context.js";
import { hasText } from "#src/bot/i18n.js";
import { openingHoursText } from "#src/bot/features/opening-hours/texts.js";
import { deskLabel, deskName } from "./resident-names.js";

/** The desk a resident belongs to: the one they chose, else the first (the only one, for most deployments). */
export function residentDesk(ctx: BaseContext, residentId = ctx.from?.id): Desk {
  const { desks, residents } = ctx.deps.services;
  return desks.of(residentId === undefined ? undefined : residents.get(residentId)?.deskId);
}

/** The desk's address for the texts that name it ("Can you come to the desk at via Gandolfi 20?"). */
export function addressOf(ctx: BaseContext, residentId = ctx.from?.id): { address: string } {
  return { address: residentDesk(ctx, residentId).address };
}

/**
 * A text of one desk only (desk-cristo-directions), in the reader's language, or undefined when the desk has none:
 * the locale files may carry a place line and directions per desk.
 */
function deskText(ctx: BaseContext, locale: string, desk: Desk, what: "place" | "directions"): string | undefined {
  const key = `desk-${desk.id}-${what}`;
  return hasText(ctx.i18n, locale, key) ? ctx.t(key) : undefined;
}

/** The info screen's text for a desk: where it is, when it is open, how to get there. */
export function deskInfoText(ctx: BaseContext, desk: Desk, locale: string): string {
  const t = (key: string, vars?: Record<string, string | number>) => ctx.t(key, vars);
  const text = t("info-text", {
    place: deskText(ctx, locale, desk, "place") ?? desk.venue,
    hours: openingHoursText(t, desk.hours, locale),
    directions: deskText(ctx, locale, desk, "directions") ?? "",
  });
  // A desk without directions leaves no empty line (only the isolation marks of the empty placeable).
  return text
    .split("\n")
    .filter((line) => line.replace(/[\u2066-\u2069\s]/g, "") !== "")
    .join("\n");
}

/**
 * "Which desk?": one button per desk (its neighbourhood or town), and one to find the nearest by sending a
 * location. Shown at first contact only where there are several desks, and from the menu ("📍 My desk").
 */
export async function showDeskPicker(ctx: BotContext, current = false): Promise<void> {
  const { desks } = ctx.deps.services;
  const locale = await ctx.i18n.getLocale();
  const kb = new InlineKeyboard();
  for (const desk of desks.all) kb.text(deskLabel(desk, locale), deskChoice.pack({ deskId: desk.id })).row();
  kb.text(ctx.t("desk-nearest-button"), nearestDesk.pack());
  const desk = residentDesk(ctx);
  const text = current ? ctx.t("desk-current", { name: deskName(desk, locale), address: desk.address }) : ctx.t("desk-choose");
  await ctx.reply(text, { reply_markup: kb });
}
