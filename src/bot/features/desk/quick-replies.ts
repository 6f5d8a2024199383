import { Composer, InlineKeyboard } from "grammy";
import type { Request } from "../../../domain/requests.js";
import { cardAction, quickReply } from "../../callback-data/staff.js";
import type { BotContext } from "../../context.js";
import { QUICK_REPLY_KEYS } from "../../../domain/quick-replies.js";
import { staffOnly } from "../../filters/is-staff.js";
import { handled } from "../../filters/team-access.js";
import { escapeHtml, stripIsolation } from "../../format.js";
import { italianLanguageName } from "../../languages.js";
import { weeklyHoursText } from "../../service-texts.js";
import { actorOf, refusal } from "../../staff-commands.js";

/**
 * The card's ⚡: ready answers translated by people into the resident's language. Offered under the card,
 * sent with a press; the resident reads the whole text, staff read its Italian.
 */
export const quickRepliesFeature = new Composer<BotContext>();
const staff = staffOnly(quickRepliesFeature);

/**
 * The quick replies of the team that handles the request (data/desk.json), each by its place in the library
 * (domain/quick-replies.ts: new ones are added at its end, so buttons already sent keep their meaning).
 */
async function offerQuickReplies(ctx: BotContext, request: Request) {
  const kb = new InlineKeyboard();
  ctx.deps.services.requests.teamOf(request).quickReplies.forEach((key, i) => {
    kb.text(ctx.deps.italian("desk-quick-reply-label", { reply: key }), quickReply.pack({ requestId: request.id, index: QUICK_REPLY_KEYS.indexOf(key) }));
    if (i % 2 === 1) kb.row();
  });
  const language = escapeHtml(italianLanguageName(ctx.deps.board.residentLocale(request)));
  await ctx.api.sendMessage(ctx.deps.board.chatOf(request), ctx.deps.italian("desk-quick-replies-title", { id: String(request.id), language }), {
    parse_mode: "HTML",
    reply_markup: kb,
    ...ctx.deps.board.place(request),
  });
}

/** A quick reply in a language: its text, with the address and hours of the request's desk where it names them. */
function quickReplyText(ctx: BotContext, locale: string, key: string, request: Request): string {
  const desk = ctx.deps.services.requests.deskOf(request);
  const vars: Record<string, string> = key === "qr-hours" ? { hours: weeklyHoursText(desk.hours, locale) } : { address: desk.address };
  return stripIsolation(ctx.i18n.fluent.translate(locale, key, vars));
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
  // Only a reply the request's team offers (a forged index is refused like a missing request).
  const key = QUICK_REPLY_KEYS[index];
  if (!request || !key || !ctx.deps.services.requests.teamOf(request).quickReplies.includes(key)) {
    return ctx.answerCallbackQuery({ text: refusal(italian, "not-found") });
  }
  if (request.status === "closed") return ctx.answerCallbackQuery({ text: refusal(italian, "already-closed"), show_alert: true });
  const locale = ctx.deps.board.residentLocale(request);
  const delivery = await ctx.deps.board.tellResident(request, `${quickReplyText(ctx, locale, "relay-staff-prefix", request)}\n${quickReplyText(ctx, locale, key, request)}`);
  await ctx.answerCallbackQuery();
  if (!delivery.ok) return;
  const inItalian = quickReplyText(ctx, "it", key, request);
  ctx.deps.services.requests.answered(request.id, actorOf(ctx), { kind: "quick-reply", text: inItalian }, "quick-reply");
  await ctx.editMessageText(italian("desk-quick-reply-sent", { name: escapeHtml(actorOf(ctx).name), locale, text: escapeHtml(inItalian) }), {
    parse_mode: "HTML",
  });
});
