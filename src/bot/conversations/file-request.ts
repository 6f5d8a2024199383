import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, Keyboard, type NextFunction } from "grammy";
import type { Message } from "grammy/types";
import { LISTENING_DESK } from "#src/domain/participants/service.js";
import { CATEGORIES, type Category, MAX_ADDRESS_CHARS, type Piece } from "#src/domain/requests/model.js";
import { category } from "#src/bot/callback-data/requests.js";
import type { CallbackData } from "#src/bot/callback-data/define.js";
import { contactChoice, descriptionDone, editChoice, summaryChoice, visitChoice } from "#src/bot/callback-data/flows.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { acknowledge, goesOn, questionOf, readUpdate, sendButtons } from "./press.js";
import { isLongLived } from "#src/bot/callback-data/long-lived.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { escapeMarkup } from "#src/text/format.js";
import { typedPhoneNumber } from "#src/domain/phone-numbers.js";
import { flowStorageKey } from "#src/bot/middlewares/idle-flows.js";
import { MAX_FILE_MB, pieceOf, tooLarge } from "#src/bot/features/requests/message-pieces.js";
import { closedNoticeFor } from "#src/bot/features/opening-hours/texts.js";
import { addressOf } from "#src/bot/features/places/screens.js";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";

interface Draft {
  category?: Category;
  /** How many pieces the description has (they are kept beside the flow: see startDescription). */
  pieces: number;
  visit?: "desk" | "home";
  address?: string;
  location?: { latitude: number; longitude: number };
  contact?: "chat" | "phone";
  phone?: string;
}

type Step = "category" | "describe" | "visit" | "contact" | "summary" | "address" | "phone" | "edit";

/**
 * Something the resident sent before the form asked for it — outside any flow, before they had
 * agreed to the privacy notice (then only its kind and id are known), or at the topic step — kept
 * to become the first piece of the request instead of being dropped.
 */
export type HeldPiece = Omit<Piece, "text" | "fileId"> & { text?: string; fileId?: string };
const REMOVE_KEYBOARD = { remove_keyboard: true } as const;

/** The form's name among the flows (what "an unfinished request" and the ways out look for). */
export const REQUEST_FORM = "fileRequest";

/**
 * Where a form stands between two messages of the resident: the step, what it has gathered, and the step's question
 * as sent (its words and buttons: a press is checked against them, a hint repeats them).
 */
interface Form {
  step: Step;
  draft: Draft;
  /** Changing an answer from the summary: each step then goes back to the summary. */
  editing: boolean;
  /** What the resident said before the description was asked for, to become its first pieces. */
  carried: Piece[];
  asked?: Message;
  /** The description's receipt asks the visit question (the first time); the message whose buttons a first piece retires. */
  asksVisit?: boolean;
  promptButtons?: number;
}

/**
 * A resident files a request: topic → what happens (text, voice, photos) → desk or home visit, asked on the receipt
 * of what arrived (answering it ends the description) → summary with Send (answered in the chat) / Call me instead /
 * Change / Cancel → a number. Six taps from /start for a first request: nothing asked that has an obvious answer
 * (a chat is where they are, so the chat is how they are answered unless they ask for a call).
 *
 * The form is a state machine, not a replayed conversation: the conversations plugin replays a flow from its start on
 * every message, and a form's log grew with every step (its send step replayed thirteen operations and 6 KB of
 * state, twice that with a home visit and a phone number). Here each message is read against the step in hand
 * (Form, kept beside the flow like its pieces) and answered from there. The flow that marks the form open
 * (requestFormOpen) keeps what every flow has — "an unfinished request", the ways out, an idle form ending, a
 * channel link or an erasure dropping it — and is never replayed.
 */
export async function startRequestForm(ctx: BotContext, held?: HeldPiece | HeldPiece[]): Promise<void> {
  await ctx.conversation.enter(REQUEST_FORM);
  // What the resident already said (they said yes to sending it: see askToSendHeld), carried into the description;
  // the topic is still asked, so the request reaches the team that handles it. Answered here in the chat unless they
  // ask for a call (on the summary, or by changing "Contact").
  const carried = held ? ((Array.isArray(held) ? held : [held]) as Piece[]) : [];
  const form: Form = { step: "category", draft: { pieces: 0, contact: "chat" }, editing: false, carried };
  // Kept before its first question: when Telegram fails that, the form is open all the same, and the resident's
  // next message (or "Go on") shows the question (see requestFormStep).
  keep(ctx, form);
  await ask(ctx, form);
  keep(ctx, form);
}

