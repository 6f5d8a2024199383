import type { Api } from "grammy";
import type { ConversationTranslation } from "#src/domain/conversation-translation.js";
import { ENGINE_PIECE_CHARS, MAX_TRANSLATED_CHARS, MESSAGE_PART_CHARS, paragraphsOf, piecesOf, plausibleTranslation } from "#src/domain/letters/letter-translation.js";
import type { LetterTranslationOutcome } from "#src/domain/letters/service.js";
import type { Services } from "#src/domain/index.js";
import type { PdfOpener, Reader } from "#src/domain/letters/reader.js";
import { type LetterPage, MAX_PAGES, MAX_PDF_MB } from "#src/domain/letters/service.js";
import { isEngineError } from "#src/domain/translation.js";
import type { Logger } from "#src/logger.js";

/** A letter whose pages cannot be read after this many attempts is passed to staff unread. */
const MAX_ATTEMPTS = 3;
/** Telegram lets bots download files up to 20 MB; a page photo is far smaller. */
const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export interface LetterReadingDeps {
  api: Api;
  services: Services;
  reader: Reader;
  /** Opens PDF letters (their text layer, or their pages drawn for the reader); absent: PDFs are passed to staff unread. */
  pdf?: PdfOpener;
  /** The bytes of a Telegram file by its file_path (the Bot API's file endpoint). */
  download(filePath: string, signal: AbortSignal): Promise<Uint8Array>;
  logger: Logger;
  /** Machine translation (the desk's engine, with its deadline and guards); absent or off: no translation. */
  translation?: Pick<ConversationTranslation, "translating" | "toResident">;
}

/**
 * Reads waiting letters one after another, beside the update loop: the resident's update returned as soon as the
 * pages were saved, and the OCR runs in tesseract's worker thread. Woken when a letter arrives and by the scheduler
 * (a letter left waiting by a restart is read then). What comes of it is written by the letters service, and
 * reaches people through the outbox.
 */
export class LetterReading {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly deps: LetterReadingDeps) {}

  /** Starts reading unless already at it (then it looks again when done). Never throws. */
  wake(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Resolves when nothing is being read (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    await this.idle();
    await this.deps.reader.close();
  }

  private async drain(): Promise<void> {
    const { services, logger } = this.deps;
    for (;;) {
      const [letter] = services.letters.waiting(1);
      if (!letter) {
        // Letters are read first; their texts are translated when none is waiting.
        const [untranslated] = services.letters.untranslated(1);
        if (!untranslated) return;
        try {
          services.letters.translated(untranslated.id, await this.translate(untranslated.residentId, untranslated.text, untranslated.language));
        } catch (error) {
          // Never tried forever: the resident has the facts, and staff the text.
          logger.warn({ letterId: untranslated.id, err: (error as Error).message }, "letter text not translated");
          services.letters.translated(untranslated.id, { status: "failed" });
        }
        continue;
      }
      try {
        const texts: string[] = [];
        const confidences: number[] = [];
        for (const page of services.letters.pagesOf(letter)) {
          if (texts.length >= MAX_PAGES) break;
          for (const read of await this.readPage(page, MAX_PAGES - texts.length)) {
            texts.push(read.text.trim());
            confidences.push(read.confidence);
          }
        }
        const text = texts.join("\n\n");
        const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0;
        services.letters.read(letter.id, text.trim() ? { text, confidence } : undefined);
      } catch (error) {
        const attempts = services.letters.attempted(letter.id);
        logger.warn({ letterId: letter.id, attempts, err: (error as Error).message, engine: isEngineError(error) ? error.kind : undefined }, "letter not read");
        // Passed to staff with its photos after the last attempt (at once for a file that cannot be opened, a
        // broken or locked PDF: trying again would read the same bytes): a person reads it then.
        const hopeless = isEngineError(error) && (error.kind === "bad-response" || error.kind === "unsupported");
        if (attempts >= MAX_ATTEMPTS || hopeless) services.letters.read(letter.id, undefined);
        else return;
      }
    }
  }

  /**
   * The letter's text in the resident's language, paragraph by paragraph in pieces an engine takes, each under the
   * engine's own deadline and guards (a runaway answer, bidi overrides); any piece failing or answered with nothing
   * fails the whole, so the resident never gets half a letter as if it were all of it.
   */
  private async translate(residentId: number, text: string | null, language: string): Promise<LetterTranslationOutcome> {
    const engine = this.deps.translation;
    if (!engine?.translating || !text?.trim()) return { status: "off" };
    if (text.length > MAX_TRANSLATED_CHARS) return { status: "failed" };
    const translated: string[] = [];
    for (const piece of piecesOf(paragraphsOf(text), ENGINE_PIECE_CHARS)) {
      const outcome = await engine.toResident(residentId, piece, language);
      if (outcome.status === "off") return { status: "off" };
      if (outcome.status === "same-language") translated.push(piece);
      else if (outcome.status === "translated" && plausibleTranslation(piece, outcome.text)) translated.push(outcome.text.trim());
      else {
        this.deps.logger.warn({ residentId, engine: outcome.status === "failed" ? outcome.kind : "implausible" }, "letter text not translated");
        return { status: "failed" };
      }
    }
    return { status: "translated", parts: piecesOf(translated.flatMap((t) => t.split(/\n\s*\n/)), MESSAGE_PART_CHARS) };
  }

  /**
   * What one file sent says: a photo read by OCR; a PDF's pages (at most `room`) from their text layer — exact, so
   * read with full confidence — or, for a scan, drawn and read by OCR like photos.
   */
  private async readPage(page: LetterPage, room: number): Promise<Array<{ text: string; confidence: number }>> {
    if (!page.pdf) return [await this.deps.reader.read(await this.bytes(page.fileId, MAX_PAGE_BYTES))];
    if (!this.deps.pdf) throw new Error("no PDF engine");
    const opened = await this.deps.pdf.open(await this.bytes(page.fileId, MAX_PDF_MB * 1024 * 1024), room);
    const read: Array<{ text: string; confidence: number }> = [];
    for (const p of opened.pages) {
      if (p.text !== undefined) read.push({ text: p.text, confidence: 1 });
      else if (p.image) read.push(await this.deps.reader.read(p.image));
    }
    return read;
  }

  private async bytes(fileId: string, max: number): Promise<Uint8Array> {
    const file = await this.deps.api.getFile(fileId);
    if (!file.file_path || (file.file_size ?? 0) > max) throw new Error("page not downloadable");
    return this.deps.download(file.file_path, AbortSignal.timeout(30_000));
  }
}
