// The engine layer of conversations across languages: each adapter against a fake server that speaks the real
// engine's documented API, the errors it maps, the deadline it honours, and the rules that pick a source language.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "#src/domain/policy.js";
import {
  chooseSource,
  DETECTION_THRESHOLD,
  EngineError,
  type EngineErrorKind,
  guarded,
  missingLanguages,
  normaliseConfidence,
  normaliseLanguage,
  UNSCORED_CONFIDENCE,
} from "#src/domain/translation.js";
import { createTranscriber, createTranslator, EngineSettingsError } from "#src/engines/index.js";
import { createOpenAiTranscriber, transcriptionEndpoint } from "#src/engines/transcription/openai-compatible.js";
import { createDeepL, deepLBaseUrl, toDeepLSource, toDeepLTarget } from "#src/engines/translation/deepl.js";
import { createLibreTranslate } from "#src/engines/translation/libretranslate.js";
import {
  type FakeEngine,
  type FakeFailure,
  PHRASES,
  startFakeDeepL,
  startFakeLibreTranslate,
  startFakeTranscriber,
  type TranscriptionForm,
} from "./harness/fake-engines.js";

const RENT = PHRASES[0]!;
const APPOINTMENT = PHRASES[1]!;

/** Awaits a promise that must fail with an EngineError, and returns it. */
async function engineError(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return error as EngineError;
  }
  throw new Error("expected an EngineError, the call succeeded");
}

describe("choosing the source language", () => {
  it("keeps the resident's chosen language unless detection is clearly sure of another", () => {
    expect(chooseSource("ar")).toEqual({ translate: true, from: "ar" });
    expect(chooseSource("ar", { language: "fr", confidence: 0.95 })).toEqual({ translate: true, from: "fr" });
    expect(chooseSource("ar", { language: "fr", confidence: 0.6 })).toEqual({ translate: true, from: "ar" });
    expect(chooseSource("ar", { language: "fr", confidence: DETECTION_THRESHOLD })).toEqual({ translate: true, from: "fr" });
    // An engine that names a language without scoring it never overrules the resident.
    expect(chooseSource("ar", { language: "en", confidence: UNSCORED_CONFIDENCE })).toEqual({ translate: true, from: "ar" });
  });

  it("does not translate Italian, chosen or clearly detected", () => {
    expect(chooseSource("it")).toEqual({ translate: false, language: "it", reason: "italian" });
    expect(chooseSource("zh", { language: "it", confidence: 0.97 })).toMatchObject({ translate: false });
    expect(chooseSource("it", { language: "ar", confidence: 0.99 })).toEqual({ translate: true, from: "ar" });
  });

  it("speaks the desk's codes whatever the engine's spelling and scale", () => {
    expect(["EN-GB", "en_US", "zh-Hans", "ZH", "pt-PT", "zh-Hant", "zt"].map(normaliseLanguage)).toEqual([
      "en",
      "en",
      "zh",
      "zh",
      "pt",
      "zh-hant",
      "zh-hant",
    ]);
    expect([95, 0.6, 100, 0, -3, Number.NaN].map(normaliseConfidence)).toEqual([0.95, 0.6, 1, 0, 0, 0]);
    expect(missingLanguages(new Set(["it", "en", "ar"]), ["it", "ar", "sq", "zh"])).toEqual(["sq", "zh"]);
  });
});

describe("guarded engine calls", () => {
  it("turns a call past its deadline into a timeout, even when the call ignores its signal", async () => {
    const error = await engineError(guarded("slowpoke", 30, () => new Promise<never>(() => {})));
    expect(error).toMatchObject({ kind: "timeout", engine: "slowpoke" });
  });

  it("says 'unavailable' when the caller gives up, and maps stray errors", async () => {
    const controller = new AbortController();
    const pending = guarded("engine", 5_000, (signal) => new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason))), controller.signal);
    controller.abort();
    expect(await engineError(pending)).toMatchObject({ kind: "unavailable" });
    expect(await engineError(guarded("engine", 1_000, async () => Promise.reject(new TypeError("fetch failed"))))).toMatchObject({
      kind: "unavailable",
      message: "engine: fetch failed",
    });
    const own = new EngineError("quota", "engine", "HTTP 456", { status: 456 });
    expect(await engineError(guarded("engine", 1_000, async () => Promise.reject(own)))).toBe(own);
    await expect(guarded("engine", 1_000, async () => "fine")).resolves.toBe("fine");
  });
});

