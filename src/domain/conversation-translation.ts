// Machine translation and transcription as the conversations use them: one place that decides whether a text may
// and must cross languages, asks the engine with a deadline, remembers the answer (translation_cache, per person, so
// erasure finds it) and degrades to "untranslated, with a note" on any failure. No grammY here.
import { createHash } from "node:crypto";
import type { Clock } from "#src/clock.js";
import type { Actor } from "#src/domain/ports/records.js";
import type { Stores } from "#src/domain/ports/stores.js";
import {
  type AudioClip,
  chooseSource,
  EngineError,
  type EngineErrorKind,
  guarded,
  normaliseLanguage,
  type Transcriber,
  type Translator,
} from "./translation.js";
import type { MessageTranslation } from "#src/domain/ports/records.js";

/** Longer texts are not sent to an engine (LibreTranslate's default limit is 5,000 characters). */
export const MAX_ENGINE_CHARS = 5000;
/** Telegram bots can download files up to 20 MB. */
export const MAX_AUDIO_BYTES = 20 * 1024 * 1024;
/**
 * What an engine may answer for `chars` characters of input: a translation runs longer than its source (Chinese into
 * Italian about four times), never hundreds of times. Beyond this the answer is refused, not stored and not posted:
 * one line answered with 2 MB would otherwise fill a team's group for half an hour and the database with it.
 */
export function outputCap(chars: number): number {
  return OUTPUT_FLOOR + OUTPUT_RATIO * chars;
}
export const OUTPUT_FLOOR = 200;
export const OUTPUT_RATIO = 6;
/** Speech is at most about 25 characters a second; a transcript is capped by the longest clip sent, at that pace. */
export const TRANSCRIPT_CHARS_PER_SECOND = 25;

/**
 * Bidi overrides, embeddings and isolates from an engine would turn the text around in the reader's client
 * ("exe.txt" shown as "txt.exe"); they are taken out of what an engine returns, whichever way it goes.
 */
const BIDI_OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/g;
export function withoutOverrides(text: string): string {
  return text.replace(BIDI_OVERRIDES, "");
}

/** Cache entries older than this go (retention may be shorter: whichever comes first). */
export const CACHE_DAYS = 30;

export type TranslationOutcome =
  /** `text` is the translation; `from` the language it was translated from. */
  | { status: "translated"; text: string; from: string; cached: boolean }
  /** Nothing to do: the text is already in the target language (Italian for staff). */
  | { status: "same-language"; language: string }
  /** No engine, or not for this person (no consent to the current notice): relayed as it is, no note. */
  | { status: "off" }
  /** The engine failed: relayed as it is, with a note. */
  | { status: "failed"; kind: EngineErrorKind };

export type TranscriptOutcome =
  | { status: "transcribed"; text: string; language?: string }
  | { status: "off" }
  | { status: "failed"; kind: EngineErrorKind };

export interface EngineStatus {
  role: "translation" | "transcription";
  engine: string;
  /** "unknown" until the first call; "failing" after a failed call, until one succeeds. */
  state: "unknown" | "ok" | "failing";
  calls: number;
  failures: Partial<Record<EngineErrorKind, number>>;
  cacheHits: number;
  lastLatencyMs: number | null;
  lastError: EngineErrorKind | null;
  since: Date | null;
}

export interface ConversationTranslationOptions {
  translator?: Translator | undefined;
  transcriber?: Transcriber | undefined;
  repos: Stores;
  clock: Clock;
  /** The privacy notice a person must have accepted before their words go to an engine. */
  noticeVersion: number;
  /** Whole deadline of one translation (detection included). */
  timeoutMs: number;
  transcriptionTimeoutMs: number;
  /** Longer voice notes get no transcript. */
  maxSeconds: number;
}

