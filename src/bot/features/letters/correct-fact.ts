import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { letterCorrectCancel } from "#src/bot/callback-data/letters.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { actorOf } from "#src/bot/features/staff/replies.js";
import { factLabel, factValueForStaff, renderLetterPost } from "./views.js";

type Convo = Conversation<BotContext, FlowContext>;

/**
 * After ✏️ under a fact: the staff member types the right value (a date, a sum, a code) in the same topic, and the
 * desk checks it like the rules read letters before it replaces the value read. A flow, so that the value is never
 * taken for an answer to the resident, even when typed without replying to the question, and so that it survives a
 * restart; /cancel or the button ends it, and it ends on its own when left idle.
 */
export async function correctLetterFact(conversation: Convo, ctx: FlowContext, letterId: number, index: number) {
  const italian = ctx.deps.italian;
  const userId = ctx.from!.id;
  const thread = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
  const question = await conversation.external((c) => {
    const letter = c.deps.services.letters.get(letterId);
    const fact = letter ? c.deps.services.letters.factsOf(letter)[index] : undefined;
    if (!letter?.requestId || !fact) return undefined;
    return {
      html: italian("board-letter-correct-ask", {
        n: String(index + 1),
        id: String(letter.requestId),
        label: factLabel(fact, italian),
        value: factValueForStaff(italian, fact),
        example: italian(`board-letter-correct-example-${fact.kind}`),
      }),
      kind: fact.kind,
    };
  });
  if (!question) return;
  const cancel = new InlineKeyboard().text(italian("board-letter-correct-cancel"), letterCorrectCancel.pack());
  const prompt = await ctx.reply(question.html, { parse_mode: "HTML", reply_markup: cancel });
  // This person's text in this topic (or a reply to the question); everything else in the group passes by.
  const mine = (c: FlowContext) => {
    if (c.from?.id !== userId) return false;
    if (c.callbackQuery) return letterCorrectCancel.is(c.callbackQuery.data);
    const m = c.message;
    if (!m?.text || (m.is_topic_message ? m.message_thread_id : undefined) !== thread) return false;
    const replyTo = m.reply_to_message?.message_id;
    if (replyTo !== undefined && replyTo !== thread && replyTo !== prompt.message_id) return false;
    return !(m.text.startsWith("/") && !c.hasCommand("cancel"));
  };
  for (;;) {
    const c = await conversation.waitUntil(mine, { next: true });
    if (c.callbackQuery || c.hasCommand("cancel")) {
      if (c.callbackQuery) await c.answerCallbackQuery();
      await c.api.editMessageReplyMarkup(prompt.chat.id, prompt.message_id).catch(() => undefined);
      await c.reply(italian("board-letter-correct-cancelled"));
      return;
    }
    const typed = c.message!.text!;
    const done = await conversation.external((x) => {
      const result = x.deps.services.letters.correct(letterId, index, typed, actorOf(c));
      if (!result.ok) return { ok: false as const, reason: result.reason };
      const post = renderLetterPost(italian, result.letter, x.deps.services.letters.factsOf(result.letter), x.deps.services.letters.pagesOf(result.letter).length);
      return { ok: true as const, post, groupMessageId: result.letter.groupMessageId, value: factValueForStaff(italian, result.fact) };
    });
    if (!done.ok && done.reason === "invalid") {
      await c.reply(italian("board-letter-correct-invalid", { example: italian(`board-letter-correct-example-${question.kind}`) }), {
        parse_mode: "HTML",
        reply_parameters: { message_id: c.message!.message_id, allow_sending_without_reply: true },
      });
      continue;
    }
    await c.api.editMessageReplyMarkup(prompt.chat.id, prompt.message_id).catch(() => undefined);
    if (!done.ok) {
      await c.reply(italian("board-letter-gone"));
      return;
    }
    if (done.groupMessageId) {
      const { html, keyboard } = done.post;
      await c.api
        .editMessageText(prompt.chat.id, done.groupMessageId, html, { parse_mode: "HTML", ...(keyboard ? { reply_markup: keyboard } : {}) })
        .catch(() => undefined);
    }
    await c.reply(italian("board-letter-corrected", { n: String(index + 1), value: done.value }), { parse_mode: "HTML" });
    return;
  }
}
