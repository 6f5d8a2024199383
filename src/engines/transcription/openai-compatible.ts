// Transcription over the OpenAI audio API, which self-hosted Whisper servers (speaches, formerly
// faster-whisper-server) speak too: POST /v1/audio/transcriptions, multipart with file, model, language?,
// response_format. A self-hosted server keeps residents' voices on the desk's machine.
import { z } from "zod";
import { normaliseLanguage, type Transcriber, type Transcript } from "#src/domain/translation.js";
import { type Classify, classifyCommon, endpoint, expectShape, type FetchLike, requestJson } from "#src/engines/http.js";

export interface OpenAiTranscriberOptions {
  /** Base URL (http://whisper:8000, https://api.openai.com), with or without /v1, or the full endpoint. */
  url: string;
  /** e.g. "Systran/faster-whisper-small" on speaches, "whisper-1" on OpenAI. */
  model: string;
  apiKey?: string;
  /** "verbose_json" also reports the spoken language, where the server supports it (whisper-1 and Whisper servers). */
  responseFormat?: "json" | "verbose_json";
  fetch?: FetchLike;
}

const ENGINE = "transcription";

export function transcriptionEndpoint(url: string): string {
  const base = url.replace(/\/+$/, "");
  if (base.endsWith("/audio/transcriptions")) return base;
  if (base.endsWith("/v1")) return endpoint(base, "audio/transcriptions");
  return endpoint(base, "v1/audio/transcriptions");
}

/** OpenAI's verbose answer names the language in English ("arabic"); Whisper servers may give the code. */
const LANGUAGE_NAMES: Record<string, string> = {
  italian: "it",
  english: "en",
  french: "fr",
  spanish: "es",
  romanian: "ro",
  albanian: "sq",
  arabic: "ar",
  ukrainian: "uk",
  chinese: "zh",
};

const transcriptShape = z.object({ text: z.string(), language: z.string().optional() });

const classify: Classify = (status, message) => {
  if (status === 400 && /too long|duration|maximum/i.test(message)) return "too-long";
  if (status === 400 && /language/i.test(message) && /not supported|unsupported|invalid/i.test(message)) return "unsupported";
  return classifyCommon(status, message);
};

export function createOpenAiTranscriber(options: OpenAiTranscriberOptions): Transcriber {
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const url = transcriptionEndpoint(options.url);
  const responseFormat = options.responseFormat ?? "json";

  return {
    name: ENGINE,
    async transcribe(audio, { language, signal }): Promise<Transcript> {
      const form = new FormData();
      // Blob needs an ArrayBuffer-backed view; a copy also protects the caller's buffer from the upload.
      form.append("file", new Blob([new Uint8Array(audio.bytes)], { type: audio.mimeType }), audio.filename);
      form.append("model", options.model);
      form.append("response_format", responseFormat);
      // A hint (ISO 639-1, which the desk's codes are) makes short voice notes far more reliable.
      if (language) form.append("language", normaliseLanguage(language));
      const data = await requestJson({
        engine: ENGINE,
        fetch: fetchFn,
        url,
        init: {
          method: "POST",
          // No content-type here: fetch writes the multipart boundary itself.
          headers: { accept: "application/json", ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
          body: form,
          ...(signal ? { signal } : {}),
        },
        classify,
      });
      const answer = expectShape(ENGINE, transcriptShape, data, "/v1/audio/transcriptions");
      const spoken = answer.language?.toLowerCase();
      return {
        text: answer.text.trim(),
        ...(spoken ? { language: LANGUAGE_NAMES[spoken] ?? normaliseLanguage(spoken) } : {}),
      };
    },
  };
}
