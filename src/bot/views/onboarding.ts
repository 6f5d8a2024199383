import { InlineKeyboard } from "grammy";
import { consent } from "../callback-data/onboarding.js";
import type { BotContext } from "../context.js";
import { isLocale, supportedLocale } from "../i18n.js";
import { languagePicker } from "../keyboards/main-menu.js";
import { privacyText } from "../privacy-notice.js";

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
  await ctx.reply(privacyText(ctx, "privacy-notice"), {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard().text(ctx.t("privacy-agree"), consent.pack({ version })),
  });
}
