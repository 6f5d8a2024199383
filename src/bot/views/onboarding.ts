import { InlineKeyboard } from "grammy";
import { isWhatsAppChat } from "../../channels/whatsapp/index.js";
import { consent, preferPerson } from "../callback-data/onboarding.js";
import { voiceChoice } from "../callback-data/voice.js";
import type { BotContext } from "../context.js";
import { isLocale, supportedLocale } from "../i18n.js";
import { languagePicker } from "../keyboards/main-menu.js";
import { privacyText } from "../privacy-notice.js";
import { addressOf, showDeskPicker } from "./desks.js";
import { openMenuEntry, showMenu } from "./menu.js";
import { askToSendHeld } from "./requests.js";

/**
 * Every language in its own name, the one stored or the phone's ticked first (else the one the first words are
 * written in). A first message that is not /start ("ciao", a question) is greeted first, in that language.
 */
export async function showLanguagePicker(ctx: BotContext, options: { greet?: boolean } = {}) {
  const stored = ctx.deps.services.residents.get(ctx.from!.id)?.language;
  const preselected =
    (isLocale(stored ?? undefined) ? stored : undefined) ?? supportedLocale(ctx.from?.language_code) ?? guessFromScript(ctx.message?.text) ?? "it";
  ctx.i18n.useLocale(preselected);
  const text = options.greet ? `${ctx.t("first-contact-greeting")}\n\n${ctx.t("language-prompt")}` : ctx.t("language-prompt");
  await ctx.reply(text, { reply_markup: languagePicker(preselected as never) });
}

/** The language a text is most likely in when its script says it (Arabic, Cyrillic, Chinese); undefined otherwise. */
function guessFromScript(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (/\p{Script=Arabic}/u.test(text)) return "ar";
  if (/\p{Script=Cyrillic}/u.test(text)) return "uk";
  if (/\p{Script=Han}/u.test(text)) return "zh";
  return undefined;
}

/** The privacy notice in force, with "I agree" for its version. */
export async function showPrivacyNotice(ctx: BotContext) {
  const version = ctx.deps.config.privacyNoticeVersion;
  const keyboard = new InlineKeyboard().text(ctx.t("privacy-agree"), consent.pack({ version }));
  // Someone who cannot read the notice can ask to hear it, and everything after it.
  // Not on WhatsApp's notice, whose one reply button is the consent: there voice is turned on from the menu.
  if (ctx.deps.voice?.speaking && !isWhatsAppChat(ctx.chat?.id) && !ctx.deps.services.voice.listens(ctx.from!.id)) {
    keyboard.row().text(ctx.t("voice-first-contact"), voiceChoice.pack({ choice: "on" }));
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