/** The flow that says a form is open; its update goes on at once if it is ever run (the form reads it: requestFormStep). */
export async function requestFormOpen(conversation: Conversation<BotContext, FlowContext>): Promise<void> {
  await conversation.wait();
  await conversation.skip({ next: true });
}

/**
 * A message while the form is open: an answer to the step in hand (the next step is asked), something else (a hint
 * with the question again below, and the step stands), or a press meant for later, which goes on to its feature.
 * Telegram trouble on the way throws before the form is kept: the update runs again later from the same step, and
 * what it had already said is not said twice (the update's journal).
 */
export async function requestFormStep(ctx: BotContext, next: NextFunction): Promise<void> {
  const key = flowStorageKey(ctx)!;
  const json = ctx.deps.services.formPieces.form(key);
  // The flow without its form: one begun before forms were kept beside their flow (since then the two are written
  // together, in the update's transaction). It cannot go on: the resident is told, and their message is read anew.
  if (json === undefined) {
    await ctx.conversation.exit(REQUEST_FORM);
    await ctx.reply(ctx.t("req-form-lost"), { reply_markup: REMOVE_KEYBOARD });
    return next();
  }
  const form = JSON.parse(json) as Form;
  // The step's question never went (Telegram failed it): whatever the resident sends now gets it, below (a press
  // meant for later goes on to its feature).
  if (!form.asked) {
    if (isLongLived(ctx.callbackQuery?.data)) return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ask(ctx, form);
    return keep(ctx, form);
  }
  const outcome = await answer(ctx, form);
  if (outcome === "pass") return next();
  if (outcome === "done") return;
  if (outcome === "next") await ask(ctx, form);
  keep(ctx, form);
}

function keep(ctx: BotContext, form: Form): void {
  ctx.deps.services.formPieces.setForm(flowStorageKey(ctx)!, JSON.stringify(form));
}

/** The step after this one: asked next, on this same update. */
function go(form: Form, step: Step): "next" {
  form.step = step;
  form.asked = undefined;
  return "next";
}

/**
 * A question as the form keeps it: what a press is checked against and a hint repeats — not who sent it, nor the
 * resident's name that Telegram puts in the chat it went to.
 */
function question(sent: Message): Message {
  const { message_id, date, chat, text, entities, reply_markup } = sent;
  return { message_id, date, chat: { id: chat.id, type: chat.type }, text, entities, reply_markup } as Message;
}

/** The step's question, sent (the description's opening does more: see startDescription). */
async function ask(c: BotContext, form: Form): Promise<void> {
  const { draft } = form;
  let sent: Message;
  switch (form.step) {
    case "category":
      sent = await sendCategories(c);
      break;
    case "describe":
      sent = await startDescription(c, form);
      break;
    case "address":
      sent = await c.reply(c.t("req-address-question"), { reply_markup: locationKeyboard(c) });
      break;
    case "visit":
      sent = await sendButtons(c, c.t("req-visit-question", addressOf(c)), visitChoice, [
        ["req-visit-desk", { visit: "desk" }],
        ["req-visit-home", { visit: "home" }],
      ]);
      break;
    case "contact":
      sent = await sendButtons(c, c.t("req-contact-question"), contactChoice, [
        ["req-contact-chat", { contact: "chat" }],
        ["req-contact-phone", { contact: "phone" }],
      ]);
      break;
    case "phone":
      // A call instead of the chat: their own number, shared with the button under the input field or typed.
      draft.contact = "phone";
      draft.phone = undefined;
      sent = await c.reply(c.t("req-phone-or-type"), { reply_markup: phoneKeyboard(c) });
      break;
    case "edit":
      sent = await sendEditChoices(c);
      break;
    case "summary":
      sent = await showSummary(c, draft);
      break;
  }
  form.asked = question(sent);
}

/**
 * This update against the step in hand: "next" when it answered it (the form moved to its next step), "wait" when
 * it did not (it was answered with why, or a hint), "pass" for a press meant for later, "done" when the form is over.
 */
