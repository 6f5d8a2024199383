import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import { LOCALES } from "../config.js";
import type { Logger } from "../logger.js";
import type { BotContext } from "./context.js";

const RESIDENT_COMMANDS = ["start", "menu", "language", "help", "cancel", "privacy", "mydata", "forget"] as const;

/**
 * Command menus and descriptions in each resident language (Telegram picks the one matching
 * the user's app language). A failure is logged: the desk works without them.
 */
export async function publishCommands(api: Api, i18n: I18n<BotContext>, logger: Logger): Promise<void> {
  for (const locale of LOCALES) {
    const languageCode = locale === "it" ? undefined : locale;
    const t = (key: string) => i18n.t(locale, key).replace(/[\u2068\u2069]/g, "");
    try {
      await api.setMyCommands(
        RESIDENT_COMMANDS.map((command) => ({ command, description: t(`cmd-${command}`) })),
        { scope: { type: "all_private_chats" }, ...(languageCode ? { language_code: languageCode } : {}) },
      );
      await api.setMyDescription(t("bot-description"), languageCode ? { language_code: languageCode } : {});
      await api.setMyShortDescription(t("bot-short-description"), languageCode ? { language_code: languageCode } : {});
    } catch (error) {
      logger.warn({ locale, err: (error as Error).message }, "could not publish commands/description");
    }
  }
}
