import type { HeldAnswer } from "#src/db/repositories/held-answers.js";
import type { Request } from "#src/domain/requests/model.js";
import { languageHold, languageHoldQuickReply } from "#src/bot/callback-data/staff.js";
import type { BotContext } from "#src/bot/context.js";
import { escapeHtml } from "#src/text/format.js";
import { fittingQuickReplies, hiddenLine, quickReplyButtons } from "./quick-reply-send.js";
import { italianLanguageName } from "#src/text/languages.js";
import { engineNote } from "#src/bot/operator-board/reading.js";

/**
 * The warning posted in the request's topic (as a reply to the staff message it holds) before a text would reach the
 * resident in a language they did not choose: why, the quick replies that fit the request (translated by people),
 * "send anyway" and "don't send".
 */
export function languageWarning(ctx: BotContext, request: Request, held: HeldAnswer) {
  const { italian } = ctx.deps;
  const language = escapeHtml(italianLanguageName(held.language));
  const why = italian("held-why", { reason: held.reason, note: engineNote(italian, held.reason) });
  const { keys, hidden } = fittingQuickReplies(ctx, request);
  const keyboard = quickReplyButtons(ctx, keys, (index) => languageHoldQuickReply.pack({ heldId: held.id, index }))
    .row()
    .text(italian("held-button-send"), languageHold.pack({ heldId: held.id, action: "send" }))
    .text(italian("held-button-drop"), languageHold.pack({ heldId: held.id, action: "drop" }));
  // No name: the warning is not one of the posts erasure removes, so it says nothing about who the person is.
  return { html: `${italian("held-warning", { language, why })}${hiddenLine(ctx, hidden)}`, keyboard };
}