async function answer(c: BotContext, form: Form): Promise<"next" | "wait" | "pass" | "done"> {
  const { draft } = form;
  const asked = form.asked!;
  switch (form.step) {
    case "category": {
      // The topic by button; a message instead (voice, text, photo) becomes the description under "other".
      const q = questionOf(asked, category, true);
      const read = await readUpdate(c, q.accepts, q.otherwise);
      if (read !== "answer") return read;
      let piece: Piece | undefined;
      if (c.callbackQuery) {
        await acknowledge(c, asked, true);
        draft.category = category.unpack(c.callbackQuery.data!).category;
      } else {
        // A message that cannot be a description was answered with why: the question stands.
        piece = await usablePiece(c);
        if (!piece) return "wait";
        // A voice note or a text instead of a topic: it is the description, under "other" (staff can recategorise).
        draft.category = "other";
        form.carried = [...form.carried, piece];
      }
      return go(form, form.editing && !piece ? "summary" : "describe");
    }
    case "describe": {
      const described = await describe(c, form.asksVisit!, form.promptButtons);
      if (typeof described === "string") return described;
      draft.pieces = described.pieces;
      return go(form, described.visit ? setVisit(draft, described.visit) : "summary");
    }
    case "address": {
      const keyboard = locationKeyboard(c);
      const read = await readUpdate(
        c,
        (x) => x.has(["message:text", "message:location"]),
        (x) => x.reply(x.t("req-address-question"), { reply_markup: keyboard }),
      );
      if (read !== "answer") return read;
      return (await takeAddress(c, draft)) ? go(form, "summary") : "wait";
    }
    case "phone": {
      const keyboard = phoneKeyboard(c);
      // The button, or the number typed: many people write it rather than look for a button.
      const read = await readUpdate(
        c,
        (x) => x.has("message:contact") || typedPhoneNumber(x.message?.text ?? "") !== undefined,
        (x) => x.reply(x.t("req-phone-or-type"), { reply_markup: keyboard }),
      );
      if (read !== "answer") return read;
      return (await takePhone(c, draft, keyboard)) ? go(form, "summary") : "wait";
    }
    case "visit": {
      const chosen = await pressOn(c, asked, visitChoice, true);
      return typeof chosen === "string" ? chosen : go(form, setVisit(draft, chosen.visit));
    }
    case "contact": {
      const chosen = await pressOn(c, asked, contactChoice, true);
      if (typeof chosen === "string") return chosen;
      draft.contact = chosen.contact;
      draft.phone = undefined;
      return go(form, draft.contact === "phone" ? "phone" : "summary");
    }
    case "edit": {
      const chosen = await pressOn(c, asked, editChoice, true);
      if (typeof chosen === "string") return chosen;
      form.editing = true;
      return go(form, chosen.step);
    }
    case "summary": {
      const chosen = await pressOn(c, asked, summaryChoice, false);
      if (typeof chosen === "string") return chosen;
      if (chosen.choice === "cancel") {
        await c.reply(c.t("cancel-done"), { reply_markup: REMOVE_KEYBOARD });
        await close(c);
        return "done";
      }
      if (chosen.choice === "send") {
        await submit(c, draft);
        return "done";
      }
      return go(form, chosen.choice === "phone" ? "phone" : "edit");
    }
  }
}

/** A press on one of the step's buttons, acknowledged (with `echo`, the choice written under the question); else what answer returns. */
async function pressOn<V>(c: BotContext, asked: Message, data: CallbackData<V>, echo: boolean): Promise<V | "wait" | "pass"> {
  const q = questionOf(asked, data, false);
  const read = await readUpdate(c, q.accepts, q.otherwise);
  if (read !== "answer") return read;
  await acknowledge(c, asked, echo);
  return data.unpack(c.callbackQuery!.data!);
}

/** The form is over (sent or cancelled): its flow, its state and its pieces go. */
async function close(c: BotContext): Promise<void> {
  await c.conversation.exit(REQUEST_FORM);
  c.deps.services.formPieces.discard(flowStorageKey(c)!);
}

/** The topics, by button; the topics name ATC (the agency that owns and repairs the flats): the question says what it is. */
function sendCategories(ctx: FlowContext): Promise<Message> {
  const kb = new InlineKeyboard();
  for (const c of CATEGORIES) kb.text(ctx.t(`cat-${c}`), category.pack({ category: c })).row();
  return ctx.reply(ctx.t("req-choose-category-explained"), { reply_markup: kb });
}