/** Each failure mode of a fake server, and the kind (and status) the adapter must report for it. */
function expectFailures(
  server: () => FakeEngine,
  call: () => Promise<unknown>,
  cases: Array<[FakeFailure, EngineErrorKind, number | undefined]>,
) {
  it.each(cases)("maps %s to %s", async (mode, kind, status) => {
    server().failWith(mode);
    const error = await engineError(call());
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
  });
}

describe("LibreTranslate", () => {
  let server: FakeEngine;
  beforeAll(async () => {
    server = await startFakeLibreTranslate();
  });
  afterAll(() => server.close());
  afterEach(() => server.failWith(undefined));

  it("translates a resident's message into Italian and staff's answer back", async () => {
    const lt = createLibreTranslate({ url: server.url });
    expect(await lt.translate(RENT.ar!, "ar", "it")).toEqual({ text: RENT.it });
    expect(server.lastBody).toEqual({ q: RENT.ar, source: "ar", target: "it", format: "text" });
    expect(await lt.translate(APPOINTMENT.it!, "it", "zh")).toEqual({ text: APPOINTMENT.zh });
    // "zh" is what every LibreTranslate version accepts, even those that list "zh-Hans".
    expect(server.lastBody).toMatchObject({ source: "it", target: "zh" });
    expect((await lt.translate("Ciao a tutti", "it", "uk")).text).toBe("[uk] Ciao a tutti");
  });

  it("reports what it detected when asked to find the source itself, on a 0–1 scale", async () => {
    const lt = createLibreTranslate({ url: server.url });
    expect(await lt.translate(RENT.zh!, "auto", "it")).toEqual({ text: RENT.it, detected: { language: "zh", confidence: 0.95 } });
    expect(server.lastBody).toMatchObject({ source: "auto" });
  });

  it("detects languages, and says nothing when it cannot tell", async () => {
    const lt = createLibreTranslate({ url: server.url });
    expect(await lt.detect!(APPOINTMENT.zh!)).toEqual({ language: "zh", confidence: 0.95 });
    expect(await lt.detect!("مرحبا، أريد موعدا من فضلك")).toEqual({ language: "ar", confidence: 0.9 });
    expect(await lt.detect!("ok")).toBeUndefined();
  });

  it("does not call the engine to translate a language into itself", async () => {
    const lt = createLibreTranslate({ url: server.url });
    const before = server.calls;
    expect(await lt.translate("Buongiorno", "it", "it")).toEqual({ text: "Buongiorno" });
    expect(server.calls).toBe(before);
  });

  it("lists the languages it has, in the desk's spelling, and asks only once", async () => {
    const lt = createLibreTranslate({ url: server.url });
    const before = server.callsTo("/languages");
    const languages = await lt.languages();
    expect([...languages].sort()).toEqual([...LOCALES].sort());
    await lt.languages();
    expect(server.callsTo("/languages")).toBe(before + 1);
  });

  it("asks for the languages again after a failure instead of remembering it", async () => {
    const lt = createLibreTranslate({ url: server.url });
    server.failWith("server-error");
    expect((await engineError(lt.languages())).kind).toBe("unavailable");
    server.failWith(undefined);
    expect((await lt.languages()).has("ar")).toBe(true);
  });

  it("understands servers from before 1.7, which spell Chinese 'zh'", async () => {
    const old = await startFakeLibreTranslate({ chineseCode: "zh", languages: ["it", "en", "zh"] });
    try {
      const lt = createLibreTranslate({ url: old.url });
      expect([...(await lt.languages())].sort()).toEqual(["en", "it", "zh"]);
      expect(missingLanguages(await lt.languages(), LOCALES)).toEqual(["fr", "es", "ro", "sq", "ar", "uk"]);
      expect(await lt.translate(RENT.zh!, "zh", "it")).toEqual({ text: RENT.it });
      const error = await engineError(lt.translate(RENT.ar!, "ar", "it"));
      expect(error).toMatchObject({ kind: "unsupported", status: 400 });
    } finally {
      await old.close();
    }
  });

  it("sends the API key when the server wants one, and reports a missing or wrong key as auth", async () => {
    const guarded = await startFakeLibreTranslate({ apiKey: "desk-key" });
    try {
      expect(await createLibreTranslate({ url: guarded.url, apiKey: "desk-key" }).translate(RENT.ro!, "ro", "it")).toEqual({ text: RENT.it });
      expect(guarded.lastBody).toMatchObject({ api_key: "desk-key" });
      expect(await engineError(createLibreTranslate({ url: guarded.url }).translate("x", "ro", "it"))).toMatchObject({ kind: "auth", status: 400 });
      expect(await engineError(createLibreTranslate({ url: guarded.url, apiKey: "nope" }).translate("x", "ro", "it"))).toMatchObject({ kind: "auth", status: 403 });
    } finally {
      await guarded.close();
    }
  });

  expectFailures(
    () => server,
    () => createLibreTranslate({ url: server.url }).translate(RENT.ar!, "ar", "it"),
    [
      ["unsupported", "unsupported", 400],
      ["bad-key", "auth", 403],
      ["rate-limited", "quota", 429],
      ["quota", "quota", 429],
      ["too-long", "too-long", 400],
      ["server-error", "unavailable", 500],
      ["malformed", "bad-response", 200],
      ["wrong-shape", "bad-response", undefined],
      ["hang-up", "unavailable", undefined],
    ],
  );

  it("reports an engine that is not there as unavailable", async () => {
    const gone = await startFakeLibreTranslate();
    await gone.close();
    expect(await engineError(createLibreTranslate({ url: gone.url }).translate("x", "ar", "it"))).toMatchObject({ kind: "unavailable" });
  });
});

