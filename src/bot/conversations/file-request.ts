import type { Conversation } from "@grammyjs/conversations";
import { LISTENING_DESK } from "#src/domain/participants/service.js";
import { askParticipantSheet } from "#src/bot/features/participants/sheet-flow.js";
import { InlineKeyboard, Keyboard } from "grammy";
import { CATEGORIES, type Category, MAX_ADDRESS_CHARS, type Piece } from "#src/domain/requests/model.js";
import { category } from "#src/bot/callback-data/requests.js";
import { contactChoice, descriptionDone, editChoice, summaryChoice, visitChoice } from "#src/bot/callback-data/flows.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { askByButtons, goesOn, press, pressOrMessage, waitInFlow } from "./press.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { escapeMarkup } from "#src/text/format.js";
import { flowStorageKey } from "#src/bot/middlewares/idle-flows.js";
import { MAX_FILE_MB, pieceOf, tooLarge } from "#src/bot/features/requests/message-pieces.js";
import { closedNoticeFor } from "#src/bot/features/opening-hours/texts.js";
import { addressOf } from "#src/bot/features/places/screens.js";

type Convo = Conversation<BotContext, FlowContext>;

interface Draft {
  category?: Category;
  /** How many pieces the description has (they are kept beside the flow: see collectDescription). */
  pieces: number;
  visit?: "desk" | "home";
  address?: string;
  location?: { latitude: number; longitude: number };
  contact?: "chat" | "phone";
  phone?: string;
}

type Step = "category" | "describe" | "visit" | "contact" | "summary";

/**
 * Something the resident sent before the form asked for it — outside any flow, before they had
 * agreed to the privacy notice (then only its kind and id are known), or at the topic step — kept
 * to become the first piece of the request instead of being dropped.
 */
export type HeldPiece = Omit<Piece, "text" | "fileId"> & { text?: string; fileId?: string };
const REMOVE_KEYBOARD = { remove_keyboard: true } as const;

/**
 * A resident files a request: topic → what happens (text, voice, photos; "Done") → desk or home
 * visit → how to reach them → summary with Send / Change / Cancel → a number.
 */
export async function fileRequest(conversation: Convo, ctx: FlowContext, held?: HeldPiece | HeldPiece[]) {
  const draft: Draft = { pieces: 0 };
  let step: Step = "category";
  let editing = false;
  // What the resident already said (they said yes to sending it: see askToSendHeld), carried into the description;
  // the topic is still asked, so the request reaches the team that handles it.
  let carried: Piece[] = held ? ((Array.isArray(held) ? held : [held]) as Piece[]) : [];
  for (;;) {
    if (step === "category") {
      const chosen = await askCategory(conversation, ctx);
      draft.category = chosen.category;
      // A voice note or a text instead of a topic: it is the description, under "other" (staff can recategorise).
      if (chosen.piece) carried = [...carried, chosen.piece];
      step = editing && !chosen.piece ? "summary" : "describe";
    } else if (step === "describe") {
      draft.pieces = await collectDescription(conversation, ctx, carried);
      carried = [];
      step = editing ? "summary" : "visit";
    } else if (step === "visit") {
      await askVisit(conversation, ctx, draft);
      step = editing ? "summary" : "contact";
    } else if (step === "contact") {
      await askContact(conversation, ctx, draft);
      step = "summary";
    } else {
      const choice = await showSummary(conversation, ctx, draft);
      if (choice === "cancel") {
        await ctx.reply(ctx.t("cancel-done"), { reply_markup: REMOVE_KEYBOARD });
        return;
      }
      if (choice === "send") break;
      editing = true;
      step = await askWhatToEdit(conversation, ctx);
    }
  }
  await submit(conversation, ctx, draft);
}

/** The topic, by button; a message instead (voice, text, photo) becomes the description under "other". */
async function askCategory(conversation: Convo, ctx: FlowContext): Promise<{ category: Category; piece?: Piece }> {
  const kb = new InlineKeyboard();
  for (const c of CATEGORIES) kb.text(ctx.t(`cat-${c}`), category.pack({ category: c })).row();
  const offered = await ctx.reply(ctx.t("req-choose-category"), { reply_markup: kb });
  for (;;) {
    const answer = await pressOrMessage(conversation, offered, category);
    if ("pressed" in answer) return answer.pressed;
    const piece = await usablePiece(answer.message);
    if (piece) return { category: "other", piece };
  }
}

/**
 * A resident's message as a piece of the description, or undefined after telling them why not (a file
 * too large is answered with `keyboard`, the step's way on, where the step has one).
 */
async function usablePiece(next: FlowContext, keyboard?: InlineKeyboard): Promise<Piece | undefined> {
  const message = next.message;
  if (!message || message.sticker) {
    await next.reply(next.t(message?.sticker ? "input-sticker" : "input-unsupported"));
    return undefined;
  }
  if (tooLarge(message)) {
    await next.reply(next.t("input-too-large", { max: MAX_FILE_MB }), keyboard ? { reply_markup: keyboard } : {});
    return undefined;
  }
  const piece = pieceOf(message);
  if (piece.kind === "other") {
    await next.reply(next.t("input-unsupported"));
    return undefined;
  }
  return { ...piece, messageId: message.message_id };
}

