import type { Request, RequestMessage } from "#src/domain/requests/model.js";
import { escapeHtml, TELEGRAM_TEXT_LIMIT } from "#src/text/format.js";
import { MAX_FILE_BYTES } from "#src/bot/features/requests/message-pieces.js";
import { recordRelays } from "./erasure.js";
import type { PostOnce } from "./post-once.js";
import { clipHtml, engineNote, MERGED_POST_LIMIT, plainLength, type StaffReading } from "./reading.js";
import type { BoardDeps, PiecePost } from "./types.js";

/** Voice notes and audio of about this many bytes a second at most: a size check before any download. */
const AUDIO_BYTES_PER_SECOND = { voice: 16_000, audio: 40_000 } as const;
/** Room left in a transcript's post for its header. */
const TRANSCRIPT_LIMIT = TELEGRAM_TEXT_LIMIT - 96;

type Transcribed = { status: "transcribed"; text: string } | { status: "failed"; kind: string };

/** Voice notes and audio get a transcript (and its Italian translation) under their copy when an engine is configured. */
export class Transcripts {
  constructor(
    private readonly deps: BoardDeps,
    private readonly reading: StaffReading,
    private readonly poster: PostOnce,
  ) {}

  wanted(request: Request, row: RequestMessage): boolean {
    const translation = this.deps.engines?.translation;
    return Boolean(
      translation?.transcribing && (row.kind === "voice" || row.kind === "audio") && row.fileId && translation.mayUse(request.residentId),
    );
  }

  /**
   * The engines' results are kept on the row first, so a retry posts the same without calling them
   * again; a failure posts a short note instead.
   */
  async post(request: Request, post: PiecePost, stored: RequestMessage, name: string): Promise<void> {
    const row = post.uncertain ? stored : await this.complete(request, stored);
    const sent = await this.poster.send(post, request, post.uncertain?.html ?? this.html(request, row, name));
    this.deps.services.requests.addPart(request.id, sent.message_id);
    recordRelays(this.deps, request, [sent.message_id]);
  }

  /** Whether the engines still have work on this note (its transcript, or the transcript's Italian). */
  pending(request: Request, row: RequestMessage): boolean {
    if (row.translationNote !== null) return false;
    if (row.transcript === null) return true;
    return row.translation === null && request.translate && this.reading.translating;
  }

  /**
   * The engines' work on a note, kept on its row as it comes (the outbox runs this beside its sending loop, see
   * OperatorBoard.prepare); a row already complete costs nothing.
   */
  async complete(request: Request, stored: RequestMessage): Promise<RequestMessage> {
    const translation = this.deps.engines!.translation;
    let row = stored;
    if (row.transcript === null && row.translationNote === null) {
      const outcome = await this.transcribe(request, row);
      const values = outcome.status === "transcribed" ? { transcript: outcome.text } : { translationNote: outcome.kind };
      translation.saveOnMessage(row.id, values);
      row = { ...row, ...values };
    }
    if (row.transcript && row.translation === null && row.translationNote === null && request.translate) {
      const outcome = await translation.toItalian(request.residentId, row.transcript, this.reading.residentLocale(request));
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
    return row;
  }

  private html(request: Request, row: RequestMessage, name: string): string {
    const { italian } = this.deps;
    const header = italian("board-transcript-header", { name: escapeHtml(name), id: String(request.id) });
    if (!row.transcript) {
      const seconds = this.deps.engines!.translation.maxSeconds;
      const why =
        row.translationNote === "audio-too-long"
          ? italian("board-transcript-too-long", { seconds: String(seconds) })
          : row.translationNote === "runaway"
            ? italian("board-transcript-runaway")
            : engineNote(italian, row.translationNote ?? "");
      return `${header}: ${italian("board-transcript-unavailable", { why })}`;
    }
    const body = { ...row, text: row.transcript };
    let html = `${header}:\n${this.reading.bodyOf(request, body)}`;
    for (const max of [1500, 600, 0]) {
      if (plainLength(html) <= TRANSCRIPT_LIMIT) break;
      html = `${header}:\n${this.reading.bodyOf(request, body, max)}`;
    }
    if (plainLength(html) > TRANSCRIPT_LIMIT) html = `${header}:\n${clipHtml(row.translation ?? row.transcript, MERGED_POST_LIMIT)}`;
    return html;
  }

  /** Fetches a voice note from Telegram (size checked first) and has it transcribed in the resident's language. */
  private async transcribe(request: Request, row: RequestMessage): Promise<Transcribed> {
    const { api, engines, logger } = this.deps;
    const translation = engines!.translation;
    let bytes: Uint8Array;
    let path: string;
    try {
      const file = await api.getFile(row.fileId!);
      const perSecond = AUDIO_BYTES_PER_SECOND[row.kind === "audio" ? "audio" : "voice"];
      if ((file.file_size ?? 0) > MAX_FILE_BYTES) return { status: "failed", kind: "too-long" };
      if ((file.file_size ?? 0) > translation.maxSeconds * perSecond) return { status: "failed", kind: "audio-too-long" };
      if (!file.file_path) return { status: "failed", kind: "unavailable" };
      path = file.file_path;
      bytes = await engines!.download(path, AbortSignal.timeout(30_000));
    } catch (error) {
      logger.warn({ requestId: request.id, err: (error as Error).message }, "could not fetch a voice note for its transcript");
      return { status: "failed", kind: "unavailable" };
    }
    const filename = path.split("/").pop() || (row.kind === "voice" ? "voice.ogg" : "audio.mp3");
    const mimeType = row.kind === "voice" || /\.og[ag]$/i.test(filename) ? "audio/ogg" : "audio/mpeg";
    const outcome = await translation.transcribe(request.residentId, { bytes, filename, mimeType }, this.reading.residentLocale(request));
    if (outcome.status === "transcribed") return { status: "transcribed", text: outcome.text };
    return { status: "failed", kind: outcome.status === "off" ? "unavailable" : outcome.kind };
  }
}
