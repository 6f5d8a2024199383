// The port for reading a page image (OCR). The adapter lives in src/engines/ocr/; the domain only sees text and a
// confidence, so a low one can be said to staff ("letto male: controllare") and to no one else.

export interface ReadPage {
  text: string;
  /** 0–1, the engine's mean word confidence after the best orientation was chosen. */
  confidence: number;
  /** Degrees the page was turned (clockwise) before reading. */
  rotation: 0 | 90 | 180 | 270;
  /** Wall time spent on the page. */
  ms: number;
}

export interface Reader {
  readonly name: string;
  /** Reads one page (PNG, JPEG, WebP …). Rejects with EngineError("timeout") past its deadline. */
  read(image: Uint8Array, signal?: AbortSignal): Promise<ReadPage>;
  /** Stops the engine's worker threads. */
  close(): Promise<void>;
}

/** Below this, staff see a warning that the page was hard to read. */
export const LOW_CONFIDENCE = 0.6;

/** A page of a PDF letter: its text, when the office's software wrote a text layer; else the page drawn to be read. */
export interface PdfPage {
  text?: string;
  /** PNG of the page, for the Reader, when it has no text layer (a scan). */
  image?: Uint8Array;
}

/** The port for opening a PDF letter (adapter: src/engines/ocr/pdf-pages.ts). */
export interface PdfOpener {
  /** Its first `maxPages` pages and how many it has; rejects with EngineError on a broken, locked or overlong file. */
  open(pdf: Uint8Array, maxPages: number): Promise<{ pages: PdfPage[]; total: number }>;
}
