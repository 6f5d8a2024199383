import type { Conversation } from "@grammyjs/conversations";
import type { Message } from "grammy/types";
import type { BotContext, FlowContext } from "../context.js";
import { wasOffered } from "../middlewares/offered-buttons.js";

/**
 * Waits in a flow for a press on one of the buttons of `offered`, the message this step just
 * sent; anything else gets a hint to use the buttons. A press counts only on that message and
 * only for data it offered, so a forged or an older step's button cannot answer this step.
 * Once chosen, the buttons go: an old keyboard pressed later would only confuse.
 */
export async function press(
  conversation: Conversation<BotContext, FlowContext>,
  offered: Message,
  allowed: RegExp,
): Promise<FlowContext & { match: RegExpMatchArray }> {
  const answer = await conversation.waitUntil(
    (c) => {
      const query = c.callbackQuery;
      if (query?.data === undefined || query.message?.message_id !== offered.message_id) return false;
      return allowed.test(query.data) && wasOffered(offered as never, query.data);
    },
    {
      otherwise: (c) => {
        if (!c.callbackQuery) return c.reply(c.t("input-use-buttons"));
        const stale = c.callbackQuery.message?.message_id !== offered.message_id;
        return c.answerCallbackQuery({ text: c.t(stale ? "button-expired" : "input-use-buttons") });
      },
    },
  );
  await answer.answerCallbackQuery();
  await answer.editMessageReplyMarkup().catch(() => undefined);
  const match = answer.callbackQuery!.data!.match(allowed)!;
  return Object.assign(answer, { match }) as FlowContext & { match: RegExpMatchArray };
}
