// LibreTranslate (self-hosted, Argos models): the recommended engine, since residents' messages stay on the desk's
// own server. API: POST /translate, POST /detect, GET /languages; errors are {"error": "..."}.
import { z } from "zod";
import {
  type Detection,
  normaliseConfidence,
  normaliseLanguage,
  type Translation,
  type Translator,
} from "#src/domain/translation.js";
import { type Classify, classifyCommon, endpoint, expectShape, type FetchLike, requestJson } from "#src/engines/http.js";
import { rememberSuccess } from "#src/engines/remember.js";

export interface LibreTranslateOptions {
  /** Base URL, e.g. http://libretranslate:5000 */
  url: string;
  /** Only for instances started with --api-keys (libretranslate.com, or a shared server). */
  apiKey?: string;
  fetch?: FetchLike;
}

const ENGINE = "libretranslate";
/** The language list is small and cheap; a cold engine still answers it within seconds. */
const LANGUAGES_TIMEOUT_MS = 10_000;

const languagesShape = z.array(z.object({ code: z.string(), name: z.string().optional(), targets: z.array(z.string()).optional() }));
const detectionShape = z.object({ language: z.string(), confidence: z.number() });
const translateShape = z.object({ translatedText: z.string(), detectedLanguage: detectionShape.optional() });
const detectShape = z.array(detectionShape);

/**
 * The desk's code as LibreTranslate accepts it. Recent versions list Chinese as "zh-Hans" but accept "zh" too
 * (it is the model's own code), while versions before 1.7 know only "zh": so "zh" is sent everywhere.
 */
export function toLibreTranslateCode(desk: string): string {
  return normaliseLanguage(desk);
}

/** LibreTranslate answers 400 for most refusals; its message says which. */
const classify: Classify = (status, message) => {
  if (status === 400 && /exceeds text limit/i.test(message)) return "too-long";
  if (status === 400 && /api key/i.test(message)) return "auth";
  if (status === 400 && /not supported|not available as a target/i.test(message)) return "unsupported";
  return classifyCommon(status, message);
};

function toDetection(raw: { language: string; confidence: number }): Detection {
  return { language: normaliseLanguage(raw.language), confidence: normaliseConfidence(raw.confidence) };
}

export function createLibreTranslate(options: LibreTranslateOptions): Translator {
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const withKey = (body: Record<string, unknown>) => (options.apiKey ? { ...body, api_key: options.apiKey } : body);

  const post = (path: string, body: Record<string, unknown>, signal?: AbortSignal) =>
    requestJson({
      engine: ENGINE,
      fetch: fetchFn,
      url: endpoint(options.url, path),
      init: {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(withKey(body)),
        ...(signal ? { signal } : {}),
      },
      classify,
    });

  const languages = rememberSuccess(async () => {
    const data = await requestJson({
      engine: ENGINE,
      fetch: fetchFn,
      url: endpoint(options.url, "languages"),
      init: { method: "GET", headers: { accept: "application/json" }, signal: AbortSignal.timeout(LANGUAGES_TIMEOUT_MS) },
      classify,
    });
    const list = expectShape(ENGINE, languagesShape, data, "/languages");
    return new Set(list.map((entry) => normaliseLanguage(entry.code)));
  });

  return {
    name: ENGINE,
    languages,

    async translate(text, from, to, signal): Promise<Translation> {
      const target = toLibreTranslateCode(to);
      const source = from === "auto" ? "auto" : toLibreTranslateCode(from);
      // Asking an engine to translate a language into itself is an error on LibreTranslate; it is also pointless.
      if (source === target) return { text };
      const data = await post("translate", { q: text, source, target, format: "text" }, signal);
      const answer = expectShape(ENGINE, translateShape, data, "/translate");
      return {
        text: answer.translatedText,
        ...(from === "auto" && answer.detectedLanguage ? { detected: toDetection(answer.detectedLanguage) } : {}),
      };
    },

    async detect(text, signal) {
      const data = await post("detect", { q: text }, signal);
      const candidates = expectShape(ENGINE, detectShape, data, "/detect");
      const best = candidates.reduce<(typeof candidates)[number] | undefined>(
        (top, c) => (top === undefined || c.confidence > top.confidence ? c : top),
        undefined,
      );
      // LibreTranslate says "en" with confidence 0 when it cannot tell: that is no detection at all.
      if (!best || best.confidence <= 0) return undefined;
      return toDetection(best);
    },
  };
}
