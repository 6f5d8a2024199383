import type { Conversation } from "@grammyjs/conversations";
import type { BotContext, FlowContext } from "../context.js";

/**
 * Waits in a flow for a press on one of `allowed` buttons; anything else gets a hint to use the
 * buttons. Once chosen, the buttons go: an old keyboard pressed later would only confuse.
 */
export async function press(
  conversation: Conversation<BotContext, FlowContext>,
  allowed: RegExp,
): Promise<FlowContext & { match: RegExpMatchArray }> {
  const answer = await conversation.waitForCallbackQuery(allowed, {
    otherwise: (c) =>
      c.callbackQuery ? c.answerCallbackQuery({ text: c.t("input-use-buttons") }) : c.reply(c.t("input-use-buttons")),
  });
  await answer.answerCallbackQuery();
  await answer.editMessageReplyMarkup().catch(() => undefined);
  return answer as FlowContext & { match: RegExpMatchArray };
}
