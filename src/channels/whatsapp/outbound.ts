import { InputFile } from "grammy";
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import { Audio, Document, Image, Location, PayloadComponent, Template, Text, Video } from "whatsapp-api-js/messages";
import { BodyComponent, BodyParameter } from "whatsapp-api-js/messages";
import type { ClientMessage } from "whatsapp-api-js/types";
import type { Clock } from "#src/clock.js";
import type { WhatsAppContact, WhatsAppRepository } from "#src/db/repositories/whatsapp.js";
import type { OutboxSending } from "#src/delivery/outbox-sending.js";
import { WHATSAPP_CHAT_BASE } from "#src/db/repositories/whatsapp.js";
import type { Logger } from "#src/logger.js";
import { choicesOf, type Offer, type ShapeWords, shape } from "./choices.js";
import { CloudApiError, type CloudClient } from "./client.js";
import { type BotApiFailure, botApiFailure, windowClosed } from "./errors.js";
import { WHATSAPP_LIMITS as L } from "./limits.js";
import { clip, splitText, toWhatsAppText, waLength } from "./markup.js";
import type { WhatsAppPacer } from "./pacing.js";
import { placeholderOrder, TEMPLATE_LANGUAGES, templateFor } from "./templates.js";

/** Whether a desk chat id is a WhatsApp contact's. */
export const isWhatsAppChat = (chatId: unknown): boolean => typeof chatId === "number" ? chatId >= WHATSAPP_CHAT_BASE : typeof chatId === "string" && /^\d{16,}$/.test(chatId) && Number(chatId) >= WHATSAPP_CHAT_BASE;


/** What the desk remembers of a message it sent, to answer a press on it as Telegram would. */
export interface SentRecord {
  text: string;
  reply_markup: InlineKeyboardMarkup | null;
  offer: Offer;
  date: number;
  /** Set when the message was an "edit" the Cloud API cannot make: the choices of older versions are retired. */
  version?: number;
}

type Result = { ok: true; result: unknown } | BotApiFailure;

export interface OutboundDeps {
  repo: WhatsAppRepository;
  client: CloudClient;
  clock: Clock;
  logger: Logger;
  pacer: WhatsAppPacer;
  /** A word in the resident's language (list button, "use this number" …). */
  words: (chatId: number) => ShapeWords;
  /** A locale text in the resident's language. */
  text: (chatId: number, key: string, vars?: Record<string, string>) => string;
  /** The resident's language code. */
  locale: (chatId: number) => string;
  /** A locale text in a given language (templates are numbered by where each language puts its placeables). */
  translate: (locale: string, key: string, vars?: Record<string, string>) => string;
  /** Bot API calls to Telegram itself (a staff file to fetch, a resident's media to post into a group). */
  telegram: (method: string, payload: Record<string, unknown>) => Promise<Result>;
  /** A Telegram file's bytes by its path (the Bot API's file endpoint). */
  telegramDownload: (path: string) => Promise<Uint8Array>;
  /** Media staff posted in the operator groups, by chat and message id (copyMessage gives only the ids). */
  groupMedia: GroupMedia;
}

/** What staff posted in a group that the desk may copy to a WhatsApp resident: Telegram's copyMessage names only its id. */
export class GroupMedia {
  private readonly byMessage = new Map<string, StaffMedia>();
  constructor(private readonly max = 2000) {}
  remember(chatId: number, messageId: number, media: StaffMedia) {
    if (this.byMessage.size >= this.max) this.byMessage.delete(this.byMessage.keys().next().value!);
    this.byMessage.set(`${chatId}:${messageId}`, media);
  }
  get(chatId: number, messageId: number): StaffMedia | undefined {
    return this.byMessage.get(`${chatId}:${messageId}`);
  }
}

export type StaffMedia =
  | { kind: "photo" | "document" | "voice" | "audio" | "video"; fileId: string; fileName?: string; mime?: string; caption?: string }
  | { kind: "location"; latitude: number; longitude: number };

const MIME_BY_KIND: Record<string, string> = { photo: "image/jpeg", voice: "audio/ogg", audio: "audio/mpeg", video: "video/mp4", document: "application/pdf" };

