import type { Api, InlineKeyboard } from "grammy";
import type { GroupLedger } from "#src/delivery/group-ledger.js";
import type { ConversationTranslation } from "#src/domain/conversation-translation.js";
import type { Services } from "#src/domain/index.js";
import type { UntranslatedReason } from "#src/domain/language-guarantee.js";
import type { GroupPost } from "#src/domain/notifications.js";
import type { EngineErrorKind } from "#src/domain/translation.js";
import type { Logger } from "#src/logger.js";
import type { Italian, Translate } from "#src/text/staff-text.js";

/**
 * The Api that replies to the update in hand (ctx.api): a direct send made for a staff action or a resident's message
 * goes through it, so it is journaled with the update and a rerun of the update does not send it twice.
 */
export type UpdateApi = Api;

export type Delivery = { ok: true; messageId: number } | { ok: false; blocked: boolean; description: string };

/** A staff answer as the resident got it: machine-translated into their language, or why not. */
export type Relayed = Delivery & {
  translated?: { text: string; to: string };
  untranslated?: EngineErrorKind;
  /** What was sent, with a leading "=" (send untranslated) taken away. */
  said?: string;
  /** Sent as written after staff confirmed the language warning. */
  confirmed?: boolean;
};

/** A staff message held back: it would reach the resident in a language they did not choose (see language-guarantee). */
export interface Held {
  held: UntranslatedReason;
  said: string;
}

/** Machine translation and transcription for the board (see docs/engines.md); absent when no engine is configured. */
export interface BoardEngines {
  translation: ConversationTranslation;
  /** The bytes of a Telegram file by its file_path, from the Bot API's file endpoint. */
  download(filePath: string, signal: AbortSignal): Promise<Uint8Array>;
}

/** What the board's parts are built from. It takes text functions, not the i18n plugin, so it needs no update's context. */
export interface BoardDeps {
  api: Api;
  /** The operator group. */
  chatId: number;
  services: Services;
  /** Where staff read times (the desk's zone). */
  timezone: string;
  logger: Logger;
  now: () => Date;
  /** A resident's sentence in their language (the notices the board sends them). */
  translate: Translate;
  /** Staff's sentences (locales/it/staff/board.ftl). */
  italian: Italian;
  /** The ids seen in the group, so a post whose answer was lost is found, not posted twice. */
  ledger?: GroupLedger | undefined;
  engines?: BoardEngines | undefined;
  /** "🔊" under a staff answer to a resident, where it is offered (features/voice/listen-button.ts). */
  listenUnder?: ((chatId: number, locale: string) => InlineKeyboard | undefined) | undefined;
  /** A staff answer delivered as the resident's message `residentMessageId`: its delivery marks go on staff's message. */
  echo?: ((residentId: number, residentMessageId: number, groupChatId: number, staffMessageId: number) => void) | undefined;
}

/** A queued post into the group that relays one of the resident's messages. */
export type PiecePost = Extract<GroupPost, { action: "piece" }>;

/** The posts queued right behind one, of the same request, that it may merge in. */
export type Followers = Array<{ id: number; post: GroupPost }>;
