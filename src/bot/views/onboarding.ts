import { InlineKeyboard } from "grammy";
import { consent } from "../callback-data/onboarding.js";
import type { BotContext } from "../context.js";
import { isLocale, supportedLocale } from "../i18n.js";
import { languagePicker } from "../keyboards/main-menu.js";
import { privacyText } from "../privacy-notice.js";
import { addressOf, showDeskPicker } from "./desks.js";
import { openMenuEntry, showMenu } from "./menu.js";
import { askToSendHeld } from "./requests.js";

/** Every language in its own name, the one stored or the phone's ticked first. */
export async function showLanguagePicker(ctx: BotContext) {
  const stored = ctx.deps.services.residents.get(ctx.from!.id)?.language;
  const preselected = (isLocale(stored ?? undefined) ? stored : undefined) ?? supportedLocale(ctx.from?.language_code) ?? "it";
  ctx.i18n.useLocale(preselected);
  await ctx.reply(ctx.t("language-prompt"), { reply_markup: languagePicker(preselected as never) });
}

/** The privacy notice in force, with "I agree" for its version. */
export async function showPrivacyNotice(ctx: BotContext) {
  const version = ctx.deps.config.privacyNoticeVersion;
  await ctx.reply(privacyText(ctx, "privacy-notice", addressOf(ctx)), {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard().text(ctx.t("privacy-agree"), consent.pack({ version })),
  });
}

/** After language, consent and (where there are several) the desk: the flow a poster asked for, or the menu. */
export async function continueOnboarding(ctx: BotContext) {
  const { residents, desks } = ctx.deps.services;
  const resident = residents.get(ctx.from!.id);
  if (!resident?.language) return showLanguagePicker(ctx);
  if (residents.needsConsent(resident)) return showPrivacyNotice(ctx);
  // With one desk nothing is asked; with several, once (a poster's link may have chosen it already).
  if (desks.several && !desks.find(resident.deskId)) return showDeskPicker(ctx);
  const held = residents.heldMessage(resident.pendingFlow);
  // What they sent before agreeing is not lost: they are asked whether it goes to the desk.
  if (held) return askToSendHeld(ctx, held.messageId);
  if (resident.pendingFlow) {
    residents.rememberFlow(resident.id, null);
    return openMenuEntry(ctx, resident.pendingFlow);
  }
  return showMenu(ctx);
}