/**
 * The Bot API as WhatsApp carries it: every call whose chat is a WhatsApp contact's goes to the Cloud API and comes
 * back Telegram-shaped (desk message ids, Message objects), so flows, the outbox and the operator board are written
 * once. Installed on the bot's Api, each flow's Api and the outbox's; calls for Telegram chats pass through.
 */
export class WhatsAppOutbound {
  constructor(private readonly deps: OutboundDeps) {}

  /**
   * A Bot API call as WhatsApp carries it, or undefined when it is not for a WhatsApp chat (Telegram's, then).
   * `telegram` makes the Bot API calls a copy between the two needs (a file from Telegram, a post into a group).
   */
  async handle(method: string, p: Record<string, any>, sending?: OutboxSending): Promise<Result | undefined> {
    const chatId = p.chat_id ?? p.scope?.chat_id;
    const call = this.deps.telegram;
    if (isWhatsAppChat(chatId)) return this.call(method, p, Number(chatId), call, sending);
    if (isWhatsAppChat(p.from_chat_id)) return this.copyIn(method, p, call);
    if (method === "answerCallbackQuery" && typeof p.callback_query_id === "string" && p.callback_query_id.startsWith("wa:")) return this.answerCallback(p);
    if (method === "getFile" && typeof p.file_id === "string" && /^\d{6,}$/.test(p.file_id)) return this.getFile(p.file_id);
    return undefined;
  }

  private async call(
    method: string,
    p: Record<string, any>,
    chatId: number,
    call: (m: string, x: Record<string, unknown>) => Promise<Result>,
    sending: OutboxSending | undefined,
  ): Promise<Result> {
    const contact = this.deps.repo.contactOfChat(chatId);
    if (!contact || contact.waId.startsWith("erased:")) return { ok: false, error_code: 400, description: "Bad Request: chat not found" };
    try {
      switch (method) {
        case "sendMessage":
          return await this.sendMessage(contact, p, undefined, sending);
        case "editMessageText":
          return await this.edit(contact, p, String(p.text ?? ""), p.parse_mode);
        case "editMessageCaption":
          return await this.edit(contact, p, String(p.caption ?? ""), p.parse_mode);
        case "editMessageReplyMarkup":
          return await this.editMarkup(contact, p);
        case "deleteMessage":
          // The Cloud API cannot take back a message: its choices stop counting instead.
          this.retire(chatId, Number(p.message_id));
          return { ok: true, result: true };
        case "sendChatAction":
          return await this.typing(contact);
        case "sendPhoto":
        case "sendDocument":
        case "sendVoice":
        case "sendAudio":
        case "sendVideo":
          return await this.sendMedia(contact, method.slice(4).toLowerCase() as "photo", p, call);
        case "copyMessage":
        case "forwardMessage":
          return await this.copyOut(contact, p, call);
        case "sendLocation":
        case "sendVenue":
          return await this.send(contact, [new Location(Number(p.longitude), Number(p.latitude), p.title, p.address)], { kind: "location", text: [p.title, p.address].filter(Boolean).join("\n") });
        case "getChat":
          return { ok: true, result: this.chat(contact) };
        // No slash menu and no pins on WhatsApp: nothing to set, nothing to refuse.
        case "setMyCommands":
        case "deleteMyCommands":
        case "setChatMenuButton":
        case "pinChatMessage":
        case "unpinChatMessage":
          return { ok: true, result: true };
        default:
          return { ok: false, error_code: 400, description: `Bad Request: ${method} is not available on WhatsApp` };
      }
    } catch (error) {
      if (error instanceof CloudApiError) return botApiFailure(error.code, error.message, error.httpStatus);
      if (error instanceof Error && /must be|cannot|characters|unique/i.test(error.message)) {
        // whatsapp-api-js refused the shape before sending (a title too long …): a bad request, like Telegram's.
        return { ok: false, error_code: 400, description: `Bad Request: WhatsApp: ${error.message}` };
      }
      throw error;
    }
  }

  private chat(contact: WhatsAppContact) {
    return { id: contact.chatId, type: "private" as const, first_name: contact.profileName ?? "WhatsApp" };
  }

