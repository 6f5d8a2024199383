// Fake engines for tests: real HTTP servers on loopback that speak the documented shapes of LibreTranslate, DeepL
// and the OpenAI transcription endpoint. "Translation" is a phrase book (else a marker "[it] text"); each server can
// be told to fail the way the real one does (400 unsupported, 403 bad key, 429/456 quota, 500, too slow, bad JSON).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The same sentence in the desk's languages: what the fake engines "know" how to translate. */
export const PHRASES: ReadonlyArray<Readonly<Record<string, string>>> = [
  {
    it: "Ho bisogno di aiuto con l'affitto.",
    en: "I need help with the rent.",
    fr: "J'ai besoin d'aide pour le loyer.",
    es: "Necesito ayuda con el alquiler.",
    ro: "Am nevoie de ajutor cu chiria.",
    sq: "Kam nevojë për ndihmë me qiranë.",
    ar: "أحتاج إلى مساعدة في دفع الإيجار.",
    uk: "Мені потрібна допомога з орендою.",
    zh: "我需要房租方面的帮助。",
  },
  {
    it: "L'appuntamento è giovedì alle 10.",
    en: "The appointment is on Thursday at 10.",
    ar: "الموعد يوم الخميس الساعة العاشرة.",
    zh: "预约在星期四上午十点。",
  },
  {
    // An engine that slips a right-to-left override into its answer (a poisoned model, or a text it learnt from).
    it: "Il modulo è nel file modulo.pdf",
    ar: "النموذج موجود في الملف \u202Efdp.oludom",
  },
  {
    // The contract test's sentences, so that it can be tried against these fakes too.
    it: "Ho bisogno di aiuto per pagare l'affitto questo mese.",
    ar: "أحتاج إلى مساعدة في دفع الإيجار هذا الشهر.",
    zh: "我需要帮助支付这个月的房租。",
  },
];

/** What a runaway engine answers: 2 MB of text. */
export const RUNAWAY = "ancora ".repeat(300_000);

export type FakeFailure =
  | "unsupported"
  | "bad-key"
  | "rate-limited"
  | "quota"
  | "too-long"
  | "server-error"
  | "slow"
  | "malformed"
  | "wrong-shape"
  | "hang-up"
  /** 200 with an answer of 2 MB, whatever was asked (a model stuck in a loop). */
  | "runaway";

export interface RecordedRequest {
  method: string;
  /** Path with its query string, e.g. "/v2/languages?type=source". */
  path: string;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  /** The parsed body: JSON, or the fields of a multipart form. */
  body: unknown;
}

export interface FakeEngine {
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  readonly calls: number;
  callsTo(path: string): number;
  readonly lastBody: unknown;
  /** Fail every request this way from now on (undefined: behave). "slow" waits `delayMs`, then answers normally. */
  failWith(mode: FakeFailure | undefined): void;
  delayMs: number;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  json?: unknown;
  raw?: string;
}

/** What each engine answers for each failure mode; undefined means "answer normally". */
type FailureReplies = Partial<Record<FakeFailure, Reply>>;

const COMMON_FAILURES: FailureReplies = {
  "server-error": { status: 500, json: { error: "Internal Server Error" } },
  malformed: { status: 200, raw: '{"translatedText": "unterminated' },
};

/** Serves `handle` on 127.0.0.1:0, recording requests and applying the failure mode first. */
async function serve(
  failures: FailureReplies,
  handle: (request: RecordedRequest) => Reply | Promise<Reply>,
  parse: (request: RecordedRequest) => Promise<unknown>,
): Promise<FakeEngine> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let failure: FakeFailure | undefined;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "GET",
        path: req.url ?? "/",
        headers: req.headers,
        raw: Buffer.concat(chunks),
        body: undefined,
      };
      try {
        recorded.body = await parse(recorded);
      } catch {
        recorded.body = recorded.raw.toString("utf8");
      }
      requests.push(recorded);
      const mode = failure;
      if (mode === "hang-up") {
        req.socket.destroy();
        return;
      }
      if (mode === "slow") {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, engine.delayMs);
          timers.add(timer);
        });
        if (res.destroyed) return;
      }
      // A runaway model answers the work asked of it (a translation, a transcript), not language detection or lists.
      const runawayHere = mode !== "runaway" || /\/(translate|transcriptions)$/.test(recorded.path.split("?")[0]!);
      const scripted = mode && mode !== "slow" && runawayHere ? (failures[mode] ?? COMMON_FAILURES[mode]) : undefined;
      const reply = scripted ?? (await handle(recorded));
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(reply.raw ?? JSON.stringify(reply.json ?? null));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const engine: FakeEngine = {
    url: `http://127.0.0.1:${port}`,
    requests,
    get calls() {
      return requests.length;
    },
    callsTo: (path) => requests.filter((r) => r.path.split("?")[0] === path).length,
    get lastBody() {
      return requests.at(-1)?.body;
    },
    failWith(mode) {
      failure = mode;
    },
    delayMs: 1_000,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return engine;
}

