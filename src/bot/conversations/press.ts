import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { CallbackData } from "#src/bot/callback-data/define.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { isLongLived } from "#src/bot/callback-data/long-lived.js";
import { unfinishedAnswer } from "#src/bot/callback-data/requests.js";
import { wasOffered } from "#src/bot/middlewares/offered-buttons.js";

type Convo = Conversation<BotContext, FlowContext>;

/**
 * Waits in a flow for a press on one of the buttons of `offered`, the message this step just
 * sent (or a hint that repeats its keyboard); anything else gets a hint that shows the buttons
 * again. A press counts only on this step's keyboard and only for data it offered, so a forged or
 * an older step's button cannot answer this step. Once chosen, the buttons go.
 */
export async function press<V>(conversation: Convo, offered: Message, allowed: CallbackData<V>): Promise<V> {
  const answer = await waitForAnswer(conversation, offered, allowed, false);
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
  const kb = new InlineKeyboard();
  buttons.forEach(([label, values], i) => {
    if (i > 0) kb.row();
    kb.text(ctx.t(label), (data.pack as (values: V) => string)(values));
  });
  const offered = await ctx.reply(question, { reply_markup: kb });
  return press(conversation, offered, data);
}

/** The same, for steps that take either a button or a message (text, voice, photo…) in its place. */
export async function pressOrMessage<V>(
  conversation: Convo,
  offered: Message,
  allowed: CallbackData<V>,
): Promise<{ pressed: V } | { message: FlowContext }> {
  const answer = await waitForAnswer(conversation, offered, allowed, true);
  return answer.message ? { message: answer } : { pressed: allowed.unpack(answer.callbackQuery!.data!) };
}

async function waitForAnswer<V>(conversation: Convo, offered: Message, allowed: CallbackData<V>, acceptMessages: boolean) {
  const keyboard = JSON.stringify(offered.reply_markup ?? null);
  const sameStep = (m: { message_id: number; reply_markup?: unknown } | undefined) =>
    m !== undefined && (m.message_id === offered.message_id || JSON.stringify(m.reply_markup ?? null) === keyboard);
  const answer = await waitInFlow(
    conversation,
    (c) => {
      if (acceptMessages && c.message && !c.message.text?.startsWith("/")) return true;
      const query = c.callbackQuery;
      if (query?.data === undefined || !sameStep(query.message as never)) return false;
      return allowed.is(query.data) && wasOffered(offered as never, query.data);
    },
    async (c) => {
      // "Go on" with the form: its question again, unless it was just sent below the choice.
      if (goesOn(c)) {
        if (offered.message_id > (c.callbackQuery?.message?.message_id ?? 0)) return;
        return c.reply(offered.text ?? c.t("input-use-buttons"), offered.reply_markup ? { reply_markup: offered.reply_markup } : {});
      }
      if (!c.callbackQuery) {
        // The hint carries the step's buttons, so a person who cannot scroll still has them at hand.
        return c.reply(c.t("input-use-buttons"), offered.reply_markup ? { reply_markup: offered.reply_markup } : {});
      }
      // A button of an earlier step (or one never drawn): the form is still open, and this step's buttons come again.
      if (!sameStep(c.callbackQuery.message as never)) {
        await c.answerCallbackQuery();
        return c.reply(c.t("button-stale-form"), offered.reply_markup ? { reply_markup: offered.reply_markup } : {});
      }
      return c.answerCallbackQuery({ text: c.t("input-use-buttons") });
    },
  );
  if (answer.message) return answer;
  await answer.answerCallbackQuery();
  await answer.editMessageReplyMarkup().catch(() => undefined);
  return answer;
}

/** The resident chose to go on with an unfinished form (see global-commands): the step shows itself again. */
export function goesOn(c: FlowContext): boolean {
  const data = c.callbackQuery?.data;
  return unfinishedAnswer.is(data) && unfinishedAnswer.unpack(data).choice === "continue";
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
