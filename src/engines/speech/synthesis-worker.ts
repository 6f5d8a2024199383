// The thread that speaks: eSpeak NG and the Opus encoder are synchronous WebAssembly, so they run here, never on
// the thread that handles updates and sends the outbox. Jobs arrive one at a time (see worker-speaker.ts).
import { parentPort } from "node:worker_threads";
import { ESpeak } from "./espeak.js";
import { OggOpusEncoder } from "./opus-encoder.js";

export interface SynthesisJob {
  id: number;
  text: string;
  voice: string;
}

export type SynthesisResult =
  | { id: number; ok: true; bytes: Uint8Array; seconds: number; synthesisMs: number; encodingMs: number }
  | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error("synthesis-worker.ts runs as a worker thread");

let engines: Promise<{ espeak: ESpeak; encoder: OggOpusEncoder }> | undefined;

port.on("message", async (job: SynthesisJob) => {
  try {
    // A failed load is tried again with the next note rather than failing every note after it.
    engines ??= ESpeak.load()
      .then((espeak) => ({ espeak, encoder: new OggOpusEncoder() }))
      .catch((error: unknown) => {
        engines = undefined;
        throw error;
      });
    const { espeak, encoder } = await engines;
    const began = performance.now();
    const pcm = espeak.synthesize(job.text, job.voice);
    const synthesised = performance.now();
    const note = encoder.encode(pcm.samples, pcm.rate);
    const result: SynthesisResult = {
      id: job.id,
      ok: true,
      bytes: note.bytes,
      seconds: note.seconds,
      synthesisMs: synthesised - began,
      encodingMs: performance.now() - synthesised,
    };
    port.postMessage(result, [note.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const result: SynthesisResult = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    port.postMessage(result);
  }
});
