// The thread that opens a PDF letter (see pdf-pages.ts): pdf.js reads each page's text layer; a page without one (a
// scan) is drawn onto a canvas and handed back as PNG for the OCR. Nothing in the file is run: pdf.js is told never
// to evaluate code, and fonts are not loaded into the system.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parentPort } from "node:worker_threads";
import { createCanvas } from "@napi-rs/canvas";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfJob {
  id: number;
  bytes: Uint8Array;
  maxPages: number;
}

export type PdfResult =
  | { id: number; ok: true; total: number; pages: Array<{ text?: string; image?: Uint8Array }> }
  | { id: number; ok: false; kind: "locked" | "broken"; message: string };

/** Below this many letters a page's text layer is a stamp or a page number, not the letter: the page is read as an image. */
const TEXT_LAYER_LETTERS = 80;
/**
 * Pages drawn at about 300 dpi (pdf.js measures in points, 72 an inch): tesseract reads the corpus scan (a 150 dpi JPEG)
 * at 0.93 confidence so drawn, 0.64 at the scan's own 150 dpi, and misses facts in between.
 */
const SCALE = 300 / 72;
/** A page larger than A3 is drawn smaller: the canvas's memory stays bounded whatever the file claims. */
const MAX_SIDE = 3400;

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

async function open(job: PdfJob): Promise<PdfResult> {
  const document = await getDocument({
    data: job.bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: join(pdfjsRoot, "standard_fonts/"),
    cMapUrl: join(pdfjsRoot, "cmaps/"),
    cMapPacked: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: Array<{ text?: string; image?: Uint8Array }> = [];
    for (let n = 1; n <= Math.min(document.numPages, job.maxPages); n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      // Lines as printed; a gap of more than a line and a half between two is a blank line (a new paragraph).
      let text = "";
      let lastY: number | undefined;
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const y = item.transform[5] as number;
        if (lastY !== undefined && text.endsWith("\n") && item.height > 0 && lastY - y > item.height * 1.6) text += "\n";
        text += item.str;
        if (item.hasEOL) {
          text += "\n";
          lastY = y;
        }
      }
      if ((text.match(/\p{L}/gu) ?? []).length >= TEXT_LAYER_LETTERS) {
        pages.push({ text });
      } else {
        const natural = page.getViewport({ scale: 1 });
        const scale = Math.min(SCALE, MAX_SIDE / Math.max(natural.width, natural.height));
        const viewport = page.getViewport({ scale });
        const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
        const context = canvas.getContext("2d");
        context.fillStyle = "#ffffff";
        context.fillRect(0, 0, canvas.width, canvas.height);
        await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
        pages.push({ image: new Uint8Array(await canvas.encode("png")) });
      }
      page.cleanup();
    }
    return { id: job.id, ok: true, total: document.numPages, pages };
  } finally {
    await document.destroy();
  }
}

parentPort?.on("message", async (job: PdfJob) => {
  try {
    const result = await open(job);
    const images = result.ok ? result.pages.flatMap((p) => (p.image ? [p.image.buffer as ArrayBuffer] : [])) : [];
    parentPort!.postMessage(result, images);
  } catch (error) {
    const name = (error as Error)?.name ?? "";
    parentPort!.postMessage({
      id: job.id,
      ok: false,
      kind: name === "PasswordException" ? "locked" : "broken",
      message: String((error as Error)?.message ?? error).slice(0, 200),
    } satisfies PdfResult);
  }
});