/** Collects the description and returns how many pieces it has; the pieces are read back when the form is sent. */
async function collectDescription(conversation: Convo, ctx: FlowContext, carried: Piece[] = []): Promise<number> {
  const done = new InlineKeyboard().text(ctx.t("req-done"), descriptionDone.pack());
  // The pieces are kept beside the flow, not in its log: a description in twenty messages costs
  // no more to replay than one (each message is handled outside the flow and leaves no trace in it).
  const key = flowStorageKey(ctx)!;
  await conversation.external((c) => c.deps.services.formPieces.start(key, carried));
  // With something already said, the resident hears it arrived and may add more; otherwise they are asked.
  const prompt = await ctx.reply(carried.length ? ctx.t("req-pieces-received", { count: carried.length }) : ctx.t("req-describe"), { reply_markup: done });
  if (carried.length) await conversation.external((c) => c.deps.services.formPieces.setReceipt(key, prompt.message_id));
  for (;;) {
    const next = await waitInFlow(conversation, (c) => descriptionDone.is(c.callbackQuery?.data), (c) => keepPiece(c, key, done, prompt.message_id));
    const pieces = await conversation.external((c) => c.deps.services.formPieces.all(key).length);
    if (pieces === 0) {
      await next.answerCallbackQuery({ text: next.t("req-describe-empty") });
      continue;
    }
    await next.answerCallbackQuery();
    await next.editMessageReplyMarkup().catch(() => undefined);
    return pieces;
  }
}

/**
 * A message for the description: kept, or refused with the reason; a press on another button gets a hint. One
 * "Received (n) · ✅ Done" message is edited as pieces arrive, so there is one live "Done" button, not one per piece.
 */
async function keepPiece(next: FlowContext, key: string, done: InlineKeyboard, promptId: number): Promise<unknown> {
  // "Go on" with the form: this step again, below, with its one live "Done".
  if (goesOn(next)) return askDescriptionAgain(next, key, done);
  if (next.callbackQuery) return next.answerCallbackQuery({ text: next.t("input-use-buttons") });
  const { formPieces } = next.deps.services;
  const piece = await usablePiece(next, done);
  if (!piece) return;
  if (formPieces.add(key, piece) === "too-long") {
    return next.reply(next.t("req-description-too-long"), { reply_markup: done });
  }
  const count = formPieces.all(key).length;
  const text = next.t("req-pieces-received", { count });
  const receipt = formPieces.receipt(key);
  const chatId = next.chat!.id;
  if (receipt !== undefined) {
    const edited = await next.api.editMessageText(chatId, receipt, text, { reply_markup: done }).then(
      () => true,
      (error: Error) => error.message.includes("not modified"),
    );
    if (edited) return;
    // The receipt can no longer be edited (deleted, too old): a new one takes its place, the old one loses its button.
    await next.api.editMessageReplyMarkup(chatId, receipt).catch(() => undefined);
  } else {
    // The question's own "Done" goes: the receipt below it carries the one live button.
    await next.api.editMessageReplyMarkup(chatId, promptId).catch(() => undefined);
  }
  const sent = await next.reply(text, { reply_markup: done });
  formPieces.setReceipt(key, sent.message_id);
}

/** The description step shown again: its question, or the receipt of what arrived (which takes the live "Done"). */
async function askDescriptionAgain(next: FlowContext, key: string, done: InlineKeyboard): Promise<unknown> {
  const { formPieces } = next.deps.services;
  const count = formPieces.all(key).length;
  if (!count) return next.reply(next.t("req-describe"), { reply_markup: done });
  const receipt = formPieces.receipt(key);
  if (receipt !== undefined) await next.api.editMessageReplyMarkup(next.chat!.id, receipt).catch(() => undefined);
  const sent = await next.reply(next.t("req-pieces-received", { count }), { reply_markup: done });
  formPieces.setReceipt(key, sent.message_id);
}

async function askVisit(conversation: Convo, ctx: FlowContext, draft: Draft) {
  const { visit } = await askByButtons(conversation, ctx, ctx.t("req-visit-question", addressOf(ctx)), visitChoice, [
    ["req-visit-desk", { visit: "desk" }],
    ["req-visit-home", { visit: "home" }],
  ]);
  draft.visit = visit;
  draft.address = undefined;
  draft.location = undefined;
  if (draft.visit === "desk") return;
  const keyboard = new Keyboard().requestLocation(ctx.t("req-share-location")).resized().oneTime();
  await ctx.reply(ctx.t("req-address-question"), { reply_markup: keyboard });
  for (;;) {
    const next = await waitInFlow(
      conversation,
      (c) => c.has(["message:text", "message:location"]),
      (c) => c.reply(c.t("req-address-question"), { reply_markup: keyboard }),
    );
    const message = next.message!;
    if (message.location) {
      draft.location = { latitude: message.location.latitude, longitude: message.location.longitude };
      return;
    }
    const text = message.text!.trim();
    if (text.length > MAX_ADDRESS_CHARS) {
      await next.reply(next.t("req-address-too-long"));
      continue;
    }
    draft.address = text;
    return;
  }
}

