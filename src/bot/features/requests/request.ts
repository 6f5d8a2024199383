import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import { closedReply, heldAnswer } from "#src/bot/callback-data/requests.js";
import { satisfactionAnswer } from "#src/bot/callback-data/satisfaction.js";
import type { BotContext } from "#src/bot/context.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { MAX_FILE_MB, pieceOf, tooLarge } from "./message-pieces.js";
import { closedNoticeFor } from "#src/bot/features/opening-hours/texts.js";
import { pageOf } from "#src/bot/conversations/read-letter.js";
import { type HeldPiece, startRequestForm } from "#src/bot/conversations/file-request.js";
import { askToSendHeld, lettersPages } from "./screens.js";

/** The resident's side of the listening desk: filing a request, talking with staff, seeing status. */
export const requestFeature = new Feature<BotContext>();
const privateChat = requestFeature.chatType("private");

/**
 * Outside any flow nothing a resident sends is dropped: it goes to their open request; after a
 * recent close they are asked whether they still need help (a "thank you" must not reopen the
 * request and alarm staff); otherwise they are asked whether to send it to the desk, and it
 * becomes the first piece of a new request.
 */
privateChat.on("message", async (ctx, next) => {
  if (ctx.message.text?.startsWith("/") || ctx.message.sticker) return next();
  if (tooLarge(ctx.message)) return ctx.reply(ctx.t("input-too-large", { max: MAX_FILE_MB }));
  const { requests } = ctx.deps.services;
  const open = requests.openFor(ctx.from.id);
  if (open) {
    // Not stored (the resident reached the storage limit): they were told once, nothing to confirm.
    if (!(await ctx.deps.board.relayIn(open, ctx.message, ctx.api))) return;
    await ctx.reply(ctx.t("relay-delivered"));
    // Outside opening hours, once per closed period: when the desk will read it, and whom to call if urgent.
    const closed = await closedNoticeFor(ctx);
    if (!closed) return;
    // Not given if Telegram fails now: the update runs again and gives it then (its "✔️ Sent" is not repeated).
    return ctx.reply(closed).catch((error: unknown) => {
      ctx.deps.services.serviceLevels.closedNoticeLost(ctx.from.id);
      throw error;
    });
  }
  const piece = pieceOf(ctx.message);
  if (piece.kind === "other") return next();
  const recent = requests.recentlyClosedFor(ctx.from.id);
  if (recent) {
    // Kept on the closed request, shown to staff once the resident says what it is.
    const stored = requests.incoming(recent.id, piece, { sourceMessageId: ctx.message.message_id, relay: false });
    if (!stored.stored) return ctx.deps.board.storageRefused(recent, stored, ctx.api);
    // One question for all she says after the close (one live control): an earlier one goes, and this one covers its
    // words too; the unanswered "did we help you?" gives way to it (writing is her answer).
    const first = await retireClosedQuestions(ctx, recent.id, stored.row.id);
    const kb = new InlineKeyboard()
      .text(ctx.t("closed-help-yes"), closedReply.pack({ answer: "help", messageRowId: first }))
      .row()
      .text(ctx.t("closed-help-no"), closedReply.pack({ answer: "thanks", messageRowId: first }));
    // The closing message already said it is closed: the question does not say it again.
    const asked = recent.satisfactionAskedAt ? "closed-anything-else" : "closed-still-help";
    return ctx.reply(ctx.t(asked, { number: String(recent.id) }), { reply_markup: kb });
  }
  // Several messages before an answer are one question, not one each: the old question goes, one asks for all.
  const { residents } = ctx.deps.services;
  const asked = residents.held(residents.get(ctx.from.id)?.pendingFlow ?? null).askId;
  // A photo, an image or a PDF may be a letter to read: "📄 It's a letter" is offered with the question.
  const page = pageOf(ctx.message);
  const asPage = page && page !== "pdf-too-large" ? { page: page.pdf ? ("pdf" as const) : ("image" as const) } : {};
  const held = residents.holdMessage(ctx.from.id, { ...piece, messageId: ctx.message.message_id, ...asPage }, { append: true });
  if (asked !== undefined && held.length > 1) await ctx.api.deleteMessage(ctx.chat.id, asked).catch(() => undefined);
  await askToSendHeld(ctx, held.length > 1 ? ctx.message.message_id : held[0]!.messageId, held.length);
});

