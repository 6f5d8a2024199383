import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { Message } from "grammy/types";
import { QUICK_REPLY_KEYS } from "#src/domain/quick-replies.js";
import { languageHold, languageHoldQuickReply } from "#src/bot/callback-data/staff.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { handled } from "#src/bot/filters/team-access.js";
import { escapeHtml, stripIsolation } from "#src/text/format.js";
import { italianLanguageName } from "#src/text/languages.js";
import { actorOf, refusal } from "#src/bot/features/staff/replies.js";
import { fittingQuickReplies, sendQuickReply } from "./quick-reply-send.js";

/**
 * The language guarantee's buttons under a held staff answer: send it as written anyway, send a quick reply (in the
 * resident's language) instead, or drop it. One decision per held answer, whoever presses first; the warning then
 * says what was decided and keeps no buttons.
 */
export const heldAnswersFeature = new Feature<BotContext>();
const staff = staffOnly(heldAnswersFeature);

/** The held answer and its request, when it exists and this person may act on it here; undefined when refused (and told). */
async function heldOf(ctx: BotContext, heldId: number) {
  const { italian, services } = ctx.deps;
  const held = services.languageGuarantee.get(heldId);
  const request = held ? await handled(ctx, held.requestId) : undefined;
  if (request === false) return undefined;
  if (!held || !request) {
    await ctx.answerCallbackQuery({ text: refusal(italian, "not-found") });
    return undefined;
  }
  if (held.status !== "held") {
    await ctx.answerCallbackQuery({ text: italian("held-already", { by: held.decidedBy ?? "?" }) });
    return undefined;
  }
  if (request.status === "closed") {
    services.languageGuarantee.decide(held.id, "dropped", actorOf(ctx));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(italian("held-closed"), { parse_mode: "HTML" }).catch(() => undefined);
    return undefined;
  }
  return { held, request };
}

staff.callbackQuery(languageHold.filter(), async (ctx) => {
  const { italian, services, board } = ctx.deps;
  const { heldId, action } = languageHold.unpack(ctx.callbackQuery.data);
  const found = await heldOf(ctx, heldId);
  if (!found) return;
  const actor = actorOf(ctx);
  const held = services.languageGuarantee.decide(heldId, action === "send" ? "sent" : "dropped", actor);
  if (!held) return ctx.answerCallbackQuery({ text: italian("held-already", { by: actor.name }) });
  await ctx.answerCallbackQuery();
  if (action === "drop") {
    await ctx.editMessageText(italian("held-dropped", { name: escapeHtml(actor.name) }), { parse_mode: "HTML" });
    return;
  }
  const { request } = found;
  const message = { message_id: held.staffMessageId, ...(held.kind === "text" ? { text: held.text ?? "" } : { caption: held.text ?? "" }) } as Pick<
    Message,
    "message_id" | "text" | "caption"
  >;
  const prefix = stripIsolation(ctx.i18n.fluent.translate(board.residentLocale(request), "relay-staff-prefix"));
  const delivery = await board.relayOut(request, message, prefix, ctx.api, true);
  if (!("ok" in delivery) || !delivery.ok) return;
  services.requests.answered(request.id, { id: held.authorId, name: held.authorName }, {
    kind: held.kind,
    text: delivery.said ?? held.text ?? undefined,
    groupMessageId: held.staffMessageId,
  });
  await board.relayedAnswer(request, held.staffMessageId, delivery);
  await ctx.editMessageText(italian("held-sent", { name: escapeHtml(actor.name) }), { parse_mode: "HTML" });
});

staff.callbackQuery(languageHoldQuickReply.filter(), async (ctx) => {
  const { italian, services } = ctx.deps;
  const { heldId, index } = languageHoldQuickReply.unpack(ctx.callbackQuery.data);
  const found = await heldOf(ctx, heldId);
  if (!found) return;
  const key = QUICK_REPLY_KEYS[index];
  if (!key || !fittingQuickReplies(ctx, found.request).keys.includes(key)) return ctx.answerCallbackQuery({ text: refusal(italian, "not-found") });
  const actor = actorOf(ctx);
  if (!services.languageGuarantee.decide(heldId, "replaced", actor)) return ctx.answerCallbackQuery({ text: italian("held-already", { by: actor.name }) });
  const sent = await sendQuickReply(ctx, found.request, key);
  await ctx.answerCallbackQuery();
  if (!sent.ok) return;
  const language = escapeHtml(italianLanguageName(sent.locale));
  await ctx.editMessageText(italian("held-replaced", { name: escapeHtml(actor.name), language, text: escapeHtml(sent.inItalian) }), { parse_mode: "HTML" });
});
