import type { Conversation } from "@grammyjs/conversations";
import { LISTENING_DESK } from "#src/domain/participants/service.js";
import { askParticipantSheet } from "#src/bot/features/participants/sheet-flow.js";
import { InlineKeyboard, Keyboard } from "grammy";
import { CATEGORIES, type Category, MAX_ADDRESS_CHARS, type Piece } from "#src/domain/requests/model.js";
import { category } from "#src/bot/callback-data/requests.js";
import { contactChoice, descriptionDone, editChoice, summaryChoice, visitChoice } from "#src/bot/callback-data/flows.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { goesOn, press, pressOrMessage, sendButtons, waitInFlow } from "./press.js";
import type { Message } from "grammy/types";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { escapeMarkup } from "#src/text/format.js";
import { typedPhoneNumber } from "#src/domain/phone-numbers.js";
import { flowStorageKey } from "#src/bot/middlewares/idle-flows.js";
import { MAX_FILE_MB, pieceOf, tooLarge } from "#src/bot/features/requests/message-pieces.js";
import { closedNoticeFor } from "#src/bot/features/opening-hours/texts.js";
import { addressOf } from "#src/bot/features/places/screens.js";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";

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

type Step = "category" | "describe" | "visit" | "contact" | "summary" | "address" | "phone" | "edit";

/**
 * Something the resident sent before the form asked for it — outside any flow, before they had
 * agreed to the privacy notice (then only its kind and id are known), or at the topic step — kept
 * to become the first piece of the request instead of being dropped.
 */
export type HeldPiece = Omit<Piece, "text" | "fileId"> & { text?: string; fileId?: string };
const REMOVE_KEYBOARD = { remove_keyboard: true } as const;

/**
 * Where a form stands between two messages of the resident: the step, what it has gathered, and the step's question
 * once sent (its words and buttons: a press is checked against them, a hint repeats them).
 */
interface Form {
  step: Step;
  draft: Draft;
  /** Changing an answer from the summary: each step then goes back to the summary. */
  editing: boolean;
  carried: Piece[];
  asked?: Message;
  /** The description's receipt asks the visit question (the first time); the message whose buttons a first piece retires. */
  asksVisit?: boolean;
  promptButtons?: number;
}

/**
 * The form as it stood at the end of the last pass of this update (see settle), for the pass that starts over: kept
 * per update context, and as JSON, so the form a pass reads and the one its log records can never be the same object.
 */
const handedOver = new WeakMap<object, string>();

/**
 * A resident files a request: topic → what happens (text, voice, photos) → desk or home visit, asked on the receipt
 * of what arrived (answering it ends the description) → summary with Send (answered in the chat) / Call me instead /
 * Change / Cancel → a number. Six taps from /start for a first request: nothing asked that has an obvious answer
 * (a chat is where they are, so the chat is how they are answered unless they ask for a call).
 *
 * A step is asked, then waited for. The conversations plugin replays a flow from its start on every message, and a
 * form's log grew with every step (the send step replayed thirteen operations and 6 KB of state). So each time the
 * form is about to wait for a new answer it hands its state over and rewinds to its top (`settle`): the log holds the
 * entering update, the form's state and the wait, whatever the step; the next message replays those three and goes on.
 */
