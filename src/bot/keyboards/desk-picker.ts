import { InlineKeyboard } from "grammy";
import { cb } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { deskLabel, residentDesk } from "../views/desks.js";

/**
 * "Which desk?": one button per desk (its neighbourhood or town), and one to find the nearest by sending a
 * location. Shown at first contact only where there are several desks, and from the menu ("My desk").
 */
export async function showDeskPicker(ctx: BotContext, current = false): Promise<void> {
  const { desks } = ctx.deps.services;
  const kb = new InlineKeyboard();
  for (const desk of desks.all) kb.text(deskLabel(desk), cb.chooseDesk(desk.id)).row();
  kb.text(ctx.t("desk-nearest-button"), cb.nearestDesk());
  const desk = residentDesk(ctx);
  const text = current ? ctx.t("desk-current", { name: desk.name, address: desk.address }) : ctx.t("desk-choose");
  await ctx.reply(text, { reply_markup: kb });
}
