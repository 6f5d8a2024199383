// Contract test against the real engines of a deployment. It runs only when they are named in the environment:
//   TRANSLATION_URL=http://127.0.0.1:5000 npx vitest run tests/engines-contract.test.ts
//   TRANSLATION_ENGINE=deepl TRANSLATION_API_KEY=...:fx npx vitest run tests/engines-contract.test.ts
//   TRANSCRIPTION_URL=http://127.0.0.1:8000 TRANSCRIPTION_MODEL=Systran/faster-whisper-small \
//     TRANSCRIPTION_SAMPLE=voice.ogg [TRANSCRIPTION_SAMPLE_LANGUAGE=ar] npx vitest run tests/engines-contract.test.ts
// Nothing here runs in `npm test` unless those variables are set.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "#src/domain/policy.js";
import { missingLanguages } from "#src/domain/translation.js";
import { createTranscriber, createTranslator, type TranslationEngineName } from "#src/engines/index.js";

const env = process.env;
const engine = (env.TRANSLATION_ENGINE || (env.TRANSLATION_URL ? "libretranslate" : "off")) as TranslationEngineName;
const translationWanted = engine !== "off" && Boolean(env.TRANSLATION_URL || (engine === "deepl" && env.TRANSLATION_API_KEY));
const transcriptionWanted = Boolean(env.TRANSCRIPTION_URL);
const sample = env.TRANSCRIPTION_SAMPLE;

// Real engines on modest hardware: a cold LibreTranslate loads a model on first use, Whisper on CPU is slow.
const TRANSLATION_TIMEOUT_MS = Number(env.TRANSLATION_TIMEOUT_MS) || 30_000;
const TRANSCRIPTION_TIMEOUT_MS = Number(env.TRANSCRIPTION_TIMEOUT_MS) || 120_000;

if (!translationWanted) {
  console.info(
    "engines contract: translation skipped. Run it against a deployment with " +
      "TRANSLATION_URL=http://127.0.0.1:5000 [TRANSLATION_ENGINE=libretranslate|deepl TRANSLATION_API_KEY=...] " +
      "npx vitest run tests/engines-contract.test.ts",
  );
}
if (!transcriptionWanted) {
  console.info(
    "engines contract: transcription skipped. Run it with TRANSCRIPTION_URL=http://127.0.0.1:8000 " +
      "TRANSCRIPTION_MODEL=Systran/faster-whisper-small TRANSCRIPTION_SAMPLE=path/to/voice.ogg " +
      "npx vitest run tests/engines-contract.test.ts",
  );
}

/** Sentences a resident might write, and a script check that the answer is really in that language. */
const SENTENCES = {
  ar: { text: "أحتاج إلى مساعدة في دفع الإيجار هذا الشهر.", script: /[\u0600-\u06FF]/ },
  zh: { text: "我需要帮助支付这个月的房租。", script: /[\u4E00-\u9FFF]/ },
} as const;

describe.skipIf(!translationWanted)(`translation contract (${engine})`, () => {
  const translator = () =>
    createTranslator({
      engine,
      ...(env.TRANSLATION_URL ? { url: env.TRANSLATION_URL } : {}),
      ...(env.TRANSLATION_API_KEY ? { apiKey: env.TRANSLATION_API_KEY } : {}),
      timeoutMs: TRANSLATION_TIMEOUT_MS,
    })!;

  it("offers the desk's languages", { timeout: TRANSLATION_TIMEOUT_MS + 5_000 }, async () => {
    const missing = missingLanguages(await translator().languages(), LOCALES);
    if (engine === "deepl" && missing.includes("sq")) {
      console.warn("engines contract: DeepL offers no Albanian here; Albanian messages will be relayed untranslated.");
    }
    expect(missing.filter((code) => !(engine === "deepl" && code === "sq"))).toEqual([]);
  });

  for (const [language, { text, script }] of Object.entries(SENTENCES)) {
    it(`translates ${language} into Italian and back`, { timeout: 3 * TRANSLATION_TIMEOUT_MS }, async () => {
      const t = translator();
      const italian = await t.translate(text, language, "it");
      expect(italian.text.trim().length).toBeGreaterThan(5);
      expect(italian.text).not.toMatch(script);
      const back = await t.translate(italian.text, "it", language);
      expect(back.text).toMatch(script);
      console.info(`engines contract: ${language} → it: ${italian.text} → ${language}: ${back.text}`);
      if (t.detect) expect((await t.detect(text))?.language).toBe(language);
    });
  }
});

const MIME_TYPES: Record<string, string> = {
  ".ogg": "audio/ogg",
  ".oga": "audio/ogg",
  ".opus": "audio/ogg",
  ".mp3": "audio/mpeg",
  ".m4a": "audio/mp4",
  ".wav": "audio/wav",
  ".webm": "audio/webm",
};

describe.skipIf(!transcriptionWanted)("transcription contract", () => {
  it.skipIf(!sample)("transcribes the sample voice note (TRANSCRIPTION_SAMPLE)", { timeout: TRANSCRIPTION_TIMEOUT_MS + 5_000 }, async () => {
    const path = sample!;
    const transcriber = createTranscriber({
      url: env.TRANSCRIPTION_URL!,
      model: env.TRANSCRIPTION_MODEL || "Systran/faster-whisper-small",
      ...(env.TRANSCRIPTION_API_KEY ? { apiKey: env.TRANSCRIPTION_API_KEY } : {}),
      timeoutMs: TRANSCRIPTION_TIMEOUT_MS,
    })!;
    const audio = {
      bytes: new Uint8Array(readFileSync(path)),
      filename: basename(path),
      mimeType: MIME_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
    };
    const language = env.TRANSCRIPTION_SAMPLE_LANGUAGE;
    const transcript = await transcriber.transcribe(audio, language ? { language } : {});
    console.info(`engines contract: transcript of ${basename(path)}: ${transcript.text}`);
    expect(transcript.text.trim().length).toBeGreaterThan(0);
  });

  if (!sample) console.info("engines contract: no TRANSCRIPTION_SAMPLE (path to a short voice note), transcription case skipped.");
});
