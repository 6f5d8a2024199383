import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { ANSWERS, DECLINED, type Question } from "#src/domain/participants/indicators.js";
import { LISTENING_DESK } from "#src/domain/participants/service.js";
import { follows, type Subject } from "#src/domain/participants/sheet.js";
import { sheetAnswer, sheetConsent, sheetSensitive } from "#src/bot/callback-data/participants.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { askByButtons, press } from "#src/bot/conversations/press.js";

type Convo = Conversation<BotContext, FlowContext>;

/** Placeables every sheet text takes: whether it is about the person or their child, and the child's name. */
const about = (subject: Subject) => (subject.kind === "child" ? { who: "child", child: subject.name } : { who: "self", child: "" });

/**
 * The ESF+ participant sheet, once per person (or child), in the resident's language: what it is for and who sees
 * it, a yes or no to the whole sheet, then one question a step, each with "I'd rather not say"; the special
 * categories only after an explicit yes of their own. Each answer is saved as it is given, so a sheet left half way
 * keeps what was said and is not asked again.
 */
export async function askParticipantSheet(
  conversation: Convo,
  ctx: FlowContext,
  subject: Subject,
  /** The activity (or the listening desk, with the team of the request just filed) the subject now takes part in. */
  taking: { activityId: string; deskId: string | null; teamId?: string | null },
): Promise<void> {
  const residentId = ctx.from!.id;
  // Only for an activity the desk file counts, and only once per person or child (whatever they answered).
  const sheetId = await conversation.external((c) => {
    const participants = c.deps.services.participants;
    const asked =
      taking.activityId === LISTENING_DESK ? participants.toAskListening(residentId, taking.teamId) : participants.toAsk(residentId, taking.activityId, subject);
    return asked ? participants.open(residentId, subject, taking.deskId).id : undefined;
  });
  if (sheetId === undefined) return;
  const vars = about(subject);
  const { answer } = await askByButtons(conversation, ctx, ctx.t("ps-intro", vars), sheetConsent, [
    ["ps-consent-yes", { answer: "yes" }],
    ["ps-consent-no", { answer: "no" }],
  ]);
  await conversation.external((c) => c.deps.services.participants.consent(sheetId, answer === "yes"));
  if (answer === "no") {
    await ctx.reply(ctx.t("ps-declined"));
    return;
  }
  const questions = await conversation.external((c) => c.deps.services.participants.questions(subject));
  const given: Partial<Record<Question, string>> = {};
  for (const question of questions) {
    if (!follows(question, given as never)) continue;
    given[question] = await askQuestion(conversation, ctx, sheetId, question, vars);
  }
  const sensitive = await conversation.external((c) => c.deps.services.participants.sensitive());
  if (sensitive.length) {
    const { answer: yes } = await askByButtons(conversation, ctx, ctx.t("ps-sensitive-intro", vars), sheetSensitive, [
      ["ps-sensitive-yes", { answer: "yes" }],
      ["ps-sensitive-no", { answer: "no" }],
    ]);
    await conversation.external((c) => c.deps.services.participants.sensitiveConsent(sheetId, yes === "yes"));
    if (yes === "yes") for (const question of sensitive) await askQuestion(conversation, ctx, sheetId, question, vars);
  }
  await conversation.external((c) => c.deps.services.participants.complete(sheetId));
  await ctx.reply(ctx.t("ps-done"));
}

/** One question: its answers one a row (short lists two a row), and "I'd rather not say" last. */
async function askQuestion(conversation: Convo, ctx: FlowContext, sheetId: number, question: Question, vars: Record<string, string>) {
  const values = ANSWERS[question] as readonly string[];
  const kb = new InlineKeyboard();
  values.forEach((value, i) => {
    kb.text(ctx.t(`ps-a-${value}`), sheetAnswer.pack({ value }));
    if (values.length <= 3 || i % 2 === 1 || i === values.length - 1) kb.row();
  });
  kb.text(ctx.t("ps-a-declined"), sheetAnswer.pack({ value: DECLINED }));
  for (;;) {
    const asked = await ctx.reply(ctx.t(`ps-q-${question}`, vars), { reply_markup: kb });
    const { value } = await press(conversation, asked, sheetAnswer);
    // The domain checks the value again: one that is not this question's is refused, and the question comes again.
    if (await conversation.external((c) => c.deps.services.participants.answer(sheetId, question, value))) return value;
  }
}

/**
 * The sheet as a flow of its own, entered after a booking outside any other flow (a seat booked from a list or an
 * offer), or after a request (the listening desk, with the team of the request just filed).
 */
export async function participantSheet(
  conversation: Convo,
  ctx: FlowContext,
  activityId: string,
  deskId: string | null,
  subject: Subject,
  teamId?: string | null,
) {
  await askParticipantSheet(conversation, ctx, subject, { activityId, deskId, teamId });
}
