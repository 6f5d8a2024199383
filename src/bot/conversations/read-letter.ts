import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import { type LetterPage, MAX_PAGES, MAX_PDF_MB } from "#src/domain/letters/service.js";
import { letterPages } from "#src/bot/callback-data/letters.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { MAX_FILE_MB, tooLarge } from "#src/bot/features/requests/message-pieces.js";
import { flowStorageKey } from "#src/bot/middlewares/idle-flows.js";

type Convo = Conversation<BotContext, FlowContext>;

/** A page of a letter in a message: a photo (its largest size), an image sent as a file, or a PDF (not too large). */
export function pageOf(message: Message): LetterPage | "pdf-too-large" | undefined {
  const photo = message.photo?.at(-1);
  if (photo) return { fileId: photo.file_id, messageId: message.message_id, kind: "photo" };
  const doc = message.document;
  if (doc?.mime_type?.startsWith("image/")) return { fileId: doc.file_id, messageId: message.message_id, kind: "document" };
  // Some clients send a PDF as "application/octet-stream": its name says what it is.
  if (doc && (doc.mime_type === "application/pdf" || /\.pdf$/i.test(doc.file_name ?? ""))) {
    if ((doc.file_size ?? 0) > MAX_PDF_MB * 1024 * 1024) return "pdf-too-large";
    return { fileId: doc.file_id, messageId: message.message_id, kind: "document", pdf: true };
  }
  return undefined;
}

/** What the resident is told a page (or a PDF) was received. */
function received(ctx: FlowContext, page: LetterPage, count: number): string {
  return ctx.t(page.pdf ? "letter-pdf-received" : "letter-page-received", { count });
}

/**
 * "📄 Read a letter for me": the resident sends a photo of each page, then "That's all"; the desk reads it
 * (off this update's path) and writes back with what the letter says. A photo already sent (captioned
 * "lettera", or called a letter after it was sent) comes in as the first page.
 */
export async function readLetter(conversation: Convo, ctx: FlowContext, first?: LetterPage | LetterPage[]) {
  // A photo captioned "lettera" is one page; photos sent first and then called a letter ("📄 It's a letter") are several.
  const given = (first === undefined ? [] : Array.isArray(first) ? first : [first]).slice(0, MAX_PAGES);
  const key = flowStorageKey(ctx)!;
  const kb = (pages: number) => {
    const k = new InlineKeyboard();
    if (pages > 0) k.text(ctx.t("letter-pages-done"), letterPages.pack({ step: "done" })).row();
    return k.text(ctx.t("letter-pages-cancel"), letterPages.pack({ step: "cancel" }));
  };
  await conversation.external((c) => c.deps.services.formPieces.start(key, given));
  const last = given.at(-1);
  await ctx.reply(last ? received(ctx, last, given.length) : ctx.t("letter-ask-pages"), { reply_markup: kb(given.length) });
  for (;;) {
    const next = await conversation.waitUntil((c) => letterPages.is(c.callbackQuery?.data), {
      otherwise: (c) => keepPage(c, key, kb),
    });
    const { step } = letterPages.unpack(next.callbackQuery!.data!);
    await next.answerCallbackQuery();
    await next.editMessageReplyMarkup().catch(() => undefined);
    if (step === "cancel") {
      await next.reply(next.t("letter-cancelled"), { reply_markup: backToMenu(next) });
      return;
    }
    const pages = await conversation.external((c) => c.deps.services.formPieces.all(key) as unknown as LetterPage[]);
    if (pages.length === 0) {
      await next.reply(next.t("letter-ask-pages"), { reply_markup: kb(0) });
      continue;
    }
    const residentId = ctx.from!.id;
    const language = (await ctx.i18n.getLocale()) as string;
    await conversation.external((c) => {
      c.deps.services.letters.receive(residentId, language, pages);
      // Read off the update's path: the answer comes through the outbox when the pages are read.
      c.deps.letters?.wake();
    });
    await next.reply(next.t("letter-reading", { count: pages.length }));
    return;
  }
}

/** A page kept, or the reason it is not (a PDF, a sticker, a file too large), with the step's buttons again. */
async function keepPage(next: FlowContext, key: string, kb: (pages: number) => InlineKeyboard): Promise<unknown> {
  if (next.callbackQuery) return next.answerCallbackQuery({ text: next.t("input-use-buttons") });
  const message = next.message;
  const count = next.deps.services.formPieces.all(key).length;
  if (!message) return;
  if (tooLarge(message)) return next.reply(next.t("input-too-large", { max: MAX_FILE_MB }), { reply_markup: kb(count) });
  const page = pageOf(message);
  if (page === "pdf-too-large") return next.reply(next.t("letter-pdf-too-large", { max: MAX_PDF_MB }), { reply_markup: kb(count) });
  if (!page) return next.reply(next.t("letter-send-photo"), { reply_markup: kb(count) });
  if (count >= MAX_PAGES) return next.reply(next.t("letter-too-many", { max: MAX_PAGES }), { reply_markup: kb(count) });
  next.deps.services.formPieces.add(key, page);
  return next.reply(received(next, page, count + 1), { reply_markup: kb(count + 1) });
}