const locationKeyboard = (c: FlowContext) => new Keyboard().requestLocation(c.t("req-share-location")).resized().oneTime();
const phoneKeyboard = (c: FlowContext) => new Keyboard().requestContact(c.t("req-share-phone")).resized().oneTime();

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

/** How the receipt of the description reads and what it offers: the visit question the first time, else "Done". */
interface ReceiptStep {
  text: (c: FlowContext, count: number) => string;
  keyboard: InlineKeyboard;
}

function receiptStep(ctx: FlowContext, asksVisit: boolean): ReceiptStep {
  if (!asksVisit) {
    return { text: (c, count) => c.t("req-pieces-received", { count }), keyboard: new InlineKeyboard().text(ctx.t("req-done"), descriptionDone.pack()) };
  }
  const keyboard = new InlineKeyboard()
    .text(ctx.t("req-visit-desk"), visitChoice.pack({ visit: "desk" }))
    .row()
    .text(ctx.t("req-visit-home"), visitChoice.pack({ visit: "home" }));
  return { text: (c, count) => c.t("req-pieces-then-visit", { count, ...addressOf(c) }), keyboard };
}

/**
 * Opens the description: what the resident already said becomes its first pieces, then the receipt of them, or the
 * question. Returns what was sent, the step's question.
 */
async function startDescription(ctx: FlowContext, form: Form): Promise<Message> {
  const { carried } = form;
  const asksVisit = !form.editing;
  const step = receiptStep(ctx, asksVisit);
  // The pieces are kept beside the flow, one row each: a description in twenty messages costs no more to go on
  // with than one.
  const key = flowStorageKey(ctx)!;
  const { formPieces } = ctx.deps.services;
  formPieces.start(key, carried);
  // With something already said, the receipt comes at once; otherwise the question, with no button until a piece
  // arrives (the "Done" of an editing pass excepted: there the old description may be kept as it is).
  const prompt = carried.length
    ? await ctx.reply(step.text(ctx, carried.length), { reply_markup: step.keyboard })
    : asksVisit
      ? await ctx.reply(ctx.t("req-describe-open"))
      : await ctx.reply(ctx.t("req-describe"), { reply_markup: step.keyboard });
  if (carried.length) formPieces.setReceipt(key, prompt.message_id);
  form.carried = [];
  form.asksVisit = asksVisit;
  // The open question offers no button: nothing of it to retire when the receipt takes the live control.
  form.promptButtons = carried.length || !asksVisit ? prompt.message_id : undefined;
  return prompt;
}

/**
 * The description step: a piece is kept (see keepPiece); the receipt's answer ends it — how many pieces it has (they
 * are read back when the form is sent) and, the first time, the visit question the receipt asks ("wait" when the
 * answer came before any piece: the resident is told, and the step stands).
 */
async function describe(
  c: BotContext,
  asksVisit: boolean,
  promptButtons: number | undefined,
): Promise<{ pieces: number; visit?: "desk" | "home" } | "wait" | "pass"> {
  const step = receiptStep(c, asksVisit);
  const key = flowStorageKey(c)!;
  const ends = (data: string | undefined) => (asksVisit ? visitChoice.is(data) : descriptionDone.is(data));
  const read = await readUpdate(c, (x) => ends(x.callbackQuery?.data), (x) => keepPiece(x, key, step, promptButtons));
  if (read !== "answer") return read;
  const pieces = c.deps.services.formPieces.all(key).length;
  if (pieces === 0) {
    await c.answerCallbackQuery({ text: c.t("req-describe-empty") });
    return "wait";
  }
  await c.answerCallbackQuery();
  const data = c.callbackQuery!.data!;
  if (!asksVisit) {
    await c.editMessageReplyMarkup().catch(() => undefined);
    return { pieces };
  }
  // The receipt keeps its question and shows the answer under it (on WhatsApp, where an edit is a new message, it
  // only stops offering its buttons).
  const label = step.keyboard.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data === data)?.text;
  const retire = () => c.editMessageReplyMarkup().catch(() => undefined);
  await (label && !isWhatsAppChat(c.chat?.id) ? c.editMessageText(`${step.text(c, pieces)}\n\n✔️ ${label}`).catch(retire) : retire());
  return { pieces, visit: visitChoice.unpack(data).visit };
}

