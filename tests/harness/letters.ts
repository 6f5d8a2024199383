// Steps shared by the letter tests: a page photographed (its bytes in the emulator, as Telegram keeps them), the
// reading waited for, and — where a test is about what follows the OCR rather than the OCR itself — a reader that
// returns a corpus page's printed text at once, so that the test does not spend seconds of tesseract per page.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LetterReading } from "#src/bot/features/letters/reading.js";
import type { Reader } from "#src/domain/letters/reader.js";
import { createPdfPages } from "#src/engines/ocr/pdf-pages.js";
import { createLogger } from "#src/logger.js";
import { CORPUS } from "../fixtures/letters/corpus.js";
import type { Resident, TestDesk } from "./desk.js";

export const LETTER_FIXTURES = join(import.meta.dirname, "..", "fixtures", "letters");

/** A page photographed: the emulator holds its bytes under a file id, as Telegram would. */
export function photoOf(desk: TestDesk, page: string, n: number) {
  const id = `photo-${page}-${n}`;
  desk.em.files.set(id, { name: `${page}.png`, mime: "image/png", bytes: readFileSync(join(LETTER_FIXTURES, `${page}.png`)) });
  return { photo: [{ file_id: id, file_unique_id: id, width: 1240, height: 1754 }] };
}

/** The desk reads what is waiting (beside the update loop), then the outbox sends what came of it. */
export async function readingDone(desk: TestDesk) {
  await desk.app.deps.letters!.idle();
  await desk.dispatch();
}

/** A corpus page's text as printed (without the renderer's marks for headings and tables). */
export function printedText(page: string, edit: (text: string) => string = (t) => t): string {
  const found = CORPUS.find((p) => p.id === page);
  if (!found) throw new Error(`no corpus page ${page}`);
  return edit(found.lines.map((l) => l.replace(/^(# |> )/, "")).join("\n"));
}

/**
 * The desk's letter reading with a reader that "reads" each photo as the text given for its file id: everything
 * else (downloading the page, filing the request, the facts, translation) is the desk's own.
 */
export function readerOfTexts(desk: TestDesk, texts: Record<string, string>): void {
  const digest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
  const byBytes = new Map<string, string>();
  for (const [fileId, text] of Object.entries(texts)) byBytes.set(digest(desk.em.files.get(fileId)!.bytes), text);
  const reader: Reader = {
    name: "stub",
    read: async (image) => {
      const text = byBytes.get(digest(image));
      if (text === undefined) throw new Error("page not known to the stub reader");
      return { text, confidence: 0.93, rotation: 0, ms: 1 };
    },
    close: async () => undefined,
  };
  const { app } = desk;
  app.deps.letters = new LetterReading({
    api: app.api,
    services: app.deps.services,
    reader,
    download: async (filePath) => {
      const response = await (app.telegram.client.fetch as unknown as typeof fetch)(`${app.telegram.client.apiRoot}/file/bot${app.telegram.token}/${filePath}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    logger: createLogger("silent"),
    translation: app.deps.translation,
    pdf: createPdfPages({ timeoutMs: 60_000 }),
  });
}

/** A resident who has started the desk, chosen their language and accepted the notice. */
export async function onboarded(desk: TestDesk, name: string, language: string): Promise<Resident> {
  const resident = desk.resident(name, language);
  await resident.onboards();
  return resident;
}
