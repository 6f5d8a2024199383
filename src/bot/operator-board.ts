import type { I18n } from "@grammyjs/i18n";
import { type Api, GrammyError, InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { Config, Locale } from "../config.js";
import type { Services } from "../domain/index.js";
import type { Erasure, GroupPost } from "../domain/privacy.js";
import type { ForwardOrigin, Incoming, Piece, Request, RequestMessage } from "../domain/requests.js";
import type { Logger } from "../logger.js";
import { cb } from "./callback-data.js";
import type { BotContext } from "./context.js";
import { escapeHtml, splitEscaped } from "./format.js";
import { isLocale, LANGUAGE_NAMES, stripIsolation } from "./i18n.js";

const CARD_TEXT_BUDGET = 2500;
const FORUM_CACHE_MS = 5 * 60_000;

export type Delivery = { ok: true; messageId: number } | { ok: false; blocked: boolean; description: string };

/**
 * The operator group's side of a request: its topic (or card), the card kept up to date,
 * and everything relayed between resident and staff. Staff read Italian.
 */
export class OperatorBoard {
  private forumCache: { value: boolean; until: number } | undefined;

  constructor(
    private readonly api: Api,
    private readonly chatId: number,
    private readonly i18n: I18n<BotContext>,
    private readonly services: Services,
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {}

  async isForum(): Promise<boolean> {
    const now = this.now().getTime();
    if (this.forumCache && this.forumCache.until > now) return this.forumCache.value;
    let value = false;
    try {
      const chat = await this.api.getChat(this.chatId);
      value = "is_forum" in chat && chat.is_forum === true;
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, "could not read the operator group");
    }
    this.forumCache = { value, until: now + FORUM_CACHE_MS };
    return value;
  }

  categoryLabel(category: string): string {
    return stripIsolation(this.i18n.t("it", `cat-${category}`));
  }

  private dateFormat: Intl.DateTimeFormat | undefined;
  private formatDate(d: Date): string {
    this.dateFormat ??= new Intl.DateTimeFormat("it-IT", { timeZone: this.config.timezone, dateStyle: "short", timeStyle: "short" });
    return this.dateFormat.format(d);
  }

  private languageLabel(code: string): string {
    return isLocale(code) ? `${LANGUAGE_NAMES[code as Locale]} (${code})` : code;
  }

  /** The resident's language now (they may have changed it since filing), for what is sent to them. */
  residentLocale(request: Request): string {
    return this.services.residents.get(request.residentId)?.language ?? request.language;
  }

  residentName(request: Request): string {
    const r = this.services.residents.get(request.residentId);
    if (!r || r.forgottenAt) return "persona anonimizzata";
    return r.firstName ?? "—";
  }

  cardText(request: Request): string {
    const r = this.services.residents.get(request.residentId);
    const status =
      request.status === "closed"
        ? "✅ chiusa"
        : request.status === "taken"
          ? `🟡 presa da ${escapeHtml(request.assigneeName ?? "?")}`
          : "🔴 aperta, da prendere";
    const visit =
      request.visit === "home"
        ? `🏠 Visita a domicilio: ${request.address ? escapeHtml(request.address) : request.latitude !== null ? "posizione condivisa" : "—"}`
        : "🚶 Viene allo sportello";
    const contact =
      request.contact === "phone" ? `📞 Telefono: ${escapeHtml(r?.phone ?? "—")}` : "💬 Contatto: in chat";
    const pieces = this.services.requests.messages(request.id).filter((m) => m.direction === "in");
    const initial = pieces.filter((p) => p.createdAt.getTime() === request.createdAt.getTime());
    // A forwarded piece is marked on a line of its own, so a third party's words never pass as theirs.
    const parts: string[] = [];
    let budget = CARD_TEXT_BUDGET;
    let cut = false;
    for (const p of initial.filter((x) => x.text && x.kind === "text")) {
      if (budget <= 0) {
        cut = true;
        break;
      }
      const body = p.text!.length > budget ? p.text!.slice(0, budget) : p.text!;
      if (body.length < p.text!.length) cut = true;
      budget -= body.length + 1;
      const forwarded = forwardOf(p);
      parts.push(`${forwarded ? `${forwardLabel(forwarded)}\n` : ""}${escapeHtml(body)}`);
    }
    const media = countMedia(initial);
    const shown = `${parts.join("\n")}${cut ? "… (testo completo sotto)" : ""}`;
    return [
      `<b>#${request.id} · ${escapeHtml(this.categoryLabel(request.category))}</b>`,
      `👤 ${escapeHtml(this.residentName(request))} · 🌍 ${this.languageLabel(request.language)}`,
      visit,
      contact,
      `📌 Stato: ${status}`,
      `🕒 Aperta il ${this.formatDate(request.createdAt)}`,
      request.erasedAt ? "🗑 Contenuto cancellato (privacy)" : "",
      "",
      request.erasedAt ? "" : shown,
      media ? `📎 ${media}` : "",
    ]
      .filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""))
      .join("\n")
      .trim();
  }

  cardKeyboard(request: Request): InlineKeyboard {
    if (request.status === "closed") return new InlineKeyboard().text("🔁 Riapri", cb.desk("reopen", request.id));
    return new InlineKeyboard()
      .text(request.status === "taken" ? "🙋 Prendo io" : "🙋 Prendo", cb.desk("take", request.id))
      .text("⚡ Risposta rapida", cb.desk("quick", request.id))
      .row()
      .text("✅ Chiudi", cb.desk("close", request.id));
  }

  private topicTitle(request: Request): string {
    const short = this.categoryLabel(request.category).replace(/^\P{L}+/u, "").split(/[ ,:]/)[0];
    return `${request.status === "closed" ? "✅ " : ""}#${request.id} · ${short} · ${request.language}`;
  }

  /** Where a message about this request goes: its topic, or as a reply to its card. */
  place(request: Request) {
    if (request.topicId) return { message_thread_id: request.topicId };
    if (request.cardMessageId) {
      return { reply_parameters: { message_id: request.cardMessageId, allow_sending_without_reply: true } };
    }
    return {};
  }

  /** Opens the request in the group: a topic when topics are on, else a card; then what the resident sent. */
  async announce(request: Request, pieces: RequestMessage[], residentMessageIds: number[]): Promise<void> {
    let topicId: number | undefined;
    if (await this.isForum()) {
      try {
        const topic = await this.api.createForumTopic(this.chatId, this.topicTitle(request));
        topicId = topic.message_thread_id;
      } catch (error) {
        this.logger.warn({ requestId: request.id, err: (error as Error).message }, "could not create a topic; posting a card");
      }
    }
    const card = await this.api.sendMessage(this.chatId, this.cardText(request), {
      parse_mode: "HTML",
      reply_markup: this.cardKeyboard(request),
      ...(topicId ? { message_thread_id: topicId } : {}),
    });
    this.services.requests.placed(request.id, { topicId, cardMessageId: card.message_id });
    const placed = this.services.requests.get(request.id)!;
    const name = this.residentName(placed);
    for (const [i, piece] of pieces.entries()) {
      const messageId = residentMessageIds[i];
      const forwarded = forwardOf(piece);
      const sent =
        piece.kind === "text" && piece.text
          ? await this.postText(placed, this.textHeader(placed, name, forwarded), piece.text)
          : messageId !== undefined
            ? await this.copyIn(placed, messageId, name, piece.text ?? undefined, forwarded)
            : [];
      this.services.requests.linkGroupMessages(placed.id, piece.id, sent);
      this.recordRelays(placed, sent);
    }
  }

  private textHeader(request: Request, name: string, forwarded?: ForwardOrigin): string {
    return `💬 <b>${escapeHtml(name)}</b> (#${request.id})${forwarded ? ` ${forwardLabel(forwarded)}` : ""}:`;
  }

  /** Relays show the resident's words: remembered per person, for erasure. */
  private recordRelays(request: Request, messageIds: number[]): void {
    for (const messageId of messageIds) {
      this.services.privacy.recordPost([request.residentId], {
        chatId: this.chatId,
        messageId,
        threadId: request.topicId,
        kind: "relay",
        requestId: request.id,
      });
    }
  }

  /** Posts resident text in as many parts as it takes; returns every part's message id. */
  private async postText(request: Request, header: string, text: string): Promise<number[]> {
    const ids: number[] = [];
    for (const part of splitEscaped(text, header)) {
      const m = await this.api.sendMessage(this.chatId, part, { parse_mode: "HTML", ...this.place(request) });
      ids.push(m.message_id);
    }
    return ids;
  }

  private async copyIn(request: Request, messageId: number, name: string, caption?: string, forwarded?: ForwardOrigin): Promise<number[]> {
    const header = `📎 <b>${escapeHtml(name)}</b> (#${request.id})${forwarded ? ` ${forwardLabel(forwarded)}` : ""}`;
    const withCaption = caption ? `${header}:\n${escapeHtml(caption.slice(0, 900))}` : header;
    try {
      const copy = await this.api.copyMessage(this.chatId, request.residentId, messageId, {
        caption: withCaption,
        parse_mode: "HTML",
        ...this.place(request),
      });
      return [copy.message_id];
    } catch {
      // Locations, stickers and the like take no caption: copy them bare, under a header.
      const head = await this.api.sendMessage(this.chatId, header, { parse_mode: "HTML", ...this.place(request) });
      const copy = await this.api.copyMessage(this.chatId, request.residentId, messageId, this.place(request));
      return [copy.message_id, head.message_id];
    }
  }

  /**
   * A message the resident sent while the request is open. Returns false when it was not stored
   * (the resident reached what one person may store); they and staff have then been told, once.
   */
  async relayIn(request: Request, message: Message): Promise<boolean> {
    const name = this.residentName(request);
    const piece = pieceOf(message);
    const incoming = this.services.requests.incoming(request.id, piece);
    if (!incoming.stored) {
      await this.storageRefused(request, incoming);
      return false;
    }
    const sent =
      piece.kind === "text" && piece.text
        ? await this.postText(request, this.textHeader(request, name, piece.forwarded), piece.text)
        : await this.copyIn(request, message.message_id, name, piece.text, piece.forwarded);
    this.services.requests.linkGroupMessages(request.id, incoming.row.id, sent);
    this.recordRelays(request, sent);
    return true;
  }

  /** The first refusal to store tells the resident in their language and staff in Italian; later ones are silent. */
  async storageRefused(request: Request, refusal: Extract<Incoming, { stored: false }>): Promise<void> {
    if (!refusal.first) return;
    const { perRequest, perDay } = this.services.requests.limits;
    const key = refusal.limit === "request" ? "store-limit-request" : "store-limit-day";
    const notice = stripIsolation(this.i18n.t(this.residentLocale(request), key, { max: refusal.limit === "request" ? perRequest : perDay }));
    await this.tellResident(request, notice);
    await this.say(
      request,
      refusal.limit === "request"
        ? `⚠️ <b>#${request.id}</b>: la persona ha raggiunto il limite di ${perRequest} messaggi salvati su questa richiesta. I prossimi non vengono salvati né inoltrati; le è stato detto.`
        : `⚠️ <b>#${request.id}</b>: la persona ha raggiunto il limite di ${perDay} messaggi salvati nelle ultime 24 ore. Fino ad allora i prossimi non vengono salvati né inoltrati; le è stato detto.`,
    );
  }

  /** A staff message (text or media) to the resident, as it is. */
  async relayOut(request: Request, message: Message, prefix: string): Promise<Delivery> {
    try {
      let id: number;
      if (message.text) {
        const sent = await this.api.sendMessage(request.residentId, `${prefix}\n${message.text}`);
        id = sent.message_id;
      } else {
        const caption = message.caption ? `${prefix}\n${message.caption}` : prefix;
        const copy = await this.api.copyMessage(request.residentId, this.chatId, message.message_id, {
          caption: caption.slice(0, 1024),
        });
        id = copy.message_id;
      }
      return { ok: true, messageId: id };
    } catch (error) {
      return this.failed(request, error);
    }
  }

  /** Sends a text to the resident of a request (quick replies, closing notice). */
  async tellResident(request: Request, text: string): Promise<Delivery> {
    try {
      const sent = await this.api.sendMessage(request.residentId, text);
      return { ok: true, messageId: sent.message_id };
    } catch (error) {
      return this.failed(request, error);
    }
  }

  private async failed(request: Request, error: unknown): Promise<Delivery> {
    const description = error instanceof GrammyError ? error.description : (error as Error).message;
    const blocked = error instanceof GrammyError && error.error_code === 403;
    if (blocked) this.services.residents.markUnreachable(request.residentId, description);
    await this.say(
      request,
      blocked
        ? "⚠️ <b>Messaggio NON consegnato</b>: la persona ha bloccato il bot o ha cancellato la chat. Provate a contattarla in un altro modo."
        : `⚠️ <b>Messaggio NON consegnato</b> (${escapeHtml(description)}). Riprovate tra poco.`,
    );
    return { ok: false, blocked, description };
  }

  /** A notice for staff in the request's topic (or under its card). */
  async say(request: Request, html: string): Promise<void> {
    try {
      await this.api.sendMessage(this.chatId, html, { parse_mode: "HTML", ...this.place(request) });
    } catch (error) {
      this.logger.warn({ requestId: request.id, err: (error as Error).message }, "could not post in the operator group");
    }
  }

  /**
   * What Telegram holds of an erased person: every card of theirs is redrawn without them, and
   * every recorded post is deleted, or redacted when Telegram refuses (older than 48 hours).
   * Returns true when nothing is left to do; otherwise the nightly run tries again.
   */
  async erase(erasure: Pick<Erasure, "markerId" | "requestIds">): Promise<boolean> {
    for (const id of erasure.requestIds) await this.refresh(id);
    let left = 0;
    for (const post of this.services.privacy.postsOf(erasure.markerId)) {
      if (await this.removePost(post)) this.services.privacy.postHandled(post.id);
      else left++;
    }
    if (left) this.logger.warn({ left }, "erasure: some group posts could not be removed yet");
    return left === 0;
  }

  /** True when the post is gone or redacted, or can never be; false on a transient failure. */
  private async removePost(post: GroupPost): Promise<boolean> {
    const attempt = async (call: () => Promise<unknown>): Promise<"done" | "refused" | "retry"> => {
      try {
        await call();
        return "done";
      } catch (error) {
        return error instanceof GrammyError && error.error_code < 429 ? "refused" : "retry";
      }
    };
    const deleted = await attempt(() => this.api.deleteMessage(post.chatId, post.messageId));
    if (deleted !== "refused") return deleted === "done";
    // A person's own message cannot be edited by the bot: deleting was all there was to try.
    if (post.kind === "staff") return true;
    const edited = await attempt(() => this.api.editMessageText(post.chatId, post.messageId, REDACTED));
    if (edited !== "refused") return edited === "done";
    // Media keep their caption, which is what names the person: it is replaced.
    return (await attempt(() => this.api.editMessageCaption(post.chatId, post.messageId, { caption: REDACTED }))) !== "retry";
  }

  /** Re-renders the card (and the topic title) after any change. */
  async refresh(requestId: number): Promise<void> {
    const request = this.services.requests.get(requestId);
    if (!request?.cardMessageId) return;
    try {
      await this.api.editMessageText(this.chatId, request.cardMessageId, this.cardText(request), {
        parse_mode: "HTML",
        reply_markup: this.cardKeyboard(request),
      });
    } catch (error) {
      if (!(error instanceof GrammyError && error.description.includes("not modified"))) {
        this.logger.warn({ requestId, err: (error as Error).message }, "could not update the card");
      }
    }
    if (request.topicId) {
      await this.api.editForumTopic(this.chatId, request.topicId, { name: this.topicTitle(request) }).catch(() => undefined);
    }
  }
}

