import type { Message, Update } from "grammy/types";
import type { Clock } from "#src/clock.js";
import { WHATSAPP_CHAT_BASE, type WhatsAppRepository } from "#src/db/repositories/whatsapp.js";
import { REPLY_TEXT_PREFIX, USE_THIS_NUMBER } from "./choices.js";
import type { SentRecord } from "./outbound.js";

/** A WhatsApp message as Meta's webhook gives it (the fields the desk reads). */
export interface WaMessage {
  from: string;
  id: string;
  timestamp: string;
  type: string;
  context?: { from?: string; id?: string };
  text?: { body: string };
  interactive?: { type: string; button_reply?: { id: string; title: string }; list_reply?: { id: string; title: string; description?: string } };
  button?: { payload: string; text: string };
  audio?: { id: string; mime_type?: string; voice?: boolean };
  image?: { id: string; mime_type?: string; caption?: string };
  video?: { id: string; mime_type?: string; caption?: string };
  document?: { id: string; mime_type?: string; filename?: string; caption?: string };
  sticker?: { id: string; mime_type?: string; animated?: boolean };
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  contacts?: Array<{ name?: { formatted_name?: string; first_name?: string }; phones?: Array<{ phone?: string; wa_id?: string }> }>;
  reaction?: { message_id: string; emoji?: string };
}

export interface WaStatus {
  id: string;
  status: string;
  timestamp: string;
  recipient_id: string;
  errors?: Array<{ code: number; title?: string; message?: string }>;
}

/** What one webhook event becomes: an update for the bot, a short answer the channel gives itself, or nothing. */
export type Inbound =
  | { type: "update"; update: Update; chatId: number }
  | { type: "stale"; chatId: number }
  | { type: "duplicate" }
  | { type: "ignored"; why: string };

export interface InboundDeps {
  repo: WhatsAppRepository;
  clock: Clock;
  /** A word typed on WhatsApp (which has no slash menu) as the command it stands for: "menu" → "/menu". */
  commandOf: (text: string, chatId: number) => string | undefined;
  /** The keyed hash an erased number is kept as (a person who writes again gets their chat id back). */
  hash: (waId: string) => string;
}

/**
 * Meta's webhook events as Telegram-shaped updates: text → message.text (words for commands → the command),
 * a reply button, list row or template quick reply → callback_query whose data is the button id and whose
 * message is the desk message it was on (as the desk sent it: what a press is checked against), voice → voice
 * with the media id as file_id, image → photo, document, video, sticker, location, a contact card. Each wamid
 * is recorded once: Meta's retries of the same event give nothing new.
 */
export class InboundConverter {
  constructor(private readonly deps: InboundDeps) {}

  convert(message: WaMessage, profileName: string | null, phoneNumberId: string): Inbound {
    const { repo, clock } = this.deps;
    if (message.type === "reaction" || message.type === "system" || message.type === "request_welcome") return { type: "ignored", why: message.type };
    const chatId = repo.ensureContact(message.from, phoneNumberId, profileName, clock.now(), this.deps.hash(message.from));
    const sentAt = Number(message.timestamp) * 1000 || clock.now().getTime();
    const date = Math.floor(sentAt / 1000);
    const from = { id: chatId, is_bot: false as const, first_name: profileName?.slice(0, 64) || "WhatsApp" };
    const chat = { id: chatId, type: "private" as const, first_name: from.first_name };
    const press = this.pressOf(message);
    if (press) {
      const { id, title } = press;
      // A reply keyboard's words and "use this number" come back as the message Telegram would send.
      if (id === USE_THIS_NUMBER || id.startsWith(REPLY_TEXT_PREFIX)) {
        const body = id === USE_THIS_NUMBER ? { contact: { phone_number: `+${message.from}`, first_name: from.first_name, user_id: chatId } } : { text: id.slice(REPLY_TEXT_PREFIX.length) || title };
        return this.message(message, chatId, sentAt, { date, chat, from, ...body } as Partial<Message>);
      }
      const on = message.context?.id ? repo.byWamid(message.context.id) : undefined;
      const sent = on?.direction === "out" && on.payload ? (JSON.parse(on.payload) as SentRecord) : undefined;
      const offered = sent?.offer.kind === "buttons" || sent?.offer.kind === "list" ? sent.offer.choices.some((c) => c.data === id) : false;
      if (!on?.current || !sent || !offered) {
        // An older version of a message the desk has since sent anew, or one whose choices were retired.
        if (repo.record({ chatId, wamid: message.id, direction: "in", kind: "stale-press", payload: null }, clock.now()) === undefined) return { type: "duplicate" };
        repo.inbound(chatId, new Date(sentAt), profileName);
        return { type: "stale", chatId };
      }
      return this.press(message, chatId, sentAt, from, { message_id: on.messageId, date: sent.date, chat, text: sent.text, ...(sent.reply_markup ? { reply_markup: sent.reply_markup } : {}) }, id);
    }
    const typed = message.type === "text" ? (message.text?.body ?? "") : undefined;
    if (typed !== undefined) {
      // A number typed under a message that listed its choices as numbered lines is that choice.
      const numbered = /^\s*(\d{1,2})\s*\.?\s*$/.exec(typed);
      if (numbered) {
        const latest = repo.latestWithChoices(chatId);
        const sent = latest?.current && latest.payload ? (JSON.parse(latest.payload) as SentRecord) : undefined;
        const choice = sent?.offer.kind === "numbers" ? sent.offer.choices[Number(numbered[1]) - 1] : undefined;
        if (latest && sent && choice) {
          return this.press(message, chatId, sentAt, from, { message_id: latest.messageId, date: sent.date, chat, text: sent.text, ...(sent.reply_markup ? { reply_markup: sent.reply_markup } : {}) }, choice.data);
        }
      }
      const command = this.deps.commandOf(typed, chatId);
      const text = command ?? typed;
      const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
      return this.message(message, chatId, sentAt, { date, chat, from, text, ...(entities ? { entities } : {}) });
    }
    return this.message(message, chatId, sentAt, { date, chat, from, ...contentOf(message, chatId) });
  }

