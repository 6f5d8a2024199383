import { HttpError } from "grammy";
import type { Message } from "grammy/types";
import { UncertainPost } from "#src/delivery/group-ledger.js";
import type { ForwardOrigin, Incoming, Request, RequestMessage } from "#src/domain/requests/model.js";
import type { GroupStep } from "#src/delivery/outbox.js";
import { escapeHtml, stripIsolation } from "#src/text/format.js";
import { pieceOf } from "#src/bot/features/requests/message-pieces.js";
import { tellResident } from "./delivery-failure.js";
import { recordRelays } from "./erasure.js";
import type { Forum } from "./forum.js";
import { type PostOnce, probeCandidates } from "./post-once.js";
import { forwardLabel, forwardOf, MERGED_POST_LIMIT, plainLength, type StaffReading } from "./reading.js";
import type { Transcripts } from "./transcripts.js";
import type { BoardDeps, Followers, PiecePost, UpdateApi } from "./types.js";

/** Follow-ups translated ahead for one merged post: bursts beyond this wait for their own post. */
const MERGE_TRANSLATE_AHEAD = 10;
/** A caption holds 1,024 characters: the translation and the folded original are clipped to share them. */
const CAPTION_TRANSLATION = 450;
const CAPTION_ORIGINAL = 400;
const CAPTION_TEXT = 900;
/** How far above the last id seen a lost copy is looked for. */
const COPY_PROBE_SPAN = 6;
/** How a lost copy is marked on its post's retry. */
const copyMark = (caption: string) => `copy:${caption}`;

/** Resident → group: what a resident sends while their request is open, stored and then posted in its topic. */
export class RelayIn {
  constructor(
    private readonly deps: BoardDeps,
    private readonly reading: StaffReading,
    private readonly forum: Forum,
    private readonly poster: PostOnce,
    private readonly transcripts: Transcripts,
  ) {}

  /**
   * A message the resident sent while the request is open: saved, and queued for the group in
   * the same transaction. Returns false when it was not stored (the resident reached what one
   * person may store); they and staff have then been told, once.
   */
  async relayIn(request: Request, message: Message, api: UpdateApi): Promise<boolean> {
    const translation = this.deps.engines?.translation;
    const incoming = this.deps.services.requests.incoming(request.id, pieceOf(message), { sourceMessageId: message.message_id });
    if (!incoming.stored) {
      await this.storageRefused(request, incoming, api);
      return false;
    }
    // Too long to transcribe: said now, while the note's length is known; its copy is relayed as always.
    const seconds = message.voice?.duration ?? message.audio?.duration ?? 0;
    if (translation?.transcribing && seconds > translation.maxSeconds) {
      translation.saveOnMessage(incoming.row.id, { translationNote: "audio-too-long" });
    }
    return true;
  }

  /** The first refusal to store tells the resident in their language and staff in Italian; later ones are silent. */
  async storageRefused(request: Request, refusal: Extract<Incoming, { stored: false }>, api: UpdateApi): Promise<void> {
    if (!refusal.first) return;
    const { services, translate, italian } = this.deps;
    const { perRequest, perDay } = services.requests.limits;
    const byRequest = refusal.limit === "request";
    const max = byRequest ? perRequest : perDay;
    // "If it is urgent, come to the desk at …": the address of the desk the request was filed at.
    const vars = { max, address: services.requests.deskOf(request).address };
    const notice = stripIsolation(translate(this.reading.residentLocale(request), byRequest ? "store-limit-request" : "store-limit-day", vars));
    await tellResident(this.deps, request, notice, api);
    const said = { id: String(request.id), max: String(max) };
    services.requests.say(request.id, byRequest ? italian("board-store-limit-request", said) : italian("board-store-limit-day", said));
  }

