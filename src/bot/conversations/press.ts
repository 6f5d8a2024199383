import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { CallbackData } from "#src/bot/callback-data/define.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { isLongLived } from "#src/bot/callback-data/long-lived.js";
import { unfinishedAnswer } from "#src/bot/callback-data/requests.js";
import { wasOffered } from "#src/bot/middlewares/offered-buttons.js";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";

type Convo = Conversation<BotContext, FlowContext>;

/**
 * Waits in a flow for a press on one of the buttons of `offered`, the message this step just
 * sent (or a hint that repeats its keyboard); anything else gets a hint that shows the buttons
 * again. A press counts only on this step's keyboard and only for data it offered, so a forged or
 * an older step's button cannot answer this step. Once chosen, the buttons go (with `echo`, the choice is written
 * under the question: for plain-text questions, whose text the flow knows as sent).
 */
export async function press<V>(conversation: Convo, offered: Message, allowed: CallbackData<V>, options: { echo?: boolean } = {}): Promise<V> {
  const answer = await waitForAnswer(conversation, offered, allowed, false, options);
  return allowed.unpack(answer.callbackQuery!.data!);
}

/** Asks `question` with big buttons, one a row (each a label's key and its values), and waits for a press on one. */
export async function askByButtons<V>(
  conversation: Convo,
  ctx: FlowContext,
  question: string,
  data: CallbackData<V>,
  buttons: Array<[labelKey: string, values: NoInfer<V>]>,
): Promise<V> {
  const offered = await sendButtons(ctx, question, data, buttons);
  return press(conversation, offered, data, { echo: true });
}

/** The question of askByButtons, sent: for a flow that waits for its answer on another update (see file-request). */
export function sendButtons<V>(ctx: FlowContext, question: string, data: CallbackData<V>, buttons: Array<[labelKey: string, values: NoInfer<V>]>): Promise<Message> {
  const kb = new InlineKeyboard();
  buttons.forEach(([label, values], i) => {
    if (i > 0) kb.row();
    kb.text(ctx.t(label), (data.pack as (values: V) => string)(values));
  });
  return ctx.reply(question, { reply_markup: kb });
}

/** The same, for steps that take either a button or a message (text, voice, photo…) in its place. */
export async function pressOrMessage<V>(
  conversation: Convo,
  offered: Message,
  allowed: CallbackData<V>,
  options: { echo?: boolean } = {},
): Promise<{ pressed: V } | { message: FlowContext }> {
  const answer = await waitForAnswer(conversation, offered, allowed, true, options);
  return answer.message ? { message: answer } : { pressed: allowed.unpack(answer.callbackQuery!.data!) };
}

async function waitForAnswer<V>(
  conversation: Convo,
  offered: Message,
  allowed: CallbackData<V>,
  acceptMessages: boolean,
  options: { echo?: boolean } = {},
) {
  const question = questionOf(offered, allowed, acceptMessages);
  const answer = await waitInFlow(conversation, question.accepts, question.otherwise);
  if (answer.message) return answer;
  await acknowledge(answer, offered, options.echo);
  return answer;
}

/**
 * How the question `offered` takes an update: a press counts only on this step's keyboard and only for data it
 * offered (a forged or an older step's button cannot answer it), a message only where the step takes one; anything
 * else gets a hint that shows the question again below.
 */
export function questionOf<V>(offered: Message, allowed: CallbackData<V>, acceptMessages: boolean) {
  const keyboard = JSON.stringify(offered.reply_markup ?? null);
  const sameStep = (m: { message_id: number; reply_markup?: unknown } | undefined) =>
    m !== undefined && (m.message_id === offered.message_id || JSON.stringify(m.reply_markup ?? null) === keyboard);
  return {
    accepts(c: FlowContext): boolean {
      if (acceptMessages && c.message && !c.message.text?.startsWith("/")) return true;
      const query = c.callbackQuery;
      if (query?.data === undefined || !sameStep(query.message as never)) return false;
      return allowed.is(query.data) && wasOffered(offered as never, query.data);
    },
    async otherwise(c: FlowContext): Promise<unknown> {
      // "Go on" with the form: its question again, unless it was just sent below the choice.
      if (goesOn(c)) {
        if (offered.message_id > (c.callbackQuery?.message?.message_id ?? 0)) return;
        const again = await c.reply(offered.text ?? c.t("input-use-buttons"), {
          ...(offered.reply_markup ? { reply_markup: offered.reply_markup } : {}),
          ...(offered.entities ? { entities: offered.entities } : {}),
        });
        return retireOtherSteps(c, again.message_id);
      }
      if (!c.callbackQuery) return askAgainBelow(c, offered, "input-answer-below");
      // A button of an earlier step (or one never drawn): the form is still open, and this step's question comes again.
      if (!sameStep(c.callbackQuery.message as never)) {
        await c.answerCallbackQuery({ text: c.t("old-button-toast-form") });
        return askAgainBelow(c, offered, "button-stale-step");
      }
      return c.answerCallbackQuery({ text: c.t("input-use-buttons") });
    },
  };
}

