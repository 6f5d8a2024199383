import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { MAX_PDF_MB } from "#src/domain/letters/service.js";
import { pageOf } from "#src/bot/conversations/read-letter.js";
import type { BotContext } from "#src/bot/context.js";

/**
 * The word "letter" in a photo's caption, in the desk's languages: the photo is read as a letter's first page.
 * Matched on the caption's words only (never shown to anyone), so "lettera" works whatever language was chosen.
 */
const LETTER_WORDS = /(?:^|[\s,.!?:;"'«(])(?:letter[ae]?|lettre|carta|scrisoare|scrisoarea|let[eë]r|leter|رسالة|خطاب|лист|листа|письмо|信|信件)(?=$|[\s,.!?:;"'»)])/iu;

/** A photo, an image file or a PDF sent with "lettera", "letter", "лист" …: read it as a letter, more pages may follow. */
export const lettersFeature = new Feature<BotContext>();
const privateChat = lettersFeature.chatType("private");

privateChat.on(["message:photo", "message:document"], async (ctx, next) => {
  const caption = ctx.message.caption ?? "";
  const page = LETTER_WORDS.test(caption) ? pageOf(ctx.message) : undefined;
  if (!page) return next();
  if (page === "pdf-too-large") return ctx.reply(ctx.t("letter-pdf-too-large", { max: MAX_PDF_MB }));
  await ctx.conversation.enter("readLetter", page);
});