export interface ConversationTranslation {
  /** Whether a translation engine is configured at all. */
  readonly translating: boolean;
  readonly transcribing: boolean;
  /** Longer voice notes get no transcript. */
  maxSeconds: number;
  /** Engines see a person's words only once they accepted the notice that says so. */
  mayUse(residentId: number): boolean;
  /**
   * A resident's words for staff: from the language they chose, unless detection clearly says otherwise;
   * Italian stays as it is.
   */
  toItalian(residentId: number, text: string, chosenLanguage: string): Promise<TranslationOutcome>;
  /** A staff answer (Italian) for the resident, in their language. */
  toResident(residentId: number, text: string, language: string): Promise<TranslationOutcome>;
  /**
   * Staff's own words for many residents (an announcement): no person's words, so no consent to check and no
   * owner on the cache entry. Undefined when there is no engine or it failed: the caller never sends Italian instead.
   */
  forEveryone(text: string, language: string): Promise<string | undefined>;
  /** A voice note's words, in the language spoken (the resident's language is the hint). */
  transcribe(residentId: number, audio: AudioClip, language: string): Promise<TranscriptOutcome>;
  /** Staff turn machine translation on or off for one request; audited. */
  setTranslate(requestId: number, on: boolean, actor: Actor): boolean;
  /** Keeps a resident message's translation on its row, so staff and exports see what was shown. */
  saveOnMessage(messageRowId: number, values: MessageTranslation): void;
  /** Keeps the translation of a staff answer (by its group message) that was sent to the resident. */
  saveOnAnswer(requestId: number, groupMessageId: number, values: MessageTranslation): void;
  /** Each engine's state, latency and failures, for /healthz and /metrics. */
  status(): EngineStatus[];
}

