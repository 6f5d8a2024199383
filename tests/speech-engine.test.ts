// The speech engine: eSpeak NG (WebAssembly) in a worker thread, libopus (WebAssembly) and an Ogg muxer, a cache
// of notes per text, language and voice. Each note is decoded here as a player would, and its length checked.
import { afterAll, describe, expect, it } from "vitest";
import { LOCALES } from "#src/domain/policy.js";
import { type Speaker, spokenText, type VoiceNote } from "#src/domain/speech.js";
import { EngineError } from "#src/domain/translation.js";
import { CachedSpeaker } from "#src/engines/speech/cached-speaker.js";
import { muxOggOpus, oggCrc } from "#src/engines/speech/ogg-opus.js";
import { OggOpusEncoder, resample } from "#src/engines/speech/opus-encoder.js";
import { WorkerSpeaker } from "#src/engines/speech/worker-speaker.js";
import { hear, isOggOpus } from "./harness/voice-notes.js";

/** About 300 characters, a staff answer's usual length, in each language of the desk. */
const ANSWERS: Record<string, string> = {
  it: "Buongiorno, abbiamo letto la sua richiesta sulla caldaia. Il tecnico passerà giovedì mattina tra le nove e le undici.",
  en: "Good morning, we have read your request about the boiler. The technician will come on Thursday morning between nine and eleven.",
  fr: "Bonjour, nous avons lu votre demande concernant la chaudière. Le technicien passera jeudi matin entre neuf et onze heures.",
  es: "Buenos días, hemos leído su solicitud sobre la caldera. El técnico pasará el jueves por la mañana entre las nueve y las once.",
  ro: "Bună ziua, am citit cererea dumneavoastră despre centrală. Tehnicianul va veni joi dimineață între ora nouă și ora unsprezece.",
  sq: "Mirëdita, e lexuam kërkesën tuaj për kaldajën. Tekniku do të vijë të enjten në mëngjes midis orës nëntë dhe njëmbëdhjetë.",
  ar: "صباح الخير، قرأنا طلبك بخصوص المرجل. سيأتي الفني يوم الخميس صباحا بين الساعة التاسعة والحادية عشرة.",
  uk: "Добрий день, ми прочитали ваш запит щодо котла. Технік прийде в четвер вранці між дев'ятою та одинадцятою.",
  zh: "您好，我们已经看到您关于锅炉的请求。技术人员将在星期四上午九点到十一点之间上门。",
};

function tone(seconds: number, rate: number): Int16Array {
  const samples = new Int16Array(Math.round(seconds * rate));
  for (let i = 0; i < samples.length; i++) samples[i] = Math.round(8000 * Math.sin((2 * Math.PI * 220 * i) / rate));
  return samples;
}