describe("DeepL", () => {
  const apiKey = "test-key:fx";
  let server: FakeEngine;
  beforeAll(async () => {
    server = await startFakeDeepL({ apiKey });
  });
  afterAll(() => server.close());
  afterEach(() => server.failWith(undefined));

  it("picks the free or pro endpoint from the key, and speaks DeepL's codes", () => {
    expect(deepLBaseUrl("abc:fx")).toBe("https://api-free.deepl.com");
    expect(deepLBaseUrl("abc")).toBe("https://api.deepl.com");
    expect(["en", "zh", "pt", "ar", "uk", "it"].map(toDeepLTarget)).toEqual(["EN-GB", "ZH-HANS", "PT-PT", "AR", "UK", "IT"]);
    expect(["en", "zh", "ar", "EN-GB"].map(toDeepLSource)).toEqual(["EN", "ZH", "AR", "EN"]);
  });

  it("translates both ways with the key in the Authorization header", async () => {
    const deepl = createDeepL({ apiKey, url: server.url });
    expect(await deepl.translate(RENT.ar!, "ar", "it")).toEqual({ text: RENT.it });
    expect(server.lastBody).toEqual({ text: [RENT.ar], source_lang: "AR", target_lang: "IT" });
    expect(server.requests.at(-1)?.headers.authorization).toBe(`DeepL-Auth-Key ${apiKey}`);
    expect(await deepl.translate(APPOINTMENT.it!, "it", "zh")).toEqual({ text: APPOINTMENT.zh });
    expect(server.lastBody).toMatchObject({ source_lang: "IT", target_lang: "ZH-HANS" });
    expect(await deepl.translate(RENT.it!, "it", "en")).toEqual({ text: RENT.en });
    expect(server.lastBody).toMatchObject({ target_lang: "EN-GB" });
  });

  it("names the detected source but, with no score from DeepL, never a decisive one", async () => {
    const deepl = createDeepL({ apiKey, url: server.url });
    const result = await deepl.translate(RENT.zh!, "auto", "it");
    expect(result).toEqual({ text: RENT.it, detected: { language: "zh", confidence: UNSCORED_CONFIDENCE } });
    expect(server.lastBody).not.toHaveProperty("source_lang");
    expect(deepl.detect).toBeUndefined();
  });

  it("lists its languages: without Albanian on the pre-2026 list, with it since", async () => {
    const languages = await createDeepL({ apiKey, url: server.url }).languages();
    expect(missingLanguages(languages, LOCALES)).toEqual(["sq"]);
    const current = await startFakeDeepL({ apiKey, albanian: true });
    try {
      expect(missingLanguages(await createDeepL({ apiKey, url: current.url }).languages(), LOCALES)).toEqual([]);
    } finally {
      await current.close();
    }
  });

  it("falls back to /v2/languages where /v3/languages is missing", async () => {
    const older = await startFakeDeepL({ apiKey, v3Languages: false });
    try {
      const deepl = createDeepL({ apiKey, url: older.url });
      expect(missingLanguages(await deepl.languages(), LOCALES)).toEqual(["sq"]);
      await deepl.languages();
      expect(older.callsTo("/v3/languages")).toBe(1);
      expect(older.callsTo("/v2/languages")).toBe(2);
    } finally {
      await older.close();
    }
  });

  it("reports a language DeepL refuses as unsupported", async () => {
    const error = await engineError(createDeepL({ apiKey, url: server.url }).translate(RENT.it!, "it", "sq"));
    expect(error).toMatchObject({ kind: "unsupported", status: 400 });
    expect(error.message).toContain("target_lang");
  });

  it("reports a wrong key as auth", async () => {
    const error = await engineError(createDeepL({ apiKey: "wrong:fx", url: server.url }).translate("x", "ar", "it"));
    expect(error).toMatchObject({ kind: "auth", status: 403 });
  });

  expectFailures(
    () => server,
    () => createDeepL({ apiKey, url: server.url }).translate(RENT.ar!, "ar", "it"),
    [
      ["quota", "quota", 456],
      ["rate-limited", "quota", 429],
      ["bad-key", "auth", 403],
      ["unsupported", "unsupported", 400],
      ["too-long", "too-long", 413],
      ["server-error", "unavailable", 503],
      ["malformed", "bad-response", 200],
      ["wrong-shape", "bad-response", undefined],
    ],
  );
});

