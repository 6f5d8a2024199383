// DeepL API (a hosted service: residents' messages leave the desk's server, so it is opt-in). Text goes to
// POST /v2/translate with the key in the Authorization header (DeepL refuses keys in the body since 2026). Free keys
// end in ":fx" and live on api-free.deepl.com.
import { z } from "zod";
import {
  isEngineError,
  normaliseLanguage,
  type Translation,
  type Translator,
  UNSCORED_CONFIDENCE,
} from "#src/domain/translation.js";
import { type Classify, classifyCommon, endpoint, expectShape, type FetchLike, requestJson } from "#src/engines/http.js";
import { rememberSuccess } from "#src/engines/remember.js";

export interface DeepLOptions {
  apiKey: string;
  /** Defaults from the key: https://api-free.deepl.com for ":fx" keys, else https://api.deepl.com */
  url?: string;
  fetch?: FetchLike;
}

const ENGINE = "deepl";
const LANGUAGES_TIMEOUT_MS = 10_000;

export function deepLBaseUrl(apiKey: string): string {
  return apiKey.trim().endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com";
}

/**
 * Target codes: DeepL wants a variant for English, Portuguese and Chinese ("EN" and "ZH" alone are deprecated);
 * the desk's residents are in Italy, so British English and European Portuguese are the closer choices.
 */
const TARGET_VARIANTS: Record<string, string> = { en: "EN-GB", pt: "PT-PT", zh: "ZH-HANS", "zh-hant": "ZH-HANT" };

export function toDeepLTarget(desk: string): string {
  const code = normaliseLanguage(desk);
  return TARGET_VARIANTS[code] ?? code.toUpperCase();
}

/** Source codes are base languages only ("EN", "ZH"): DeepL refuses a variant as source_lang. */
export function toDeepLSource(desk: string): string {
  return (normaliseLanguage(desk).split("-")[0] ?? desk).toUpperCase();
}

const translateShape = z.object({
  translations: z.array(z.object({ detected_source_language: z.string().optional(), text: z.string() })).min(1),
});
const v3LanguagesShape = z.array(
  z.object({ lang: z.string(), usable_as_source: z.boolean().optional(), usable_as_target: z.boolean().optional() }),
);
const v2LanguagesShape = z.array(z.object({ language: z.string() }));

/** 456 is DeepL's "quota exceeded"; 400 names the refused parameter ("Value for 'target_lang' not supported."). */
const classify: Classify = (status, message) => {
  if (status === 456) return "quota";
  if (status === 414) return "too-long";
  if (status === 400 && /not supported|target_lang|source_lang/i.test(message)) return "unsupported";
  return classifyCommon(status, message);
};

export function createDeepL(options: DeepLOptions): Translator {
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.url ?? deepLBaseUrl(options.apiKey);
  const headers = { authorization: `DeepL-Auth-Key ${options.apiKey}`, accept: "application/json" };

  const get = (path: string, signal: AbortSignal) =>
    requestJson({ engine: ENGINE, fetch: fetchFn, url: endpoint(base, path), init: { method: "GET", headers, signal }, classify });

  // /v3/languages (2026) lists every language with its directions, including those made generally available in
  // January 2026 (Albanian among them); /v2/languages is deprecated and may omit new languages, so it is only the
  // fallback for servers and proxies that lack v3. A language counts when the desk can translate into and out of it.
  const languages = rememberSuccess(async () => {
    const signal = AbortSignal.timeout(LANGUAGES_TIMEOUT_MS);
    let sources: string[];
    let targets: string[];
    try {
      const list = expectShape(ENGINE, v3LanguagesShape, await get("v3/languages?resource=translate_text", signal), "/v3/languages");
      sources = list.filter((l) => l.usable_as_source !== false).map((l) => l.lang);
      targets = list.filter((l) => l.usable_as_target !== false).map((l) => l.lang);
    } catch (error) {
      if (!(isEngineError(error) && error.status === 404)) throw error;
      const [source, target] = await Promise.all([
        get("v2/languages?type=source", signal),
        get("v2/languages?type=target", signal),
      ]);
      sources = expectShape(ENGINE, v2LanguagesShape, source, "/v2/languages").map((l) => l.language);
      targets = expectShape(ENGINE, v2LanguagesShape, target, "/v2/languages").map((l) => l.language);
    }
    const into = new Set(targets.map(normaliseLanguage));
    return new Set(sources.map(normaliseLanguage).filter((code) => into.has(code)));
  });

  return {
    name: ENGINE,
    languages,

    async translate(text, from, to, signal): Promise<Translation> {
      if (from !== "auto" && normaliseLanguage(from) === normaliseLanguage(to)) return { text };
      const body = {
        text: [text],
        target_lang: toDeepLTarget(to),
        ...(from === "auto" ? {} : { source_lang: toDeepLSource(from) }),
      };
      const data = await requestJson({
        engine: ENGINE,
        fetch: fetchFn,
        url: endpoint(base, "v2/translate"),
        init: {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify(body),
          ...(signal ? { signal } : {}),
        },
        classify,
      });
      // The shape requires at least one translation, and one text was sent.
      const first = expectShape(ENGINE, translateShape, data, "/v2/translate").translations[0]!;
      const detected = first.detected_source_language;
      return {
        text: first.text,
        // DeepL names the language it detected but gives no score: never enough to overrule a resident's choice.
        ...(from === "auto" && detected
          ? { detected: { language: normaliseLanguage(detected), confidence: UNSCORED_CONFIDENCE } }
          : {}),
      };
    },
    // No detect(): DeepL's /v3/detect/language is an opt-in beta, so with DeepL the resident's choice decides.
  };
}