const parseJson = async (request: RecordedRequest): Promise<unknown> =>
  request.raw.length ? JSON.parse(request.raw.toString("utf8")) : undefined;

/** The phrase-book translation; text it does not know comes back marked with the target language. */
function translateText(text: string, source: string | undefined, target: string): string {
  for (const phrase of PHRASES) {
    const known = source ? phrase[source] === text : Object.values(phrase).includes(text);
    if (known) return phrase[target] ?? `[${target}] ${text}`;
  }
  return `[${target}] ${text}`;
}

/** A deterministic guess in LibreTranslate's 0–100 scale: phrase book first, then the script. */
function detectText(text: string): { language: string; confidence: number } {
  for (const phrase of PHRASES) {
    for (const [language, known] of Object.entries(phrase)) if (known === text) return { language, confidence: 95 };
  }
  if (/[\u0600-\u06FF]/.test(text)) return { language: "ar", confidence: 90 };
  if (/[\u4E00-\u9FFF]/.test(text)) return { language: "zh", confidence: 90 };
  if (/[\u0400-\u04FF]/.test(text)) return { language: "uk", confidence: 60 };
  // What LibreTranslate says when it cannot tell.
  return { language: "en", confidence: 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// LibreTranslate: POST /translate {q, source, target, format, api_key} → {translatedText, detectedLanguage?};
// POST /detect {q} → [{confidence, language}] (0–100); GET /languages → [{code, name, targets}]; errors {"error"}.

export interface FakeLibreTranslateOptions {
  /** Installed languages; default the desk's nine. */
  languages?: string[];
  /** How the server spells Chinese: "zh-Hans" since LibreTranslate 1.7, "zh" before. */
  chineseCode?: "zh" | "zh-Hans";
  /** When set, requests must carry this api_key. */
  apiKey?: string;
}

export async function startFakeLibreTranslate(options: FakeLibreTranslateOptions = {}): Promise<FakeEngine> {
  const chinese = options.chineseCode ?? "zh-Hans";
  const installed = (options.languages ?? ["it", "en", "fr", "es", "ro", "sq", "ar", "uk", "zh"]).map((c) =>
    c === "zh" ? chinese : c,
  );
  // The server accepts "zh" and "zh-Hans" alike (its iso2model), and answers with its own spelling.
  const model = (code: string) => (code.toLowerCase() === "zh-hans" ? "zh" : code.toLowerCase());
  const iso = (code: string) => (code === "zh" ? chinese : code);
  const has = (code: string) => installed.some((c) => model(c) === model(code));
  const failures: FailureReplies = {
    unsupported: { status: 400, json: { error: "xx is not supported" } },
    "bad-key": { status: 403, json: { error: "Invalid API key" } },
    "rate-limited": { status: 429, json: { error: "Slowdown: 30 per 1 minute" } },
    quota: { status: 429, json: { error: "Too many request limits violations" } },
    "too-long": { status: 400, json: { error: "Invalid request: request (5001) exceeds text limit (5000)" } },
    "server-error": { status: 500, json: { error: "Cannot translate text: model crashed" } },
    "wrong-shape": { status: 200, json: { translation: "?" } },
    runaway: { status: 200, json: { translatedText: RUNAWAY } },
  };

  const checkKey = (body: Record<string, unknown>): Reply | undefined => {
    if (!options.apiKey) return undefined;
    if (body.api_key === undefined) return { status: 400, json: { error: "Please contact the server operator to get an API key" } };
    if (body.api_key !== options.apiKey) return { status: 403, json: { error: "Invalid API key" } };
    return undefined;
  };

  return serve(failures, (request) => {
    const path = request.path.split("?")[0];
    if (request.method === "GET" && path === "/languages") {
      return { status: 200, json: installed.map((code) => ({ code, name: code, targets: installed })) };
    }
    const body = (request.body ?? {}) as Record<string, unknown>;
    const refused = checkKey(body);
    if (refused) return refused;
    const q = typeof body.q === "string" ? body.q : "";
    if (request.method === "POST" && path === "/detect") {
      if (!q) return { status: 400, json: { error: "Invalid request: missing q parameter" } };
      const guess = detectText(q);
      return { status: 200, json: [{ confidence: guess.confidence, language: iso(guess.language) }] };
    }
    if (request.method === "POST" && path === "/translate") {
      const source = String(body.source ?? "");
      const target = String(body.target ?? "");
      if (!q) return { status: 400, json: { error: "Invalid request: missing q parameter" } };
      if (body.format !== undefined && body.format !== "text" && body.format !== "html") {
        return { status: 400, json: { error: `${String(body.format)} format is not supported` } };
      }
      const detected = source === "auto" ? detectText(q) : undefined;
      const from = detected ? detected.language : model(source);
      if (!has(from)) return { status: 400, json: { error: `${source} is not supported` } };
      if (!has(target)) return { status: 400, json: { error: `${target} is not supported` } };
      return {
        status: 200,
        json: {
          translatedText: translateText(q, from, model(target)),
          ...(detected ? { detectedLanguage: { confidence: detected.confidence, language: iso(detected.language) } } : {}),
        },
      };
    }
    return { status: 404, json: { error: "Not Found" } };
  }, parseJson);
}

// ---------------------------------------------------------------------------------------------------------------
// DeepL: POST /v2/translate {text: [...], target_lang, source_lang?} with "Authorization: DeepL-Auth-Key <key>"
// → {translations: [{detected_source_language, text}]}; GET /v3/languages?resource=translate_text and the older
// GET /v2/languages?type=source|target; 403 bad key, 456 quota, 429 too many requests, 413 too large.

/** DeepL's lists before January 2026 (abridged): no Albanian. */
export const DEEPL_SOURCES = ["AR", "BG", "CS", "DE", "EN", "ES", "FR", "IT", "JA", "PL", "PT", "RO", "RU", "TR", "UK", "ZH"];
export const DEEPL_TARGETS = [
  "AR", "BG", "CS", "DE", "EN-GB", "EN-US", "ES", "FR", "IT", "JA", "PL", "PT-BR", "PT-PT", "RO", "RU", "TR", "UK",
  "ZH-HANS", "ZH-HANT",
];

export interface FakeDeepLOptions {
  apiKey?: string;
  /** Add Albanian ("SQ"), as DeepL's lists have since January 2026. */
  albanian?: boolean;
  /** Serve /v3/languages (default); false answers it 404 like servers and proxies that only know v2. */
  v3Languages?: boolean;
}

export async function startFakeDeepL(options: FakeDeepLOptions = {}): Promise<FakeEngine> {
  const apiKey = options.apiKey ?? "test-key:fx";
  const sources = options.albanian ? [...DEEPL_SOURCES, "SQ"] : DEEPL_SOURCES;
  const targets = options.albanian ? [...DEEPL_TARGETS, "SQ"] : DEEPL_TARGETS;
  // Bare "EN", "PT" and "ZH" are still accepted as targets, deprecated.
  const acceptedTargets = new Set([...targets, "EN", "PT", "ZH"]);
  const failures: FailureReplies = {
    unsupported: { status: 400, json: { message: "Value for 'target_lang' not supported." } },
    "bad-key": { status: 403, json: { message: "Forbidden" } },
    "rate-limited": { status: 429, json: { message: "Too many requests" } },
    quota: { status: 456, json: { message: "Quota exceeded" } },
    "too-long": { status: 413, json: { message: "Request Entity Too Large" } },
    "server-error": { status: 503, json: { message: "Service Unavailable" } },
    "wrong-shape": { status: 200, json: { translations: [] } },
  };

  return serve(failures, (request) => {
    if (request.headers.authorization !== `DeepL-Auth-Key ${apiKey}`) return { status: 403, json: { message: "Forbidden" } };
    const url = new URL(request.path, "http://fake");
    if (request.method === "GET" && url.pathname === "/v3/languages") {
      if (options.v3Languages === false) return { status: 404, json: { message: "Not found" } };
      const codes = [...new Set([...sources, ...targets])];
      return {
        status: 200,
        json: codes.map((code) => ({
          lang: code,
          name: code,
          usable_as_source: sources.includes(code),
          usable_as_target: targets.includes(code),
          status: "stable",
        })),
      };
    }
    if (request.method === "GET" && url.pathname === "/v2/languages") {
      const list = url.searchParams.get("type") === "target" ? targets : sources;
      return { status: 200, json: list.map((language) => ({ language, name: language })) };
    }
    if (request.method === "POST" && url.pathname === "/v2/translate") {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const texts = Array.isArray(body.text) ? body.text.filter((t): t is string => typeof t === "string") : [];
      const target = String(body.target_lang ?? "").toUpperCase();
      const source = body.source_lang === undefined ? undefined : String(body.source_lang).toUpperCase();
      if (!texts.length) return { status: 400, json: { message: "Parameter 'text' not specified." } };
      if (!acceptedTargets.has(target)) return { status: 400, json: { message: "Value for 'target_lang' not supported." } };
      if (source !== undefined && !sources.includes(source)) {
        return { status: 400, json: { message: "Value for 'source_lang' not supported." } };
      }
      const into = (target.split("-")[0] ?? target).toLowerCase();
      return {
        status: 200,
        json: {
          translations: texts.map((text) => {
            const from = source ? source.toLowerCase() : detectText(text).language;
            return { detected_source_language: from.toUpperCase(), text: translateText(text, from, into) };
          }),
        },
      };
    }
    return { status: 404, json: { message: "Not found" } };
  }, parseJson);
}

// ---------------------------------------------------------------------------------------------------------------
// OpenAI-compatible transcription: POST /v1/audio/transcriptions, multipart (file, model, language?,
// response_format) → {text} (json) or {text, language, duration, segments} (verbose_json).

export interface TranscriptionForm {
  model?: string;
  language?: string;
  responseFormat?: string;
  filename?: string;
  mimeType?: string;
  size?: number;
  contentType?: string;
  /** The file's bytes read as UTF-8 (the fake's "speech recognition"). */
  content?: string;
}

export interface FakeTranscriberOptions {
  /** When set, requests need "Authorization: Bearer <key>". */
  apiKey?: string;
  /** The transcript to give; by default the audio's bytes read as UTF-8, so a test chooses it by what it sends. */
  transcript?: string;
  /** Models the server has; others get 404 as on speaches. Default: any. */
  models?: string[];
}

const LANGUAGE_NAMES: Record<string, string> = {
  it: "italian",
  en: "english",
  fr: "french",
  es: "spanish",
  ro: "romanian",
  sq: "albanian",
  ar: "arabic",
  uk: "ukrainian",
  zh: "chinese",
};

async function parseMultipart(request: RecordedRequest): Promise<TranscriptionForm> {
  const contentType = request.headers["content-type"] ?? "";
  const form = await new Response(new Uint8Array(request.raw), { headers: { "content-type": contentType } }).formData();
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const file = form.get("file");
  const parsed: TranscriptionForm = { contentType };
  const set = <K extends keyof TranscriptionForm>(key: K, value: TranscriptionForm[K] | undefined) => {
    if (value !== undefined) parsed[key] = value;
  };
  set("model", text("model"));
  set("language", text("language"));
  set("responseFormat", text("response_format"));
  if (file && typeof file !== "string") {
    parsed.filename = file.name;
    parsed.mimeType = file.type;
    parsed.size = file.size;
    parsed.content = await file.text();
  }
  return parsed;
}

export async function startFakeTranscriber(options: FakeTranscriberOptions = {}): Promise<FakeEngine> {
  const failures: FailureReplies = {
    unsupported: { status: 400, json: { error: { message: "Language 'xx' is not supported.", type: "invalid_request_error" } } },
    "bad-key": { status: 401, json: { error: { message: "Incorrect API key provided.", type: "invalid_request_error" } } },
    "rate-limited": { status: 429, json: { error: { message: "Rate limit reached", type: "requests" } } },
    quota: { status: 429, json: { error: { message: "You exceeded your current quota", type: "insufficient_quota" } } },
    "too-long": { status: 413, json: { error: { message: "Maximum content size limit exceeded", type: "invalid_request_error" } } },
    "wrong-shape": { status: 200, json: { transcript: "?" } },
    runaway: { status: 200, json: { text: RUNAWAY } },
  };

  return serve(
    failures,
    (request) => {
      if (request.method !== "POST" || request.path.split("?")[0] !== "/v1/audio/transcriptions") {
        return { status: 404, json: { detail: "Not Found" } };
      }
      if (options.apiKey && request.headers.authorization !== `Bearer ${options.apiKey}`) {
        return failures["bad-key"]!;
      }
      const form = request.body as TranscriptionForm;
      if (!form.contentType?.startsWith("multipart/form-data") || form.size === undefined) {
        return { status: 422, json: { detail: "file: field required" } };
      }
      if (!form.model) return { status: 422, json: { detail: "model: field required" } };
      if (options.models && !options.models.includes(form.model)) {
        return { status: 404, json: { detail: `Model '${form.model}' is not installed locally.` } };
      }
      const text = options.transcript ?? form.content ?? "";
      if (form.responseFormat === "verbose_json") {
        const spoken = LANGUAGE_NAMES[form.language ?? ""] ?? "english";
        return { status: 200, json: { task: "transcribe", language: spoken, duration: 1.5, text, segments: [] } };
      }
      return { status: 200, json: { text } };
    },
    parseMultipart,
  );
}
