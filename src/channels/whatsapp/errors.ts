import { GrammyError } from "grammy";
import { WHATSAPP_ERRORS as E, WHATSAPP_LIMITS as L } from "./limits.js";

/** A Bot API error answer, as the bot, its retries and the outbox already understand them. */
export interface BotApiFailure {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

/** The start of the description of a send refused because WhatsApp's 24-hour window is closed. */
export const WINDOW_CLOSED = "Forbidden: WhatsApp 24-hour window closed";
/** The start of the description when the number is not (or no longer) on WhatsApp. */
export const NOT_ON_WHATSAPP = "Forbidden: not on WhatsApp";

export const windowClosed = (): BotApiFailure => ({
  ok: false,
  error_code: 403,
  description: `${WINDOW_CLOSED}: the resident can be reached again once they write; only approved templates may be sent until then`,
});

/**
 * Meta's codes in the Bot API's terms: re-engagement (131047) and "not on WhatsApp" (131026) are a 403 like a
 * blocked bot, so the outbox stops and staff are told; the throughput and pair rate limits (130429, 131056) are a
 * 429 with the wait Meta documents; the rest is a bad request, with Meta's words.
 */
export function botApiFailure(code: number, message: string, httpStatus = 400): BotApiFailure {
  if (code === E.reEngagement) return windowClosed();
  if (code === E.undeliverable) return { ok: false, error_code: 403, description: `${NOT_ON_WHATSAPP}: ${message}` };
  if (code === E.rateLimit) return { ok: false, error_code: 429, description: `Too Many Requests: WhatsApp throughput (${message})`, parameters: { retry_after: 1 } };
  if (code === E.pairRateLimit) {
    return { ok: false, error_code: 429, description: `Too Many Requests: WhatsApp pair rate limit (${message})`, parameters: { retry_after: L.pairIntervalMs / 1000 } };
  }
  if (code === E.auth || httpStatus === 401) return { ok: false, error_code: 401, description: `Unauthorized: WhatsApp token (${message})` };
  if (httpStatus >= 500) return { ok: false, error_code: 502, description: `Bad Gateway: WhatsApp (${message})` };
  return { ok: false, error_code: 400, description: `Bad Request: WhatsApp ${code}: ${message}` };
}

/** Whether an error from a send means "WhatsApp's 24-hour window is closed" (not a blocked bot). */
export function isWindowClosed(error: unknown): boolean {
  const description = error instanceof GrammyError ? error.description : typeof error === "string" ? error : "";
  return description.startsWith(WINDOW_CLOSED);
}

/**
 * Meta's failure codes staff are told the meaning of, in Italian (wa-failed-<code> in locales/it/staff/whatsapp.ftl);
 * any other code is shown with Meta's own title.
 */
export const EXPLAINED_FAILURES = [130472, 131000, 131026, 131047, 131048, 131049, 131050, 131051, 131052, 131053, 131056, 132000, 132001] as const;
