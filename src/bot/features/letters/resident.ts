import { Composer } from "grammy";
import { pageOf } from "#src/bot/conversations/read-letter.js";
import type { BotContext } from "#src/bot/context.js";

/**
 * The word "letter" in a photo's caption, in the desk's languages: the photo is read as a letter's first page.
 * Matched on the caption's words only (never shown to anyone), so "lettera" works whatever language was chosen.
 */
const LETTER_WORDS = /(?:^|[\s,.!?:;"'«(])(?:letter[ae]?|lettre|carta|scrisoare|scrisoarea|let[eë]r|leter|رسالة|خطاب|лист|листа|письмо|信|信件)(?=$|[\s,.!?:;"'»)])/iu;

/** A photo (or an image file) sent with "lettera", "letter", "лист" …: read it as a letter, more pages may follow. */
export const lettersFeature = new Composer<BotContext>();
const privateChat = lettersFeature.chatType("private");

privateChat.on(["message:photo", "message:document"], async (ctx, next) => {
  const caption = ctx.message.caption ?? "";
  const page = LETTER_WORDS.test(caption) ? pageOf(ctx.message) : undefined;
  if (!page || page === "pdf") {
    if (page === "pdf") return ctx.reply(ctx.t("letter-pdf"));
    return next();
  }
  await ctx.conversation.enter("readLetter", page);
});
