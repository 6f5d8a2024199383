import { createHmac } from "node:crypto";
import { Api, GrammyError, type MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import type { Clock } from "#src/clock.js";
import type { WhatsAppSettings } from "#src/config.js";
import type { Db } from "#src/db/client.js";
import type { inboxRepository } from "#src/db/repositories/inbox.js";
import { whatsappRepository } from "#src/db/repositories/whatsapp.js";
import type { OutboxSending } from "#src/delivery/outbox-sending.js";
import type { Logger } from "#src/logger.js";
import type { ShapeWords } from "./choices.js";
import { channelLinksRepository } from "#src/db/repositories/channel-links.js";
import { whatsappBotApiFetch } from "./bot-api.js";
import { ChannelLinks, LINKED_MESSAGE_OFFSET } from "./links.js";
import { WHATSAPP_LIMITS } from "./limits.js";
import { CloudClient } from "./client.js";
import { InboundConverter } from "./inbound.js";
import { GroupMedia, WhatsAppOutbound } from "./outbound.js";
import { WhatsAppPacer } from "./pacing.js";
import { WebhookReceiver } from "./webhook.js";

import { isWhatsAppChat } from "./outbound.js";

export { isWhatsAppChat };
export { isWindowClosed } from "./errors.js";

/** Words a person types on WhatsApp, which has no slash menu, for the desk's commands. */
export const WORD_COMMANDS = ["start", "menu", "language", "privacy", "mydata", "forget", "cancel", "help", "link"] as const;

export interface WhatsAppChannelOptions {
  settings: WhatsAppSettings;
  /** Graph API's fetch: the emulator's in tests and the playground. */
  fetch?: typeof fetch;
  db: Db;
  inbox: ReturnType<typeof inboxRepository>;
  clock: Clock;
  logger: Logger;
  /** A resident-facing text in a language. */
  translate: (locale: string, key: string, vars?: Record<string, string>) => string;
  /** The person's language (Italian until they choose). */
  locale: (chatId: number) => string;
  locales: readonly string[];
  /** The Bot API underneath: WhatsApp's answers are served in its place for WhatsApp chats. */
  telegram: { token: string; apiRoot: string; fetch: typeof fetch };
  /** A person's cached record, stale once two chats are joined into one person. */
  evict: (residentId: number) => void;
  /** The storage key of a resident's flow. */
  flowKey: (chatId: number) => string;
  /** A message WhatsApp could not deliver (a status "failed"): staff are told. */
  failed: (chatId: number, code: number, title: string) => void;
  /** A staff answer delivered to the phone, or read: shown on the staff's message in the topic. */
  marked: (staffChatId: number, staffMessageId: number, status: "delivered" | "read") => Promise<void>;
}

export type WhatsAppChannel = ReturnType<typeof createWhatsAppChannel>;

/**
 * The WhatsApp channel: residents on the Cloud API, presented to the unchanged bot as Telegram private chats
 * (README, "WhatsApp": why this seam). Its Api transformer carries the bot's calls out; its webhook receiver
 * brings Meta's events in as updates.
 */
export function createWhatsAppChannel(options: WhatsAppChannelOptions) {
  const { settings, db, clock, logger, translate, locale } = options;
  const repo = whatsappRepository(db);
  const client = new CloudClient(settings, options.fetch ?? fetch);
  const groupMedia = new GroupMedia();
  const text = (chatId: number, key: string, vars?: Record<string, string>) => translate(locale(chatId), key, vars).replace(/[\u2066-\u2069]/g, "");
  const words = (chatId: number): ShapeWords => ({
    listButton: text(chatId, "wa-list-button"),
    choose: text(chatId, "wa-choose"),
    typeNumber: text(chatId, "wa-type-number"),
    useThisNumber: text(chatId, "wa-use-this-number"),
  });
  // Telegram itself, for what a copy between the two channels needs (a staff photo's bytes, a post into a group).
  const { token, apiRoot } = options.telegram;
  const telegramFetch = options.telegram.fetch;
  const plain = new Api(token, { apiRoot, fetch: telegramFetch as never });
  const telegram = async (method: string, payload: Record<string, unknown>) => {
    try {
      return { ok: true as const, result: await (plain.raw as any)[method](payload) };
    } catch (error) {
      if (error instanceof GrammyError) return { ok: false as const, error_code: error.error_code, description: error.description };
      throw error;
    }
  };
  const telegramDownload = async (path: string) => {
    const response = await telegramFetch(`${apiRoot}/file/bot${token}/${path}`);
    if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const outbound = new WhatsAppOutbound({ repo, client, clock, logger, pacer: new WhatsAppPacer(clock), words, text, locale, translate, telegram, telegramDownload, groupMedia });
  // Every language's words for each command: a person may type "menu", "القائمة" or "/menu" whatever they chose.
  const commandWords = new Map<string, string>();
  for (const command of WORD_COMMANDS) {
    for (const lang of options.locales) {
      for (const word of translate(lang, `wa-words-${command}`).replace(/[\u2066-\u2069]/g, "").split(",")) {
        const w = normalise(word);
        if (w && !commandWords.has(w)) commandWords.set(w, command);
      }
    }
  }
  const commandOf = (typed: string): string | undefined => {
    const t = typed.trim();
    if (t.startsWith("/")) return t;
    const [first, ...rest] = t.split(/\s+/);
    const command = commandWords.get(normalise(t)) ?? (first?.toLowerCase() === "start" ? "start" : undefined);
    if (!command) return undefined;
    return command === "start" && rest.length && !commandWords.has(normalise(t)) ? `/start ${rest.join(" ")}` : `/${command}`;
  };
  const hash = (waId: string) => `h:${createHmac("sha256", settings.appSecret).update(waId).digest("base64url")}`;
  const converter = new InboundConverter({ repo, clock, commandOf, hash });
  // One person on Telegram and WhatsApp, joined by a code (links.ts).
  const links = new ChannelLinks({
    repo: channelLinksRepository(db),
    clock,
    logger,
    inWindow: (chatId) => {
      const last = repo.contactOfChat(chatId)?.lastInboundAt;
      return !!last && clock.now().getTime() - last.getTime() < WHATSAPP_LIMITS.windowMs;
    },
    evict: options.evict,
    flowKey: options.flowKey,
    finishErasures: () => repo.finishErasures(hash),
  });
  repo.finishErasures(hash);
  let handle: (update: Update) => Promise<void> = async () => {
    throw new Error("the WhatsApp channel has no bot yet");
  };
  let tell: (chatId: number, text: string) => Promise<void> = async () => undefined;
  const receiver = new WebhookReceiver({
    db,
    inbox: options.inbox,
    repo,
    client,
    converter,
    clock,
    logger,
    phoneNumberId: settings.phoneNumberId,
    handle: async (update) => {
      await handle(update);
      // An erasure done while handling it (/forget) ends once its last answer has gone: the number goes.
      repo.finishErasures(hash);
    },
    stalePress: (chatId) => tell(chatId, text(chatId, "wa-choice-expired")),
    failed: options.failed,
    marked: options.marked,
  });

  /** Staff's media in the operator groups, remembered for copies to WhatsApp residents. */
  const rememberGroupMedia: MiddlewareFn = (ctx, next) => {
    const m = ctx.message;
    if (m && ctx.chat && ctx.chat.type !== "private") {
      const caption = m.caption ? { caption: m.caption } : {};
      if (m.photo) groupMedia.remember(ctx.chat.id, m.message_id, { kind: "photo", fileId: m.photo.at(-1)!.file_id, ...caption });
      else if (m.voice) groupMedia.remember(ctx.chat.id, m.message_id, { kind: "voice", fileId: m.voice.file_id, ...caption });
      else if (m.audio) groupMedia.remember(ctx.chat.id, m.message_id, { kind: "audio", fileId: m.audio.file_id, ...caption });
      else if (m.video) groupMedia.remember(ctx.chat.id, m.message_id, { kind: "video", fileId: m.video.file_id, ...caption });
      else if (m.document) {
        groupMedia.remember(ctx.chat.id, m.message_id, { kind: "document", fileId: m.document.file_id, ...(m.document.file_name ? { fileName: m.document.file_name } : {}), ...caption });
      } else if (m.location) groupMedia.remember(ctx.chat.id, m.message_id, { kind: "location", latitude: m.location.latitude, longitude: m.location.longitude });
    }
    return next();
  };
  // The fetch under the desk's Bot API clients; with `sending`, for one message the outbox sends (see OutboxSending).
  const botApiFetchFor = (sending?: OutboxSending) =>
    whatsappBotApiFetch(outbound, telegramFetch, (mediaId) => client.download(mediaId).then((f) => f.bytes), { links, telegram }, sending);

  return {
    settings,
    repo,
    client,
    outbound,
    receiver,
    rememberGroupMedia,
    /** The bot's way in (handleUpdate) and out (a plain text through the transformer), once the bot exists. */
    connect(handleUpdate: (update: Update) => Promise<void>, say: (chatId: number, text: string) => Promise<void>) {
      handle = handleUpdate;
      tell = say;
    },
    /** A staff answer (in a topic) that this desk message relays to a WhatsApp resident: its marks go there. */
    echo(chatId: number, messageId: number, staffChatId: number, staffMessageId: number): void {
      // A linked person's Telegram messages (ids from LINKED_MESSAGE_OFFSET) have no WhatsApp statuses.
      if (isWhatsAppChat(chatId) && messageId < LINKED_MESSAGE_OFFSET) repo.echo(chatId, messageId, staffChatId, staffMessageId);
    },
    /** Numbers marked for erasure (by /forget or retention) become their keyed hash; returns how many. */
    finishErasures: () => repo.finishErasures(hash),
    /** A resident's media (voice notes for transcripts), fetched from Meta with the token. */
    download: (mediaId: string) => client.download(mediaId).then((f) => f.bytes),
    /** The fetch under the desk's Bot API clients: WhatsApp chats' calls answered here, Telegram's passed on. */
    botApiFetch: botApiFetchFor(),
    /** The same fetch for one message the outbox sends, which may go as an approved template outside the 24-hour window. */
    sendingFetch: (sending: OutboxSending) => botApiFetchFor(sending),
    /** One person on two channels (a code shown in one chat, typed in the other). */
    links,
    /** The chats a person writes from, for /mydata to name in their language: Telegram's id, WhatsApp's "+39…". */
    chatsOf(residentId: number): Array<{ channel: "telegram" | "whatsapp"; id: string }> {
      const number = repo.contactOfChat(residentId)?.waId;
      const telegram = isWhatsAppChat(residentId) ? links.telegramOf(residentId) : residentId;
      return [
        ...(telegram !== undefined ? [{ channel: "telegram" as const, id: String(telegram) }] : []),
        ...(number && /^\d+$/.test(number) ? [{ channel: "whatsapp" as const, id: `+${number}` }] : []),
      ];
    },
  };
}

function normalise(word: string): string {
  return word.trim().toLowerCase().replace(/^\//, "").normalize("NFC");
}
