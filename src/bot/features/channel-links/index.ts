import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { Composer } from "grammy";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";
import { LOCALES } from "#src/domain/policy.js";
import { type ChannelLinks, type ChannelName, codeOf } from "#src/channels/whatsapp/links.js";
import type { BotContext } from "#src/bot/context.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { whatsappPrivacyNote } from "#src/bot/features/privacy/notice.js";

const NAMES: Record<ChannelName, string> = { telegram: "Telegram", whatsapp: "WhatsApp" };

/**
 * One person on two channels, said by them: "/link" (on WhatsApp the word, "link", "collega", "ربط" …) shows a code;
 * the code typed in the other chat joins the two (channels/whatsapp/links.ts). Before the flows' ways out and the
 * consent gate, so a code works as the very first message of a new chat, and inside a form.
 */
export function channelLinksFeature(links: ChannelLinks): Composer<BotContext> {
  const feature = new Feature<BotContext>();
  const privateChat = feature.chatType("private");
  // Staff's own Telegram chats with the bot are not residents' (their commands would stop being theirs).
  const isStaff = (ctx: BotContext, chatId: number) => !isWhatsAppChat(chatId) && ctx.deps.staff.isStaff(chatId);

  // The word for it in any language works on Telegram too ("link", "collega", "ربط"): the texts name it so.
  let words: Set<string> | undefined;
  const isLinkWord = (ctx: BotContext, text: string) => {
    words ??= new Set(
      LOCALES.flatMap((locale) => ctx.i18n.fluent.translate(locale, "wa-words-link").split(",")).map((w) => normalise(w)).filter(Boolean),
    );
    return words.has(normalise(text));
  };
  privateChat.on("message:text").filter((ctx) => isLinkWord(ctx, ctx.message.text), (ctx, next) => issue(ctx, next));
  privateChat.command("link", (ctx, next) => issue(ctx, next));

  async function issue(ctx: BotContext & { chat: { id: number }; from: { id: number } }, next: () => Promise<void>) {
    if (await isStaff(ctx, ctx.from.id)) return next();
    const issued = links.issue(ctx.chat.id);
    if ("already" in issued) {
      await ctx.reply(ctx.t("wa-link-already", { other: NAMES[issued.already] }));
      return;
    }
    await ctx.reply(ctx.t("wa-link-code", { other: NAMES[issued.other], code: issued.code }));
  }

  privateChat.on("message:text", async (ctx, next) => {
    if (!codeOf(ctx.message.text)) return next();
    if (await isStaff(ctx, ctx.from.id)) return next();
    const inFlow = Object.keys(ctx.conversation.active()).length > 0;
    const { residents } = ctx.deps.services;
    const consentedHere = !!residents.get(ctx.chat.id)?.consentAt;
    const result = links.claim(ctx.chat.id, ctx.message.text, inFlow);
    switch (result.kind) {
      case "not-a-code":
        return next();
      case "wrong":
        if (!result.answer) return next();
        await ctx.reply(ctx.t("wa-link-wrong"));
        return;
      case "too-many":
        await ctx.reply(ctx.t("wa-link-too-many"));
        return;
      case "same-chat":
        await ctx.reply(ctx.t("wa-link-same-chat"));
        return;
      case "already":
        await ctx.reply(ctx.t("wa-link-already", { other: NAMES[result.other] }));
        return;
      case "linked": {
        // A form half-written in the chat that joined is not carried over.
        if (inFlow && result.claimer !== result.primary) await ctx.conversation.exitAll();
        // The person now reads in the language of the chat they already used.
        ctx.i18n.useLocale(residents.get(result.primary)?.language ?? (await ctx.i18n.getLocale()));
        // Someone whose first words on WhatsApp are the code has not read what WhatsApp adds to the notice.
        const note = isWhatsAppChat(result.claimer) && !consentedHere ? `\n\n${whatsappPrivacyNote(ctx)}` : "";
        // Sent to the person (their WhatsApp chat id): it reaches the chat they wrote the code in, and its button
        // is kept under the id every later press of theirs arrives with.
        await ctx.api.sendMessage(result.primary, `${ctx.t("wa-link-done")}${note}`, { reply_markup: backToMenu(ctx) });
        const request = ctx.deps.services.requests.openFor(result.primary);
        if (request) {
          const [from, to] = isWhatsAppChat(result.claimer) ? ["WhatsApp", "Telegram"] : ["Telegram", "WhatsApp"];
          ctx.deps.services.requests.say(request.id, ctx.deps.italian("wa-board-linked", { from, to }));
        }
        return;
      }
    }
  });

  return feature;
}

function normalise(word: string): string {
  return word.trim().toLowerCase().replace(/^\//, "").normalize("NFC");
}