describe("transcription (OpenAI-compatible)", () => {
  const voice = (text: string) => ({ bytes: new TextEncoder().encode(text), filename: "voice.ogg", mimeType: "audio/ogg" });
  let server: FakeEngine;
  beforeAll(async () => {
    server = await startFakeTranscriber({ apiKey: "whisper-key", models: ["Systran/faster-whisper-small"] });
  });
  afterAll(() => server.close());
  afterEach(() => server.failWith(undefined));

  const transcriber = (options: { apiKey?: string; model?: string; responseFormat?: "json" | "verbose_json" } = {}) =>
    createOpenAiTranscriber({
      url: server.url,
      model: options.model ?? "Systran/faster-whisper-small",
      apiKey: options.apiKey ?? "whisper-key",
      ...(options.responseFormat ? { responseFormat: options.responseFormat } : {}),
    });

  it("finds the endpoint from a base URL, a /v1 URL or the full path", () => {
    expect(transcriptionEndpoint("http://whisper:8000")).toBe("http://whisper:8000/v1/audio/transcriptions");
    expect(transcriptionEndpoint("https://api.openai.com/v1/")).toBe("https://api.openai.com/v1/audio/transcriptions");
    expect(transcriptionEndpoint("http://w/v1/audio/transcriptions")).toBe("http://w/v1/audio/transcriptions");
  });

  it("uploads the voice note as multipart with the model and the language hint", async () => {
    const result = await transcriber().transcribe(voice(` ${RENT.ar} `), { language: "ar" });
    expect(result).toEqual({ text: RENT.ar });
    const form = server.lastBody as TranscriptionForm;
    expect(form).toMatchObject({
      model: "Systran/faster-whisper-small",
      language: "ar",
      responseFormat: "json",
      filename: "voice.ogg",
      mimeType: "audio/ogg",
      size: new TextEncoder().encode(` ${RENT.ar} `).length,
    });
    expect(form.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.requests.at(-1)?.headers.authorization).toBe("Bearer whisper-key");
  });

  it("sends no language when there is no hint, and reads the spoken language from a verbose answer", async () => {
    await transcriber().transcribe(voice("hello"), {});
    expect(server.lastBody).not.toHaveProperty("language");
    expect(await transcriber({ responseFormat: "verbose_json" }).transcribe(voice(RENT.zh!), { language: "zh" })).toEqual({
      text: RENT.zh,
      language: "zh",
    });
  });

  it("reports a wrong key as auth and an unknown model as unavailable", async () => {
    expect(await engineError(transcriber({ apiKey: "nope" }).transcribe(voice("x"), {}))).toMatchObject({ kind: "auth", status: 401 });
    expect(await engineError(transcriber({ model: "whisper-9" }).transcribe(voice("x"), {}))).toMatchObject({
      kind: "unavailable",
      status: 404,
    });
  });

  expectFailures(
    () => server,
    () => transcriber().transcribe(voice("x"), { language: "sq" }),
    [
      ["too-long", "too-long", 413],
      ["quota", "quota", 429],
      ["unsupported", "unsupported", 400],
      ["bad-key", "auth", 401],
      ["server-error", "unavailable", 500],
      ["malformed", "bad-response", 200],
      ["wrong-shape", "bad-response", undefined],
    ],
  );
});

