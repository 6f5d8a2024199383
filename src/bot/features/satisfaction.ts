import { Composer } from "grammy";
import { satisfactionAnswer } from "../callback-data/satisfaction.js";
import type { BotContext } from "../context.js";
import { MAX_FILE_MB, pieceOf, tooLarge } from "../message-pieces.js";

/**
 * "Did we help you?" after staff close a request: the resident's answer (three buttons under the queued
 * question), thanked, and the comment they may add right after (text or voice), which reaches the topic.
 */
export const satisfactionFeature = new Composer<BotContext>();
const privateChat = satisfactionFeature.chatType("private");

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
  if (result.ok) await ctx.reply(ctx.t("sat-thanks"));
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
  // Beyond what one person may store nothing is kept (they were told once before): no thanks either.
  if (serviceLevels.comment(request.id, piece, ctx.message.message_id)) await ctx.reply(ctx.t("sat-comment-thanks"));
});
