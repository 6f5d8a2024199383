import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import { LOCALES } from "#src/domain/policy.js";
import type { Logger } from "#src/logger.js";
import type { BotContext } from "#src/bot/context.js";
import { unwrapNumbers } from "#src/bot/i18n.js";
import { type Italian, italianFrom } from "#src/text/staff-text.js";

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

/** A team's operator group's own menu, in Italian (staff-facing); /transfer where there are several teams. */
function staffCommands(italian: Italian, transfer = false): Array<{ command: string; description: string }> {
  return [
    ...(transfer ? [{ command: "transfer", description: italian("team-command-transfer") }] : []),
    { command: "queue", description: italian("staff-command-queue") },
    { command: "mine", description: italian("staff-command-mine") },
    { command: "take", description: italian("staff-command-take") },
    { command: "close", description: italian("staff-command-close") },
    { command: "reopen", description: italian("staff-command-reopen") },
    { command: "note", description: italian("staff-command-note") },
    { command: "request", description: italian("staff-command-request") },
    { command: "audit", description: italian("staff-command-audit") },
    { command: "sessions", description: italian("staff-command-sessions") },
    { command: "newsession", description: italian("staff-command-newsession") },
    { command: "roster", description: italian("staff-command-roster") },
    { command: "cancelsession", description: italian("staff-command-cancelsession") },
    { command: "stats", description: italian("staff-command-stats") },
    { command: "export", description: italian("staff-command-export") },
    { command: "visita", description: italian("visit-command-visita") },
    { command: "visite", description: italian("visit-command-visite") },
  ];
}

/**
 * Command menus and descriptions in each resident language (Telegram picks the one matching
 * the user's app language). A failure is logged: the desk works without them.
 */
export async function publishCommands(
  api: Api,
  i18n: I18n<BotContext>,
  logger: Logger,
  /** The operator group (one team), or every team's group and the coordinators'. */
  staffGroups?: number | { teams: number[]; coordinators?: number | undefined },
): Promise<void> {
  const italian = italianFrom(i18n);
  const groups = typeof staffGroups === "number" ? { teams: [staffGroups] } : (staffGroups ?? { teams: [] });
  for (const chatId of groups.teams) {
    await api
      .setMyCommands(staffCommands(italian, groups.teams.length > 1), { scope: { type: "chat", chat_id: chatId } })
      .catch((error: Error) => logger.warn({ chatId, err: error.message }, "could not publish an operator group's commands"));
  }
  if ("coordinators" in groups && groups.coordinators !== undefined) {
    // The coordinators see figures only.
    const figures = staffCommands(italian).filter((c) => ["queue", "stats", "export", "sessions"].includes(c.command));
    await api
      .setMyCommands(figures, { scope: { type: "chat", chat_id: groups.coordinators } })
      .catch((error: Error) => logger.warn({ err: error.message }, "could not publish the coordinators' group's commands"));
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