/**
 * A message for the description: kept, or refused with the reason; a press on another button gets a hint. One
 * receipt ("Received (n)" with the step's buttons) is edited as pieces arrive, so there is one live control, not one per piece.
 */
async function keepPiece(next: FlowContext, key: string, step: ReceiptStep, promptId: number | undefined): Promise<unknown> {
  // "Go on" with the form: this step again, below, with its one live control.
  if (goesOn(next)) return askDescriptionAgain(next, key, step);
  const { formPieces } = next.deps.services;
  if (next.callbackQuery) {
    return next.answerCallbackQuery({ text: next.t(formPieces.all(key).length ? "input-use-buttons" : "req-describe-empty") });
  }
  const piece = await usablePiece(next, formPieces.all(key).length ? step.keyboard : undefined);
  if (!piece) return;
  if (formPieces.add(key, piece) === "too-long") {
    return next.reply(next.t("req-description-too-long"), { reply_markup: step.keyboard });
  }
  const count = formPieces.all(key).length;
  const text = step.text(next, count);
  const receipt = formPieces.receipt(key);
  const chatId = next.chat!.id;
  if (receipt !== undefined) {
    const edited = await next.api.editMessageText(chatId, receipt, text, { reply_markup: step.keyboard }).then(
      () => true,
      (error: Error) => error.message.includes("not modified"),
    );
    if (edited) return;
    // The receipt can no longer be edited (deleted, too old): a new one takes its place, the old one loses its button.
    await next.api.editMessageReplyMarkup(chatId, receipt).catch(() => undefined);
  } else if (promptId !== undefined) {
    // The question's own "Done" goes: the receipt below it carries the one live control.
    await next.api.editMessageReplyMarkup(chatId, promptId).catch(() => undefined);
  }
  const sent = await next.reply(text, { reply_markup: step.keyboard });
  formPieces.setReceipt(key, sent.message_id);
}

/** The description step shown again: its question, or the receipt of what arrived (which takes the live control). */
async function askDescriptionAgain(next: FlowContext, key: string, step: ReceiptStep): Promise<unknown> {
  const { formPieces } = next.deps.services;
  const count = formPieces.all(key).length;
  if (!count) return next.reply(next.t("req-describe-open"));
  const receipt = formPieces.receipt(key);
  if (receipt !== undefined) await next.api.editMessageReplyMarkup(next.chat!.id, receipt).catch(() => undefined);
  const sent = await next.reply(step.text(next, count), { reply_markup: step.keyboard });
  formPieces.setReceipt(key, sent.message_id);
}

/** A visit at the desk, or at home with the address asked next: the step that follows. */
function setVisit(draft: Draft, visit: "desk" | "home"): Step {
  draft.visit = visit;
  draft.address = undefined;
  draft.location = undefined;
  return visit === "home" ? "address" : "summary";
}

/** The address of a home visit, typed or a location; false when it was refused (too long: the resident was told). */
async function takeAddress(next: FlowContext, draft: Draft): Promise<boolean> {
  const message = next.message!;
  if (message.location) {
    draft.location = { latitude: message.location.latitude, longitude: message.location.longitude };
    return true;
  }
  const text = message.text!.trim();
  if (text.length > MAX_ADDRESS_CHARS) {
    await next.reply(next.t("req-address-too-long"));
    return false;
  }
  draft.address = text;
  return true;
}

/** Their own number, shared or typed; false when a contact card was someone else's (the resident was told). */
async function takePhone(next: FlowContext, draft: Draft, keyboard: Keyboard): Promise<boolean> {
  const typed = typedPhoneNumber(next.message?.text ?? "");
  if (typed) {
    draft.phone = typed;
    return true;
  }
  const contact = next.message!.contact!;
  // Only the resident's own number: a forwarded contact card is someone else's data.
  if (contact.user_id !== next.from?.id) {
    await next.reply(next.t("req-share-phone-own"), { reply_markup: keyboard });
    return false;
  }
  draft.phone = contact.phone_number;
  return true;
}