async function askContact(conversation: Convo, ctx: FlowContext, draft: Draft) {
  const { contact } = await askByButtons(conversation, ctx, ctx.t("req-contact-question"), contactChoice, [
    ["req-contact-chat", { contact: "chat" }],
    ["req-contact-phone", { contact: "phone" }],
  ]);
  draft.contact = contact;
  draft.phone = undefined;
  if (draft.contact === "chat") return;
  const keyboard = new Keyboard().requestContact(ctx.t("req-share-phone")).resized().oneTime();
  await ctx.reply(ctx.t("req-share-phone-prompt"), { reply_markup: keyboard });
  for (;;) {
    const next = await waitInFlow(
      conversation,
      (c) => c.has("message:contact"),
      (c) => c.reply(c.t("req-share-phone-prompt"), { reply_markup: keyboard }),
    );
    const contact = next.message!.contact!;
    // Only the resident's own number: a forwarded contact card is someone else's data.
    if (contact.user_id !== next.from?.id) {
      await next.reply(next.t("req-share-phone-own"), { reply_markup: keyboard });
      continue;
    }
    draft.phone = contact.phone_number;
    return;
  }
}

async function showSummary(conversation: Convo, ctx: FlowContext, draft: Draft): Promise<"send" | "edit" | "cancel"> {
  const visit =
    draft.visit === "home"
      ? ctx.t("req-summary-visit-home", { address: draft.address ? escapeMarkup(draft.address) : ctx.t("req-summary-location") })
      : ctx.t("req-summary-visit-desk");
  const contact =
    draft.contact === "phone"
      ? ctx.t("req-summary-contact-phone", { phone: escapeMarkup(draft.phone ?? "") })
      : ctx.t("req-summary-contact-chat");
  const kb = new InlineKeyboard()
    .text(ctx.t("req-send"), summaryChoice.pack({ choice: "send" }))
    .row()
    .text(ctx.t("req-edit"), summaryChoice.pack({ choice: "edit" }))
    .text(ctx.t("req-cancel"), summaryChoice.pack({ choice: "cancel" }));
  // The resident's own values were escaped before they entered the translations above: escaping
  // a translation afterwards would mangle Fluent's bidi isolation marks.
  const offered = await ctx.reply(
    ctx.t("req-summary", {
      category: ctx.t(`cat-${draft.category}`),
      pieces: draft.pieces,
      visit,
      contact,
    }),
    { parse_mode: "HTML", reply_markup: kb },
  );
  return (await press(conversation, offered, summaryChoice)).choice;
}

async function askWhatToEdit(conversation: Convo, ctx: FlowContext): Promise<Step> {
  const kb = new InlineKeyboard()
    .text(ctx.t("req-edit-category"), editChoice.pack({ step: "category" }))
    .text(ctx.t("req-edit-description"), editChoice.pack({ step: "describe" }))
    .row()
    .text(ctx.t("req-edit-visit"), editChoice.pack({ step: "visit" }))
    .text(ctx.t("req-edit-contact"), editChoice.pack({ step: "contact" }));
  const offered = await ctx.reply(ctx.t("req-edit-what"), { reply_markup: kb });
  return (await press(conversation, offered, editChoice)).step;
}

async function submit(conversation: Convo, ctx: FlowContext, draft: Draft) {
  const residentId = ctx.from!.id;
  const language = (await ctx.i18n.getLocale()) as string;
  const filed = await conversation.external((c) => {
    // The description's pieces were kept beside the flow while the resident wrote them.
    const pieces = c.deps.services.formPieces.all(flowStorageKey(c)!);
    const result = c.deps.services.requests.file({
      residentId,
      category: draft.category!,
      language,
      visit: draft.visit!,
      address: draft.address,
      location: draft.location,
      contact: draft.contact!,
      phone: draft.phone,
      pieces,
      formKey: pieces[0]?.messageId,
    });
    return { id: result.request.id, pieces: result.pieces.length, teamId: result.request.teamId };
  });
  // Saved and queued for the operator group in one transaction: the outbox takes it from here.
  const sent = await ctx.reply(ctx.t("req-sent", { number: String(filed.id) }), { reply_markup: REMOVE_KEYBOARD });
  // A message carries one keyboard: the share-phone/location one goes, then the way back to the menu is added.
  await ctx.api.editMessageReplyMarkup(sent.chat.id, sent.message_id, { reply_markup: backToMenu(ctx) }).catch(() => undefined);
  // Filed while the desk is closed: when it will be read (once per closed period); staff have it already.
  const closed = await conversation.external((c) => closedNoticeFor(c));
  if (closed) await ctx.reply(closed);
  // Followed by the listening desk from now on: a participant, when the desk file counts them (asked once).
  await askParticipantSheet(conversation, ctx, { kind: "self" }, { activityId: LISTENING_DESK, deskId: null, teamId: filed.teamId });
}