function countMedia(pieces: RequestMessage[]): string {
  const names: Record<string, [string, string]> = {
    voice: ["vocale", "vocali"],
    audio: ["audio", "audio"],
    photo: ["foto", "foto"],
    document: ["documento", "documenti"],
    video: ["video", "video"],
    video_note: ["videomessaggio", "videomessaggi"],
    location: ["posizione", "posizioni"],
  };
  const counts = new Map<string, number>();
  for (const p of pieces) if (p.kind !== "text") counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, n]) => `${n} ${names[kind]?.[n === 1 ? 0 : 1] ?? kind}`)
    .join(" · ");
}

/** What replaces a post showing an erased person's data when Telegram will not delete it. */
const REDACTED = "🗑 Messaggio rimosso: i dati di questa persona sono stati cancellati (privacy).";

/** Staff read who really wrote a forwarded text: a lawyer's letter is not the resident's own words. */
export function forwardLabel(forwarded: ForwardOrigin): string {
  return forwarded.origin === "hidden_user" || !forwarded.name
    ? "↪️ <i>inoltrato (mittente nascosto)</i>"
    : `↪️ <i>inoltrato da ${escapeHtml(forwarded.name)}</i>`;
}

function forwardOf(row: RequestMessage): ForwardOrigin | undefined {
  return row.forwardOrigin ? { origin: row.forwardOrigin, ...(row.forwardName ? { name: row.forwardName } : {}) } : undefined;
}

