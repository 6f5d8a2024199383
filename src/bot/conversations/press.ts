import type { Conversation } from "@grammyjs/conversations";
import type { Message } from "grammy/types";
import type { BotContext, FlowContext } from "../context.js";
import { wasOffered } from "../middlewares/offered-buttons.js";

type Pressed = FlowContext & { match: RegExpMatchArray };

/**
 * Waits in a flow for a press on one of the buttons of `offered`, the message this step just
 * sent (or a hint that repeats its keyboard); anything else gets a hint that shows the buttons
 * again. A press counts only on this step's keyboard and only for data it offered, so a forged or
 * an older step's button cannot answer this step. Once chosen, the buttons go. With
 * `acceptMessages`, a message (text, voice, photo…) is returned too, for steps that take either.
 */
export async function press(
  conversation: Conversation<BotContext, FlowContext>,
  offered: Message,
  allowed: RegExp,
  options: { acceptMessages?: boolean } = {},
): Promise<Pressed> {
  const keyboard = JSON.stringify(offered.reply_markup ?? null);
  const sameStep = (m: { message_id: number; reply_markup?: unknown } | undefined) =>
    m !== undefined && (m.message_id === offered.message_id || JSON.stringify(m.reply_markup ?? null) === keyboard);
  const answer = await conversation.waitUntil(
    (c) => {
      if (options.acceptMessages && c.message && !c.message.text?.startsWith("/")) return true;
      const query = c.callbackQuery;
      if (query?.data === undefined || !sameStep(query.message as never)) return false;
      return allowed.test(query.data) && wasOffered(offered as never, query.data);
    },
    {
      otherwise: (c) => {
        if (!c.callbackQuery) {
          // The hint carries the step's buttons, so a person who cannot scroll still has them at hand.
          return c.reply(c.t("input-use-buttons"), offered.reply_markup ? { reply_markup: offered.reply_markup } : {});
        }
        const stale = !sameStep(c.callbackQuery.message as never);
        return c.answerCallbackQuery({ text: c.t(stale ? "button-expired" : "input-use-buttons") });
      },
    },
  );
  if (answer.message) return Object.assign(answer, { match: [] as unknown as RegExpMatchArray }) as Pressed;
  await answer.answerCallbackQuery();
  await answer.editMessageReplyMarkup().catch(() => undefined);
  const match = answer.callbackQuery!.data!.match(allowed)!;
  return Object.assign(answer, { match }) as Pressed;
}
