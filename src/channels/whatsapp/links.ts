import { randomInt } from "node:crypto";
import type { MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import type { Clock } from "#src/clock.js";
import type { ChannelLinksRepository } from "#src/db/repositories/channel-links.js";
import type { Logger } from "#src/logger.js";
import { isWhatsAppChat } from "./outbound.js";

/**
 * A linked person's Telegram messages are known to the desk under their WhatsApp chat id, their message ids moved by
 * this much (Telegram's message ids fit in 32 bits; the desk's WhatsApp ids count up from 1): one id space, no clash.
 */
export const LINKED_MESSAGE_OFFSET = 2 ** 40;
/** A code lives ten minutes (the text says so) and is used once. */
export const LINK_CODE_MS = 10 * 60_000;
/** Wrong codes: five an hour from one chat, fifty an hour desk-wide; past either no code is accepted for the hour. */
export const LINK_WINDOW_MS = 60 * 60_000;
export const LINK_TRIES_PER_CHAT = 5;
export const LINK_TRIES_DESK_WIDE = 50;

export type ChannelName = "telegram" | "whatsapp";

export type ClaimResult =
  | { kind: "linked"; primary: number; claimer: number }
  | { kind: "same-chat" }
  | { kind: "already"; other: ChannelName }
  | { kind: "wrong"; answer: boolean }
  | { kind: "too-many" }
  | { kind: "not-a-code" };

export interface ChannelLinksDeps {
  repo: ChannelLinksRepository;
  clock: Clock;
  logger: Logger;
  /** Whether WhatsApp's 24-hour window is open for this WhatsApp chat (free-form messages may go). */
  inWindow: (chatId: number) => boolean;
  /** The person's cached record is stale after a join. */
  evict: (residentId: number) => void;
  /** The storage key of a resident's flow (a flow half-done in the chat that goes is dropped). */
  flowKey: (chatId: number) => string;
  /** Numbers an erasure marked become their keyed hash (the WhatsApp channel's own step). */
  finishErasures: () => void;
}

/** What a call for a linked person becomes when it goes to Telegram: its parameters there, and its answer back. */
export interface TelegramRoute {
  params: Record<string, unknown>;
  answer: (result: unknown) => unknown;
}

/**
 * One person on two channels. A code shown in one chat (Telegram or WhatsApp) and typed in the other joins them:
 * never a guess from a phone number. After that the person is one resident under their WhatsApp chat id — their
 * requests, bookings and history in one place — whichever chat they write from:
 * - coming in, a Telegram update of theirs is rewritten to that id (message ids moved by LINKED_MESSAGE_OFFSET);
 * - going out, a new message goes to the chat they last wrote from; to WhatsApp only inside its 24-hour window,
 *   else to Telegram, which has none; an edit or a copy goes to the chat its message is in.
 * Codes are six digits (any script's digits), single use, ten minutes; wrong ones are counted per chat and
 * desk-wide, and past the limits no code is accepted for the hour.
 */
export class ChannelLinks {
  constructor(private readonly deps: ChannelLinksDeps) {}

  /** The WhatsApp chat a Telegram chat is joined to (the id the desk knows the person by). */
  primaryOf(telegramChatId: number): number | undefined {
    if (isWhatsAppChat(telegramChatId)) return undefined;
    const row = this.deps.repo.get(telegramChatId);
    return row?.linkedChatId ?? undefined;
  }

  /** The Telegram chat joined to a WhatsApp chat. */
  telegramOf(whatsappChatId: number): number | undefined {
    if (!isWhatsAppChat(whatsappChatId)) return undefined;
    return this.deps.repo.get(whatsappChatId)?.linkedChatId ?? undefined;
  }

  /** The other chat of a linked person, whichever side this is. */
  otherOf(chatId: number): number | undefined {
    return this.deps.repo.get(chatId)?.linkedChatId ?? undefined;
  }

  /** Where a new message to this person goes now (see the class's comment). */
  channelFor(whatsappChatId: number): ChannelName {
    const telegram = this.telegramOf(whatsappChatId);
    if (telegram === undefined) return "whatsapp";
    const lastWhatsApp = this.deps.repo.get(whatsappChatId)?.lastInboundAt?.getTime() ?? 0;
    const lastTelegram = this.deps.repo.get(telegram)?.lastInboundAt?.getTime() ?? 0;
    if (lastTelegram > lastWhatsApp) return "telegram";
    return this.deps.inWindow(whatsappChatId) ? "whatsapp" : "telegram";
  }

  /** A code to show in this chat, or the chat it is already joined to. */
  issue(chatId: number): { code: string; other: ChannelName } | { already: ChannelName } {
    const { repo, clock } = this.deps;
    const other: ChannelName = isWhatsAppChat(chatId) ? "telegram" : "whatsapp";
    if (repo.get(chatId)?.linkedChatId) return { already: other };
    const now = clock.now();
    // Unique among live codes, so a typed code names one chat.
    let code = "";
    do code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    while (this.live(repo.byCode(code), now));
    repo.setCode(chatId, code, new Date(now.getTime() + LINK_CODE_MS), now);
    return { code, other };
  }

  /**
   * A message that may be a code typed in the other chat. `inFlow`: the chat is in the middle of a form, where a
   * six-digit number may be an answer; a wrong code is then counted but not answered.
   */
  claim(chatId: number, text: string, inFlow: boolean): ClaimResult {
    const code = codeOf(text);
    if (!code) return { kind: "not-a-code" };
    const { repo, clock, logger } = this.deps;
    const now = clock.now();
    const row = repo.byCode(code);
    const live = this.live(row, now);
    const mine = repo.get(chatId);
    if (mine?.linkedChatId) {
      return live ? { kind: "already", other: isWhatsAppChat(chatId) ? "telegram" : "whatsapp" } : { kind: "not-a-code" };
    }
    if (live && row!.chatId === chatId) return { kind: "same-chat" };
    const since = new Date(now.getTime() - LINK_WINDOW_MS);
    const chatTries = mine?.failedSince && mine.failedSince > since ? mine.failedAttempts : 0;
    if (chatTries >= LINK_TRIES_PER_CHAT || repo.failedSince(since) >= LINK_TRIES_DESK_WIDE) {
      logger.warn({ chatTries }, "channel links: a code refused, too many wrong codes");
      return { kind: "too-many" };
    }
    // Two chats of the same kind (two Telegram accounts, two numbers) are not one person's two channels.
    if (!live || isWhatsAppChat(row!.chatId) === isWhatsAppChat(chatId)) {
      repo.failed(chatId, now, LINK_WINDOW_MS);
      // Answered when it surely meant a code: one that existed (now expired or used), or while someone is linking.
      const meant = !!row || repo.liveCodes(now) > 0;
      return { kind: "wrong", answer: meant && !inFlow };
    }
    const issuer = row!.chatId;
    const [telegram, whatsapp] = isWhatsAppChat(chatId) ? [issuer, chatId] : [chatId, issuer];
    if (this.primaryOf(telegram) !== undefined || this.telegramOf(whatsapp) !== undefined) return { kind: "already", other: isWhatsAppChat(chatId) ? "telegram" : "whatsapp" };
    repo.join({ from: telegram, to: whatsapp, issuer, claimer: chatId, at: now, offset: LINKED_MESSAGE_OFFSET, flowKey: this.deps.flowKey(telegram) });
    this.deps.evict(telegram);
    this.deps.evict(whatsapp);
    logger.info("channel links: a Telegram chat and a WhatsApp chat joined into one person");
    return { kind: "linked", primary: whatsapp, claimer: chatId };
  }

  private live(row: { code: string | null; codeExpiresAt: Date | null } | undefined, now: Date): boolean {
    return !!row?.code && !!row.codeExpiresAt && row.codeExpiresAt > now;
  }

  /**
   * First on an update's path: a linked person's Telegram update is rewritten to their WhatsApp chat id (so per-chat
   * order, flows and every feature see one person), and the chat they wrote from is remembered for the answers.
   * After the update, a link its erasure (/forget) ended goes, once the erasure's own answer has been routed.
   */
  readonly middleware: MiddlewareFn = async (ctx, next) => {
    const from = senderChat(ctx.update);
    if (from === undefined) return next();
    const primary = isWhatsAppChat(from) ? from : this.primaryOf(from);
    const other = primary === undefined ? undefined : primary === from ? this.telegramOf(from) : from;
    if (primary === undefined || other === undefined) return next();
    this.deps.repo.touch(from, this.deps.clock.now());
    if (primary !== from) rewrite(ctx.update, from, primary);
    try {
      await next();
    } finally {
      if (this.deps.repo.get(primary)?.forgottenAt) {
        this.deps.repo.dropForgotten(primary, other);
        this.deps.finishErasures();
      }
    }
  };

  /**
   * A Bot API call for a linked person (their WhatsApp chat id) that must go to Telegram instead, rewritten; or
   * undefined when it stays on WhatsApp (or is not a linked person's).
   */
  telegramRoute(method: string, p: Record<string, unknown>): TelegramRoute | undefined {
    // A copy of one of their Telegram messages (into a request's topic): from the Telegram chat.
    if (isWhatsAppChat(p.from_chat_id)) {
      const telegram = this.telegramOf(Number(p.from_chat_id));
      const id = Number(p.message_id);
      if (telegram === undefined || !(id >= LINKED_MESSAGE_OFFSET)) return undefined;
      return { params: { ...p, from_chat_id: telegram, message_id: id - LINKED_MESSAGE_OFFSET }, answer: (r) => r };
    }
    if (!isWhatsAppChat(p.chat_id)) return undefined;
    const primary = Number(p.chat_id);
    const telegram = this.telegramOf(primary);
    if (telegram === undefined) return undefined;
    const back = (r: unknown) => toPrimary(r, primary);
    // A call about a message (an edit, a deletion) goes where that message is.
    if (p.message_id !== undefined) {
      const id = Number(p.message_id);
      return id >= LINKED_MESSAGE_OFFSET ? { params: { ...p, chat_id: telegram, message_id: id - LINKED_MESSAGE_OFFSET }, answer: back } : undefined;
    }
    if (method === "getChat" || method === "setMyCommands" || method === "deleteMyCommands" || method === "setChatMenuButton") return undefined;
    if (this.channelFor(primary) === "whatsapp") return undefined;
    const params: Record<string, unknown> = { ...p, chat_id: telegram };
    // A reply quotes a message only in its own chat.
    const quoted = Number((p.reply_parameters as { message_id?: unknown } | undefined)?.message_id ?? p.reply_to_message_id);
    delete params.reply_parameters;
    delete params.reply_to_message_id;
    if (quoted >= LINKED_MESSAGE_OFFSET) params.reply_parameters = { message_id: quoted - LINKED_MESSAGE_OFFSET, allow_sending_without_reply: true };
    return { params, answer: back };
  }
}

/** Six digits, typed in any script (Arabic-Indic, Persian, full-width) and with spaces or isolation marks. */
export function codeOf(text: string): string | undefined {
  const digits = text
    .replace(/[\s\u2066-\u2069\u200e\u200f-]/g, "")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return /^\d{6}$/.test(digits) ? digits : undefined;
}

/** The private chat an update comes from (a message, an edit, a press), if any. */
function senderChat(u: Update): number | undefined {
  const m = u.message ?? u.edited_message;
  if (m) return m.chat.type === "private" ? m.chat.id : undefined;
  const q = u.callback_query;
  if (q) return !q.message || q.message.chat.type === "private" ? q.from.id : undefined;
  return undefined;
}

/** A Telegram update of a linked person as the desk knows it: their WhatsApp chat id, message ids moved. */
function rewrite(u: Update, from: number, to: number) {
  const moveMessage = (m: any) => {
    if (!m || m.chat?.id !== from) return;
    m.chat = { ...m.chat, id: to };
    if (m.from?.id === from) m.from = { ...m.from, id: to };
    if (typeof m.message_id === "number" && m.message_id < LINKED_MESSAGE_OFFSET) m.message_id += LINKED_MESSAGE_OFFSET;
    moveMessage(m.reply_to_message);
  };
  moveMessage(u.message);
  moveMessage(u.edited_message);
  const q = u.callback_query as any;
  if (q) {
    if (q.from?.id === from) q.from = { ...q.from, id: to };
    moveMessage(q.message);
  }
}

/** Telegram's answer for a linked person's chat, as the desk knows it (their WhatsApp chat id, moved message ids). */
function toPrimary(result: unknown, primary: number): unknown {
  if (!result || typeof result !== "object") return result;
  const r = result as { ok?: boolean; result?: any };
  const m = r.result;
  if (!r.ok || !m || typeof m !== "object" || typeof m.message_id !== "number") return result;
  return { ...r, result: { ...m, message_id: m.message_id + LINKED_MESSAGE_OFFSET, ...(m.chat ? { chat: { ...m.chat, id: primary } } : {}) } };
}
