import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { Request } from "#src/domain/requests/model.js";
import { cardAction, quickReply } from "#src/bot/callback-data/staff.js";
import type { BotContext } from "#src/bot/context.js";
import { QUICK_REPLY_KEYS } from "#src/domain/quick-replies.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { handled } from "#src/bot/filters/team-access.js";
import { escapeHtml } from "#src/text/format.js";
import { italianLanguageName } from "#src/text/languages.js";
import { actorOf, refusal } from "#src/bot/features/staff/replies.js";
import { fittingQuickReplies, hiddenLine, quickReplyButtons, sendQuickReply } from "./quick-reply-send.js";

/**
 * The card's ⚡: ready answers translated by people into the resident's language. Offered under the card,
 * sent with a press; the resident reads the whole text, staff read its Italian.
 */
export const quickRepliesFeature = new Feature<BotContext>();
const staff = staffOnly(quickRepliesFeature);

/**
 * The quick replies of the team that handles the request (data/desk.json) that fit it, each by its place in the library
 * (domain/quick-replies.ts: new ones are added at its end, so buttons already sent keep their meaning).
 */
async function offerQuickReplies(ctx: BotContext, request: Request) {
  const { keys, hidden } = fittingQuickReplies(ctx, request);
  const kb = quickReplyButtons(ctx, keys, (index) => quickReply.pack({ requestId: request.id, index }));
  const language = escapeHtml(italianLanguageName(ctx.deps.board.residentLocale(request)));
  const title = ctx.deps.italian("desk-quick-replies-title", { id: String(request.id), language });
  await ctx.api.sendMessage(ctx.deps.board.chatOf(request), `${title}${hiddenLine(ctx, hidden)}`, {
    parse_mode: "HTML",
    reply_markup: kb,
    ...ctx.deps.board.place(request),
  });
}

staff.callbackQuery(cardAction.filter(), async (ctx, next) => {
  const { action, requestId } = cardAction.unpack(ctx.callbackQuery.data);
  if (action !== "quick") return next();
  const request = await handled(ctx, requestId);
  if (request === false) return;
  if (!request) return ctx.answerCallbackQuery({ text: refusal(ctx.deps.italian, "not-found") });
  await ctx.answerCallbackQuery();
  await offerQuickReplies(ctx, request);
});

staff.callbackQuery(quickReply.filter(), async (ctx) => {
  const { italian } = ctx.deps;
  const { requestId, index } = quickReply.unpack(ctx.callbackQuery.data);
  const request = await handled(ctx, requestId);
  if (request === false) return;
  // Only a reply the request's team offers and that fits it (a forged index is refused like a missing request).
  const key = QUICK_REPLY_KEYS[index];
  if (!request || !key || !fittingQuickReplies(ctx, request).keys.includes(key)) {
    return ctx.answerCallbackQuery({ text: refusal(italian, "not-found") });
  }
  if (request.status === "closed") return ctx.answerCallbackQuery({ text: refusal(italian, "already-closed"), show_alert: true });
  const sent = await sendQuickReply(ctx, request, key);
  await ctx.answerCallbackQuery();
  if (!sent.ok) return;
  const { inItalian, locale } = sent;
  await ctx.editMessageText(italian("desk-quick-reply-sent", { name: escapeHtml(actorOf(ctx).name), locale, text: escapeHtml(inItalian) }), {
    parse_mode: "HTML",
  });
});