  /**
   * A resident's message: a text in as many parts as it takes (one part per step), merged with
   * the texts queued right behind it when they fit one post; media copied from their chat.
   */
  async postPiece(request: Request, post: PiecePost, followers: Followers): Promise<GroupStep> {
    const { services } = this.deps;
    const stored = services.requests.message(post.messageRowId);
    if (!stored) return { done: true };
    // A text sent before the privacy notice was accepted was not stored: it is copied from the chat.
    if (!stored.text && stored.kind === "text" && stored.sourceMessageId === null) return { done: true };
    const name = this.reading.residentName(request);
    const step = post.step ?? 0;
    if (stored.kind !== "text" || !stored.text) {
      // Step 0 copies the media; step 1 (voice notes, with a transcription engine) posts its transcript.
      if (step === 1) {
        await this.transcripts.post(request, post, stored, name);
        return { done: true };
      }
      const ids = await this.copyIn(request, stored.text ? await this.reading.translated(request, stored) : stored, name, post);
      services.requests.linkGroupMessages(request.id, stored.id, ids);
      recordRelays(this.deps, request, ids);
      return this.transcripts.wanted(request, stored) ? { done: false, post: { ...post, step: 1 } } : { done: true };
    }
    const row = post.uncertain ? stored : await this.reading.translated(request, stored);
    const header = this.textHeader(request, name, forwardOf(row));
    const parts = this.reading.partsOf(request, row, header);
    if (step === 0 && parts.length === 1) {
      // A retry after a lost answer sends exactly what was sent then, merged rows included.
      const merged = post.uncertain?.absorbed
        ? this.remerge(row, post.uncertain.html, post.uncertain.absorbed, followers)
        : await this.merge(request, row, header, followers);
      const sent = await this.poster.send(post, request, merged.html, undefined, merged.absorbed);
      for (const r of merged.rows) services.requests.linkGroupMessages(request.id, r.id, [sent.message_id]);
      recordRelays(this.deps, request, [sent.message_id]);
      return { done: true, absorbed: merged.absorbed };
    }
    const sent = await this.poster.send(post, request, parts[step]!);
    if (step === 0) services.requests.linkGroupMessages(request.id, row.id, [sent.message_id]);
    else services.requests.addPart(request.id, sent.message_id);
    recordRelays(this.deps, request, [sent.message_id]);
    return step + 1 < parts.length ? { done: false, post: { ...post, step: step + 1 } } : { done: true };
  }

  /**
   * The engine work this post still needs before it can be drawn (the texts' Italian, a voice note's transcript), or
   * undefined when there is none left: the outbox runs it beside its sending loop, so a slow engine holds back this
   * request's posts only, never another request's or another team's.
   */
  prepare(request: Request, post: PiecePost, followers: Followers): (() => Promise<unknown>) | undefined {
    if (post.uncertain) return undefined;
    const stored = this.deps.services.requests.message(post.messageRowId);
    if (!stored) return undefined;
    const step = post.step ?? 0;
    if (stored.kind !== "text" || !stored.text) {
      if (step === 1) {
        return this.transcripts.wanted(request, stored) && this.transcripts.pending(request, stored) ? () => this.transcripts.complete(request, stored) : undefined;
      }
      return step === 0 && this.reading.needsTranslation(request, stored) ? () => this.reading.translated(request, stored) : undefined;
    }
    if (step > 0) return undefined;
    const rows = [stored, ...this.candidates(followers).map((c) => c.row)].filter((row) => this.reading.needsTranslation(request, row));
    return rows.length ? () => this.reading.translateAll(request, rows) : undefined;
  }

  /** The texts queued behind a post that may join it (translated ahead of it, see prepare). */
  private candidates(followers: Followers): Array<{ id: number; row: RequestMessage }> {
    const candidates: Array<{ id: number; row: RequestMessage }> = [];
    for (const f of followers) {
      if (f.post.action !== "piece" || !f.post.text || (this.reading.translating && candidates.length >= MERGE_TRANSLATE_AHEAD)) break;
      const row = this.deps.services.requests.message(f.post.messageRowId);
      if (!row?.text || row.kind !== "text") break;
      candidates.push({ id: f.id, row });
    }
    return candidates;
  }

  /** The rows a lost merged post carried, found again among the queued followers. */
  private remerge(first: RequestMessage, html: string, absorbed: number[], followers: Followers) {
    const rows = [first];
    for (const f of followers) {
      if (absorbed.includes(f.id) && f.post.action === "piece") {
        const row = this.deps.services.requests.message(f.post.messageRowId);
        if (row) rows.push(row);
      }
    }
    return { html, rows, absorbed };
  }