  private inWindow(contact: WhatsAppContact): boolean {
    return !!contact.lastInboundAt && this.deps.clock.now().getTime() - contact.lastInboundAt.getTime() < L.windowMs;
  }

  /** Sends WhatsApp messages for one desk message (its id kept across "edits"); the choices live on the last one. */
  private async send(
    contact: WhatsAppContact,
    messages: ClientMessage[],
    record: { kind: string; text: string; reply_markup?: InlineKeyboardMarkup | null; offer?: Offer; messageId?: number; extra?: Record<string, unknown> },
  ): Promise<Result> {
    const { repo, client, clock, pacer } = this.deps;
    if (!this.inWindow(contact)) return windowClosed();
    const messageId = record.messageId ?? repo.nextMessageId(contact.chatId);
    const date = Math.floor(clock.now().getTime() / 1000);
    for (const [i, message] of messages.entries()) {
      const wait = pacer.take(contact.waId);
      if (wait) return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${wait}`, parameters: { retry_after: wait } };
      const wamid = await client.send(contact.waId, message);
      const last = i === messages.length - 1;
      const sent: SentRecord = { text: record.text, reply_markup: last ? (record.reply_markup ?? null) : null, offer: last ? (record.offer ?? { kind: "none" }) : { kind: "none" }, date };
      repo.record({ chatId: contact.chatId, messageId, wamid, direction: "out", kind: last ? (record.offer?.kind ?? record.kind) : "text", payload: JSON.stringify(sent) }, clock.now());
    }
    const result: Message = {
      message_id: messageId,
      date,
      chat: this.chat(contact),
      ...(record.kind === "text" || record.kind === "buttons" || record.kind === "list" || record.kind === "numbers" ? { text: record.text } : {}),
      ...(record.reply_markup ? { reply_markup: record.reply_markup } : {}),
      ...record.extra,
    } as Message;
    return { ok: true, result };
  }

  private async sendMessage(contact: WhatsAppContact, p: Record<string, any>, messageId?: number, sending?: OutboxSending): Promise<Result> {
    const text = toWhatsAppText(String(p.text ?? ""), p.parse_mode);
    const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
    if (!this.inWindow(contact)) return this.template(contact, markup, sending);
    const shaped = shape(text, markup, this.deps.words(contact.chatId));
    const inline = markup && "inline_keyboard" in markup && markup.inline_keyboard.length ? markup : null;
    return this.send(contact, shaped.messages, { kind: shaped.offer.kind === "none" ? "text" : shaped.offer.kind, text, reply_markup: inline, offer: shaped.offer, ...(messageId ? { messageId } : {}) });
  }

  /**
   * Outside the window only a template may go: the outbox says which message it is sending (`sending`, carried by the
   * fetch of the Api it sends through: see `botApiFetch`); a message with no
   * declared template (or none approved in the resident's language, which Meta answers with 132001) fails like a
   * blocked chat, and staff are told the resident cannot be reached until they write.
   */
  private async template(contact: WhatsAppContact, markup: InlineKeyboardMarkup | undefined, sending: OutboxSending | undefined): Promise<Result> {
    const { repo, client, clock, pacer } = this.deps;
    const declaration = sending ? templateFor(sending.key) : undefined;
    if (!sending || !declaration) return windowClosed();
    const { choices } = choicesOf(markup);
    if (choices.length !== declaration.buttons.length) return windowClosed();
    const language = TEMPLATE_LANGUAGES[sending.locale] ?? "it";
    const order = placeholderOrder(declaration, (key, vars) => this.deps.translate(sending.locale, key, vars));
    const params = order.map((name) => new BodyParameter(oneLine(sending.vars[name] ?? "–")));
    const components = [
      ...(params.length ? [new BodyComponent(...(params as [BodyParameter]))] : []),
      ...choices.map((c) => new PayloadComponent(c.data)),
    ];
    const wait = pacer.take(contact.waId);
    if (wait) return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${wait}`, parameters: { retry_after: wait } };
    let wamid: string;
    try {
      wamid = await client.send(contact.waId, new Template(declaration.name, language, ...components));
    } catch (error) {
      if (error instanceof CloudApiError && (error.code === 132001 || error.code === 132000)) {
        this.deps.logger.warn({ template: declaration.name, language, code: error.code }, "whatsapp: template not usable");
        return { ...windowClosed(), description: `${windowClosed().description} (template ${declaration.name} in ${language}: ${error.message})` };
      }
      throw error;
    }
    const messageId = repo.nextMessageId(contact.chatId);
    const date = Math.floor(clock.now().getTime() / 1000);
    const labels = declaration.buttons.map((key) => clip(this.deps.text(contact.chatId, key), 25));
    const offer: Offer = { kind: "buttons", choices: choices.map((c, i) => ({ label: labels[i] ?? c.label, data: c.data })) };
    const text = this.deps.text(contact.chatId, declaration.key, sending.vars);
    const sent: SentRecord = { text, reply_markup: markup ?? null, offer, date };
    repo.record({ chatId: contact.chatId, messageId, wamid, direction: "out", kind: "template", payload: JSON.stringify(sent) }, clock.now());
    return { ok: true, result: { message_id: messageId, date, chat: this.chat(contact), text, ...(markup ? { reply_markup: markup } : {}) } };
  }

