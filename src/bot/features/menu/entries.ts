import type { MenuEntry } from "#src/bot/callback-data/menu.js";
import type { BotContext } from "#src/bot/context.js";
import { retireOtherMenus, showInPlace } from "#src/bot/keyboards/in-place.js";
import { backToMenu, mainMenu, settingsMenu } from "./main-menu.js";
import { chooseActivity, listBookings } from "#src/bot/features/booking/screens.js";
import { addressOf, showDeskPicker } from "#src/bot/features/places/screens.js";
import { toggleVoice } from "#src/bot/features/voice/index.js";
import { showInfo } from "./info.js";
import { showNews } from "#src/bot/features/neighbourhood/announcements.js";
import { showBuilding, showReported } from "#src/bot/features/neighbourhood/building-reports.js";
import { showLanguagePicker } from "#src/bot/features/onboarding/language-picker.js";
import { showPrivacy } from "#src/bot/features/privacy/screens.js";
import { listRequests, openRequestForm } from "#src/bot/features/requests/screens.js";

/** What each entry of the main menu opens (also a poster's deep link, after language and consent). */
const ENTRIES: Record<MenuEntry, (ctx: BotContext) => Promise<unknown>> = {
  desk: openRequestForm,
  letter: (ctx) => ctx.conversation.enter("readLetter"),
  italian: (ctx) => chooseActivity(ctx, "italian", "book-choose-level"),
  tutoring: (ctx) => ctx.conversation.enter("bookTutoring"),
  activities: (ctx) => chooseActivity(ctx, "other", "book-choose-activity"),
  mine: async (ctx) => {
    await listBookings(ctx);
    await listRequests(ctx);
  },
  info: showInfo,
  news: showNews,
  building: showBuilding,
  report: (ctx) => ctx.conversation.enter("reportProblem"),
  reported: showReported,
  place: (ctx) => showDeskPicker(ctx, true),
  voice: toggleVoice,
  language: showLanguagePicker,
  privacy: showPrivacy,
  settings: (ctx) => showInPlace(ctx, ctx.t("menu-settings-title"), { reply_markup: settingsMenu(ctx) }),
};

/** The main menu: a new message after a command, the pressed message itself after "🏠 Menu". */
export async function showMenu(ctx: BotContext) {
  const shown = await showInPlace(ctx, ctx.t("menu-title"), { reply_markup: mainMenu(ctx) });
  await retireOtherMenus(ctx, shown);
}

/** Opens a menu entry; one this version does not have (a link or a button from another) answers politely. */
export async function openMenuEntry(ctx: BotContext, entry: string) {
  const open = Object.hasOwn(ENTRIES, entry) ? ENTRIES[entry as MenuEntry] : undefined;
  if (open) return open(ctx);
  await showInPlace(ctx, ctx.t("feature-coming", addressOf(ctx)), { reply_markup: backToMenu(ctx) });
}
