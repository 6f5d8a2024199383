import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { backToMenu } from "../keyboards/main-menu.js";
import { registerFlow } from "./menu.js";

/** /privacy, /mydata and /forget: what is kept, a copy of it, and erasure on request. */
export const privacyFeature = new Composer<BotContext>();
const privateChat = privacyFeature.chatType("private");

async function showPrivacy(ctx: BotContext) {
  await ctx.reply(ctx.t("privacy-details", { days: ctx.deps.services.privacy.retentionDays }), {
    parse_mode: "HTML",
    reply_markup: backToMenu(ctx),
  });
}
registerFlow("privacy", showPrivacy);

privateChat.command("privacy", showPrivacy);

privateChat.command("mydata", async (ctx) => {
  const data = ctx.deps.services.privacy.exportData(ctx.from.id);
  const json = JSON.stringify(data ?? { you: { telegramId: ctx.from.id }, note: "nothing stored" }, null, 2);
  await ctx.replyWithDocument(new InputFile(Buffer.from(json, "utf8"), "noi-desk-my-data.json"), {
    caption: ctx.t("mydata-caption"),
  });
});

privateChat.command("forget", async (ctx) => {
  await ctx.reply(ctx.t("forget-confirm"), {
    reply_markup: new InlineKeyboard().text(ctx.t("forget-yes"), "pv:forget").row().text(ctx.t("forget-no"), "pv:keep"),
  });
});

privateChat.callbackQuery("pv:keep", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t("forget-kept"), { reply_markup: backToMenu(ctx) });
});

privateChat.callbackQuery("pv:forget", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const { privacy, requests } = ctx.deps.services;
  // What the group holds of this person's words goes too, as far as Telegram lets the bot delete.
  const theirs = requests.forResident(ctx.from.id).map((r) => r.id);
  const relayed = theirs.flatMap((id) => requests.relayedInGroup(id));
  const reply = ctx.t("forget-done");
  const result = privacy.forget(ctx.from.id);
  for (const id of relayed) await ctx.api.deleteMessage(ctx.deps.operatorChatId, id).catch(() => undefined);
  // Every card shows the person's name and words: all are redrawn, closed ones included.
  for (const id of theirs) await ctx.deps.board.refresh(id);
  for (const r of result?.openRequests ?? []) {
    await ctx.deps.board.say(
      r,
      `🗑 <b>#${r.id}: la persona ha chiesto di essere dimenticata.</b> I suoi dati sono stati cancellati e la richiesta è chiusa; i numeri per le statistiche restano, anonimi.`,
    );
  }
  await ctx.reply(reply, { reply_markup: { remove_keyboard: true } });
});