/**
 * A press that answered `offered`: its spinner stops, and the question keeps its text and shows the answer under it
 * (with `echo`), so the chat reads as what was said; then no buttons. Not on WhatsApp, where an edit is a new
 * message: there the choices only stop counting.
 */
export async function acknowledge(answer: FlowContext, offered: Message, echo?: boolean): Promise<void> {
  await answer.answerCallbackQuery();
  const label = echo && !isWhatsAppChat(answer.chat?.id) ? chosenLabel(offered, answer.callbackQuery!.data!) : undefined;
  await (label && offered.text
    ? answer.editMessageText(`${offered.text}\n\n✔️ ${label}`, { entities: offered.entities })
    : answer.editMessageReplyMarkup()
  ).catch(() => undefined);
}

/** The label of the button that carried `data` on the step's message. */
function chosenLabel(offered: Message, data: string): string | undefined {
  for (const button of offered.reply_markup?.inline_keyboard.flat() ?? []) {
    if ("callback_data" in button && button.callback_data === data) return button.text;
  }
  return undefined;
}

/**
 * Something else than an answer: a line saying so, with the step's question itself repeated under it and its buttons,
 * so nobody has to scroll up to find "the question above". The copies above lose their buttons: one live control.
 */
async function askAgainBelow(c: FlowContext, offered: Message, hintKey: string) {
  const hint = c.t(hintKey);
  const question = offered.text;
  const text = question ? `${hint}\n\n${question}` : hint;
  // The question's own formatting, moved down by the line put above it (offsets count UTF-16 units, as length does).
  const shift = text.length - (question?.length ?? 0);
  const entities = question ? offered.entities?.map((e) => ({ ...e, offset: e.offset + shift })) : undefined;
  const asked = await c.reply(text, { ...(offered.reply_markup ? { reply_markup: offered.reply_markup } : {}), ...(entities ? { entities } : {}) });
  await retireOtherSteps(c, asked.message_id);
  return asked;
}

/** Every earlier message of the chat that offers only a form's buttons loses them: the step's one copy is `kept`. */
async function retireOtherSteps(c: FlowContext, kept: number) {
  const chatId = c.chat!.id;
  for (const id of c.deps.services.liveControls.stillOffering(chatId, "f:", kept)) {
    await c.api.editMessageReplyMarkup(chatId, id).catch(() => undefined);
  }
}

/** The resident chose to go on with an unfinished form (see global-commands): the step shows itself again. */
export function goesOn(c: FlowContext): boolean {
  const data = c.callbackQuery?.data;
  return unfinishedAnswer.is(data) && unfinishedAnswer.unpack(data).choice === "continue";
}

/**
 * What an update is to a step waited for outside the conversations plugin (the request form, see file-request): its
 * answer, something else that got `otherwise` (the step waits on), or a press meant for later that goes on to its
 * feature — waitInFlow's rules, for one update.
 */
export async function readUpdate(
  c: FlowContext,
  accept: (c: FlowContext) => boolean | Promise<boolean>,
  otherwise: (c: FlowContext) => Promise<unknown>,
): Promise<"answer" | "wait" | "pass"> {
  if (await accept(c)) return "answer";
  if (isLongLived(c.callbackQuery?.data)) return "pass";
  await otherwise(c);
  return "wait";
}

/**
 * Waits in a flow for an update `accept` takes; anything else gets `otherwise` and the flow keeps waiting — except a
 * press on a button meant to be pressed later (a reminder's, an offer's, a visit's: see isLongLived), which goes on
 * to its feature: an open form never swallows an answer the desk asked for on its own.
 */
export async function waitInFlow(
  conversation: Convo,
  accept: (c: FlowContext) => boolean | Promise<boolean>,
  otherwise: (c: FlowContext) => Promise<unknown>,
): Promise<FlowContext> {
  const c = await conversation.wait();
  if (await accept(c)) return c;
  if (isLongLived(c.callbackQuery?.data)) return await conversation.skip({ next: true });
  await otherwise(c);
  return await conversation.skip({ next: false });
}