export async function fileRequest(conversation: Convo, ctx: FlowContext, held?: HeldPiece | HeldPiece[]) {
  const top = conversation.checkpoint();
  const saved = await conversation.external((c) => {
    const json = handedOver.get(c);
    handedOver.delete(c);
    return json;
  });
  // What the resident already said (they said yes to sending it: see askToSendHeld), carried into the description;
  // the topic is still asked, so the request reaches the team that handles it. Answered here in the chat unless they
  // ask for a call (on the summary, or by changing "Contact").
  const form: Form = saved
    ? (JSON.parse(saved) as Form)
    : { step: "category", draft: { pieces: 0, contact: "chat" }, editing: false, carried: held ? ((Array.isArray(held) ? held : [held]) as Piece[]) : [] };
  /** The form waits from here on for its next answer: its state goes to the pass that starts again from the top. */
  const settle = async (): Promise<never> => {
    const json = JSON.stringify(form);
    await conversation.external((c) => void handedOver.set(c, json));
    return await conversation.rewind(top);
  };
  // A form's first question is waited for where it was asked: the log is as short as it will be after a rewind, and
  // a second pass through the flow on the update that opens the form would cost more than it saves.
  let first = !saved;
  /** The step's question, sent: recorded, then waited for. */
  const ask = async (sent: Message): Promise<Message> => {
    form.asked = sent;
    if (!first) await settle();
    first = false;
    return sent;
  };
  /** The next step, asked on this same update. */
  const go = (step: Step) => {
    form.step = step;
    form.asked = undefined;
  };
  for (;;) {
    const { draft } = form;
    if (form.step === "category") {
      // A message that cannot be a description was answered with why: the question stands.
      const chosen = (await askCategory(conversation, ctx, form.asked ?? (await ask(await sendCategories(ctx))))) ?? (await settle());
      draft.category = chosen.category;
      // A voice note or a text instead of a topic: it is the description, under "other" (staff can recategorise).
      if (chosen.piece) form.carried = [...form.carried, chosen.piece];
      go(form.editing && !chosen.piece ? "summary" : "describe");
    } else if (form.step === "describe") {
      // The first time, the receipt asks the visit question and its answer ends the description; when changing it,
      // "Done" goes back to the summary.
      if (!form.asked) await ask(await startDescription(conversation, ctx, form));
      const described = (await collectDescription(conversation, ctx, form.asksVisit!, form.promptButtons)) ?? (await settle());
      draft.pieces = described.pieces;
      go(described.visit ? setVisit(draft, described.visit) : "summary");
    } else if (form.step === "address") {
      const keyboard = new Keyboard().requestLocation(ctx.t("req-share-location")).resized().oneTime();
      if (!form.asked) await ask(await ctx.reply(ctx.t("req-address-question"), { reply_markup: keyboard }));
      if (!(await askAddress(conversation, draft, keyboard))) await settle();
      go("summary");
    } else if (form.step === "visit") {
      const question = ctx.t("req-visit-question", addressOf(ctx));
      const buttons: Array<[string, { visit: "desk" | "home" }]> = [
        ["req-visit-desk", { visit: "desk" }],
        ["req-visit-home", { visit: "home" }],
      ];
      const asked = form.asked ?? (await ask(await sendButtons(ctx, question, visitChoice, buttons)));
      go(setVisit(draft, (await press(conversation, asked, visitChoice, { echo: true })).visit));
    } else if (form.step === "contact") {
      const buttons: Array<[string, { contact: "chat" | "phone" }]> = [
        ["req-contact-chat", { contact: "chat" }],
        ["req-contact-phone", { contact: "phone" }],
      ];
      const asked = form.asked ?? (await ask(await sendButtons(ctx, ctx.t("req-contact-question"), contactChoice, buttons)));
      draft.contact = (await press(conversation, asked, contactChoice, { echo: true })).contact;
      draft.phone = undefined;
      go(draft.contact === "phone" ? "phone" : "summary");
    } else if (form.step === "phone") {
      // A call instead of the chat: their own number, shared with the button under the input field or typed.
      const keyboard = new Keyboard().requestContact(ctx.t("req-share-phone")).resized().oneTime();
      if (!form.asked) {
        draft.contact = "phone";
        draft.phone = undefined;
        await ask(await ctx.reply(ctx.t("req-phone-or-type"), { reply_markup: keyboard }));
      }
      if (!(await askPhone(conversation, draft, keyboard))) await settle();
      go("summary");
    } else if (form.step === "edit") {
      const asked = form.asked ?? (await ask(await sendEditChoices(ctx)));
      form.editing = true;
      go((await press(conversation, asked, editChoice, { echo: true })).step);
    } else {
      const choice = (await press(conversation, form.asked ?? (await ask(await showSummary(ctx, draft))), summaryChoice)).choice;
      if (choice === "cancel") {
        await ctx.reply(ctx.t("cancel-done"), { reply_markup: REMOVE_KEYBOARD });
        return;
      }
      if (choice === "send") break;
      go(choice === "phone" ? "phone" : "edit");
    }
  }
  await submit(conversation, ctx, form.draft);
}

/** The topics, by button; the topics name ATC (the agency that owns and repairs the flats): the question says what it is. */
function sendCategories(ctx: FlowContext): Promise<Message> {
  const kb = new InlineKeyboard();
  for (const c of CATEGORIES) kb.text(ctx.t(`cat-${c}`), category.pack({ category: c })).row();
  return ctx.reply(ctx.t("req-choose-category-explained"), { reply_markup: kb });
}

/**
 * The topic, by button; a message instead (voice, text, photo) becomes the description under "other"; undefined when
 * the message could not be one (the resident was told why, and the question stands).
 */
