import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import { LOCALES } from "../config.js";
import type { Logger } from "../logger.js";
import type { BotContext } from "./context.js";
import { unwrapNumbers } from "./i18n.js";

const RESIDENT_COMMANDS = ["start", "menu", "language", "help", "cancel", "privacy", "mydata", "forget"] as const;

/**
 * The residents' command menu in one language. Only the marks around numbers go: the ones around Latin
 * words (N.O.I., via Gandolfi 20) keep those words in order inside Arabic text.
 */
export function residentCommands(t: (key: string) => string): Array<{ command: string; description: string }> {
  return RESIDENT_COMMANDS.map((command) => ({ command, description: unwrapNumbers(t(`cmd-${command}`)) }));
}

/**
 * A resident who picked a language gets the command menu in it, in their chat only: Telegram would
 * otherwise show the one of the phone's language. A failure is logged; the desk works without it.
 */
export async function publishResidentCommands(api: Api, chatId: number, t: (key: string) => string, logger: Logger): Promise<void> {
  await api
    .setMyCommands(residentCommands(t), { scope: { type: "chat", chat_id: chatId } })
    .catch((error: Error) => logger.warn({ err: error.message }, "could not set a resident's command menu"));
}

/** The operator group's own menu, in Italian (staff-facing). */
const STAFF_COMMANDS: Array<{ command: string; description: string }> = [
  { command: "queue", description: "Richieste aperte, dalla più vecchia" },
  { command: "mine", description: "Le richieste che ho preso" },
  { command: "take", description: "Prendo la richiesta N" },
  { command: "close", description: "Chiudo la richiesta N" },
  { command: "reopen", description: "Riapro la richiesta N" },
  { command: "note", description: "Nota interna: /note N testo" },
  { command: "request", description: "Storia completa della richiesta N" },
  { command: "audit", description: "Registro delle azioni sulla richiesta N" },
  { command: "sessions", description: "Prossime sessioni" },
  { command: "newsession", description: "Crea sessioni (anche settimanali)" },
  { command: "roster", description: "Iscritti e presenze della sessione N" },
  { command: "cancelsession", description: "Annulla la sessione N e avvisa tutti" },
  { command: "stats", description: "Grafico e numeri del mese" },
  { command: "export", description: "CSV per un periodo: /export da a" },
  { command: "visita", description: "Propone una visita a domicilio: /visita N fasce | chi va" },
  { command: "visite", description: "Il mio giro di visite: /visite [oggi|domani|data]" },
];

/**
 * Command menus and descriptions in each resident language (Telegram picks the one matching
 * the user's app language). A failure is logged: the desk works without them.
 */
export async function publishCommands(api: Api, i18n: I18n<BotContext>, logger: Logger, operatorChatId?: number): Promise<void> {
  if (operatorChatId !== undefined) {
    await api
      .setMyCommands(STAFF_COMMANDS, { scope: { type: "chat", chat_id: operatorChatId } })
      .catch((error: Error) => logger.warn({ err: error.message }, "could not publish the operator group's commands"));
  }
  for (const locale of LOCALES) {
    const languageCode = locale === "it" ? undefined : locale;
    const t = (key: string) => unwrapNumbers(i18n.t(locale, key));
    try {
      await api.setMyCommands(residentCommands(t), {
        scope: { type: "all_private_chats" },
        ...(languageCode ? { language_code: languageCode } : {}),
      });
      await api.setMyDescription(t("bot-description"), languageCode ? { language_code: languageCode } : {});
      await api.setMyShortDescription(t("bot-short-description"), languageCode ? { language_code: languageCode } : {});
    } catch (error) {
      logger.warn({ locale, err: (error as Error).message }, "could not publish commands/description");
    }
  }
}
