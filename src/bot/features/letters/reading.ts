import type { Api } from "grammy";
import type { Services } from "#src/domain/index.js";
import type { Reader } from "#src/domain/letters/reader.js";
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
  /** The bytes of a Telegram file by its file_path (the Bot API's file endpoint). */
  download(filePath: string, signal: AbortSignal): Promise<Uint8Array>;
  logger: Logger;
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
      if (!letter) return;
      try {
        const pages = services.letters.pagesOf(letter);
        const texts: string[] = [];
        const confidences: number[] = [];
        for (const page of pages) {
          const read = await this.deps.reader.read(await this.bytes(page.fileId));
          texts.push(read.text.trim());
          confidences.push(read.confidence);
        }
        const text = texts.join("\n\n");
        const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0;
        services.letters.read(letter.id, text.trim() ? { text, confidence } : undefined);
      } catch (error) {
        const attempts = services.letters.attempted(letter.id);
        logger.warn({ letterId: letter.id, attempts, err: (error as Error).message, engine: isEngineError(error) ? error.kind : undefined }, "letter not read");
        // Passed to staff with its photos after the last attempt: a person reads it then.
        if (attempts >= MAX_ATTEMPTS) services.letters.read(letter.id, undefined);
        else return;
      }
    }
  }

  private async bytes(fileId: string): Promise<Uint8Array> {
    const file = await this.deps.api.getFile(fileId);
    if (!file.file_path || (file.file_size ?? 0) > MAX_PAGE_BYTES) throw new Error("page not downloadable");
    return this.deps.download(file.file_path, AbortSignal.timeout(30_000));
  }
}