/** The origin of a forwarded message, as Telegram gives it (forward_origin). */
export function forwardOriginOf(message: Message): ForwardOrigin | undefined {
  const o = message.forward_origin;
  if (!o) return undefined;
  const withSignature = (title: string | undefined, signature: string | undefined) =>
    [title, signature].filter(Boolean).join(" – ") || undefined;
  switch (o.type) {
    case "user":
      return { origin: "user", name: [o.sender_user.first_name, o.sender_user.last_name].filter(Boolean).join(" ") };
    case "hidden_user":
      return { origin: "hidden_user" };
    case "chat":
      return { origin: "chat", name: withSignature("title" in o.sender_chat ? o.sender_chat.title : undefined, o.author_signature) };
    case "channel":
      return { origin: "channel", name: withSignature("title" in o.chat ? o.chat.title : undefined, o.author_signature) };
    default:
      return undefined;
  }
}

/** What a resident's message is, for storing and relaying. */
export function pieceOf(message: Message): Omit<Piece, "messageId"> {
  const forwarded = forwardOriginOf(message);
  const piece = plainPieceOf(message);
  return forwarded ? { ...piece, forwarded } : piece;
}

function plainPieceOf(message: Message): Omit<Piece, "messageId"> {
  if (message.text) return { kind: "text", text: message.text };
  const caption = message.caption ? { text: message.caption } : {};
  if (message.voice) return { kind: "voice", fileId: message.voice.file_id, ...caption };
  if (message.audio) return { kind: "audio", fileId: message.audio.file_id, ...caption };
  if (message.photo) return { kind: "photo", fileId: message.photo.at(-1)!.file_id, ...caption };
  if (message.document) return { kind: "document", fileId: message.document.file_id, ...caption };
  if (message.video) return { kind: "video", fileId: message.video.file_id, ...caption };
  if (message.video_note) return { kind: "video_note", fileId: message.video_note.file_id };
  if (message.location) return { kind: "location", text: `${message.location.latitude},${message.location.longitude}` };
  return { kind: "other" };
}

/** Telegram bots can fetch files up to 20 MB: anything bigger could never reach the staff. */
export const MAX_FILE_MB = 20;
export function tooLarge(message: Message): boolean {
  const size = message.document?.file_size ?? message.video?.file_size ?? message.audio?.file_size ?? message.voice?.file_size ?? 0;
  return size > MAX_FILE_MB * 1024 * 1024;
}