describe("engines built from settings", () => {
  it("builds nothing when off or without a URL, and refuses settings that cannot work", () => {
    expect(createTranslator({ engine: "off", timeoutMs: 1_000 })).toBeUndefined();
    expect(createTranscriber({ model: "whisper-1", timeoutMs: 1_000 })).toBeUndefined();
    expect(() => createTranslator({ engine: "libretranslate", timeoutMs: 1_000 })).toThrow(EngineSettingsError);
    expect(() => createTranslator({ engine: "deepl", timeoutMs: 1_000 })).toThrow(/TRANSLATION_API_KEY/);
    expect(createTranslator({ engine: "deepl", apiKey: "k:fx", timeoutMs: 1_000 })?.name).toBe("deepl");
  });

  it("gives up on a slow engine at the deadline, for every engine", async () => {
    const [lt, deepl, whisper] = await Promise.all([startFakeLibreTranslate(), startFakeDeepL({ apiKey: "k:fx" }), startFakeTranscriber()]);
    try {
      for (const fake of [lt, deepl, whisper]) fake.failWith("slow");
      const translators = [
        createTranslator({ engine: "libretranslate", url: lt.url, timeoutMs: 200 })!,
        createTranslator({ engine: "deepl", url: deepl.url, apiKey: "k:fx", timeoutMs: 200 })!,
      ];
      const transcriber = createTranscriber({ url: whisper.url, model: "whisper-1", timeoutMs: 200 })!;
      const started = Date.now();
      const errors = await Promise.all([
        ...translators.map((t) => engineError(t.translate(RENT.ar!, "ar", "it"))),
        engineError(translators[0]!.detect!(RENT.ar!)),
        engineError(translators[1]!.languages()),
        engineError(transcriber.transcribe({ bytes: new Uint8Array([1, 2, 3]), filename: "v.ogg", mimeType: "audio/ogg" }, {})),
      ]);
      const elapsed = Date.now() - started;
      expect(errors.map((e) => e.kind)).toEqual(["timeout", "timeout", "timeout", "timeout", "timeout"]);
      expect(errors.map((e) => e.engine)).toEqual(["libretranslate", "deepl", "libretranslate", "deepl", "transcription"]);
      expect(elapsed).toBeGreaterThanOrEqual(190);
      expect(elapsed).toBeLessThan(900);
      // The same engines answer again once they are quick.
      for (const fake of [lt, deepl, whisper]) fake.failWith(undefined);
      expect(await translators[0]!.translate(RENT.ar!, "ar", "it")).toEqual({ text: RENT.it });
      expect(await translators[1]!.translate(RENT.ar!, "ar", "it")).toEqual({ text: RENT.it });
    } finally {
      await Promise.all([lt.close(), deepl.close(), whisper.close()]);
    }
  });

  it("lets the caller cancel a call before the deadline", async () => {
    const lt = await startFakeLibreTranslate();
    try {
      lt.failWith("slow");
      const translator = createTranslator({ engine: "libretranslate", url: lt.url, timeoutMs: 5_000 })!;
      const error = await engineError(translator.translate(RENT.ar!, "ar", "it", AbortSignal.timeout(50)));
      // The caller's own deadline is a timeout too.
      expect(error.kind).toBe("timeout");
      const controller = new AbortController();
      const pending = translator.translate(RENT.ar!, "ar", "it", controller.signal);
      controller.abort();
      expect((await engineError(pending)).kind).toBe("unavailable");
    } finally {
      await lt.close();
    }
  });
});