privateChat.callbackQuery(heldAnswer.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const { residents } = ctx.deps.services;
  const held = residents.held(residents.get(ctx.from.id)?.pendingFlow ?? null).pieces;
  residents.rememberFlow(ctx.from.id, null);
  if (!held.length) return ctx.reply(ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
  const answer = heldAnswer.unpack(ctx.callbackQuery.data).answer;
  if (answer === "no") return ctx.reply(ctx.t("held-not-sent"), { reply_markup: backToMenu(ctx) });
  if (answer === "letter") {
    // Offered only when every message held is a page (see askToSendHeld): they become the letter's pages.
    const pages = lettersPages(held);
    if (!pages) return ctx.reply(ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
    return ctx.conversation.enter("readLetter", pages);
  }
  const open = ctx.deps.services.requests.openFor(ctx.from.id);
  if (open) {
    // A request was opened meanwhile: the messages join it.
    for (const h of held) {
      ctx.deps.services.requests.incoming(open.id, { kind: h.kind as never, ...(h.text ? { text: h.text } : {}), ...(h.fileId ? { fileId: h.fileId } : {}) }, { sourceMessageId: h.messageId });
    }
    return ctx.reply(ctx.t("relay-delivered"));
  }
  // Their kinds were read from the messages they came as (message-pieces), so they are pieces' kinds.
  await startRequestForm(ctx, held as HeldPiece[]);
});

privateChat.callbackQuery(closedReply.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const { answer, messageRowId } = closedReply.unpack(ctx.callbackQuery.data);
  const { requests } = ctx.deps.services;
  const italian = ctx.deps.italian;
  const row = requests.message(messageRowId);
  const request = row ? requests.get(row.requestId) : undefined;
  // The row must be this resident's own message, on a request of theirs.
  if (!row || !request || request.residentId !== ctx.from.id || row.direction !== "in") {
    return ctx.reply(ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
  }
  // Everything she wrote since the question's first message, in order.
  const said = requests.messages(request.id).filter((m) => m.direction === "in" && m.id >= row.id);
  if (answer === "thanks") {
    requests.say(request.id, italian("resident-said-thanks", { number: String(request.id) }));
    for (const m of said) requests.relayStored(request.id, m.id);
    return ctx.reply(ctx.t("closed-thanks"), { reply_markup: backToMenu(ctx) });
  }
  if (request.status === "closed") {
    const result = requests.reopen(request.id, { id: ctx.from.id, name: italian("resident-actor") });
    if (!result.ok) return ctx.reply(ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
    await ctx.deps.board.refresh(request.id);
    requests.say(request.id, italian("resident-reopened"));
  }
  for (const m of said) requests.relayStored(request.id, m.id);
  await ctx.reply(ctx.t("request-reopened", { number: String(request.id) }));
});

/**
 * Takes the buttons off the questions of a closing still waiting for an answer — an earlier "do you still need help?"
 * about this request (deleted: the new one below covers its words) and "did we help you?" — and returns the first
 * message row the new question covers.
 */
async function retireClosedQuestions(ctx: BotContext, requestId: number, rowId: number): Promise<number> {
  const chatId = ctx.chat!.id;
  const { liveControls, requests } = ctx.deps.services;
  let first = rowId;
  for (const id of liveControls.stillOffering(chatId, `${closedReply.prefix}:`)) {
    for (const data of liveControls.offeredOn(chatId, id).filter((d) => closedReply.is(d))) {
      const earlier = closedReply.unpack(data).messageRowId;
      if (requests.message(earlier)?.requestId === requestId) first = Math.min(first, earlier);
    }
    await ctx.api.deleteMessage(chatId, id).catch(() => ctx.api.editMessageReplyMarkup(chatId, id).catch(() => undefined));
  }
  for (const id of liveControls.stillOffering(chatId, `${satisfactionAnswer.prefix}:`)) {
    await ctx.api.editMessageReplyMarkup(chatId, id).catch(() => undefined);
  }
  return first;
}
