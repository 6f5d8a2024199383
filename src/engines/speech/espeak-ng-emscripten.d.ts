// The parts of @echogarden/espeak-ng-emscripten (eSpeak NG's own Emscripten bindings) the desk uses; it ships no types.
declare module "@echogarden/espeak-ng-emscripten" {
  export interface ESpeakVoice {
    identifier: string;
    name: string;
    languages: { priority: number; name: string }[];
  }
  export interface ESpeakWorker {
    set_voice(name: string): number;
    set_rate(wordsPerMinute: number): void;
    get_samplerate(): number;
    list_voices(): ESpeakVoice[];
    /** Calls back once per chunk of 16-bit mono samples at get_samplerate() Hz. */
    synthesize(text: string, callback: (samples: Int16Array | null, events: unknown[]) => void): number;
  }
  export interface ESpeakModule {
    eSpeakNGWorker: new () => ESpeakWorker;
  }
  const createModule: (options?: Record<string, unknown>) => Promise<ESpeakModule>;
  export default createModule;
}
