// The one place where adapters meet HTTP: a call either yields parsed JSON or throws an EngineError whose kind the
// adapter chose from the status and the engine's own error message.
import type { z } from "zod";
import { EngineError, type EngineErrorKind, toEngineError } from "#src/domain/translation.js";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Decides the kind of a non-2xx answer; `message` is the engine's error text, already trimmed. */
export type Classify = (status: number, message: string) => EngineErrorKind;

/** The classification every engine shares; adapters refine 4xx answers whose meaning is engine-specific. */
export function classifyCommon(status: number, message: string): EngineErrorKind {
  if (status === 401 || status === 403) return "auth";
  if (status === 429) return "quota";
  if (status === 413) return "too-long";
  if (status >= 500 || status === 404 || status === 408) return "unavailable";
  if (/not supported|unsupported|not available/i.test(message)) return "unsupported";
  if (/api.?key/i.test(message)) return "auth";
  if (/exceeds|too long|too large|maximum/i.test(message)) return "too-long";
  // A 4xx we cannot place means the engine and this adapter disagree about the request: treat it like a bad answer.
  return "bad-response";
}

/** Pulls a readable error out of the shapes engines use: {error}, {error:{message}}, {message}, {detail}. */
export function errorMessage(body: string): string {
  let message = body;
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === "object") {
      const record = parsed as Record<string, unknown>;
      const nested = record.error && typeof record.error === "object" ? (record.error as Record<string, unknown>).message : undefined;
      const found = [record.error, nested, record.message, record.detail].find((v) => typeof v === "string");
      if (typeof found === "string") message = found;
    }
  } catch {
    // Not JSON: keep the raw text.
  }
  return message.replace(/\s+/g, " ").trim().slice(0, 200);
}

export interface JsonCall {
  engine: string;
  fetch: FetchLike;
  url: string;
  init: RequestInit;
  classify: Classify;
}

/** Sends one request and returns its JSON body, or throws an EngineError. */
export async function requestJson(call: JsonCall): Promise<unknown> {
  const signal = call.init.signal ?? undefined;
  let response: Response;
  let body: string;
  try {
    response = await call.fetch(call.url, call.init);
    body = await response.text();
  } catch (error) {
    throw toEngineError(call.engine, error, signal);
  }
  if (!response.ok) {
    const message = errorMessage(body);
    const kind = call.classify(response.status, message);
    throw new EngineError(kind, call.engine, `HTTP ${response.status}${message ? `: ${message}` : ""}`, {
      status: response.status,
    });
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new EngineError("bad-response", call.engine, "the answer is not JSON", { status: response.status, cause: error });
  }
}

/** Joins a base URL and a path without doubling or losing the slash. */
export function endpoint(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/** Checks an answer against the shape the engine documents; anything else is a "bad-response". */
export function expectShape<T>(engine: string, schema: z.ZodType<T>, data: unknown, what: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new EngineError("bad-response", engine, `unexpected ${what} answer`, { cause: parsed.error });
  return parsed.data;
}
