// Child process: speech synthesis and encoding of a ~300-character staff answer in each language. Usage:
//   node build/bench/speech.js [--compare=<node_modules folder holding espeak-ng and @ffmpeg-installer/linux-x64>]
// The desk's path: eSpeak NG (WASM, @echogarden/espeak-ng-emscripten) → libopus (WASM, opusscript) → the desk's Ogg
// muxer, in a worker thread. With --compare, the same text through the other candidates (not dependencies of the
// desk: installed apart for the comparison in the README).
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { LOCALES } from "#src/domain/policy.js";
import { CachedSpeaker } from "#src/engines/speech/cached-speaker.js";
import { ESPEAK_VOICES, ESpeak } from "#src/engines/speech/espeak.js";
import { OggOpusEncoder, resample } from "#src/engines/speech/opus-encoder.js";
import { WorkerSpeaker } from "#src/engines/speech/worker-speaker.js";
import { ANSWERS_300 } from "./speech-answers.js";

interface LanguageFigures {
  characters: number;
  synthesis_ms: number;
  encoding_ms: number;
  total_ms: number;
  audio_s: number;
  note_kb: number;
  kbit_per_s: number;
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function desk() {
  let last = { synthesisMs: 0, encodingMs: 0, seconds: 0, bytes: 0 };
  const speaker = new WorkerSpeaker({ timeoutMs: 120_000, onSpoken: (t) => (last = t) });
  const cached = new CachedSpeaker(speaker, 64 * 1024 * 1024);
  // The first note pays for the thread, the WebAssembly and the voice: measured apart, then each language warm.
  let began = performance.now();
  await cached.speak("Buongiorno.", "it");
  const coldMs = performance.now() - began;
  const languages: Record<string, LanguageFigures> = {};
  for (const language of LOCALES) {
    const text = ANSWERS_300[language] as string;
    await cached.speak("Sì.", language); // the voice's dictionary loads once per thread
    // The median of three runs straight through the thread (the cache would answer the second).
    const runs: Array<typeof last & { total: number }> = [];
    for (let i = 0; i < 3; i++) {
      began = performance.now();
      await speaker.speak(text, language);
      runs.push({ ...last, total: performance.now() - began });
    }
    const run = runs.sort((a, b) => a.total - b.total)[1] as (typeof runs)[number];
    languages[language] = {
      characters: [...text].length,
      synthesis_ms: round(run.synthesisMs, 0),
      encoding_ms: round(run.encodingMs, 0),
      total_ms: round(run.total, 0),
      audio_s: round(run.seconds),
      note_kb: round(run.bytes / 1024),
      kbit_per_s: round((run.bytes * 8) / 1000 / run.seconds),
    };
  }
  await cached.speak(ANSWERS_300.it as string, "it");
  began = performance.now();
  for (let i = 0; i < 1000; i++) await cached.speak(ANSWERS_300.it as string, "it");
  const cacheHitUs = ((performance.now() - began) / 1000) * 1000;
  await cached.close();
  return { cold_first_note_ms: round(coldMs, 0), cache_hit_us: round(cacheHitUs), languages };
}

/**
 * Decodes a note (48 kHz) and compares it with the PCM it was made from, brought to 48 kHz the same way, at the
 * lag that lines them up best (ffmpeg's resampler delays the signal a little).
 */
async function snr(pcm: { samples: Int16Array; rate: number }, note: Uint8Array): Promise<number> {
  const { OggOpusDecoder } = await import("ogg-opus-decoder");
  const decoder = new OggOpusDecoder();
  await decoder.ready;
  const decoded = (await decoder.decodeFile(note)).channelData[0] ?? new Float32Array();
  decoder.free();
  const source = Float32Array.from(resample(pcm.samples, pcm.rate, 48_000), (s) => s / 32768);
  const error = (lag: number, from: number, to: number) => {
    let noise = 0;
    for (let i = from; i < to; i++) noise += ((source[i] ?? 0) - (decoded[i + lag] ?? 0)) ** 2;
    return noise;
  };
  const middle = Math.floor(source.length / 2);
  let best = 0;
  for (let lag = -400, least = Number.POSITIVE_INFINITY; lag <= 400; lag++) {
    const e = error(lag, middle, middle + 48_000);
    if (e < least) [least, best] = [e, lag];
  }
  let signal = 0;
  for (const s of source) signal += s * s;
  return 10 * Math.log10(signal / error(best, Math.max(0, -best), source.length));
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const runs: Array<{ value: T; ms: number }> = [];
  for (let i = 0; i < 3; i++) {
    const began = performance.now();
    const value = work();
    runs.push({ value, ms: performance.now() - began });
  }
  return runs.sort((a, b) => a.ms - b.ms)[1] as { value: T; ms: number };
}

/** Sizes on disk of what `npm ci` installs for each candidate. */
function du(path: string): number {
  try {
    return Number(execFileSync("du", ["-sk", path], { encoding: "utf8" }).split("\t")[0]) / 1024;
  } catch {
    return Number.NaN;
  }
}

async function compare(modules: string) {
  const require = createRequire(join(modules, "noop.js"));
  const text = ANSWERS_300.it as string;
  // eSpeak NG, the other WASM build: a command line compiled whole, so each call instantiates the module again.
  const espeakNgUrl = pathToFileURL(require.resolve("espeak-ng")).href;
  const { default: ESpeakNg } = (await import(espeakNgUrl)) as {
    default: (o: { arguments: string[] }) => Promise<{ FS: { readFile(p: string): Uint8Array } }>;
  };
  const cli: number[] = [];
  for (let i = 0; i < 3; i++) {
    const began = performance.now();
    const run = await ESpeakNg({ arguments: ["-v", "it", "-s", "155", "-w", "/tmp/bench-espeak.wav", text] });
    run.FS.readFile("/tmp/bench-espeak.wav");
    cli.push(performance.now() - began);
  }
  const espeak = await ESpeak.load();
  const pcm = espeak.synthesize(text, ESPEAK_VOICES.it as string);
  const inThread: number[] = [];
  for (let i = 0; i < 3; i++) {
    const began = performance.now();
    espeak.synthesize(text, "it");
    inThread.push(performance.now() - began);
  }
  // The encoders on the same PCM, each the median of three runs.
  const encoder = new OggOpusEncoder();
  const finest = new OggOpusEncoder(24_000, 10);
  const { value: ours, ms: oursMs } = timed(() => encoder.encode(pcm.samples, pcm.rate));
  const { value: oursFinest, ms: oursFinestMs } = timed(() => finest.encode(pcm.samples, pcm.rate));
  const ffmpeg = join(modules, "@ffmpeg-installer/linux-x64/ffmpeg");
  const { value: viaFfmpeg, ms: ffmpegMs } = timed(() =>
    execFileSync(
      ffmpeg,
      ["-hide_banner", "-loglevel", "error", "-f", "s16le", "-ar", String(pcm.rate), "-ac", "1", "-i", "-"]
        .concat(["-c:a", "libopus", "-b:a", "24k", "-application", "voip", "-f", "ogg", "-"]),
      { input: Buffer.from(pcm.samples.buffer, pcm.samples.byteOffset, pcm.samples.byteLength), maxBuffer: 64 * 1024 * 1024 },
    ),
  );
  const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number, 0);
  return {
    synthesis_it_ms: { echogarden_espeak_ng_emscripten: median(inThread), espeak_ng_cli_wasm: median(cli) },
    encoding_it_ms: {
      opusscript_complexity_5: round(oursMs, 0),
      opusscript_complexity_10: round(oursFinestMs, 0),
      ffmpeg_process_complexity_10: round(ffmpegMs, 0),
    },
    note_kb: { opusscript_complexity_5: round(ours.bytes.length / 1024), ffmpeg: round(viaFfmpeg.length / 1024) },
    // Signal-to-noise of the decoded note against eSpeak's own samples: a crude but repeatable quality figure.
    snr_db: {
      opusscript_complexity_5: round(await snr(pcm, ours.bytes)),
      opusscript_complexity_10: round(await snr(pcm, oursFinest.bytes)),
      ffmpeg_complexity_10: round(await snr(pcm, new Uint8Array(viaFfmpeg))),
    },
    disk_mb: {
      echogarden_espeak_ng_emscripten: round(du(join(modules, "@echogarden/espeak-ng-emscripten"))),
      espeak_ng: round(du(join(modules, "espeak-ng"))),
      opusscript: round(du(join(modules, "opusscript"))),
      ffmpeg_installer_linux_x64: round(statSync(ffmpeg).size / 1024 / 1024),
    },
  };
}

const compareArg = process.argv.find((a) => a.startsWith("--compare="));
const result: Record<string, unknown> = await desk();
if (compareArg) result.compare = await compare(compareArg.slice("--compare=".length));
console.log(JSON.stringify(result));
