import { Composer, InlineKeyboard } from "grammy";
import type { Request } from "../../../domain/requests.js";
import { cardAction, quickReply } from "../../callback-data/staff.js";
import type { BotContext } from "../../context.js";
import { staffOnly } from "../../filters/is-staff.js";
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

/** Their order is their index on the buttons already sent: add new ones at the end. */
const QUICK_REPLIES = [
  "qr-call-back",
  "qr-bring-documents",
  "qr-more-info",
  "qr-home-visit",
  "qr-social-services",
  "qr-nurse",
  "qr-hours",
  "qr-solved",
] as const;

async function offerQuickReplies(ctx: BotContext, request: Request) {
  const kb = new InlineKeyboard();
  QUICK_REPLIES.forEach((key, i) => {
    kb.text(ctx.deps.italian("desk-quick-reply-label", { reply: key }), quickReply.pack({ requestId: request.id, index: i }));
    if (i % 2 === 1) kb.row();
  });
  const language = escapeHtml(italianLanguageName(ctx.deps.board.residentLocale(request)));
  await ctx.api.sendMessage(ctx.deps.operatorChatId, ctx.deps.italian("desk-quick-replies-title", { id: String(request.id), language }), {
    parse_mode: "HTML",
    reply_markup: kb,
    ...ctx.deps.board.place(request),
  });
}

/** A quick reply in a language: its text, with the desk's configured hours where it names them. */
function quickReplyText(ctx: BotContext, locale: string, key: string): string {
  const vars = key === "qr-hours" ? { hours: weeklyHoursText(ctx.deps.services.serviceLevels.hours, locale) } : undefined;
  return stripIsolation(ctx.i18n.fluent.translate(locale, key, vars));
}

staff.callbackQuery(cardAction.filter(), async (ctx, next) => {
  const { action, requestId } = cardAction.unpack(ctx.callbackQuery.data);
  if (action !== "quick") return next();
  const request = ctx.deps.services.requests.get(requestId);
  if (!request) return ctx.answerCallbackQuery({ text: refusal(ctx.deps.italian, "not-found") });
  await ctx.answerCallbackQuery();
  await offerQuickReplies(ctx, request);
});

staff.callbackQuery(quickReply.filter(), async (ctx) => {
  const { italian } = ctx.deps;
  const { requestId, index } = quickReply.unpack(ctx.callbackQuery.data);
  const key = QUICK_REPLIES[index];
  const request = ctx.deps.services.requests.get(requestId);
  if (!request || !key) return ctx.answerCallbackQuery({ text: refusal(italian, "not-found") });
  if (request.status === "closed") return ctx.answerCallbackQuery({ text: refusal(italian, "already-closed"), show_alert: true });
  const locale = ctx.deps.board.residentLocale(request);
  const delivery = await ctx.deps.board.tellResident(request, `${quickReplyText(ctx, locale, "relay-staff-prefix")}\n${quickReplyText(ctx, locale, key)}`);
  await ctx.answerCallbackQuery();
  if (!delivery.ok) return;
  const inItalian = quickReplyText(ctx, "it", key);
  ctx.deps.services.requests.answered(request.id, actorOf(ctx), { kind: "quick-reply", text: inItalian }, "quick-reply");
  await ctx.editMessageText(italian("desk-quick-reply-sent", { name: escapeHtml(actorOf(ctx).name), locale, text: escapeHtml(inItalian) }), {
    parse_mode: "HTML",
  });
});
