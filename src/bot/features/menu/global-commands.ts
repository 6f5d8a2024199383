import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import { menuItem } from "#src/bot/callback-data/menu.js";
import { unfinishedAnswer } from "#src/bot/callback-data/requests.js";
import type { BotContext } from "#src/bot/context.js";
import { showMenu } from "./entries.js";
import { REQUEST_FORM } from "#src/bot/conversations/file-request.js";

/**
 * Ways out that work everywhere, even in the middle of a flow: they sit before the
 * conversations so a waiting flow never swallows them.
 */
export const globalCommandsFeature = new Feature<BotContext>();
const privateChat = globalCommandsFeature.chatType("private");

async function leaveFlows(ctx: BotContext): Promise<boolean> {
  const active = Object.keys(ctx.conversation.active()).length > 0;
  if (active) await ctx.conversation.exitAll();
  return active;
}

privateChat.command("cancel", async (ctx) => {
  const left = await leaveFlows(ctx);
  await ctx.reply(ctx.t(left ? "cancel-done" : "cancel-nothing"), { reply_markup: { remove_keyboard: true } });
  await showMenu(ctx);
});

/**
 * A request half-written is not thrown away by a ways-out command or an old menu button: the
 * resident chooses to continue it or discard it.
 */
async function unfinishedRequest(ctx: BotContext): Promise<boolean> {
  if (!ctx.conversation.active(REQUEST_FORM)) return false;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  const kb = new InlineKeyboard()
    .text(ctx.t("unfinished-continue"), unfinishedAnswer.pack({ choice: "continue" }))
    .row()
    .text(ctx.t("unfinished-discard"), unfinishedAnswer.pack({ choice: "discard" }));
  await ctx.reply(ctx.t("unfinished-request"), { reply_markup: kb });
  return true;
}

privateChat.command(["start", "menu", "language", "help"], async (ctx, next) => {
  if (await unfinishedRequest(ctx)) return;
  await leaveFlows(ctx);
  return next();
});

privateChat.command(["privacy", "mydata", "forget"], async (ctx, next) => {
  await leaveFlows(ctx);
  return next();
});

privateChat.callbackQuery(menuItem.filter(), async (ctx, next) => {
  if (await unfinishedRequest(ctx)) return;
  await leaveFlows(ctx);
  return next();
});

privateChat.callbackQuery(unfinishedAnswer.filter(), async (ctx, next) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  if (unfinishedAnswer.unpack(ctx.callbackQuery.data).choice === "continue") {
    // The form asks its question again, below: the one above may never have been sent (its step was deferred while
    // Telegram failed) or be far up the chat.
    if (ctx.conversation.active(REQUEST_FORM)) return next();
    return showMenu(ctx);
  }
  await leaveFlows(ctx);
  await ctx.reply(ctx.t("unfinished-discarded"), { reply_markup: { remove_keyboard: true } });
  await showMenu(ctx);
});