export function conversationTranslation(options: ConversationTranslationOptions): ConversationTranslation {
  const { translator, transcriber, repos, clock } = options;
  const status = new Map<string, EngineStatus>();
  const track = (role: EngineStatus["role"], engine: string): EngineStatus => {
    let s = status.get(role);
    if (!s) {
      s = { role, engine, state: "unknown", calls: 0, failures: {}, cacheHits: 0, lastLatencyMs: null, lastError: null, since: null };
      status.set(role, s);
    }
    return s;
  };
  if (translator) track("translation", translator.name);
  if (transcriber) track("transcription", transcriber.name);

  /** Runs one engine call, timing it and keeping the engine's state for /healthz and /metrics. */
  async function timed<T>(role: EngineStatus["role"], engine: string, timeoutMs: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const s = track(role, engine);
    const started = performance.now();
    s.calls++;
    try {
      const result = await guarded(engine, timeoutMs, call);
      if (s.state !== "ok") s.since = clock.now();
      s.state = "ok";
      s.lastError = null;
      return result;
    } catch (error) {
      const kind = error instanceof EngineError ? error.kind : "unavailable";
      s.failures[kind] = (s.failures[kind] ?? 0) + 1;
      if (s.state !== "failing") s.since = clock.now();
      s.state = "failing";
      s.lastError = kind;
      throw error;
    } finally {
      s.lastLatencyMs = Math.round(performance.now() - started);
    }
  }

  /** Engines see a person's words only once they accepted the notice that says so. */
  function mayUse(residentId: number): boolean {
    const resident = repos.residents.get(residentId);
    return Boolean(resident && !resident.forgottenAt && resident.consentAt && (resident.consentVersion ?? 0) >= options.noticeVersion);
  }

  /** One entry per engine, pair, text and person: the same words from two people are two entries (erasure). */
  const cacheKey = (engine: string, from: string, to: string, residentId: number, text: string) =>
    createHash("sha256").update(`${engine}|${from}|${to}|${residentId}|${text}`).digest("base64url");

  async function translate(residentId: number, text: string, from: string, to: string, detectFirst: boolean): Promise<TranslationOutcome> {
    if (!translator) return { status: "off" };
    if (!text.trim() || !mayUse(residentId)) return { status: "off" };
    const target = normaliseLanguage(to);
    const source = normaliseLanguage(from);
    if (source === target && !detectFirst) return { status: "same-language", language: target };
    const key = cacheKey(translator.name, source, target, residentId, text);
    const cached = repos.translations.get(key);
    if (cached) {
      track("translation", translator.name).cacheHits++;
      const detected = cached.detected ?? source;
      return detected === target
        ? { status: "same-language", language: target }
        : { status: "translated", text: cached.translation, from: detected, cached: true };
    }
    if (text.length > MAX_ENGINE_CHARS) return { status: "failed", kind: "too-long" };
    try {
      const result = await timed("translation", translator.name, options.timeoutMs, async (signal) => {
        let actual = source;
        if (detectFirst && translator.detect) {
          const detection = await translator.detect(text, signal);
          const decision = chooseSource(source, detection);
          actual = decision.translate ? decision.from : "it";
        } else if (detectFirst) {
          const decision = chooseSource(source);
          actual = decision.translate ? decision.from : "it";
        }
        if (actual === target) return { actual, text };
        const translated = await translator.translate(text, actual, target, signal);
        if (translated.text.length > outputCap(text.length)) {
          throw new EngineError("runaway", translator.name, `answered ${translated.text.length} characters for ${text.length}`);
        }
        return { actual, text: withoutOverrides(translated.text) };
      });
      repos.translations.put({ key, residentId, translation: result.text, detected: result.actual, createdAt: clock.now() });
      return result.actual === target
        ? { status: "same-language", language: target }
        : { status: "translated", text: result.text, from: result.actual, cached: false };
    } catch (error) {
      return { status: "failed", kind: error instanceof EngineError ? error.kind : "unavailable" };
    }
  }

  return {
    /** Whether a translation engine is configured at all. */
    get translating(): boolean {
      return translator !== undefined;
    },
    get transcribing(): boolean {
      return transcriber !== undefined;
    },
    maxSeconds: options.maxSeconds,
    mayUse,

    /**
     * A resident's words for staff: from the language they chose, unless detection clearly says otherwise;
     * Italian stays as it is.
     */
    toItalian(residentId: number, text: string, chosenLanguage: string): Promise<TranslationOutcome> {
      return translate(residentId, text, chosenLanguage, "it", true);
    },

    /** A staff answer (Italian) for the resident, in their language. */
    toResident(residentId: number, text: string, language: string): Promise<TranslationOutcome> {
      return translate(residentId, text, "it", language, false);
    },

    /**
     * Staff's own words for many residents (an announcement): no person's words, so no consent to check and no
     * owner on the cache entry. Undefined when there is no engine or it failed: the caller never sends Italian instead.
     */
    async forEveryone(text: string, language: string): Promise<string | undefined> {
      if (!translator || !text.trim() || text.length > MAX_ENGINE_CHARS) return undefined;
      const target = normaliseLanguage(language);
      const key = cacheKey(translator.name, "it", target, 0, text);
      const cached = repos.translations.get(key);
      if (cached) return cached.translation;
      try {
        const result = await timed("translation", translator.name, options.timeoutMs, (signal) => translator.translate(text, "it", target, signal));
        if (!result.text.trim()) return undefined;
        repos.translations.put({ key, residentId: null, translation: result.text, detected: "it", createdAt: clock.now() });
        return result.text;
      } catch {
        return undefined;
      }
    },

    /** A voice note's words, in the language spoken (the resident's language is the hint). */
    async transcribe(residentId: number, audio: AudioClip, language: string): Promise<TranscriptOutcome> {
      if (!transcriber || !mayUse(residentId)) return { status: "off" };
      if (audio.bytes.byteLength > MAX_AUDIO_BYTES) return { status: "failed", kind: "too-long" };
      try {
        const hint = normaliseLanguage(language);
        const transcript = await timed("transcription", transcriber.name, options.transcriptionTimeoutMs, (signal) =>
          transcriber.transcribe(audio, { language: hint, signal }),
        );
        if (!transcript.text.trim()) return { status: "failed", kind: "bad-response" };
        // Longer notes are never sent (see maxSeconds), so the longest one allowed bounds any transcript.
        if (transcript.text.length > OUTPUT_FLOOR + TRANSCRIPT_CHARS_PER_SECOND * options.maxSeconds) {
          track("transcription", transcriber.name).failures.runaway = (track("transcription", transcriber.name).failures.runaway ?? 0) + 1;
          return { status: "failed", kind: "runaway" };
        }
        const text = withoutOverrides(transcript.text).trim();
        return { status: "transcribed", text, ...(transcript.language ? { language: transcript.language } : {}) };
      } catch (error) {
        return { status: "failed", kind: error instanceof EngineError ? error.kind : "unavailable" };
      }
    },

    /** Staff turn machine translation on or off for one request; audited. */
    setTranslate(requestId: number, on: boolean, actor: Actor): boolean {
      const request = repos.requests.get(requestId);
      if (!request) return false;
      repos.requests.update(requestId, { translate: on });
      repos.audit.record(clock.now(), actor, on ? "translation-on" : "translation-off", { requestId });
      return true;
    },

    saveOnMessage: repos.translations.saveOnMessage,
    saveOnAnswer: repos.translations.saveOnAnswer,

    /** Each engine's state, latency and failures, for /healthz and /metrics. */
    status(): EngineStatus[] {
      return [...status.values()].map((s) => ({ ...s, failures: { ...s.failures } }));
    },
  };
}
