import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { START_FLOWS, type StartFlow } from "#src/domain/residents.js";
import { consent, languageChoice, preferPerson } from "#src/bot/callback-data/onboarding.js";
import type { BotContext } from "#src/bot/context.js";
import { isLocale, LANGUAGE_NAMES } from "#src/bot/i18n.js";
import { publishResidentCommands } from "#src/bot/features/menu/publish-commands.js";
import { privacyText } from "#src/bot/features/privacy/notice.js";
import { addressOf, deskInfoText, residentDesk } from "#src/bot/features/places/screens.js";
import { showLanguagePicker } from "./language-picker.js";
import { continueOnboarding, showPrivacyNotice } from "./steps.js";

/** First contact: /start (with poster deep links), language, privacy notice, then the menu. */
export const startFeature = new Feature<BotContext>();
const privateChat = startFeature.chatType("private");

const NAME_TO_LOCALE: Record<string, string> = Object.fromEntries(
  Object.entries(LANGUAGE_NAMES).flatMap(([code, name]) => [
    [name.toLowerCase(), code],
    [code, code],
  ]),
);
Object.assign(NAME_TO_LOCALE, { arabic: "ar", romana: "ro", albanian: "sq", ukrainian: "uk", chinese: "zh", english: "en" });

function parsePayload(payload: string, isDesk: (id: string) => boolean): { locale?: string; flow?: StartFlow; desk?: string } {
  const out: { locale?: string; flow?: StartFlow; desk?: string } = {};
  const tokens = payload.toLowerCase().split(/[-_ ]+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A poster at one desk: t.me/<bot>?start=desk_cristo (not "desk", the listening desk's form, followed by a word).
    if (token === "desk" && tokens[i + 1] && isDesk(tokens[i + 1]!)) {
      out.desk = tokens[++i];
      continue;
    }
    const locale = NAME_TO_LOCALE[token];
    if (locale && isLocale(locale)) out.locale = locale;
    const flow = START_FLOWS[token as keyof typeof START_FLOWS];
    if (flow) out.flow = flow;
  }
  return out;
}

privateChat.command("start", async (ctx) => {
  const { residents } = ctx.deps.services;
  residents.firstContact(ctx.from.id);
  const { locale, flow, desk } = parsePayload(ctx.match ?? "", (id) => ctx.deps.services.desks.find(id) !== undefined);
  if (desk) residents.chooseDesk(ctx.from.id, desk);
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

privateChat.callbackQuery(languageChoice.filter(), async (ctx) => {
  const code = languageChoice.unpack(ctx.callbackQuery.data).locale;
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

privateChat.callbackQuery(consent.filter(), async (ctx) => {
  const { residents } = ctx.deps.services;
  residents.firstContact(ctx.from.id);
  if (consent.unpack(ctx.callbackQuery.data).version !== ctx.deps.config.privacyNoticeVersion) {
    // An old notice: agreeing to it is not agreeing to the one in force.
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return showPrivacyNotice(ctx);
  }
  residents.consent(ctx.from.id, ctx.from.first_name);
  await ctx.answerCallbackQuery();
  // The notice keeps its text, loses its button and says the answer under it: one message, not a "thank you" more.
  const notice = privacyText(ctx, "privacy-notice", addressOf(ctx));
  const thanked = await ctx
    .editMessageText(`${notice}\n\n${ctx.t("privacy-thanks")}`, { parse_mode: "HTML" })
    .then(() => true)
    .catch(() => false);
  if (!thanked) {
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(ctx.t("privacy-thanks"));
  }
  await continueOnboarding(ctx);
});

/**
 * "I'd rather talk to a person": where the desk is and when it is open. Nothing is stored and the notice keeps its
 * "I agree", so they can still choose to write here later.
 */
privateChat.callbackQuery(preferPerson.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  const info = deskInfoText(ctx, residentDesk(ctx), await ctx.i18n.getLocale());
  await ctx.reply(`${ctx.t("privacy-person-answer")}\n\n${info}`, { parse_mode: "HTML" });
});
