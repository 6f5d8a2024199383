// OCR on the desk's own machine: tesseract.js (Tesseract compiled to WASM) in a worker thread, with the Italian
// model from @tesseract.js-data/ita read from node_modules — never the CDN tesseract.js would otherwise fetch it from,
// and no cache file written into the working directory. One worker, one page at a time: the desk's machine is small
// and a letter is rarely urgent to the second; the worker runs beside the event loop, so updates are not delayed.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Worker } from "tesseract.js";
import { EngineError, guarded } from "#src/domain/translation.js";
import type { ReadPage, Reader } from "#src/domain/letters/reader.js";
import { preparePage } from "./preprocess.js";

const require = createRequire(import.meta.url);

/** The Italian LSTM model (integer "best"), shipped in the npm package. */
export function italianModelDir(): string {
  return join(dirname(require.resolve("@tesseract.js-data/ita/package.json")), "4.0.0_best_int");
}

export interface TesseractSettings {
  /** Per page, orientation trials included. */
  timeoutMs: number;
  /** Below this mean confidence (0–1) the page is also tried turned by 90°, 180° and 270°. */
  retryBelow?: number;
}

type Rotation = ReadPage["rotation"];
/** A trial turn reading at least this well is taken without trying the others. */
const GOOD_READING = 0.85;

export function createTesseractReader(settings: TesseractSettings): Reader {
  const name = "tesseract";
  const retryBelow = settings.retryBelow ?? 0.7;
  let worker: Promise<Worker> | undefined;
  // Pages are read one after another; a caller waiting in line does not start its clock until its turn.
  let queue: Promise<unknown> = Promise.resolve();

  const getWorker = (): Promise<Worker> => {
    // tesseract.js (and the fetch polyfill it brings) loads with the first page, not with the desk: most days
    // nobody sends a letter, and its modules would stay resident for nothing.
    worker ??= import("tesseract.js").then(async ({ createWorker, OEM, PSM }) => {
      const w = await createWorker("ita", OEM.LSTM_ONLY, { langPath: italianModelDir(), cacheMethod: "none", gzip: true });
      await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: "1", user_defined_dpi: "200" });
      return w;
    });
    worker.catch(() => {
      worker = undefined;
    });
    return worker;
  };

  const stop = async () => {
    const current = worker;
    worker = undefined;
    if (current) await (await current.catch(() => undefined))?.terminate().catch(() => undefined);
  };

  const recognise = async (png: Buffer, signal: AbortSignal) => {
    const w = await getWorker();
    if (signal.aborted) throw signal.reason;
    const { data } = await w.recognize(png, { rotateAuto: true });
    return { text: data.text, confidence: data.confidence / 100 };
  };

  const readOnce = async (image: Uint8Array, signal: AbortSignal): Promise<ReadPage> => {
    const started = performance.now();
    let best: { text: string; confidence: number; rotation: Rotation } = {
      ...(await recognise((await preparePage(image)).png, signal)),
      rotation: 0,
    };
    if (best.confidence < retryBelow) {
      // Sideways or upside-down photos: a quick trial of each turn on a small copy, then the winner in full.
      let trial = { rotation: 0 as Rotation, confidence: best.confidence };
      // Upside down first (the usual mistake), and no further trial once one reads well.
      for (const rotation of [180, 90, 270] as const) {
        const small = await preparePage(image, { rotate: rotation, maxSide: 1200 });
        const read = await recognise(small.png, signal);
        if (read.confidence > trial.confidence + 0.05) trial = { rotation, confidence: read.confidence };
        if (trial.confidence >= GOOD_READING) break;
      }
      if (trial.rotation !== 0) {
        const turned = await recognise((await preparePage(image, { rotate: trial.rotation })).png, signal);
        if (turned.confidence > best.confidence) best = { ...turned, rotation: trial.rotation };
      }
    }
    return { ...best, ms: Math.round(performance.now() - started) };
  };

  return {
    name,
    read(image, outer) {
      const turn = queue.then(() =>
        guarded(name, settings.timeoutMs, (signal) => readOnce(image, signal), outer).catch(async (error: unknown) => {
          // A recognition cannot be interrupted inside the worker: a page past its deadline costs the worker.
          if (error instanceof EngineError && (error.kind === "timeout" || error.kind === "unavailable")) await stop();
          if (error instanceof EngineError) throw error;
          throw new EngineError("bad-response", name, "the page could not be read", { cause: error });
        }),
      );
      queue = turn.catch(() => undefined);
      return turn;
    },
    close: stop,
  };
}
