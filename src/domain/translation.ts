// Ports for the engines the desk talks to (machine translation, transcription of voice notes) and the rules that
// decide how a message crosses languages. Plain TypeScript: no grammY, no I/O. Adapters live in src/engines/.

/** What an engine thinks a text's language is; confidence is normalised to 0–1 whatever the engine's own scale. */
export interface Detection {
  language: string;
  confidence: number;
}

export interface Translation {
  text: string;
  /** Present when the source was "auto": the language the engine translated from. */
  detected?: Detection;
}

export interface Translator {
  readonly name: string;
  /** Codes the engine can translate from and to, in the desk's spelling: lower-case, e.g. "it", "ar", "zh". */
  languages(): Promise<Set<string>>;
  translate(text: string, from: string | "auto", to: string, signal?: AbortSignal): Promise<Translation>;
  /** Only engines with a detection service that reports a confidence implement it. */
  detect?(text: string, signal?: AbortSignal): Promise<Detection | undefined>;
}

export interface AudioClip {
  bytes: Uint8Array;
  filename: string;
  mimeType: string;
}

export interface Transcript {
  text: string;
  /** The spoken language when the engine reports one, in the desk's spelling. */
  language?: string;
}

export interface Transcriber {
  readonly name: string;
  transcribe(audio: AudioClip, options: { language?: string; signal?: AbortSignal }): Promise<Transcript>;
}

/**
 * Why an engine call failed, so that a caller can degrade (relay untranslated, with a note) and an operator can
 * act (auth, quota) without parsing messages. Messages never contain the text that was sent: it is a resident's.
 */
export type EngineErrorKind =
  | "unsupported"
  | "auth"
  | "quota"
  | "unavailable"
  | "timeout"
  | "bad-response"
  | "too-long"
  /** The engine answered far more than its input can mean (see outputCap): the original is kept. */
  | "runaway";

export class EngineError extends Error {
  override readonly name = "EngineError";
  readonly kind: EngineErrorKind;
  readonly engine: string;
  /** The HTTP status when the engine answered with one. */
  readonly status?: number;

  constructor(kind: EngineErrorKind, engine: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(`${engine}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.engine = engine;
    if (options.status !== undefined) this.status = options.status;
  }
}

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}

function isTimeoutReason(reason: unknown): boolean {
  return reason instanceof Error && reason.name === "TimeoutError";
}

/**
 * Turns whatever an engine call threw into an EngineError. An aborted signal whose reason is a timeout becomes
 * "timeout"; any other abort (the caller gave up, e.g. at shutdown) and network failures become "unavailable".
 */
export function toEngineError(engine: string, error: unknown, signal?: AbortSignal): EngineError {
  if (error instanceof EngineError) return error;
  if (signal?.aborted) {
    return isTimeoutReason(signal.reason)
      ? new EngineError("timeout", engine, "no answer in time", { cause: error })
      : new EngineError("unavailable", engine, "call cancelled", { cause: error });
  }
  if (isTimeoutReason(error)) return new EngineError("timeout", engine, "no answer in time", { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new EngineError("unavailable", engine, message.slice(0, 200), { cause: error });
}

/**
 * Runs one engine call with a deadline and maps any failure to an EngineError. The call gets a signal that aborts
 * after timeoutMs or when the caller's own signal aborts, whichever comes first, so a slow engine never holds a
 * relay back for longer than the desk allows.
 */
export async function guarded<T>(
  engine: string,
  timeoutMs: number,
  call: (signal: AbortSignal) => Promise<T>,
  outer?: AbortSignal,
): Promise<T> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = outer ? AbortSignal.any([deadline, outer]) : deadline;
  try {
    // Raced against the signal as well, so that the deadline holds even for a call that ignores its signal.
    return await new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      call(signal)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener("abort", onAbort));
    });
  } catch (error) {
    throw toEngineError(engine, error, signal);
  }
}

/** Below this (0–1) a detection does not overrule the language the resident chose. */
export const DETECTION_THRESHOLD = 0.9;

/** Confidence reported by engines that name a detected language without scoring it (DeepL): never decisive. */
export const UNSCORED_CONFIDENCE = 0.5;

/**
 * Normalises a language code to the desk's spelling: lower case, base language only ("EN-GB" → "en",
 * "zh-Hans" → "zh"). Traditional Chinese stays apart ("zh-hant"), since the desk's Chinese is simplified.
 */
export function normaliseLanguage(code: string): string {
  const lower = code.trim().toLowerCase().replaceAll("_", "-");
  if (lower === "zt" || lower === "zh-hant" || lower === "zh-tw" || lower === "zh-hk" || lower.startsWith("zh-hant-")) {
    return "zh-hant";
  }
  return lower.split("-")[0] ?? lower;
}

/** Some engines score detection 0–100 (LibreTranslate), others 0–1; the desk reasons in 0–1. */
export function normaliseConfidence(raw: number): number {
  if (!Number.isFinite(raw) || raw <= 0) return 0;
  const scaled = raw > 1 ? raw / 100 : raw;
  return Math.min(1, scaled);
}

export type SourceDecision =
  | { translate: true; from: string }
  | { translate: false; language: "it"; reason: "italian" };

/**
 * The source of a resident's message is the language they chose, unless detection clearly says otherwise (a
 * resident who chose Arabic may write in French). Italian text goes to staff as it is: there is nothing to do.
 */
export function chooseSource(chosenLanguage: string, detected?: Detection, threshold = DETECTION_THRESHOLD): SourceDecision {
  let from = normaliseLanguage(chosenLanguage);
  if (detected && detected.confidence >= threshold) from = normaliseLanguage(detected.language);
  return from === "it" ? { translate: false, language: "it", reason: "italian" } : { translate: true, from };
}

/** The wanted languages an engine cannot handle, e.g. to warn at start-up or on /healthz. */
export function missingLanguages(supported: Set<string>, wanted: readonly string[]): string[] {
  return wanted.filter((code) => !supported.has(normaliseLanguage(code)));
}