  /** Follow-ups written in a burst reach staff as one post, not one each (the group takes 20 a minute). */
  private async merge(request: Request, first: RequestMessage, header: string, followers: Followers) {
    let html = `${header}\n${this.reading.bodyOf(request, first)}`;
    const rows = [first];
    const absorbed: number[] = [];
    // The texts that may join this post, translated side by side before it is drawn (already, when prepared).
    const candidates = this.candidates(followers);
    const translated = await this.reading.translateAll(request, candidates.map((c) => c.row));
    for (const [i, { id }] of candidates.entries()) {
      const row = translated[i]!;
      const forwarded = forwardOf(row);
      const next = `${html}\n\n${forwarded ? `${forwardLabel(this.deps.italian, forwarded)}\n` : ""}${this.reading.bodyOf(request, row)}`;
      if (plainLength(next) > MERGED_POST_LIMIT) break;
      html = next;
      rows.push(row);
      absorbed.push(id);
    }
    return { html, rows, absorbed };
  }

  /** "💬 Amina (#12):", and who really wrote it when it was forwarded. */
  private textHeader(request: Request, name: string, forwarded?: ForwardOrigin): string {
    const mark = this.reading.untranslatedMark(request);
    return `💬 <b>${escapeHtml(name)}</b> (#${request.id})${forwarded ? ` ${forwardLabel(this.deps.italian, forwarded)}` : ""}${mark ? ` · ${mark}` : ""}:`;
  }

  /** A photo, voice note, document or location, copied from the resident's chat under a header. */
  private async copyIn(request: Request, row: RequestMessage, name: string, post: PiecePost): Promise<number[]> {
    const { api, chatId, italian, ledger } = this.deps;
    const place = this.forum.place(request);
    const forwarded = forwardOf(row);
    const mark = row.text && row.kind !== "location" ? this.reading.untranslatedMark(request) : "";
    const header = `📎 <b>${escapeHtml(name)}</b> (#${request.id})${forwarded ? ` ${forwardLabel(italian, forwarded)}` : ""}${mark ? ` · ${mark}` : ""}`;
    const body = row.translation
      ? this.reading.bodyOf(request, { ...row, translation: row.translation.slice(0, CAPTION_TRANSLATION) }, CAPTION_ORIGINAL)
      : escapeHtml((row.text ?? "").slice(0, CAPTION_TEXT));
    const caption = row.text && row.kind !== "location" ? `${header}:\n${body}` : header;
    if (row.sourceMessageId === null) {
      // Nothing to copy (stored before copies were kept): staff get the header and the kind.
      const m = await api.sendMessage(chatId, `${header} · ${escapeHtml(row.kind)}`, { parse_mode: "HTML", ...place });
      return [m.message_id];
    }
    if (row.kind === "location" || row.kind === "video_note" || row.kind === "text") {
      // These take no caption: the copy goes bare and the reply to it names who sent it.
      const copy = await api.copyMessage(chatId, request.residentId, row.sourceMessageId, place);
      return [copy.message_id];
    }
    // The last copy's answer was lost: it is looked for by its caption before copying again.
    if (post.uncertain?.html === copyMark(caption)) {
      const found = await this.findCopy(post.uncertain.after, caption);
      ledger?.settle(chatId, post.uncertain.after, caption);
      if (found !== undefined) return [found];
    }
    const before = ledger?.max(chatId);
    try {
      const copy = await api.copyMessage(chatId, request.residentId, row.sourceMessageId, { caption, parse_mode: "HTML", ...place });
      return [copy.message_id];
    } catch (error) {
      if (error instanceof HttpError && before !== undefined) throw new UncertainPost({ ...post, uncertain: { after: before, html: copyMark(caption) } }, error);
      throw error;
    }
  }

  /**
   * A copy whose answer was lost, where only it can be (see GroupLedger.candidates): setting a caption to what it
   * already says is refused as "not modified", which proves it is this copy and changes nothing.
   */
  private async findCopy(after: number, caption: string): Promise<number | undefined> {
    const { api, chatId, ledger } = this.deps;
    const ids = ledger?.candidates(chatId, after, caption, COPY_PROBE_SPAN);
    if (!ids) return undefined;
    return probeCandidates(this.deps, ids, (id) => api.editMessageCaption(chatId, id, { caption, parse_mode: "HTML" }));
  }
}
