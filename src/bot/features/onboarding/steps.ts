import { InlineKeyboard } from "grammy";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";
import { consent, preferPerson } from "#src/bot/callback-data/onboarding.js";
import { voiceChoice } from "#src/bot/callback-data/voice.js";
import type { BotContext } from "#src/bot/context.js";
import { privacyText } from "#src/bot/features/privacy/notice.js";
import { addressOf, showDeskPicker } from "#src/bot/features/places/screens.js";
import { openMenuEntry, showMenu } from "#src/bot/features/menu/entries.js";
import { askToSendHeld } from "#src/bot/features/requests/screens.js";
import { showLanguagePicker } from "./language-picker.js";

/** The privacy notice in force, with "I agree" for its version. */
export async function showPrivacyNotice(ctx: BotContext) {
  const version = ctx.deps.config.privacyNoticeVersion;
  const keyboard = new InlineKeyboard().text(ctx.t("privacy-agree"), consent.pack({ version }));
  // Someone who cannot read the notice can ask to hear it, and everything after it. On WhatsApp in a label short
  // enough for a reply button (20 characters), so the notice keeps two buttons rather than a list to open first.
  if (ctx.deps.voice?.speaking && !ctx.deps.services.voice.listens(ctx.from!.id)) {
    const label = ctx.t(isWhatsAppChat(ctx.chat?.id) ? "voice-first-contact-short" : "voice-first-contact");
    keyboard.row().text(label, voiceChoice.pack({ choice: "on" }));
  }
  // Someone who would rather not write to a bot is told where to find a person (not on WhatsApp, where a second
  // button would turn the notice's one reply button into a list to open first).
  if (!isWhatsAppChat(ctx.chat?.id)) keyboard.row().text(ctx.t("privacy-prefer-person"), preferPerson.pack());
  await ctx.reply(privacyText(ctx, "privacy-notice", addressOf(ctx)), { parse_mode: "HTML", reply_markup: keyboard });
}

/** After language, consent and (where there are several) the desk: the flow a poster asked for, or the menu. */
export async function continueOnboarding(ctx: BotContext) {
  const { residents, desks } = ctx.deps.services;
  const resident = residents.get(ctx.from!.id);
  if (!resident?.language) return showLanguagePicker(ctx);
  if (residents.needsConsent(resident)) return showPrivacyNotice(ctx);
  // With one desk nothing is asked; with several, once (a poster's link may have chosen it already).
  if (desks.several && !desks.find(resident.deskId)) return showDeskPicker(ctx);
  const held = residents.held(resident.pendingFlow).pieces;
  // What they sent before agreeing is not lost: they are asked once whether it goes to the desk.
  if (held.length) return askToSendHeld(ctx, held[0]!.messageId, held.length);
  if (resident.pendingFlow) {
    residents.rememberFlow(resident.id, null);
    return openMenuEntry(ctx, resident.pendingFlow);
  }
  return showMenu(ctx);
}