  /**
   * The Cloud API cannot edit a message (it offers replies, reactions and read marks, never edits): an edit is
   * the message sent anew under the same desk message id, and the old version's choices no longer count.
   */
  private async edit(contact: WhatsAppContact, p: Record<string, any>, text: string, parseMode: string | undefined): Promise<Result> {
    const messageId = Number(p.message_id);
    const latest = this.deps.repo.latest(contact.chatId, messageId);
    if (latest?.direction !== "out") return { ok: false, error_code: 400, description: "Bad Request: message to edit not found" };
    const before = latest.payload ? (JSON.parse(latest.payload) as SentRecord) : undefined;
    const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
    const plain = toWhatsAppText(text, parseMode);
    if (before && before.text === plain && JSON.stringify(before.reply_markup ?? null) === JSON.stringify(markup?.inline_keyboard?.length ? markup : null)) {
      return { ok: false, error_code: 400, description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message" };
    }
    return this.sendMessage(contact, { text, parse_mode: parseMode, reply_markup: markup }, messageId);
  }

  /** Keyboard removed: nothing to send, the choices retire. A new keyboard: the text again with it. */
  private async editMarkup(contact: WhatsAppContact, p: Record<string, any>): Promise<Result> {
    const messageId = Number(p.message_id);
    const latest = this.deps.repo.latest(contact.chatId, messageId);
    if (latest?.direction !== "out" || !latest.payload) return { ok: false, error_code: 400, description: "Bad Request: message to edit not found" };
    const before = JSON.parse(latest.payload) as SentRecord;
    const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
    if (!markup?.inline_keyboard?.length) {
      if (!before.reply_markup) return { ok: false, error_code: 400, description: "Bad Request: message is not modified" };
      this.retire(contact.chatId, messageId);
      return { ok: true, result: { message_id: messageId, date: before.date, chat: this.chat(contact), text: before.text } };
    }
    // Buttons added under the text the person has just read: only the buttons follow it, not the text again.
    const newest = this.deps.repo.latestOut(contact.chatId);
    const justRead = before.offer.kind === "none" && newest?.messageId === messageId;
    return this.sendMessage(contact, { text: justRead ? this.deps.words(contact.chatId).choose : before.text, reply_markup: markup }, messageId);
  }

  /** A message's choices stop counting (a press on them gets a short answer instead). */
  private retire(chatId: number, messageId: number) {
    const latest = this.deps.repo.latest(chatId, messageId);
    if (!latest?.payload || latest.direction !== "out") return;
    const record = JSON.parse(latest.payload) as SentRecord;
    this.deps.repo.setPayload(latest.id, JSON.stringify({ ...record, reply_markup: null, offer: { kind: "none" } } satisfies SentRecord), "retired");
  }

  /** "typing…" on the person's last message: WhatsApp's chat action, which also marks it read. */
  private async typing(contact: WhatsAppContact): Promise<Result> {
    const last = this.deps.repo.lastInbound(contact.chatId);
    if (last && this.inWindow(contact)) await this.deps.client.typing(last.wamid).catch(() => undefined);
    return { ok: true, result: true };
  }

  /** A file for the resident: uploaded to WhatsApp (from the desk, or downloaded from Telegram), then sent by id. */
  private async sendMedia(contact: WhatsAppContact, kind: "photo" | "document" | "voice" | "audio" | "video", p: Record<string, any>, call: (m: string, x: Record<string, unknown>) => Promise<Result>): Promise<Result> {
    if (!this.inWindow(contact)) return windowClosed();
    const input = p[kind];
    const caption = p.caption ? toWhatsAppText(String(p.caption), p.parse_mode) : undefined;
    const mediaId = await this.mediaIdOf(input, kind, call);
    const name = input instanceof InputFile ? (input.filename ?? `${kind}`) : `${kind}`;
    const captionFits = caption && waLength(caption) <= L.caption ? caption : undefined;
    const message =
      kind === "photo"
        ? new Image(mediaId, true, captionFits)
        : kind === "video"
          ? new Video(mediaId, true, captionFits)
          : kind === "voice" || kind === "audio"
            ? new Audio(mediaId, true, kind === "voice")
            : new Document(mediaId, true, captionFits, name);
    // Audio takes no caption, and a caption over 1,024 characters follows as text.
    const follow = caption && !captionFits ? splitText(caption, L.textBody) : kind === "voice" || kind === "audio" ? (caption ? [caption] : []) : [];
    const media = kind === "photo" ? { photo: [{ file_id: mediaId, file_unique_id: mediaId, width: 0, height: 0 }] } : { [kind]: { file_id: mediaId, file_unique_id: mediaId, ...(kind === "document" ? { file_name: name } : {}) } };
    return this.send(contact, [message, ...follow.map((t) => new Text(t))], { kind, text: caption ?? "", extra: { ...media, ...(caption ? { caption } : {}) } });
  }

  private async mediaIdOf(input: unknown, kind: string, call: (m: string, x: Record<string, unknown>) => Promise<Result>): Promise<string> {
    if (typeof input === "string" && /^\d{6,}$/.test(input)) return input;
    if (typeof input === "string") {
      // A Telegram file id (a photo staff sent): fetched from Telegram, uploaded to WhatsApp.
      const answer = await call("getFile", { file_id: input });
      const path = answer.ok ? (answer.result as { file_path?: string }).file_path : undefined;
      if (!path) throw new CloudApiError(100, `the file to send is not available: ${answer.ok ? "no path" : answer.description}`, 400);
      const name = path.split("/").at(-1) ?? kind;
      return this.deps.client.upload(await this.deps.telegramDownload(path), mimeOf(name, kind), name);
    }
    if (input instanceof InputFile) {
      const bytes = await bytesOf(input);
      const name = input.filename ?? kind;
      return this.deps.client.upload(bytes, mimeOf(name, kind), name);
    }
    throw new CloudApiError(100, `unsupported ${kind} input`, 400);
  }

  /** Staff's media copied into a WhatsApp chat: Telegram names only the message, remembered when staff posted it. */
  private async copyOut(contact: WhatsAppContact, p: Record<string, any>, call: (m: string, x: Record<string, unknown>) => Promise<Result>): Promise<Result> {
    const media = this.deps.groupMedia.get(Number(p.from_chat_id), Number(p.message_id));
    if (!media) return { ok: false, error_code: 400, description: "Bad Request: message to copy not found" };
    if (media.kind === "location") {
      const sent = await this.send(contact, [new Location(media.longitude, media.latitude)], { kind: "location", text: "" });
      return sent.ok ? { ok: true, result: { message_id: (sent.result as Message).message_id } } : sent;
    }
    const caption = p.caption ?? media.caption;
    const sent = await this.sendMedia(contact, media.kind, { [media.kind]: media.fileId, ...(caption ? { caption, parse_mode: p.parse_mode } : {}) }, call);
    return sent.ok ? { ok: true, result: { message_id: (sent.result as Message).message_id } } : sent;
  }

  /**
   * A resident's WhatsApp message copied into an operator group: its media fetched from Meta with the token and
   * uploaded to Telegram, under the caption the board wrote.
   */
  private async copyIn(method: string, p: Record<string, any>, call: (m: string, x: Record<string, unknown>) => Promise<Result>): Promise<Result> {
    const row = this.deps.repo.latest(Number(p.from_chat_id), Number(p.message_id));
    const message = row?.direction === "in" && row.payload ? (JSON.parse(row.payload) as Message) : undefined;
    if (!message) return { ok: false, error_code: 400, description: "Bad Request: message to copy not found" };
    const { from_chat_id: _from, message_id: _id, ...rest } = p;
    const forward = method === "forwardMessage" ? {} : rest;
    let sent: Result;
    if (message.location) {
      sent = await call("sendLocation", { ...forward, chat_id: p.chat_id, latitude: message.location.latitude, longitude: message.location.longitude });
    } else if (message.text) {
      sent = await call("sendMessage", { ...forward, chat_id: p.chat_id, text: message.text, parse_mode: undefined });
    } else {
      const media = message.voice ?? message.audio ?? message.document ?? message.video ?? message.photo?.at(-1) ?? message.sticker;
      if (!media) return { ok: false, error_code: 400, description: "Bad Request: message can't be copied" };
      const kind = message.voice ? "voice" : message.audio ? "audio" : message.document ? "document" : message.video ? "video" : message.photo ? "photo" : "document";
      const file = await this.deps.client.download(media.file_id);
      const name = message.document?.file_name ?? `${kind}${extensionOf(file.mime)}`;
      sent = await call(`send${kind[0]!.toUpperCase()}${kind.slice(1)}`, { ...forward, chat_id: p.chat_id, [kind]: new InputFile(file.bytes, name) });
    }
    return sent.ok && method === "copyMessage" ? { ok: true, result: { message_id: (sent.result as Message).message_id } } : sent;
  }

  /** WhatsApp has no callback answers: a toast is dropped, an alert (something the person must read) is sent as text. */
  private async answerCallback(p: Record<string, any>): Promise<Result> {
    const [, chat] = String(p.callback_query_id).split(":");
    if (p.show_alert && p.text && chat) {
      const contact = this.deps.repo.contactOfChat(Number(chat));
      if (contact) await this.send(contact, [new Text(String(p.text))], { kind: "text", text: String(p.text) }).catch(() => undefined);
    }
    return { ok: true, result: true };
  }

  /** A WhatsApp media id as a Bot API file: its path names the channel, and the download goes to Meta with the token. */
  private async getFile(mediaId: string): Promise<Result> {
    return { ok: true, result: { file_id: mediaId, file_unique_id: mediaId, file_path: `whatsapp/${mediaId}` } };
  }
}

/** Template parameters take no new lines, tabs or runs of spaces (Meta refuses them). */
function oneLine(s: string): string {
  return s.replace(/[\u2066-\u2069]/g, "").replace(/\s*\n\s*/g, " · ").replace(/\t/g, " ").replace(/ {4,}/g, "   ").trim() || "–";
}

async function bytesOf(file: InputFile): Promise<Uint8Array> {
  const data = (file as unknown as { fileData: unknown }).fileData;
  if (data instanceof Uint8Array) return data;
  if (typeof data === "string") {
    const { readFile } = await import("node:fs/promises");
    return new Uint8Array(await readFile(data));
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of data as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

function mimeOf(name: string, kind: string): string {
  const ext = name.split(".").at(-1)?.toLowerCase();
  const byExt: Record<string, string> = {
    pdf: "application/pdf", txt: "text/plain", ics: "text/plain", csv: "text/plain", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png",
    ogg: "audio/ogg", oga: "audio/ogg", opus: "audio/ogg", mp3: "audio/mpeg", m4a: "audio/mp4", mp4: "video/mp4",
  };
  return (ext && byExt[ext]) ?? MIME_BY_KIND[kind] ?? "application/pdf";
}

function extensionOf(mime: string): string {
  if (mime.startsWith("audio/ogg")) return ".ogg";
  if (mime.startsWith("image/jpeg")) return ".jpg";
  if (mime.startsWith("image/png")) return ".png";
  if (mime.startsWith("image/webp")) return ".webp";
  if (mime.startsWith("video/mp4")) return ".mp4";
  if (mime.startsWith("application/pdf")) return ".pdf";
  return "";
}
