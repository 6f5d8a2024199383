// The Speaker the desk runs: eSpeak NG + Opus in a worker thread, one job at a time, each with a deadline. A job
// that overruns it has its thread ended (synchronous WebAssembly cannot be interrupted otherwise) and a fresh
// thread takes the next one; the caller gets an EngineError and sends the text alone.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type SpeakOptions, type Speaker, type VoiceNote, MAX_SPOKEN_CHARACTERS } from "#src/domain/speech.js";
import { EngineError, toEngineError } from "#src/domain/translation.js";
import { ESPEAK_VOICES } from "./voices.js";
import type { SynthesisJob, SynthesisResult } from "./synthesis-worker.js";

export interface WorkerSpeakerOptions {
  /** The longest a note may take, waiting in the queue included. */
  timeoutMs: number;
  /** Beyond this many notes waiting, new ones are refused at once (text alone) rather than arriving late. */
  maxQueue?: number;
  /** Called after each note, for metrics and the bench. */
  onSpoken?: (timing: { synthesisMs: number; encodingMs: number; seconds: number; bytes: number }) => void;
}

interface Pending {
  job: SynthesisJob;
  signal: AbortSignal;
  resolve: (note: VoiceNote) => void;
  reject: (error: unknown) => void;
}

const NAME = "espeak-ng";

/**
 * The worker beside this file: compiled JavaScript in production; in tests (run from the TypeScript sources) a
 * small script that registers tsx in the thread first.
 */
function startWorker(): Worker {
  const js = new URL("./synthesis-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const ts = new URL("./synthesis-worker.ts", import.meta.url).href;
  const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export class WorkerSpeaker implements Speaker {
  readonly name = NAME;
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerSpeakerOptions) {}

  voice(language: string): string | undefined {
    return ESPEAK_VOICES[language];
  }

  speak(text: string, language: string, options: SpeakOptions = {}): Promise<VoiceNote> {
    const voice = this.voice(language);
    if (!voice) return Promise.reject(new EngineError("unsupported", NAME, `no voice for ${language}`));
    if (text.length > MAX_SPOKEN_CHARACTERS) return Promise.reject(new EngineError("too-long", NAME, `${text.length} characters`));
    if (this.closed) return Promise.reject(new EngineError("unavailable", NAME, "closed"));
    if (this.queue.length >= (this.options.maxQueue ?? 500)) {
      return Promise.reject(new EngineError("unavailable", NAME, "too many notes waiting"));
    }
    const deadline = AbortSignal.timeout(this.options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
    return new Promise<VoiceNote>((resolve, reject) => {
      const pending: Pending = { job: { id: this.nextId++, text, voice }, signal, resolve, reject };
      signal.addEventListener("abort", () => this.abandon(pending), { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  /** Nothing is cached here: see cached-speaker.ts. */
  forget(): void {}

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new EngineError("unavailable", NAME, "closed"));
    this.running?.reject(new EngineError("unavailable", NAME, "closed"));
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private abandon(pending: Pending): void {
    const error = toEngineError(NAME, pending.signal.reason, pending.signal);
    const index = this.queue.indexOf(pending);
    if (index >= 0) {
      this.queue.splice(index, 1);
      pending.reject(error);
      return;
    }
    if (this.running === pending) {
      // The thread is busy with it and cannot be told to stop: end it; the next job starts a fresh one.
      this.running = undefined;
      pending.reject(error);
      const worker = this.worker;
      this.worker = undefined;
      void worker?.terminate();
      this.pump();
    }
  }

  private pump(): void {
    if (this.running || this.closed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    const worker = this.thread();
    // Busy, the thread keeps the process alive until the note is out; idle, it does not (see thread()).
    worker.ref();
    worker.postMessage(next.job);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    // An idle synthesis thread must not keep the process alive at shutdown.
    worker.unref();
    worker.on("message", (result: SynthesisResult) => this.settle(worker, result));
    worker.on("error", (error) => this.crashed(worker, error));
    worker.on("exit", (code) => {
      if (code !== 0) this.crashed(worker, new Error(`synthesis thread exited with ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(worker: Worker, result: SynthesisResult): void {
    if (worker !== this.worker) return;
    const pending = this.running;
    if (!pending || pending.job.id !== result.id) return;
    this.running = undefined;
    worker.unref();
    if (result.ok) {
      this.options.onSpoken?.({
        synthesisMs: result.synthesisMs,
        encodingMs: result.encodingMs,
        seconds: result.seconds,
        bytes: result.bytes.length,
      });
      pending.resolve({ bytes: result.bytes, seconds: result.seconds });
    } else {
      pending.reject(new EngineError("bad-response", NAME, result.message.slice(0, 200)));
    }
    this.pump();
  }

  private crashed(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    const pending = this.running;
    this.running = undefined;
    pending?.reject(toEngineError(NAME, error));
    this.pump();
  }
}
