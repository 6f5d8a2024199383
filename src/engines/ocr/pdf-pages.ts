// PDF letters (the resident's bank or an office's portal saves them; WhatsApp and Telegram pass them as files):
// opened with pdf.js in a thread of its own, one file at a time, each with a deadline. A file that overruns it (a
// crafted PDF can keep pdf.js busy for minutes) has its thread ended; the caller gets an EngineError and the letter
// goes to staff with the file. Text PDFs are read from their text layer; scanned pages come back as images.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PdfOpener, PdfPage } from "#src/domain/letters/reader.js";
import { EngineError } from "#src/domain/translation.js";
import type { PdfJob, PdfResult } from "./pdf-worker.js";

const NAME = "pdf.js";

export interface PdfPagesOptions {
  /** The longest one file may take, drawing its scanned pages included. */
  timeoutMs: number;
}

/** The worker beside this file: compiled JavaScript in production; from the TypeScript sources (tests) through tsx. */
function startWorker(): Worker {
  const js = new URL("./pdf-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const ts = new URL("./pdf-worker.ts", import.meta.url).href;
  const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export function createPdfPages(options: PdfPagesOptions): PdfOpener {
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  const openOne = (pdf: Uint8Array, maxPages: number) =>
    new Promise<{ pages: PdfPage[]; total: number }>((resolve, reject) => {
      const worker = startWorker();
      const job: PdfJob = { id: nextId++, bytes: pdf, maxPages };
      let done = false;
      const finish = (outcome: () => void) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        void worker.terminate();
        outcome();
      };
      const timer = setTimeout(() => finish(() => reject(new EngineError("timeout", NAME, "no answer in time"))), options.timeoutMs);
      worker.on("message", (result: PdfResult) =>
        finish(() => {
          if (result.ok) resolve({ pages: result.pages, total: result.total });
          else reject(new EngineError(result.kind === "locked" ? "unsupported" : "bad-response", NAME, `${result.kind}: ${result.message}`));
        }),
      );
      worker.on("error", (error) => finish(() => reject(new EngineError("unavailable", NAME, error.message.slice(0, 200)))));
      worker.on("exit", (code) => finish(() => reject(new EngineError("unavailable", NAME, `thread exited with ${code}`))));
      worker.postMessage(job);
    });
  return {
    // One file at a time: drawing pages is heavy, and the OCR thread is busy beside it.
    open(pdf, maxPages) {
      const next = queue.then(() => openOne(pdf, maxPages));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
