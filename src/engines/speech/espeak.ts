// eSpeak NG compiled to WebAssembly (@echogarden/espeak-ng-emscripten): every language of the desk, offline, from
// npm alone. One instance per thread, loaded once (≈0.4 s); a voice's dictionary loads on its first use.
import createModule, { type ESpeakWorker } from "@echogarden/espeak-ng-emscripten";

// The voices are named in voices.ts, which the main thread reads without loading eSpeak NG itself.
export { ESPEAK_VOICES } from "./voices.js";

/** A little slower than eSpeak's 175 words a minute: the listeners are often elderly or new to the language. */
export const WORDS_PER_MINUTE = 155;

export interface Pcm {
  samples: Int16Array;
  rate: number;
}

export class ESpeak {
  private constructor(private readonly worker: ESpeakWorker) {}

  static async load(): Promise<ESpeak> {
    const module = await createModule();
    return new ESpeak(new module.eSpeakNGWorker());
  }

  synthesize(text: string, voice: string): Pcm {
    if (this.worker.set_voice(voice) !== 0) throw new Error(`eSpeak NG has no voice ${voice}`);
    this.worker.set_rate(WORDS_PER_MINUTE);
    const chunks: Int16Array[] = [];
    let length = 0;
    this.worker.synthesize(text, (samples) => {
      if (samples && samples.length > 0) {
        chunks.push(samples);
        length += samples.length;
      }
    });
    const samples = new Int16Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      samples.set(chunk, offset);
      offset += chunk.length;
    }
    return { samples, rate: this.worker.get_samplerate() };
  }
}