  private pressOf(message: WaMessage): { id: string; title: string } | undefined {
    if (message.type === "interactive") {
      const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
      return reply ? { id: reply.id, title: reply.title } : undefined;
    }
    if (message.type === "button" && message.button) return { id: message.button.payload, title: message.button.text };
    return undefined;
  }

  /** A message update: recorded (its media kept for copying to staff), the window reopened. */
  private message(wa: WaMessage, chatId: number, sentAt: number, body: Partial<Message>): Inbound {
    const { repo, clock } = this.deps;
    const messageId = repo.nextMessageId(chatId);
    const message = { message_id: messageId, ...body } as Message;
    const row = repo.record({ chatId, messageId, wamid: wa.id, direction: "in", kind: wa.type, payload: JSON.stringify(message) }, clock.now());
    if (row === undefined) return { type: "duplicate" };
    repo.inbound(chatId, new Date(sentAt), null);
    return { type: "update", chatId, update: { update_id: WHATSAPP_CHAT_BASE + row, message: message as never } };
  }

  private press(wa: WaMessage, chatId: number, sentAt: number, from: Message["from"] & object, on: Record<string, unknown>, data: string): Inbound {
    const { repo, clock } = this.deps;
    const row = repo.record({ chatId, wamid: wa.id, direction: "in", kind: "press", payload: null }, clock.now());
    if (row === undefined) return { type: "duplicate" };
    repo.inbound(chatId, new Date(sentAt), null);
    return {
      type: "update",
      chatId,
      update: { update_id: WHATSAPP_CHAT_BASE + row, callback_query: { id: `wa:${chatId}:${row}`, from, chat_instance: String(chatId), data, message: on as never } },
    };
  }
}

/** Media and the rest, in the Bot API's fields; a media id is the file_id (getFile and downloads know it). */
function contentOf(m: WaMessage, chatId: number): Partial<Message> {
  const file = (id: string) => ({ file_id: id, file_unique_id: id });
  if (m.audio) return m.audio.voice ? { voice: { ...file(m.audio.id), duration: 0, mime_type: "audio/ogg" } } : { audio: { ...file(m.audio.id), duration: 0, ...(m.audio.mime_type ? { mime_type: m.audio.mime_type } : {}) } };
  if (m.image) return { photo: [{ ...file(m.image.id), width: 0, height: 0 }], ...(m.image.caption ? { caption: m.image.caption } : {}) };
  if (m.video) return { video: { ...file(m.video.id), width: 0, height: 0, duration: 0 }, ...(m.video.caption ? { caption: m.video.caption } : {}) };
  if (m.document) {
    return {
      document: { ...file(m.document.id), ...(m.document.filename ? { file_name: m.document.filename } : {}), ...(m.document.mime_type ? { mime_type: m.document.mime_type } : {}) },
      ...(m.document.caption ? { caption: m.document.caption } : {}),
    };
  }
  if (m.sticker) return { sticker: { ...file(m.sticker.id), type: "regular", width: 512, height: 512, is_animated: !!m.sticker.animated, is_video: false } };
  if (m.location) return { location: { latitude: m.location.latitude, longitude: m.location.longitude } };
  if (m.contacts?.[0]) {
    // Someone else's card: it carries no user id, so the form's "your own number" check refuses it.
    const c = m.contacts[0];
    return { contact: { phone_number: c.phones?.[0]?.phone ?? "", first_name: c.name?.first_name ?? c.name?.formatted_name ?? "?" } };
  }
  // Unsupported on the desk's side (a poll, an order …): a message with nothing in it, which the bot answers.
  void chatId;
  return {};
}
