import { Composer, InlineKeyboard } from "grammy";
import { START_FLOWS, type StartFlow } from "../../domain/residents.js";
import { cb, pattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { isLocale, LANGUAGE_NAMES, supportedLocale } from "../i18n.js";
import { languagePicker } from "../keyboards/main-menu.js";
import { publishResidentCommands } from "../publish-commands.js";
import { pieceOf } from "../message-pieces.js";
import { privacyText } from "../privacy-notice.js";
import { askToSendHeld } from "./request.js";
import { openFlow, registerFlow, showMenu } from "./menu.js";

/** First contact: /start (with poster deep links), language, privacy notice, then the menu. */
export const startFeature = new Composer<BotContext>();
const privateChat = startFeature.chatType("private");

const NAME_TO_LOCALE: Record<string, string> = Object.fromEntries(
  Object.entries(LANGUAGE_NAMES).flatMap(([code, name]) => [
    [name.toLowerCase(), code],
    [code, code],
  ]),
);
Object.assign(NAME_TO_LOCALE, { arabic: "ar", romana: "ro", albanian: "sq", ukrainian: "uk", chinese: "zh", english: "en" });

function parsePayload(payload: string): { locale?: string; flow?: StartFlow } {
  const out: { locale?: string; flow?: StartFlow } = {};
  for (const token of payload.toLowerCase().split(/[-_ ]+/).filter(Boolean)) {
    const locale = NAME_TO_LOCALE[token];
    if (locale && isLocale(locale)) out.locale = locale;
    const flow = START_FLOWS[token as keyof typeof START_FLOWS];
    if (flow) out.flow = flow;
  }
  return out;
}

export async function showLanguagePicker(ctx: BotContext) {
  const stored = ctx.deps.services.residents.get(ctx.from!.id)?.language;
  const preselected = (isLocale(stored ?? undefined) ? stored : undefined) ?? supportedLocale(ctx.from?.language_code) ?? "it";
  ctx.i18n.useLocale(preselected);
  await ctx.reply(ctx.t("language-prompt"), { reply_markup: languagePicker(preselected as never) });
}

export async function showPrivacyNotice(ctx: BotContext) {
  const version = ctx.deps.config.privacyNoticeVersion;
  await ctx.reply(privacyText(ctx, "privacy-notice"), {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard().text(ctx.t("privacy-agree"), cb.consent(version)),
  });
}

/** After language and consent: the flow a poster asked for, or the menu. */
async function continueOnboarding(ctx: BotContext) {
  const { residents } = ctx.deps.services;
  const resident = residents.get(ctx.from!.id);
  if (!resident?.language) return showLanguagePicker(ctx);
  if (residents.needsConsent(resident)) return showPrivacyNotice(ctx);
  const held = residents.heldMessage(resident.pendingFlow);
  // What they sent before agreeing is not lost: they are asked whether it goes to the desk.
  if (held) return askToSendHeld(ctx, held.messageId);
  if (resident.pendingFlow) {
    residents.rememberFlow(resident.id, null);
    return openFlow(ctx, resident.pendingFlow as StartFlow);
  }
  return showMenu(ctx);
}

privateChat.command("start", async (ctx) => {
  const { residents } = ctx.deps.services;
  residents.firstContact(ctx.from.id);
  const { locale, flow } = parsePayload(ctx.match ?? "");
  if (locale && isLocale(locale)) {
    residents.chooseLanguage(ctx.from.id, locale);
    await ctx.i18n.renegotiateLocale();
    await publishResidentCommands(ctx.api, ctx.chat.id, (key) => ctx.t(key), ctx.deps.logger);
  }
  if (flow) residents.rememberFlow(ctx.from.id, flow);
  // Someone who has not picked a language yet always sees the picker first, even with a flow link.
  await continueOnboarding(ctx);
});

privateChat.command("language", (ctx) => {
  ctx.deps.services.residents.firstContact(ctx.from.id);
  return showLanguagePicker(ctx);
});

privateChat.callbackQuery(pattern.lang, async (ctx) => {
  const code = ctx.match[1];
  if (!isLocale(code)) return ctx.answerCallbackQuery();
  ctx.deps.services.residents.chooseLanguage(ctx.from.id, code);
  await ctx.i18n.renegotiateLocale();
  await ctx.answerCallbackQuery({ text: LANGUAGE_NAMES[code] });
  // The "/" menu follows the chosen language too, not only the phone's.
  await publishResidentCommands(ctx.api, ctx.chat.id, (key) => ctx.t(key), ctx.deps.logger);
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const resident = ctx.deps.services.residents.get(ctx.from.id);
  if (!ctx.deps.services.residents.needsConsent(resident)) await ctx.reply(ctx.t("language-set"));
  await continueOnboarding(ctx);
});

privateChat.callbackQuery(pattern.consent, async (ctx) => {
  const { residents } = ctx.deps.services;
  residents.firstContact(ctx.from.id);
  if (Number(ctx.match[1]) !== ctx.deps.config.privacyNoticeVersion) {
    // An old notice: agreeing to it is not agreeing to the one in force.
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return showPrivacyNotice(ctx);
  }
  residents.consent(ctx.from.id, ctx.from.first_name);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t("privacy-thanks"));
  await continueOnboarding(ctx);
});

/**
 * Nothing beyond chat id and language is stored before consent, so everything else waits
 * for the notice to be accepted (a new notice version asks again).
 */
export const consentGate = new Composer<BotContext>();
consentGate.chatType("private").use(async (ctx, next) => {
  const resident = ctx.deps.services.residents.get(ctx.from.id);
  if (resident && !ctx.deps.services.residents.needsConsent(resident)) return next();
  if (ctx.hasCommand(["help", "privacy", "mydata", "forget"]) || ctx.callbackQuery?.data?.startsWith("pv:")) return next();
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  ctx.deps.services.residents.firstContact(ctx.from.id);
  const message = ctx.message;
  if (message && !message.text?.startsWith("/") && !message.sticker) {
    const kind = pieceOf(message).kind;
    if (kind !== "other") ctx.deps.services.residents.holdMessage(ctx.from.id, { kind, messageId: message.message_id });
  }
  if (!resident?.language) return showLanguagePicker(ctx);
  await ctx.reply(ctx.t("privacy-needed"));
  return showPrivacyNotice(ctx);
});

menuOpeners();
function menuOpeners() {
  registerFlow("language", async (ctx) => {
    await showLanguagePicker(ctx);
  });
}
