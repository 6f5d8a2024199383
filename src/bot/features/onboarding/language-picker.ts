import type { BotContext } from "#src/bot/context.js";
import { languagePicker } from "#src/bot/features/menu/main-menu.js";
import { isLocale, supportedLocale } from "#src/bot/i18n.js";

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