describe("the Ogg/Opus voice note", () => {
  it("computes Ogg's CRC as the specification's check value says", () => {
    // CRC-32/OGG of "123456789" (polynomial 0x04C11DB7, no reflection, init 0, no final xor).
    expect(oggCrc(new TextEncoder().encode("123456789")).toString(16)).toBe("89a1897f");
  });

  it("encodes PCM into a file a player decodes to the same length, at any of eSpeak's or Opus's rates", async () => {
    const encoder = new OggOpusEncoder();
    for (const [seconds, rate] of [
      [2.5, 22_050],
      [0.013, 22_050],
      [7.31, 24_000],
      [1, 16_000],
    ] as const) {
      const note = encoder.encode(tone(seconds, rate), rate);
      expect(isOggOpus(note.bytes)).toBe(true);
      expect(note.seconds).toBeCloseTo(seconds, 2);
      const heard = await hear(note.bytes);
      expect(heard.errors).toBe(0);
      expect(heard.seconds).toBeCloseTo(seconds, 2);
      if (seconds > 0.5) expect(heard.rms).toBeGreaterThan(0.1);
    }
    encoder.close();
  });

  it("splits long notes over pages a player reads in order, and marks the first and last page", async () => {
    const packets = Array.from({ length: 120 }, () => new Uint8Array([0xf8, 0xff, 0xfe])); // 20 ms silent frames
    const bytes = muxOggOpus({ packets, samplesPerPacket: 960, preSkip: 312, samples: 119 * 960, inputRate: 48_000, serial: 7 });
    const pages: { flags: number; granule: bigint; sequence: number }[] = [];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let offset = 0; offset < bytes.length; ) {
      expect(new TextDecoder().decode(bytes.subarray(offset, offset + 4))).toBe("OggS");
      const segments = bytes[offset + 26] ?? 0;
      const body = [...bytes.subarray(offset + 27, offset + 27 + segments)].reduce((a, b) => a + b, 0);
      pages.push({ flags: bytes[offset + 5] ?? -1, granule: view.getBigInt64(offset + 6, true), sequence: view.getUint32(offset + 18, true) });
      offset += 27 + segments + body;
    }
    expect(pages.map((p) => p.sequence)).toEqual([0, 1, 2, 3, 4]);
    expect(pages.map((p) => p.flags)).toEqual([2, 0, 0, 0, 4]);
    expect(pages.at(-1)?.granule).toBe(BigInt(312 + 119 * 960));
    expect((await hear(bytes)).seconds).toBeCloseTo(119 * 0.02, 2);
  });

  it("resamples eSpeak's 22,050 Hz to Opus's 24,000 Hz without changing the length", () => {
    expect(resample(new Int16Array(22_050), 22_050, 24_000)).toHaveLength(24_000);
    expect([...resample(Int16Array.from([0, 100, 200]), 2, 4)]).toEqual([0, 50, 100, 150, 200, 200]);
  });
});

describe("eSpeak NG in a worker thread", () => {
  const speaker = new WorkerSpeaker({ timeoutMs: 60_000 });
  afterAll(() => speaker.close());

  it("speaks a staff answer in each of the nine languages, as a note whose length the player agrees with", async () => {
    for (const language of LOCALES) {
      const text = ANSWERS[language];
      expect(text, language).toBeDefined();
      const note = await speaker.speak(text as string, language);
      const heard = await hear(note.bytes);
      expect(heard.errors, language).toBe(0);
      expect(heard.seconds, language).toBeCloseTo(note.seconds, 2);
      // Read aloud, these sentences take several seconds in any language, and are not silence.
      expect(note.seconds, language).toBeGreaterThan(4);
      expect(note.seconds, language).toBeLessThan(20);
      expect(heard.rms, language).toBeGreaterThan(0.02);
    }
  }, 120_000);

  it("speaks Chinese in Mandarin, not character by character", async () => {
    // eSpeak's "zh" voice is Cantonese and spells out each character: three times as long.
    const note = await speaker.speak("您好，我们已经收到您的请求。", "zh");
    expect(note.seconds).toBeLessThan(5);
  });

  it("refuses a language it has no voice for, and a text longer than any message, so the text goes alone", async () => {
    await expect(speaker.speak("Hallo", "de")).rejects.toMatchObject({ kind: "unsupported" });
    await expect(speaker.speak("a".repeat(5000), "it")).rejects.toMatchObject({ kind: "too-long" });
  });

  it("gives up on a note past its deadline, and the next note still comes from a fresh thread", async () => {
    const hurried = new WorkerSpeaker({ timeoutMs: 1 });
    const error = await hurried.speak(ANSWERS.it as string, "it").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).kind).toBe("timeout");
    await hurried.close();
    // The shared speaker is unaffected: each speaker has its own thread.
    const note = await speaker.speak("Grazie.", "it");
    expect(note.seconds).toBeGreaterThan(0.3);
  });

  it("ends a thread that overruns mid-note and speaks the notes queued behind it", async () => {
    const queue = new WorkerSpeaker({ timeoutMs: 60_000 });
    const first = new AbortController();
    const slow = queue.speak(ANSWERS.uk as string, "uk", { signal: first.signal });
    const next = queue.speak("Grazie.", "it");
    first.abort(new Error("the resident left"));
    await expect(slow).rejects.toMatchObject({ kind: "unavailable" });
    expect((await next).seconds).toBeGreaterThan(0.3);
    await queue.close();
  });
});