async function askCategory(conversation: Convo, ctx: FlowContext, offered: Message): Promise<{ category: Category; piece?: Piece } | undefined> {
  const answer = await pressOrMessage(conversation, offered, category, { echo: true });
  if ("pressed" in answer) return answer.pressed;
  const piece = await usablePiece(answer.message);
  return piece ? { category: "other", piece } : undefined;
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
 * question. Returns what was sent, to wait on (see collectDescription).
 */
async function startDescription(conversation: Convo, ctx: FlowContext, form: Form): Promise<Message> {
  const { carried } = form;
  const asksVisit = !form.editing;
  const step = receiptStep(ctx, asksVisit);
  // The pieces are kept beside the flow, not in its log: a description in twenty messages costs
  // no more to replay than one (each message is handled outside the flow and leaves no trace in it).
  const key = flowStorageKey(ctx)!;
  await conversation.external((c) => c.deps.services.formPieces.start(key, carried));
  // With something already said, the receipt comes at once; otherwise the question, with no button until a piece
  // arrives (the "Done" of an editing pass excepted: there the old description may be kept as it is).
  const prompt = carried.length
    ? await ctx.reply(step.text(ctx, carried.length), { reply_markup: step.keyboard })
    : asksVisit
      ? await ctx.reply(ctx.t("req-describe-open"))
      : await ctx.reply(ctx.t("req-describe"), { reply_markup: step.keyboard });
  if (carried.length) await conversation.external((c) => c.deps.services.formPieces.setReceipt(key, prompt.message_id));
  form.carried = [];
  form.asksVisit = asksVisit;
  // The open question offers no button: nothing of it to retire when the receipt takes the live control.
  form.promptButtons = carried.length || !asksVisit ? prompt.message_id : undefined;
  return prompt;
}

/**
 * Collects the description: how many pieces it has (they are read back when the form is sent) and, the first time,
 * the answer to the visit question its receipt asks (answering it is how the resident says they are done); undefined
 * when the answer came before any piece (the resident was told, and the step stands).
 */
async function collectDescription(
  conversation: Convo,
  ctx: FlowContext,
  asksVisit: boolean,
  promptButtons: number | undefined,
): Promise<{ pieces: number; visit?: "desk" | "home" } | undefined> {
  const step = receiptStep(ctx, asksVisit);
  const key = flowStorageKey(ctx)!;
  const ends = (data: string | undefined) => (asksVisit ? visitChoice.is(data) : descriptionDone.is(data));
  const next = await waitInFlow(conversation, (c) => ends(c.callbackQuery?.data), (c) => keepPiece(c, key, step, promptButtons));
  const pieces = await conversation.external((c) => c.deps.services.formPieces.all(key).length);
  if (pieces === 0) {
    await next.answerCallbackQuery({ text: next.t("req-describe-empty") });
    return undefined;
  }
  await next.answerCallbackQuery();
  const data = next.callbackQuery!.data!;
  if (!asksVisit) {
    await next.editMessageReplyMarkup().catch(() => undefined);
    return { pieces };
  }
  // The receipt keeps its question and shows the answer under it (on WhatsApp, where an edit is a new message, it
  // only stops offering its buttons).
  const label = step.keyboard.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data === data)?.text;
  const retire = () => next.editMessageReplyMarkup().catch(() => undefined);
  await (label && !isWhatsAppChat(next.chat?.id) ? next.editMessageText(`${step.text(next, pieces)}\n\n✔️ ${label}`).catch(retire) : retire());
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
async function askAddress(conversation: Convo, draft: Draft, keyboard: Keyboard): Promise<boolean> {
  const next = await waitInFlow(
    conversation,
    (c) => c.has(["message:text", "message:location"]),
    (c) => c.reply(c.t("req-address-question"), { reply_markup: keyboard }),
  );
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

/** Their own number, shared with the button under the input field or typed (many write it rather than look for a button). */
async function askPhone(conversation: Convo, draft: Draft, keyboard: Keyboard): Promise<boolean> {
  const next = await waitInFlow(
    conversation,
    (c) => c.has("message:contact") || typedPhoneNumber(c.message?.text ?? "") !== undefined,
    (c) => c.reply(c.t("req-phone-or-type"), { reply_markup: keyboard }),
  );
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
  // Saved and queued for the operator group in one transaction: the outbox takes it from here. The share-phone and
  // location keyboards went with the summary (showSummary), so the number comes with the way back to the menu at once.
  await ctx.reply(ctx.t("req-sent", { number: String(filed.id) }), { reply_markup: backToMenu(ctx) });
  // Filed while the desk is closed: when it will be read (once per closed period); staff have it already.
  const closed = await conversation.external((c) => closedNoticeFor(c));
  if (closed) await ctx.reply(closed);
  // Followed by the listening desk from now on: a participant, when the desk file counts them (asked once).
  await askParticipantSheet(conversation, ctx, { kind: "self" }, { activityId: LISTENING_DESK, deskId: null, teamId: filed.teamId });
}
