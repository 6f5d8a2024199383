import type { I18n } from "@grammyjs/i18n";
import { type Api, GrammyError, HttpError, InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { Config, Locale } from "../config.js";
import type { Actor } from "../db/repositories/audit.js";
import type { ConversationTranslation } from "../domain/conversation-translation.js";
import type { Services } from "../domain/index.js";
import type { GroupPost as Queued } from "../domain/notifications.js";
import type { Erasure, GroupPost } from "../domain/privacy.js";
import type { ForwardOrigin, Incoming, Piece, Request, RequestMessage } from "../domain/requests.js";
import type { EngineErrorKind } from "../domain/translation.js";
import type { Logger } from "../logger.js";
import type { GroupStep } from "../scheduler/outbox.js";
import { type GroupLedger, UncertainPost } from "../delivery/group-ledger.js";
import { cb } from "./callback-data.js";
import type { BotContext } from "./context.js";
import { escapeHtml, escapeMarkup, splitEscaped, TELEGRAM_TEXT_LIMIT } from "./format.js";
import { isLocale, LANGUAGE_NAMES, stripIsolation } from "./i18n.js";
import { responseTimesLine } from "./service-texts.js";
import { italianFrom } from "./staff-text.js";
import { visitButtons } from "./callback-data/visits.js";
import { renderStaffVisitNotice, visitCardLine } from "./views/visits.js";

const FORUM_CACHE_MS = 5 * 60_000;

export type Delivery = { ok: true; messageId: number } | { ok: false; blocked: boolean; description: string };

/** A staff answer as the resident got it: machine-translated into their language, or why not. */
export type Relayed = Delivery & {
  translated?: { text: string; to: string };
  untranslated?: EngineErrorKind;
  /** What was sent, with a leading "=" (send untranslated) taken away. */
  said?: string;
};

/** Machine translation and transcription for the board (see docs/engines.md); absent when no engine is configured. */
export interface BoardEngines {
  translation: ConversationTranslation;
  /** The bytes of a Telegram file by its file_path, from the Bot API's file endpoint. */
  download(filePath: string, signal: AbortSignal): Promise<Uint8Array>;
}

/** Card button that turns machine translation off (0) or on (1) for one request. */
export const translateToggle = {
  data: (requestId: number, on: boolean) => `tr:${requestId}:${on ? 1 : 0}`,
  pattern: /^tr:(\d+):([01])$/,
};

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
    /** The ids seen in the group, so a post whose answer was lost is found, not posted twice. */
    private readonly ledger?: GroupLedger,
    private readonly engines?: BoardEngines,
  ) {}

  /** Whether staff and residents' texts are machine-translated on this desk (an engine is configured). */
  get translating(): boolean {
    return this.engines?.translation.translating ?? false;
  }

  /** Staff turn machine translation off or on for one request (the card's 🌐 button); audited. */
  setTranslate(requestId: number, on: boolean, actor: Actor): boolean {
    return this.engines?.translation.setTranslate(requestId, on, actor) ?? false;
  }

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
    const initial = this.services.requests.initialPieces(request.id);
    const onCard = this.services.requests.cardPieces(request.id);
    // A forwarded piece is marked on a line of its own, so a third party's words never pass as theirs.
    const parts = this.cardBodies(request, onCard);
    // What the card does not show is posted under it, once: texts are never on both.
    const shownIds = new Set(onCard.map((p) => p.id));
    const more = initial.some((p) => p.kind === "text" && p.text && !shownIds.has(p.id));
    const media = countMedia(initial);
    const shown = `${parts.join("\n")}${more ? "\n📝 <i>Il resto della descrizione segue qui sotto.</i>" : ""}`;
    return [
      `<b>#${request.id} · ${escapeHtml(this.categoryLabel(request.category))}</b>`,
      `👤 ${escapeHtml(this.residentName(request))} · 🌍 ${this.languageLabel(request.language)}`,
      visit,
      contact,
      this.visitLine(request),
      `📌 Stato: ${status}`,
      `🕒 Aperta il ${this.formatDate(request.createdAt)}`,
      // Counted in opening hours only: a weekend does not make a request look late.
      request.status === "closed" && !request.firstAnswerAt ? "" : responseTimesLine(this.services.serviceLevels.responseTimes(request, this.now())),
      request.erasedAt ? "🗑 Contenuto cancellato (privacy)" : "",
      "",
      request.erasedAt ? "" : shown,
      media ? `📎 ${media}` : "",
      this.translationLine(request),
    ]
      .filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""))
      .join("\n")
      .trim();
  }

  cardKeyboard(request: Request): InlineKeyboard {
    if (request.status === "closed") return new InlineKeyboard().text("🔁 Riapri", cb.desk("reopen", request.id));
    const keyboard = new InlineKeyboard()
      .text(request.status === "taken" ? "🙋 Prendo io" : "🙋 Prendo", cb.desk("take", request.id))
      .text("⚡ Risposta rapida", cb.desk("quick", request.id))
      .row()
      .text("✅ Chiudi", cb.desk("close", request.id))
      .text(this.italian("visit-card-button"), visitButtons.propose.data(request.id));
    if (this.translating && this.residentLocale(request) !== "it") {
      keyboard.text(request.translate ? "🌐 Non tradurre" : "🌐 Traduci", translateToggle.data(request.id, !request.translate));
    }
    return keyboard;
  }

  /** Staff text (locales/it/staff/). */
  private get italian() {
    this.italianText ??= italianFrom(this.i18n);
    return this.italianText;
  }
  private italianText: ReturnType<typeof italianFrom> | undefined;

  /** Where the request's home visit stands (proposed, confirmed, done…), when it has one. */
  private visitLine(request: Request): string {
    const visits = this.services.visits;
    const visit = request.erasedAt ? undefined : visits.latestFor(request.id);
    return visitCardLine(this.italian, visit, () => (visit ? visits.windows(visit.id) : []), this.config.timezone);
  }

  // ---------------------------------------------------------------- machine translation

  /** Under the card: whether texts are translated on this request, and how to send one untranslated. */
  private translationLine(request: Request): string {
    if (!this.translating || request.status === "closed" || this.residentLocale(request) === "it") return "";
    return request.translate
      ? "🌐 Traduzione automatica attiva: scrivete in italiano, la persona legge nella sua lingua (con «=» all'inizio il testo parte così com'è)."
      : "🌐 Traduzione automatica disattivata per questa richiesta.";
  }

  /** The card's texts: translated ones in Italian with the original folded below, cut to fit one message. */
  private cardBodies(request: Request, onCard: RequestMessage[]): string[] {
    const draw = (maxOriginal?: number) =>
      onCard.map((p) => {
        const forwarded = forwardOf(p);
        return `${forwarded ? `${forwardLabel(forwarded)}\n` : ""}${this.bodyOf(request, p, maxOriginal)}`;
      });
    for (const max of [undefined, 300, 80, 0]) {
      const parts = draw(max);
      if (plainLength(parts.join("\n")) <= CARD_BODY_LIMIT) return parts;
    }
    return draw(0);
  }

  /**
   * A resident's text as staff read it: the Italian translation first, the original folded in an expandable
   * quote below it; or the original with a short note when the engine could not translate it.
   */
  private bodyOf(request: Request, row: RequestMessage, maxOriginal?: number): string {
    const original = escapeHtml(row.text ?? "");
    if (!this.translating || !request.translate) return original;
    if (row.translation && row.translatedFrom) {
      const folded = maxOriginal === undefined ? original : clipHtml(row.text ?? "", maxOriginal);
      const quote = folded ? `\n<blockquote expandable>${folded}</blockquote>` : "";
      return `${escapeHtml(row.translation)}\n🌐 <i>tradotto automaticamente ${fromLanguage(row.translatedFrom)}</i>${quote}`;
    }
    if (row.translationNote) return `${original}\n🌐 <i>traduzione non disponibile (${noteLabel(row.translationNote)})</i>`;
    return original;
  }

  /**
   * Translates a resident's text into Italian once, keeping the result (or why there is none) on its row, so a
   * retried post never calls the engine again. Never throws: an engine's failure becomes a note.
   */
  private async translated(request: Request, row: RequestMessage): Promise<RequestMessage> {
    const translation = this.engines?.translation;
    // Texts and the captions of photos, documents and voice notes alike (a location's "text" is its coordinates).
    if (!translation?.translating || !request.translate || row.kind === "location" || !row.text) return row;
    if (row.translation !== null || row.translationNote !== null) return row;
    const outcome = await translation.toItalian(request.residentId, row.text, this.residentLocale(request));
    const values =
      outcome.status === "translated"
        ? { translation: outcome.text, translatedFrom: outcome.from, translationNote: null }
        : outcome.status === "failed"
          ? { translationNote: outcome.kind }
          : undefined;
    if (!values) return row;
    translation.saveOnMessage(row.id, values);
    return { ...row, ...values };
  }

  /** The rows of a text post, translated side by side (each call has its own deadline). */
  private translateAll(request: Request, rows: RequestMessage[]): Promise<RequestMessage[]> {
    return Promise.all(rows.map((row) => this.translated(request, row)));
  }

  /** A text's post(s): one when it fits, else the translation's parts, then the original's. */
  private partsOf(request: Request, row: RequestMessage, header: string): string[] {
    const text = row.text ?? "";
    if (!this.translating || !request.translate || (!row.translation && !row.translationNote)) return splitEscaped(text, header);
    const whole = `${header}\n${this.bodyOf(request, row)}`;
    if (plainLength(whole) <= MERGED_POST_LIMIT) return [whole];
    const stem = header.replace(/:$/, "");
    if (row.translation && row.translatedFrom) {
      return [
        ...splitEscaped(row.translation, `${stem} · 🌐 <i>tradotto automaticamente ${fromLanguage(row.translatedFrom)}</i>:`),
        ...splitEscaped(text, `${stem} · <i>originale</i>:`),
      ];
    }
    return splitEscaped(text, `${stem} · 🌐 <i>traduzione non disponibile (${noteLabel(row.translationNote!)})</i>:`);
  }

  private topicTitle(request: Request): string {
    const short = this.categoryLabel(request.category).replace(/^\P{L}+/u, "").split(/[ ,:]/)[0];
    return `${request.status === "closed" ? "✅ " : ""}#${request.id} · ${short} · ${ITALIAN_LANGUAGE_NAMES.of(request.language) ?? request.language}`.slice(0, 128);
  }

  /** Where a message about this request goes: its topic, or as a reply to its card. */
  place(request: Request) {
    if (request.topicId) return { message_thread_id: request.topicId };
    if (request.cardMessageId) {
      return { reply_parameters: { message_id: request.cardMessageId, allow_sending_without_reply: true } };
    }
    return {};
  }

  /**
   * One step of a queued post into the group (see the outbox): each step is one Bot API call,
   * and what it created (topic, card, part) is saved the moment it exists, so a retry after a
   * 429, a 5xx or a crash resumes where it stopped and never posts anything twice.
   */
  async perform(post: Queued, followers: Array<{ id: number; post: Queued }>): Promise<GroupStep> {
    const request = this.services.requests.get(post.requestId);
    if (!request) return { done: true };
    if (post.action === "open") return this.open(request, post);
    // Erased meanwhile (/forget): what is still queued about them is not posted.
    if (request.erasedAt && post.action === "piece") return { done: true };
    if (post.action === "note") {
      await this.sendOnce(post, request, post.html);
      return { done: true };
    }
    if (post.action === "card") {
      await this.refresh(request.id);
      return { done: true };
    }
    if (post.action === "visit") {
      await this.sendOnce(post, request, renderStaffVisitNotice(this.italian, post.notice, this.config.timezone));
      return { done: true };
    }
    return this.postPiece(request, post, followers);
  }

  /** Topic first (when topics are on), saved at once; then the card in it. */
  private async open(request: Request, post: Extract<Queued, { action: "open" }>): Promise<GroupStep> {
    if (!post.step && !request.topicId && !request.cardMessageId && (await this.isForum())) {
      try {
        const topic = await this.api.createForumTopic(this.chatId, this.topicTitle(request));
        this.services.requests.placed(request.id, { topicId: topic.message_thread_id });
        return { done: false, post: { ...post, step: 1 } };
      } catch (error) {
        // Topics off or no right to manage them: the card goes to the general chat. Anything
        // transient (429, 5xx, network) is the outbox's to retry.
        if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
        this.logger.warn({ requestId: request.id, err: error.description }, "could not create a topic; posting a card");
      }
    }
    if (request.cardMessageId) {
      if (post.step !== 2 || !request.topicId) return { done: true };
      // The card stays pinned at the top of its topic, so Take and Close are never out of reach as it grows.
      await this.api.pinChatMessage(this.chatId, request.cardMessageId, { disable_notification: true }).catch((error) => {
        if (error instanceof GrammyError && error.error_code === 400) return; // no right to pin: the card is still there
        throw error;
      });
      return { done: true };
    }
    // The card shows the description in Italian: translated first (bounded by the engine's deadline).
    if (!post.uncertain) await this.translateAll(request, this.services.requests.cardPieces(request.id));
    const card = await this.sendOnce(post, request, post.uncertain?.html ?? this.cardText(request), this.cardKeyboard(request));
    this.services.requests.placed(request.id, { topicId: request.topicId ?? undefined, cardMessageId: card.message_id });
    // The texts the card shows are not linked to it as relays: erasure redraws the card, never deletes it.
    return request.topicId ? { done: false, post: { type: post.type, action: post.action, requestId: post.requestId, step: 2 } } : { done: true };
  }

  /**
   * A resident's message: a text in as many parts as it takes (one part per step), merged with
   * the texts queued right behind it when they fit one post; media copied from their chat.
   */
  private async postPiece(request: Request, post: Extract<Queued, { action: "piece" }>, followers: Array<{ id: number; post: Queued }>): Promise<GroupStep> {
    const stored = this.services.requests.message(post.messageRowId);
    if (!stored) return { done: true };
    // A text sent before the privacy notice was accepted was not stored: it is copied from the chat.
    if (!stored.text && stored.kind === "text" && stored.sourceMessageId === null) return { done: true };
    const name = this.residentName(request);
    const step = post.step ?? 0;
    if (stored.kind !== "text" || !stored.text) {
      // Step 0 copies the media; step 1 (voice notes, with a transcription engine) posts its transcript.
      if (step === 1) {
        await this.postTranscript(request, post, stored, name);
        return { done: true };
      }
      const ids = await this.copyIn(request, stored.text ? await this.translated(request, stored) : stored, name);
      this.services.requests.linkGroupMessages(request.id, stored.id, ids);
      this.recordRelays(request, ids);
      return this.wantsTranscript(request, stored) ? { done: false, post: { ...post, step: 1 } } : { done: true };
    }
    const row = post.uncertain ? stored : await this.translated(request, stored);
    const header = this.textHeader(request, name, forwardOf(row));
    const parts = this.partsOf(request, row, header);
    if (step === 0 && parts.length === 1) {
      // A retry after a lost answer sends exactly what was sent then, merged rows included.
      const merged = post.uncertain?.absorbed
        ? this.remerge(row, post.uncertain.html, post.uncertain.absorbed, followers)
        : await this.merge(request, row, header, followers);
      const sent = await this.sendOnce(post, request, merged.html, undefined, merged.absorbed);
      for (const r of merged.rows) this.services.requests.linkGroupMessages(request.id, r.id, [sent.message_id]);
      this.recordRelays(request, [sent.message_id]);
      return { done: true, absorbed: merged.absorbed };
    }
    const sent = await this.sendOnce(post, request, parts[step]!);
    if (step === 0) this.services.requests.linkGroupMessages(request.id, row.id, [sent.message_id]);
    else this.services.requests.addPart(request.id, sent.message_id);
    this.recordRelays(request, [sent.message_id]);
    return step + 1 < parts.length ? { done: false, post: { ...post, step: step + 1 } } : { done: true };
  }

  /** The rows a lost merged post carried, found again among the queued followers. */
  private remerge(first: RequestMessage, html: string, absorbed: number[], followers: Array<{ id: number; post: Queued }>) {
    const rows = [first];
    for (const f of followers) {
      if (absorbed.includes(f.id) && f.post.action === "piece") {
        const row = this.services.requests.message(f.post.messageRowId);
        if (row) rows.push(row);
      }
    }
    return { html, rows, absorbed };
  }

  /**
   * Sends a text post, once: when the previous attempt's answer was lost, the group is first
   * searched for it (see GroupLedger) and, if it is there, nothing is sent again.
   */
  private async sendOnce(post: Queued, request: Request, html: string, keyboard?: InlineKeyboard, absorbed?: number[]): Promise<{ message_id: number }> {
    const options = { parse_mode: "HTML" as const, ...(keyboard ? { reply_markup: keyboard } : {}) };
    if (post.uncertain && post.uncertain.html === html) {
      const found = await this.probe(post.uncertain.after, html, options);
      if (found !== undefined) return { message_id: found };
    }
    const before = this.ledger?.max(this.chatId);
    try {
      return await this.api.sendMessage(this.chatId, html, { ...options, ...this.place(request) });
    } catch (error) {
      if (error instanceof HttpError && before !== undefined) {
        throw new UncertainPost({ ...post, uncertain: { after: before, html, ...(absorbed?.length ? { absorbed } : {}) } }, error);
      }
      throw error;
    }
  }

  /**
   * Looks just above the last id seen for a message nobody accounts for that already holds this
   * exact text: Telegram answers "not modified" when asked to set a message to what it says.
   */
  private async probe(after: number, html: string, options: { parse_mode: "HTML"; reply_markup?: InlineKeyboard }): Promise<number | undefined> {
    for (let id = after + 1; id <= after + PROBE_SPAN; id++) {
      if (this.ledger?.known(this.chatId, id)) continue;
      try {
        await this.api.editMessageText(this.chatId, id, html, options);
        // Ours, unaccounted for, and now showing this text: another lost post of ours. Rare; said.
        this.logger.warn({ messageId: id }, "probe rewrote an unaccounted post of the bot's");
        this.ledger?.seen(this.chatId, id);
        return id;
      } catch (error) {
        if (!(error instanceof GrammyError)) throw error;
        if (error.description.includes("not modified")) {
          this.ledger?.seen(this.chatId, id);
          return id;
        }
        if (error.error_code === 429 || error.error_code >= 500) throw error;
      }
    }
    return undefined;
  }

  /** Follow-ups written in a burst reach staff as one post, not one each (the group takes 20 a minute). */
  private async merge(request: Request, first: RequestMessage, header: string, followers: Array<{ id: number; post: Queued }>) {
    let html = `${header}\n${this.bodyOf(request, first)}`;
    const rows = [first];
    const absorbed: number[] = [];
    // The texts that may join this post, translated side by side before it is drawn.
    const candidates: Array<{ id: number; row: RequestMessage }> = [];
    for (const f of followers) {
      if (f.post.action !== "piece" || !f.post.text || (this.translating && candidates.length >= MERGE_TRANSLATE_AHEAD)) break;
      const row = this.services.requests.message(f.post.messageRowId);
      if (!row?.text || row.kind !== "text") break;
      candidates.push({ id: f.id, row });
    }
    const translated = await this.translateAll(request, candidates.map((c) => c.row));
    for (const [i, { id }] of candidates.entries()) {
      const row = translated[i]!;
      const forwarded = forwardOf(row);
      const next = `${html}\n\n${forwarded ? `${forwardLabel(forwarded)}\n` : ""}${this.bodyOf(request, row)}`;
      if (plainLength(next) > MERGED_POST_LIMIT) break;
      html = next;
      rows.push(row);
      absorbed.push(id);
    }
    return { html, rows, absorbed };
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

  /** A photo, voice note, document or location, copied from the resident's chat under a header. */
  private async copyIn(request: Request, row: RequestMessage, name: string): Promise<number[]> {
    const forwarded = forwardOf(row);
    const header = `📎 <b>${escapeHtml(name)}</b> (#${request.id})${forwarded ? ` ${forwardLabel(forwarded)}` : ""}`;
    // A caption is at most 1,024 characters: the translation first, then the original folded, both clipped.
    const body = row.translation ? this.bodyOf(request, { ...row, translation: row.translation.slice(0, 450) }, 400) : escapeHtml((row.text ?? "").slice(0, 900));
    const caption = row.text && row.kind !== "location" ? `${header}:\n${body}` : header;
    if (row.sourceMessageId === null) {
      // Nothing to copy (stored before copies were kept): staff get the header and the kind.
      const m = await this.api.sendMessage(this.chatId, `${header} · ${escapeHtml(row.kind)}`, { parse_mode: "HTML", ...this.place(request) });
      return [m.message_id];
    }
    if (row.kind === "location" || row.kind === "video_note" || row.kind === "text") {
      // These take no caption: the copy goes bare and the reply to it names who sent it.
      const copy = await this.api.copyMessage(this.chatId, request.residentId, row.sourceMessageId, this.place(request));
      return [copy.message_id];
    }
    const copy = await this.api.copyMessage(this.chatId, request.residentId, row.sourceMessageId, {
      caption,
      parse_mode: "HTML",
      ...this.place(request),
    });
    return [copy.message_id];
  }

  /** Voice notes and audio get a transcript under their copy when a transcription engine is configured. */
  private wantsTranscript(request: Request, row: RequestMessage): boolean {
    const translation = this.engines?.translation;
    return Boolean(
      translation?.transcribing && (row.kind === "voice" || row.kind === "audio") && row.fileId && translation.mayUse(request.residentId),
    );
  }

  /**
   * The transcript of a voice note (and its Italian translation) under its copy. The engines' results are kept on
   * the row first, so a retry posts the same without calling them again; a failure posts a short note instead.
   */
  private async postTranscript(request: Request, post: Extract<Queued, { action: "piece" }>, stored: RequestMessage, name: string): Promise<void> {
    const translation = this.engines!.translation;
    let row = stored;
    if (!post.uncertain && row.transcript === null && row.translationNote === null) {
      const outcome = await this.transcribe(request, row);
      const values = outcome.status === "transcribed" ? { transcript: outcome.text } : { translationNote: outcome.kind };
      translation.saveOnMessage(row.id, values);
      row = { ...row, ...values };
    }
    if (!post.uncertain && row.transcript && row.translation === null && row.translationNote === null && request.translate) {
      const outcome = await translation.toItalian(request.residentId, row.transcript, this.residentLocale(request));
      const values =
        outcome.status === "translated"
          ? { translation: outcome.text, translatedFrom: outcome.from }
          : outcome.status === "failed"
            ? { translationNote: outcome.kind }
            : undefined;
      if (values) {
        translation.saveOnMessage(row.id, values);
        row = { ...row, ...values };
      }
    }
    const header = `🎙 <b>${escapeHtml(name)}</b> (#${request.id}) · trascrizione automatica del vocale qui sopra`;
    let html: string;
    if (!row.transcript) {
      const why = row.translationNote === "audio-too-long" ? `vocale più lungo di ${translation.maxSeconds} secondi` : noteLabel(row.translationNote ?? "");
      html = `${header}: <i>non disponibile (${why})</i>`;
    } else {
      const body = { ...row, text: row.transcript };
      html = `${header}:\n${this.bodyOf(request, body)}`;
      for (const max of [1500, 600, 0]) {
        if (plainLength(html) <= TELEGRAM_TEXT_LIMIT - 96) break;
        html = `${header}:\n${this.bodyOf(request, body, max)}`;
      }
      if (plainLength(html) > TELEGRAM_TEXT_LIMIT - 96) html = `${header}:\n${clipHtml(row.translation ?? row.transcript, 3500)}`;
    }
    const sent = await this.sendOnce(post, request, post.uncertain?.html ?? html);
    this.services.requests.addPart(request.id, sent.message_id);
    this.recordRelays(request, [sent.message_id]);
  }

  /** Fetches a voice note from Telegram (size checked first) and has it transcribed in the resident's language. */
  private async transcribe(request: Request, row: RequestMessage): Promise<{ status: "transcribed"; text: string } | { status: "failed"; kind: string }> {
    const translation = this.engines!.translation;
    let bytes: Uint8Array;
    let path: string;
    try {
      const file = await this.api.getFile(row.fileId!);
      const perSecond = AUDIO_BYTES_PER_SECOND[row.kind === "audio" ? "audio" : "voice"];
      if ((file.file_size ?? 0) > MAX_FILE_MB * 1024 * 1024) return { status: "failed", kind: "too-long" };
      if ((file.file_size ?? 0) > translation.maxSeconds * perSecond) return { status: "failed", kind: "audio-too-long" };
      if (!file.file_path) return { status: "failed", kind: "unavailable" };
      path = file.file_path;
      bytes = await this.engines!.download(path, AbortSignal.timeout(30_000));
    } catch (error) {
      this.logger.warn({ requestId: request.id, err: (error as Error).message }, "could not fetch a voice note for its transcript");
      return { status: "failed", kind: "unavailable" };
    }
    const filename = path.split("/").pop() || (row.kind === "voice" ? "voice.ogg" : "audio.mp3");
    const mimeType = row.kind === "voice" || /\.og[ag]$/i.test(filename) ? "audio/ogg" : "audio/mpeg";
    const outcome = await translation.transcribe(request.residentId, { bytes, filename, mimeType }, this.residentLocale(request));
    if (outcome.status === "transcribed") return { status: "transcribed", text: outcome.text };
    return { status: "failed", kind: outcome.status === "off" ? "unavailable" : outcome.kind };
  }

  /**
   * A message the resident sent while the request is open: saved, and queued for the group in
   * the same transaction. Returns false when it was not stored (the resident reached what one
   * person may store); they and staff have then been told, once.
   */
  async relayIn(request: Request, message: Message): Promise<boolean> {
    const incoming = this.services.requests.incoming(request.id, pieceOf(message), { sourceMessageId: message.message_id });
    if (!incoming.stored) {
      await this.storageRefused(request, incoming);
      return false;
    }
    // Too long to transcribe: said now, while the note's length is known; its copy is relayed as always.
    const seconds = message.voice?.duration ?? message.audio?.duration ?? 0;
    if (this.engines?.translation.transcribing && seconds > this.engines.translation.maxSeconds) {
      this.engines.translation.saveOnMessage(incoming.row.id, { translationNote: "audio-too-long" });
    }
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

  /**
   * A staff message (text or media) to the resident. Text is machine-translated into the resident's language, with
   * the Italian original folded below and a line saying so; a leading "=" sends it as it is. An engine's failure
   * sends the Italian text at once (staff are told).
   */
  async relayOut(request: Request, message: Message, prefix: string): Promise<Relayed> {
    try {
      let id: number;
      if (message.text) {
        const raw = message.text;
        const verbatim = this.translating && raw.startsWith("=");
        const said = verbatim ? raw.slice(1).trim() || raw : raw;
        const locale = this.residentLocale(request);
        const outcome =
          this.translating && request.translate && !verbatim && locale !== "it"
            ? await this.engines!.translation.toResident(request.residentId, said, locale)
            : undefined;
        if (outcome?.status === "translated") {
          const note = stripIsolation(this.i18n.t(locale, "translation-machine-note"));
          const html = `${escapeMarkup(prefix)}\n${escapeMarkup(outcome.text)}\n<blockquote expandable>${escapeMarkup(said)}</blockquote>\n<i>${escapeMarkup(note)}</i>`;
          if (plainLength(html) <= TELEGRAM_TEXT_LIMIT - 32) {
            const sent = await this.api.sendMessage(request.residentId, html, { parse_mode: "HTML" });
            return { ok: true, messageId: sent.message_id, said, translated: { text: outcome.text, to: locale } };
          }
        }
        const sent = await this.api.sendMessage(request.residentId, `${prefix}\n${said}`);
        const untranslated = outcome?.status === "failed" ? outcome.kind : outcome?.status === "translated" ? "too-long" : undefined;
        return { ok: true, messageId: sent.message_id, said, ...(untranslated ? { untranslated } : {}) };
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

  /**
   * After a staff answer was delivered and recorded: its translation is kept with it, and staff see in the topic what
   * the resident got (or that it went in Italian because the engine failed).
   */
  async relayedAnswer(request: Request, staffMessageId: number, relayed: Relayed): Promise<void> {
    if (!relayed.ok) return;
    if (relayed.translated) {
      this.engines?.translation.saveOnAnswer(request.id, staffMessageId, { translation: relayed.translated.text, translatedFrom: "it" });
      await this.say(
        request,
        `🌐 <i>inviato ${inLanguage(relayed.translated.to)}:</i>\n<blockquote expandable>${escapeHtml(relayed.translated.text)}</blockquote>`,
      );
    } else if (relayed.untranslated) {
      this.engines?.translation.saveOnAnswer(request.id, staffMessageId, { translationNote: relayed.untranslated });
      await this.say(request, `🌐 <i>traduzione non disponibile (${noteLabel(relayed.untranslated)}): inviato in italiano.</i>`);
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

  /** An answer to the staff action in hand, in the request's topic (or under its card), sent at once. */
  async sayNow(request: Request, html: string): Promise<void> {
    await this.api.sendMessage(this.chatId, html, { parse_mode: "HTML", ...this.place(request) });
  }

  /** A notice for staff in the request's topic (or under its card): through the outbox, so never lost. */
  async say(request: Request, html: string): Promise<void> {
    this.services.requests.say(request.id, html);
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

/** Staff read a request's language as its Italian name ("arabo"), not its code. */
const ITALIAN_LANGUAGE_NAMES = new Intl.DisplayNames("it", { type: "language" });

/** How far above the last id seen a lost post is looked for (others may have written meanwhile). */
const PROBE_SPAN = 6;

/** A merged burst of follow-ups stays well inside Telegram's 4,096 characters. */
const MERGED_POST_LIMIT = 3500;

/** The card's texts (translations and folded originals) within one message, with room for its other lines. */
const CARD_BODY_LIMIT = 3300;
/** Follow-ups translated ahead for one merged post: bursts beyond this wait for their own post. */
const MERGE_TRANSLATE_AHEAD = 10;
/** Voice notes and audio of about this many bytes a second at most: a size check before any download. */
const AUDIO_BYTES_PER_SECOND = { voice: 16_000, audio: 40_000 } as const;

/** Italian names of the desk's languages, as "tradotto dall'arabo" and "inviato in arabo" need them. */
const ITALIAN_LANGUAGES: Record<string, [from: string, into: string]> = {
  it: ["dall'italiano", "in italiano"],
  en: ["dall'inglese", "in inglese"],
  fr: ["dal francese", "in francese"],
  es: ["dallo spagnolo", "in spagnolo"],
  ro: ["dal rumeno", "in rumeno"],
  sq: ["dall'albanese", "in albanese"],
  ar: ["dall'arabo", "in arabo"],
  uk: ["dall'ucraino", "in ucraino"],
  zh: ["dal cinese", "in cinese"],
  de: ["dal tedesco", "in tedesco"],
  pt: ["dal portoghese", "in portoghese"],
  ru: ["dal russo", "in russo"],
};

export function fromLanguage(code: string): string {
  return ITALIAN_LANGUAGES[code]?.[0] ?? `dalla lingua «${escapeHtml(code)}»`;
}

export function inLanguage(code: string): string {
  return ITALIAN_LANGUAGES[code]?.[1] ?? `nella lingua «${escapeHtml(code)}»`;
}

/** Why a text went untranslated, for staff: short, and never the engine's own message. */
export function noteLabel(kind: string): string {
  const labels: Record<string, string> = {
    unsupported: "lingua non disponibile nel motore",
    auth: "chiave del motore non valida",
    quota: "quota del motore esaurita",
    unavailable: "motore non raggiungibile",
    timeout: "il motore non ha risposto in tempo",
    "bad-response": "risposta del motore non valida",
    "too-long": "testo troppo lungo",
    "audio-too-long": "vocale troppo lungo",
  };
  return labels[kind] ?? "motore non disponibile";
}

/** Escaped text cut to `max` characters (with "…"), never inside an entity. */
function clipHtml(text: string, max: number): string {
  if (max <= 0) return "";
  return text.length <= max ? escapeHtml(text) : `${escapeHtml(text.slice(0, max).replace(/[\uD800-\uDBFF]$/, ""))}…`;
}

/** The length Telegram counts: the text once the HTML tags and entities are applied. */
function plainLength(html: string): number {
  return html.replace(/<[^>]+>/g, "").replace(/&(lt|gt|amp|quot|#39);/g, "_").length;
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
