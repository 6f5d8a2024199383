import { GrammyError } from "grammy";
import { isWindowClosed } from "#src/channels/whatsapp/index.js";
import type { Request } from "#src/domain/requests/model.js";
import { escapeHtml } from "#src/text/format.js";
import type { BoardDeps, Delivery, UpdateApi } from "./types.js";

/**
 * A message to the resident that Telegram refused: staff are told in the request's topic, and a
 * resident who blocked the bot is marked unreachable (reminders stop until they write again).
 */
export async function deliveryFailed(deps: BoardDeps, request: Request, error: unknown): Promise<Delivery> {
  const description = error instanceof GrammyError ? error.description : (error as Error).message;
  if (isWindowClosed(error)) {
    // WhatsApp's 24-hour window, not a blocked bot: they can be reached again as soon as they write.
    deps.services.requests.say(request.id, deps.italian("wa-board-window-closed", { what: deps.italian("wa-what-answer") }));
    return { ok: false, blocked: false, description };
  }
  const blocked = error instanceof GrammyError && error.error_code === 403;
  if (blocked) deps.services.residents.markUnreachable(request.residentId, description);
  deps.services.requests.say(
    request.id,
    blocked ? deps.italian("board-not-delivered-blocked") : deps.italian("board-not-delivered", { reason: escapeHtml(description) }),
  );
  return { ok: false, blocked, description };
}

/** Sends a text to the resident of a request (quick replies, closing notice, storage limits), under the same policy. */
export async function tellResident(deps: BoardDeps, request: Request, text: string, api: UpdateApi): Promise<Delivery> {
  try {
    const sent = await api.sendMessage(request.residentId, text);
    return { ok: true, messageId: sent.message_id };
  } catch (error) {
    return deliveryFailed(deps, request, error);
  }
}
