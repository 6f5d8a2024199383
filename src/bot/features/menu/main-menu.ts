import { InlineKeyboard } from "grammy";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";
import { WHATSAPP_LIMITS } from "#src/channels/whatsapp/limits.js";
import type { Locale } from "#src/domain/policy.js";
import { MENU_ITEMS, MENU_SETTINGS, type MenuItem, menuItem } from "#src/bot/callback-data/menu.js";
import { languageChoice } from "#src/bot/callback-data/onboarding.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { LANGUAGE_NAMES } from "#src/bot/i18n.js";
import { residentDesk } from "#src/bot/features/places/screens.js";

/** The menu items about activities, and the activity group each lists. */
const ACTIVITY_ITEMS = { italian: "italian", tutoring: "tutoring", activities: "other" } as const;

/** The resident's main menu (see menuEntries). */
export function mainMenu(ctx: BotContext | FlowContext): InlineKeyboard {
  const entries = menuEntries(ctx);
  // WhatsApp's list holds ten rows: beyond, the settings share one row rather than the menu turning into typed numbers.
  const gathered =
    isWhatsAppChat(ctx.chat?.id) && entries.length > WHATSAPP_LIMITS.listRows
      ? [...entries.filter((e) => !isSetting(e.item)), { item: "settings" as const, label: ctx.t("menu-settings") }]
      : entries;
  const kb = new InlineKeyboard();
  for (const e of gathered) kb.text(e.label, menuItem.pack({ item: e.item })).row();
  return kb;
}

/** "⚙️ Settings" on WhatsApp: the entries the menu gathered there, and the way back. */
export function settingsMenu(ctx: BotContext | FlowContext): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const e of menuEntries(ctx).filter((x) => isSetting(x.item))) kb.text(e.label, menuItem.pack({ item: e.item })).row();
  return menuInPlace(ctx, kb);
}

const isSetting = (item: MenuItem): boolean => (MENU_SETTINGS as readonly string[]).includes(item);

/**
 * One big button a row: easier to hit for people with poor sight or shaky hands. "My desk" only where there are
 * several desks; an activity item only when the resident's desk holds some of that kind.
 */
function menuEntries(ctx: BotContext | FlowContext): Array<{ item: MenuItem; label: string }> {
  const { desks, booking } = ctx.deps.services;
  const desk = residentDesk(ctx);
  const entries: Array<{ item: MenuItem; label: string }> = [];
  for (const item of MENU_ITEMS) {
    if (item === "place" && !desks.several) continue;
    const group = ACTIVITY_ITEMS[item as keyof typeof ACTIVITY_ITEMS];
    if (group && !booking.catalog.inGroup(group).some((a) => desk.activities.includes(a.id))) continue;
    if (item === "voice") {
      // "🔊 Listen" while voice notes are off, "🔇 Stop" while on; absent when the desk has no voice at all.
      if (!ctx.deps.voice?.speaking) continue;
      const listens = ctx.from !== undefined && ctx.deps.services.voice.listens(ctx.from.id);
      entries.push({ item, label: ctx.t(listens ? "menu-voice-stop" : "menu-voice-listen") });
      continue;
    }
    entries.push({ item, label: ctx.t(`menu-${item}`) });
  }
  return entries;
}

/**
 * "🏠 Menu" under a final answer (a booking confirmed, a request sent): the menu comes as a new message
 * below, and the answer stays in the chat to be read again.
 */
export function backToMenu(ctx: BotContext | FlowContext, kb: InlineKeyboard = new InlineKeyboard()): InlineKeyboard {
  return kb.text(ctx.t("menu-back"), menuItem.pack({ item: "home" }));
}

/** "🏠 Menu" on a step of a screen (a list of activities or dates): the menu takes that message's place. */
export function menuInPlace(ctx: BotContext | FlowContext, kb: InlineKeyboard = new InlineKeyboard()): InlineKeyboard {
  return kb.text(ctx.t("menu-back"), menuItem.pack({ item: "main" }));
}

/** Every language in its own name; the likely one first and ticked. */
export function languagePicker(preselected: Locale): InlineKeyboard {
  const order = [preselected, ...(Object.keys(LANGUAGE_NAMES) as Locale[]).filter((l) => l !== preselected)];
  const kb = new InlineKeyboard();
  order.forEach((code, i) => {
    kb.text(code === preselected ? `✅ ${LANGUAGE_NAMES[code]}` : LANGUAGE_NAMES[code], languageChoice.pack({ locale: code }));
    if (i === 0 || i % 2 === 0) kb.row();
  });
  return kb;
}
