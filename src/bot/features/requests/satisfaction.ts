import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import { satisfactionAnswer, satisfactionReopen } from "#src/bot/callback-data/satisfaction.js";
import type { BotContext } from "#src/bot/context.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { MAX_FILE_MB, pieceOf, tooLarge } from "./message-pieces.js";

/**
 * "Did we help you?" after staff close a request: the resident's answer (three buttons under the queued
 * question), thanked, and the comment they may add right after (text or voice), which reaches the topic.
 * A 🙁 or 😐 answer asks whether the problem is still there, and reopens the request when it is (staff are told).
 */
export const satisfactionFeature = new Feature<BotContext>();
const privateChat = satisfactionFeature.chatType("private");

/** "We are sorry. Is the problem still there? We can reopen request N." with the two answers. */
function askToReopen(ctx: BotContext, requestId: number) {
  const kb = new InlineKeyboard()
    .text(ctx.t("sat-reopen-yes"), satisfactionReopen.pack({ answer: "reopen", requestId }))
    .row()
    .text(ctx.t("sat-reopen-no"), satisfactionReopen.pack({ answer: "no", requestId }));
  return ctx.reply(ctx.t("sat-sorry-reopen", { number: String(requestId) }), { reply_markup: kb });
}

privateChat.callbackQuery(satisfactionAnswer.filter(), async (ctx) => {
  const { answer, requestId } = satisfactionAnswer.unpack(ctx.callbackQuery.data);
  // The offered-buttons check proved the button was on this message; the domain checks the request is theirs,
  // was asked, and is not answered yet.
  const result = ctx.deps.services.serviceLevels.answerSatisfaction(ctx.from.id, requestId, answer);
  await ctx.answerCallbackQuery(result.ok ? undefined : { text: ctx.t("sat-expired") });
  // The question stays readable, without buttons, with the chosen face after it.
  const question = ctx.callbackQuery.message && "text" in ctx.callbackQuery.message ? ctx.callbackQuery.message.text : undefined;
  const chosen = ctx.t(`sat-${answer}`);
  await (result.ok && question ? ctx.editMessageText(`${question}\n\n${chosen}`) : ctx.editMessageReplyMarkup()).catch(() => undefined);
  if (!result.ok) return;
  // Not helped, or only partly: the problem may still be there, and a closed request would leave it unseen.
  if (answer !== "yes" && result.request.status === "closed") return askToReopen(ctx, requestId);
  await ctx.reply(ctx.t("sat-thanks"));
});

privateChat.callbackQuery(satisfactionReopen.filter(), async (ctx) => {
  const { answer, requestId } = satisfactionReopen.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  const { requests } = ctx.deps.services;
  const request = requests.get(requestId);
  // Their own request only, whatever the button said.
  if (!request || request.residentId !== ctx.from.id) return ctx.reply(ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
  const chosen = ctx.t(answer === "reopen" ? "sat-reopen-yes" : "sat-reopen-no");
  const question = ctx.callbackQuery.message && "text" in ctx.callbackQuery.message ? ctx.callbackQuery.message.text : undefined;
  await (question ? ctx.editMessageText(`${question}\n\n${chosen}`) : ctx.editMessageReplyMarkup()).catch(() => undefined);
  if (answer === "no") return ctx.reply(ctx.t("sat-thanks"));
  if (request.status === "closed") {
    const result = requests.reopen(request.id, { id: ctx.from.id, name: ctx.deps.italian("resident-actor") });
    if (!result.ok) return ctx.reply(ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
    await ctx.deps.board.refresh(request.id);
    requests.say(request.id, ctx.deps.italian("resident-reopened-unsatisfied", { number: String(request.id) }));
  }
  await ctx.reply(ctx.t("sat-reopened", { number: String(request.id) }), { reply_markup: backToMenu(ctx) });
});

/** Right after answering, what the resident sends is their comment on the service, not a new message to the desk. */
privateChat.on("message", async (ctx, next) => {
  if (ctx.message.text?.startsWith("/") || ctx.message.sticker) return next();
  const { serviceLevels, requests } = ctx.deps.services;
  const request = serviceLevels.awaitingComment(ctx.from.id);
  // A request opened since then takes what they write, as always.
  if (!request || requests.openFor(ctx.from.id)) return next();
  if (tooLarge(ctx.message)) return ctx.reply(ctx.t("input-too-large", { max: MAX_FILE_MB }));
  const piece = pieceOf(ctx.message);
  if (piece.kind === "other") return next();
  // After 🙁 or 😐 a comment is likely "it is still broken": staff are flagged (above it), and the resident may reopen.
  const unsatisfied = request.satisfaction !== "yes" && request.status === "closed";
  if (unsatisfied) requests.say(request.id, ctx.deps.italian("resident-unsatisfied-comment", { number: String(request.id) }));
  // Beyond what one person may store nothing is kept (they were told once before): no thanks either.
  if (!serviceLevels.comment(request.id, piece, ctx.message.message_id)) return;
  if (unsatisfied) return askToReopen(ctx, request.id);
  await ctx.reply(ctx.t("sat-comment-thanks"));
});
