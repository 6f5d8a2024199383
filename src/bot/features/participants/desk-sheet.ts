import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { ANSWERS, DECLINED, type Question } from "#src/domain/participants/indicators.js";
import { LISTENING_DESK } from "#src/domain/participants/service.js";
import { follows, type SheetAnswers } from "#src/domain/participants/sheet.js";
import { sheetActivity, sheetAnswer, sheetConsent, sheetSensitive } from "#src/bot/callback-data/participants.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { press } from "#src/bot/conversations/press.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { scopeOf } from "#src/bot/filters/team-access.js";
import { twoPerRow } from "#src/bot/keyboards/two-per-row.js";
import { actorOf } from "#src/bot/features/staff/replies.js";

type Convo = Conversation<BotContext, FlowContext>;

/**
 * /scheda: staff fill the ESF+ sheet at the desk for someone who does not use the chat, from the paper form the
 * person signed. In a private chat with the bot only (nobody else reads the answers over their shoulder); no name is
 * asked, the sheet gets a number to write on the paper form.
 */
export const participantsStaffFeature = new Feature<BotContext>();
const staff = staffOnly(participantsStaffFeature);

staff.command("scheda", async (ctx) => {
  const { italian, services } = ctx.deps;
  const spec = services.participants.spec;
  if (!spec) return ctx.reply(italian("esf-desk-off"));
  if (ctx.chat.type !== "private") return ctx.reply(italian("esf-desk-private-only"));
  // The activities of the teams the person works in (all of them with one team), and the listening desk's people.
  const { teams, coordinator } = await scopeOf(ctx, { fresh: true });
  const several = services.teams.several && !coordinator;
  const mine = several ? teams.flatMap((t) => [...t.activities]) : undefined;
  const activities = spec.activities.filter((a) => !mine || mine.includes(a));
  const listening = spec.listeningDesk && (!several || teams.some((t) => t.id === services.teams.lead.id));
  await ctx.conversation.enter("deskSheet", [...activities, ...(listening ? [LISTENING_DESK] : [])]);
});

const activityLabel = (ctx: FlowContext, id: string) =>
  id === LISTENING_DESK ? ctx.deps.italian("esf-listening-desk") : ctx.deps.italian(`act-${id}`);

/** The flow: the activity, the paper consent, each question (with "does not want to answer"), then the number. */
export async function deskSheet(conversation: Convo, ctx: FlowContext, activityIds: string[]) {
  const { italian } = ctx.deps;
  const kb = twoPerRow(activityIds.map((id) => [activityLabel(ctx, id), sheetActivity.pack({ activityId: id })]));
  const { activityId } = await press(conversation, await ctx.reply(italian("esf-desk-activity"), { reply_markup: kb }), sheetActivity);
  if (!activityIds.includes(activityId)) return ctx.reply(italian("esf-desk-cancelled"));
  const consent = await ask(conversation, ctx, italian("esf-desk-consent"), sheetConsent, [
    [italian("esf-desk-consent-yes"), "yes"],
    [italian("esf-desk-consent-no"), "no"],
  ]);
  if (consent === "no") return ctx.reply(italian("esf-desk-not-filled"));
  const questions = await conversation.external((c) => c.deps.services.participants.questions({ kind: "self" }));
  const answers: SheetAnswers = {};
  for (const question of questions) {
    if (!follows(question, answers)) continue;
    (answers as Record<string, string>)[question] = await askQuestion(conversation, ctx, question);
  }
  const sensitive = await conversation.external((c) => c.deps.services.participants.sensitive());
  let sensitiveConsent = false;
  if (sensitive.length) {
    const yes = await ask(conversation, ctx, italian("esf-desk-sensitive"), sheetSensitive, [
      [italian("esf-desk-consent-yes"), "yes"],
      [italian("esf-desk-sensitive-no"), "no"],
    ]);
    sensitiveConsent = yes === "yes";
    if (sensitiveConsent) for (const q of sensitive) (answers as Record<string, string>)[q] = await askQuestion(conversation, ctx, q);
  }
  const saved = await conversation.external((c) => {
    const sheet = c.deps.services.participants.fillAtDesk({
      activityId,
      deskId: c.deps.services.desks.main.id,
      answers,
      sensitiveConsent,
    });
    if (sheet) c.deps.services.requests.record(actorOf(c), "participant-sheet", { detail: `#${sheet.id} ${activityId}` });
    return sheet?.id;
  });
  if (saved === undefined) return ctx.reply(italian("esf-desk-off"));
  await ctx.reply(italian("esf-desk-saved", { number: String(saved), activity: activityLabel(ctx, activityId) }));
}

async function ask<V extends string>(
  conversation: Convo,
  ctx: FlowContext,
  question: string,
  data: typeof sheetConsent | typeof sheetSensitive,
  buttons: Array<[label: string, answer: V]>,
): Promise<V> {
  const kb = new InlineKeyboard();
  for (const [label, answer] of buttons) kb.text(label, data.pack({ answer: answer as "yes" | "no" })).row();
  return (await press(conversation, await ctx.reply(question, { reply_markup: kb }), data)).answer as V;
}

/** One question in staff's words; the answers are the residents' Italian labels, and "does not want to answer". */
async function askQuestion(conversation: Convo, ctx: FlowContext, question: Question): Promise<string> {
  const { italian } = ctx.deps;
  const kb = twoPerRow((ANSWERS[question] as readonly string[]).map((value) => [italian(`ps-a-${value}`), sheetAnswer.pack({ value })]));
  kb.row().text(italian("esf-desk-declined"), sheetAnswer.pack({ value: DECLINED }));
  const { value } = await press(conversation, await ctx.reply(italian(`esf-q-${question}`), { reply_markup: kb }), sheetAnswer);
  return value;
}
