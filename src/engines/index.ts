// Builds the engines from plain settings (parsed from the environment by config.ts): undefined means "no engine",
// and the desk then relays messages as they are.
import type { Speaker } from "#src/domain/speech.js";
import type { Transcriber, Translator } from "#src/domain/translation.js";
import type { FetchLike } from "./http.js";
import { CachedSpeaker } from "./speech/cached-speaker.js";
import { WorkerSpeaker } from "./speech/worker-speaker.js";
import { createOpenAiTranscriber } from "./transcription/openai-compatible.js";
import { createDeepL } from "./translation/deepl.js";
import { createLibreTranslate } from "./translation/libretranslate.js";
import { transcriberWithTimeout, translatorWithTimeout } from "./with-timeout.js";

export type TranslationEngineName = "off" | "libretranslate" | "deepl";

export interface TranslationSettings {
  engine: TranslationEngineName;
  /** LibreTranslate: required. DeepL: optional, chosen from the key (free or pro) when absent. */
  url?: string;
  apiKey?: string;
  timeoutMs: number;
  /** Tests only. */
  fetch?: FetchLike;
}

export interface TranscriptionSettings {
  /** No URL, no transcription. */
  url?: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  fetch?: FetchLike;
}

/** Thrown for settings that name an engine but cannot reach it; config.ts should catch these first. */
export class EngineSettingsError extends Error {
  override readonly name = "EngineSettingsError";
}

export function createTranslator(settings: TranslationSettings): Translator | undefined {
  const fetchOption = settings.fetch ? { fetch: settings.fetch } : {};
  switch (settings.engine) {
    case "off":
      return undefined;
    case "libretranslate":
      if (!settings.url) throw new EngineSettingsError("TRANSLATION_URL is required with TRANSLATION_ENGINE=libretranslate");
      return translatorWithTimeout(
        createLibreTranslate({ url: settings.url, ...(settings.apiKey ? { apiKey: settings.apiKey } : {}), ...fetchOption }),
        settings.timeoutMs,
      );
    case "deepl":
      if (!settings.apiKey) throw new EngineSettingsError("TRANSLATION_API_KEY is required with TRANSLATION_ENGINE=deepl");
      return translatorWithTimeout(
        createDeepL({ apiKey: settings.apiKey, ...(settings.url ? { url: settings.url } : {}), ...fetchOption }),
        settings.timeoutMs,
      );
  }
}

export function createTranscriber(settings: TranscriptionSettings): Transcriber | undefined {
  if (!settings.url) return undefined;
  if (!settings.model) throw new EngineSettingsError("TRANSCRIPTION_MODEL is required with TRANSCRIPTION_URL");
  return transcriberWithTimeout(
    createOpenAiTranscriber({
      url: settings.url,
      model: settings.model,
      ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
      ...(settings.fetch ? { fetch: settings.fetch } : {}),
    }),
    settings.timeoutMs,
  );
}

export interface SpeechSettings {
  engine: "off" | "espeak";
  timeoutMs: number;
  cacheBytes: number;
}

/** eSpeak NG in a worker thread behind a bounded cache; the thread starts with the first note, not with the desk. */
export function createSpeaker(settings: SpeechSettings): Speaker | undefined {
  if (settings.engine === "off") return undefined;
  return new CachedSpeaker(new WorkerSpeaker({ timeoutMs: settings.timeoutMs }), settings.cacheBytes);
}

export { EngineError, isEngineError } from "#src/domain/translation.js";