describe("the cache of notes", () => {
  /** Counts syntheses; each note is as many bytes as its text has characters. */
  function countingSpeaker(): Speaker & { calls: string[] } {
    const calls: string[] = [];
    return {
      name: "counting",
      calls,
      voice: (language) => (language === "de" ? undefined : `v-${language}`),
      speak: async (text, language): Promise<VoiceNote> => {
        calls.push(`${language}:${text}`);
        await Promise.resolve();
        return { bytes: new Uint8Array(text.length), seconds: text.length / 10 };
      },
      forget: () => {},
      close: async () => {},
    };
  }

  it("synthesises a reminder sent to forty residents once, even when they are asked for at the same time", async () => {
    const inner = countingSpeaker();
    const cache = new CachedSpeaker(inner, 10_000);
    const notes = await Promise.all(Array.from({ length: 40 }, () => cache.speak("Domani alle 10, visita a casa.", "it")));
    expect(inner.calls).toHaveLength(1);
    expect(new Set(notes).size).toBe(1);
    await cache.speak("Domani alle 10, visita a casa.", "ar");
    expect(inner.calls).toHaveLength(2);
  });

  it("stays within its size, dropping the note heard least recently", async () => {
    const inner = countingSpeaker();
    const cache = new CachedSpeaker(inner, 30);
    await cache.speak("a".repeat(10), "it");
    await cache.speak("b".repeat(10), "it");
    await cache.speak("a".repeat(10), "it"); // heard again: now the most recent
    await cache.speak("c".repeat(15), "it"); // 35 bytes: "b" goes
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 25 });
    await cache.speak("a".repeat(10), "it");
    expect(inner.calls).toHaveLength(3);
    await cache.speak("b".repeat(10), "it");
    expect(inner.calls).toHaveLength(4);
    // A note bigger than the whole cache is spoken but not kept.
    await cache.speak("d".repeat(31), "it");
    expect(cache.stats().bytes).toBeLessThanOrEqual(30);
  });

  it("erases a staff answer's note with the resident's data, and keeps the desk's own texts", async () => {
    const inner = countingSpeaker();
    const cache = new CachedSpeaker(inner, 10_000);
    await cache.speak("Il suo contratto scade il 3 marzo.", "it", { owner: 41 });
    await cache.speak("Il suo contratto scade il 3 marzo.", "it", { owner: 42 });
    await cache.speak("Benvenuto allo sportello.", "it");
    cache.forget(41);
    expect(cache.stats().entries).toBe(1);
    await cache.speak("Benvenuto allo sportello.", "it");
    expect(inner.calls).toHaveLength(2);
    await cache.speak("Il suo contratto scade il 3 marzo.", "it", { owner: 42 });
    expect(inner.calls).toHaveLength(3);
  });

  it("does not keep a failure: the next ask tries again", async () => {
    let fail = true;
    const inner = countingSpeaker();
    const flaky: Speaker = {
      ...inner,
      speak: (text, language, options) =>
        fail ? Promise.reject(new EngineError("timeout", "flaky", "slow")) : inner.speak(text, language, options),
    };
    const cache = new CachedSpeaker(flaky, 10_000);
    await expect(cache.speak("Ciao", "it")).rejects.toMatchObject({ kind: "timeout" });
    fail = false;
    await expect(cache.speak("Ciao", "it")).resolves.toMatchObject({ seconds: 0.4 });
  });
});

describe("what is read aloud of a message", () => {
  it("reads the words of the desk's HTML, without tags, marks, emoji or the Fluent isolation", () => {
    expect(spokenText("<b>Richiesta n. \u2068123\u2069</b> ricevuta ✅<br>Vi risponderemo &amp; grazie")).toBe(
      "Richiesta n. 123 ricevuta\nVi risponderemo & grazie",
    );
    expect(spokenText("🔊 Ascolta 🇮🇹 — <i>ok</i>")).toBe("Ascolta — ok");
    expect(spokenText("مرحبا \u2068أحمد\u2069")).toBe("مرحبا أحمد");
  });
});