/** The summary with its choices (send, call me instead, change, cancel), as sent: the message to wait on. */
async function showSummary(ctx: FlowContext, draft: Draft): Promise<Message> {
  const visit =
    draft.visit === "home"
      ? ctx.t("req-summary-visit-home", { address: draft.address ? escapeMarkup(draft.address) : ctx.t("req-summary-location") })
      : ctx.t("req-summary-visit-desk");
  const contact =
    draft.contact === "phone"
      ? ctx.t("req-summary-contact-phone", { phone: escapeMarkup(draft.phone ?? "") })
      : ctx.t("req-summary-contact-chat");
  const kb = new InlineKeyboard().text(ctx.t("req-send"), summaryChoice.pack({ choice: "send" })).row();
  // Answered in the chat unless they say otherwise: the other way is one tap here, not a question for everyone.
  if (draft.contact === "chat") kb.text(ctx.t("req-call-me-instead"), summaryChoice.pack({ choice: "phone" })).row();
  kb.text(ctx.t("req-edit"), summaryChoice.pack({ choice: "edit" })).text(ctx.t("req-cancel"), summaryChoice.pack({ choice: "cancel" }));
  // The resident's own values were escaped before they entered the translations above: escaping
  // a translation afterwards would mangle Fluent's bidi isolation marks.
  const text = ctx.t("req-summary", {
    category: ctx.t(`cat-${draft.category}`),
    pieces: draft.pieces,
    visit,
    contact,
  });
  // After a typed address or a shared number, the button under the input field (📍 / 📞) goes with this message; a
  // message carries one keyboard, so the summary's own buttons are put on it right after.
  const removes = (draft.visit === "home" || draft.contact === "phone") && !isWhatsAppChat(ctx.chat?.id);
  const offered = await ctx.reply(text, { parse_mode: "HTML", reply_markup: removes ? REMOVE_KEYBOARD : kb });
  const shown = removes
    ? ((await ctx.api.editMessageReplyMarkup(offered.chat.id, offered.message_id, { reply_markup: kb }).catch(() => undefined)) ?? undefined)
    : offered;
  // Not editable (never on Telegram for a fresh message of ours; a channel that cannot): the buttons in their own message.
  if (shown === undefined || shown === true) return await ctx.reply(ctx.t("req-summary-choose"), { reply_markup: kb });
  return shown;
}

function sendEditChoices(ctx: FlowContext): Promise<Message> {
  const kb = new InlineKeyboard()
    .text(ctx.t("req-edit-category"), editChoice.pack({ step: "category" }))
    .text(ctx.t("req-edit-description"), editChoice.pack({ step: "describe" }))
    .row()
    .text(ctx.t("req-edit-visit"), editChoice.pack({ step: "visit" }))
    .text(ctx.t("req-edit-contact"), editChoice.pack({ step: "contact" }));
  return ctx.reply(ctx.t("req-edit-what"), { reply_markup: kb });
}

/** The request filed, the number said; then, once, the participant sheet of the listening desk (a flow of its own). */
async function submit(c: BotContext, draft: Draft): Promise<void> {
  const residentId = c.from!.id;
  const language = (await c.i18n.getLocale()) as string;
  const { formPieces, requests, participants } = c.deps.services;
  // The description's pieces were kept beside the flow while the resident wrote them. Filed twice (this update run
  // again after Telegram trouble), it is one request: the form's first message names it.
  const pieces = formPieces.all(flowStorageKey(c)!);
  const filed = requests.file({
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
  }).request;
  // Saved and queued for the operator group in one transaction: the outbox takes it from here. The share-phone and
  // location keyboards went with the summary (showSummary), so the number comes with the way back to the menu at once.
  await c.reply(c.t("req-sent", { number: String(filed.id) }), { reply_markup: backToMenu(c) });
  // Filed while the desk is closed: when it will be read (once per closed period); staff have it already.
  const closed = await closedNoticeFor(c);
  if (closed) await c.reply(closed);
  // The form ends only once all is said: Telegram trouble above leaves it at its summary, for the update's next run.
  await close(c);
  // Followed by the listening desk from now on: a participant, when the desk file counts them (asked once).
  if (participants.toAskListening(residentId, filed.teamId)) {
    await c.conversation.enter("participantSheet", LISTENING_DESK, null, { kind: "self" }, filed.teamId);
  }
}
