import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Clock } from "#src/clock.js";
import type { Config } from "#src/settings.js";
import type { LetterReading } from "./features/letters/reading.js";
import type { DeferredUpdates } from "#src/delivery/deferred-updates.js";
import type { ConversationTranslation } from "#src/domain/conversation-translation.js";
import type { Services } from "#src/domain/index.js";
import type { Logger } from "#src/logger.js";
import type { OperatorBoard } from "./operator-board/index.js";
import type { StaffDirectory } from "./features/staff/directory.js";
import type { Italian } from "#src/text/staff-text.js";
import type { VoiceCompanion } from "./features/voice/companion.js";

/**
 * Everything a handler may need, passed in rather than imported, so each test builds its own. No database
 * and no repositories: handlers ask the services (src/domain), which hold the desk's rules.
 */
export interface Deps {
  config: Config;
  clock: Clock;
  logger: Logger;
  services: Services;
  staff: StaffDirectory;
  board: OperatorBoard;
  /** Staff-facing text (locales/it/staff/), Italian wherever staff read it. */
  italian: Italian;
  /** The operator group's id, resolved at start-up (configured, or the playground's). */
  operatorChatId: number;
  /**
   * Updates whose handling met Telegram trouble that outlasted the retries: they are not marked
   * done but handled again a little later (see the inbox), with any flow left as it was before.
   */
  deferred: DeferredUpdates;
  /** Voice notes with the desk's messages for residents who chose them (features/voice/). */
  voice?: VoiceCompanion;
  /** Machine translation (off without an engine): announcements are previewed in every language with it. */
  translation: ConversationTranslation;
  /** Reads residents' letters beside the update loop (OCR); woken when a letter's pages are saved. */
  letters?: LetterReading;
  /** The chats a person writes from (Telegram, WhatsApp and its number), with WhatsApp configured: /mydata lists them. */
  channels?: { chatsOf(residentId: number): Array<{ channel: "telegram" | "whatsapp"; id: string }> };
}

export type BaseContext = Context & I18nFlavor & { deps: Deps };
/** Context of the outside middleware. */
export type BotContext = ConversationFlavor<BaseContext>;
/** Context inside conversations (no ctx.conversation there). */
export type FlowContext = BaseContext;
