import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { cb, pattern } from "../callback-data.js";
import { backToMenu } from "../keyboards/main-menu.js";
import { MAX_FILE_MB, pieceOf, tooLarge } from "../message-pieces.js";
import { closedNoticeFor } from "../service-texts.js";
import { registerFlow } from "./menu.js";

/** The resident's side of the listening desk: filing a request, talking with staff, seeing status. */
export const requestFeature = new Composer<BotContext>();
const privateChat = requestFeature.chatType("private");

async function openDesk(ctx: BotContext) {
  const open = ctx.deps.services.requests.openFor(ctx.from!.id);
  if (open) return ctx.reply(ctx.t("req-already-open", { number: String(open.id) }));
  await ctx.conversation.enter("fileRequest");
}
registerFlow("desk", openDesk);

export async function listRequests(ctx: BotContext) {
  const mine = ctx.deps.services.requests.forResident(ctx.from!.id).slice(0, 10);
  if (!mine.length) return ctx.reply(ctx.t("my-requests-none"));
  const locale = await ctx.i18n.getLocale();
  const lines = mine.map((r) =>
    ctx.t("my-request-line", {
      number: String(r.id),
      category: ctx.t(`cat-${r.category}`),
      status: ctx.t(`status-${r.status}`),
      date: new Intl.DateTimeFormat(locale, { timeZone: ctx.deps.config.timezone, day: "numeric", month: "short" }).format(
        r.createdAt,
      ),
    }),
  );
  // Every line is the desk's own translated text: nothing of the resident's to escape.
  await ctx.reply([ctx.t("my-requests-title"), ...lines].join("\n"), { parse_mode: "HTML" });
}

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
    if (!(await ctx.deps.board.relayIn(open, ctx.message))) return;
    await ctx.reply(ctx.t("relay-delivered"));
    // Outside opening hours, once per closed period: when the desk will read it, and whom to call if urgent.
    const closed = await closedNoticeFor(ctx);
    return closed ? ctx.reply(closed) : undefined;
  }
  const piece = pieceOf(ctx.message);
  if (piece.kind === "other") return next();
  const recent = requests.recentlyClosedFor(ctx.from.id);
  if (recent) {
    // Kept on the closed request, shown to staff once the resident says what it is.
    const stored = requests.incoming(recent.id, piece, { sourceMessageId: ctx.message.message_id, relay: false });
    if (!stored.stored) return ctx.deps.board.storageRefused(recent, stored);
    const kb = new InlineKeyboard()
      .text(ctx.t("closed-help-yes"), cb.closedReply("help", stored.row.id))
      .row()
      .text(ctx.t("closed-help-no"), cb.closedReply("thanks", stored.row.id));
    return ctx.reply(ctx.t("closed-still-help", { number: String(recent.id) }), { reply_markup: kb });
  }
  ctx.deps.services.residents.holdMessage(ctx.from.id, { ...piece, messageId: ctx.message.message_id });
  await askToSendHeld(ctx, ctx.message.message_id);
});

/** "Send this to the desk?" under the message the resident sent outside any form. */
export async function askToSendHeld(ctx: BotContext, messageId: number) {
  const kb = new InlineKeyboard().text(ctx.t("held-yes"), cb.held("yes")).row().text(ctx.t("held-no"), cb.held("no"));
  await ctx.reply(ctx.t("held-ask"), { reply_markup: kb, reply_parameters: { message_id: messageId, allow_sending_without_reply: true } });
}

privateChat.callbackQuery(pattern.held, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const { residents } = ctx.deps.services;
  const held = residents.heldMessage(residents.get(ctx.from.id)?.pendingFlow ?? null);
  residents.rememberFlow(ctx.from.id, null);
  if (!held) return ctx.reply(ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
  if (ctx.match[1] === "no") return ctx.reply(ctx.t("held-not-sent"), { reply_markup: backToMenu(ctx) });
  const open = ctx.deps.services.requests.openFor(ctx.from.id);
  if (open) {
    // A request was opened meanwhile: the message joins it.
    ctx.deps.services.requests.incoming(open.id, { kind: held.kind as never, ...(held.text ? { text: held.text } : {}), ...(held.fileId ? { fileId: held.fileId } : {}) }, { sourceMessageId: held.messageId });
    return ctx.reply(ctx.t("relay-delivered"));
  }
  await ctx.conversation.enter("fileRequest", held);
});

privateChat.callbackQuery(pattern.closedReply, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const { requests } = ctx.deps.services;
  const row = requests.message(Number(ctx.match[2]));
  const request = row ? requests.get(row.requestId) : undefined;
  // The row must be this resident's own message, on a request of theirs.
  if (!row || !request || request.residentId !== ctx.from.id || row.direction !== "in") {
    return ctx.reply(ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
  }
  if (ctx.match[1] === "thanks") {
    requests.say(request.id, `🙏 <b>#${request.id}</b>: la persona ringrazia. La richiesta resta chiusa.`);
    requests.relayStored(request.id, row.id);
    return ctx.reply(ctx.t("closed-thanks"), { reply_markup: backToMenu(ctx) });
  }
  if (request.status === "closed") {
    const result = requests.reopen(request.id, { id: ctx.from.id, name: "residente" });
    if (!result.ok) return ctx.reply(ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
    await ctx.deps.board.refresh(request.id);
    requests.say(request.id, "🔁 <b>Riaperta</b>: la persona ha ancora bisogno di aiuto.");
  }
  requests.relayStored(request.id, row.id);
  await ctx.reply(ctx.t("request-reopened", { number: String(request.id) }));
});
