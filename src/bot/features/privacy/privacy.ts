import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InlineKeyboard, InputFile } from "grammy";
import { stripIsolation } from "#src/text/format.js";
import { forgetAnswer } from "#src/bot/callback-data/onboarding.js";
import type { BotContext } from "#src/bot/context.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { MYDATA_FILE_NAME, writeMyData } from "./mydata-document.js";
import { showPrivacy } from "./screens.js";

/** /privacy, /mydata and /forget: what is kept, a copy of it, and erasure on request. */
export const privacyFeature = new Feature<BotContext>();
const privateChat = privacyFeature.chatType("private");

privateChat.command("privacy", showPrivacy);

privateChat.command("mydata", async (ctx) => {
  // The copy is written to a private temporary file and streamed to Telegram from there: a long
  // history never sits in memory as one string.
  const dir = await mkdtemp(join(tmpdir(), "noi-mydata-"));
  const path = join(dir, MYDATA_FILE_NAME);
  const locale = await ctx.i18n.getLocale();
  try {
    await writeMyData(path, ctx.from.id, {
      privacy: ctx.deps.services.privacy,
      participants: ctx.deps.services.participants,
      translate: (key, vars) => ctx.i18n.fluent.translate(locale, key, vars),
      timezone: ctx.deps.config.timezone,
      locale,
      now: ctx.deps.clock.now(),
      ...(ctx.deps.channels ? { chats: ctx.deps.channels.chatsOf(ctx.from.id) } : {}),
    });
    // The file is named in the person's language; the copy on disk keeps a fixed name.
    await ctx.replyWithDocument(new InputFile(path, stripIsolation(ctx.t("mydata-file-name"))), { caption: ctx.t("mydata-caption") });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

privateChat.command("forget", async (ctx) => {
  await ctx.reply(ctx.t("forget-confirm"), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t("forget-yes"), forgetAnswer.pack({ answer: "forget" }))
      .row()
      .text(ctx.t("forget-no"), forgetAnswer.pack({ answer: "keep" })),
  });
});

privateChat.callbackQuery(forgetAnswer.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  if (forgetAnswer.unpack(ctx.callbackQuery.data).answer === "keep") {
    return ctx.reply(ctx.t("forget-kept"), { reply_markup: backToMenu(ctx) });
  }
  // WhatsApp keeps what the desk cannot reach: the messages on their phone and Meta's delivery copies.
  const reply = isWhatsAppChat(ctx.chat.id) ? `${ctx.t("forget-done")}\n\n${ctx.t("wa-forget-limits")}` : ctx.t("forget-done");
  const erasure = ctx.deps.services.privacy.forget(ctx.from.id);
  // What Telegram holds goes too: cards redrawn, relays, /request pages and rosters deleted or redacted.
  if (erasure) await ctx.deps.board.erase(erasure);
  for (const r of erasure?.openRequests ?? []) {
    await ctx.deps.board.say(r, ctx.deps.italian("erasure-request-closed", { number: String(r.id) }));
  }
  // Their language was remembered in their own command menu too: it goes back to the phone's.
  await ctx.api.deleteMyCommands({ scope: { type: "chat", chat_id: ctx.chat.id } }).catch(() => undefined);
  await ctx.reply(reply, { reply_markup: { remove_keyboard: true } });
});
