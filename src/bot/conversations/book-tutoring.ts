import type { Conversation } from "@grammyjs/conversations";
import type { Activity } from "#src/domain/activities.js";
import { type Child, childSeatKey, MAX_CHILD_NAME } from "#src/domain/booking/admission.js";
import { anotherChild, fullDateAnswer, schoolClass, subject, tutoringDate } from "#src/bot/callback-data/flows.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { twoPerRow } from "#src/bot/keyboards/two-per-row.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { answerBooking, type BookingOutcome, bookingOutcome, sessionsKeyboard, upcomingChoices } from "#src/bot/features/booking/screens.js";
import { residentDesk } from "#src/bot/features/places/screens.js";
import { askParticipantSheet } from "#src/bot/features/participants/sheet-flow.js";
import { askByButtons, press, waitInFlow } from "./press.js";

type Convo = Conversation<BotContext, FlowContext>;

/** A first name, nothing else: letters, spaces, apostrophes and hyphens. */
const CHILD_NAME = new RegExp(`^[\\p{L}\\p{M}][\\p{L}\\p{M}' -]{0,${MAX_CHILD_NAME - 1}}$`, "u");

/**
 * A parent books after-school help: the child's first name and class (nothing else about the
 * child), the subject, a date; then maybe another child.
 */
export async function bookTutoring(conversation: Convo, ctx: FlowContext) {
  await ctx.reply(ctx.t("tutoring-privacy-note"));
  for (;;) {
    const name = await askChildName(conversation, ctx);
    const activity = await askClass(conversation, ctx, name);
    if (!activity) return ctx.reply(ctx.t("button-expired"));
    const child: Child = { name, schoolClass: activity.schoolClass, subject: await askSubject(conversation, ctx, activity.serving, name) };
    const booked = await askDate(conversation, ctx, activity.serving, child);
    // The child takes part: the parent answers the funder's sheet for them, once.
    if (booked) {
      await askParticipantSheet(conversation, ctx, { kind: "child", key: childSeatKey(name), name }, { activityId: activity.serving.id, deskId: booked.deskId });
    }
    if (!(await askAnother(conversation, ctx))) {
      await ctx.reply(ctx.t("reminder-thanks"), { reply_markup: backToMenu(ctx) });
      return;
    }
  }
}

async function askChildName(conversation: Convo, ctx: FlowContext): Promise<string> {
  await ctx.reply(ctx.t("tutoring-child-name"));
  for (;;) {
    const answer = await waitInFlow(
      conversation,
      (c) => c.has("message:text"),
      (c) => c.reply(c.t("tutoring-child-name")),
    );
    const text = answer.message!.text!.trim().replace(/\s+/g, " ");
    if (CHILD_NAME.test(text)) return text;
    await answer.reply(answer.t("tutoring-child-name-invalid"));
  }
}

/** The child's school class, and the tutoring activity that serves it (undefined if none does any more). */
async function askClass(conversation: Convo, ctx: FlowContext, name: string) {
  const catalog = ctx.deps.services.booking.catalog;
  // The classes served at the resident's desk.
  const here = residentDesk(ctx).activities;
  const classes = catalog.inGroup("tutoring").filter((a) => here.includes(a.id)).flatMap((a) => a.classes ?? []);
  const kb = twoPerRow(classes.map((c) => [ctx.t(`class-${c}`), schoolClass.pack({ schoolClass: c })]));
  const question = await ctx.reply(ctx.t("tutoring-child-class", { child: name }), { reply_markup: kb });
  const chosen = (await press(conversation, question, schoolClass)).schoolClass;
  const serving = catalog.forClass(chosen);
  return serving && { schoolClass: chosen, serving };
}

async function askSubject(conversation: Convo, ctx: FlowContext, activity: Activity, name: string): Promise<string> {
  const kb = twoPerRow((activity.subjects ?? []).map((s) => [ctx.t(`subject-${s}`), subject.pack({ subject: s })]));
  const question = await ctx.reply(ctx.t("tutoring-subject", { child: name }), { reply_markup: kb });
  return (await press(conversation, question, subject)).subject;
}

/**
 * The upcoming dates: a free one is booked, a full one waited for (also when it filled up meanwhile, if the parent
 * wants). Returns the seat when one was booked (not a place in line).
 */
async function askDate(conversation: Convo, ctx: FlowContext, activity: Activity, child: Child): Promise<{ deskId: string | null } | undefined> {
  const residentId = ctx.from!.id;
  // Read once and remembered: a replay must see the same dates even if staff change them meanwhile.
  const choices = await conversation.external((c) => upcomingChoices(c, activity.id));
  if (!choices.length) {
    await ctx.reply(ctx.t("book-no-sessions"));
    return undefined;
  }
  const kb = await sessionsKeyboard(ctx, choices, {
    book: (sessionId) => tutoringDate.pack({ action: "book", sessionId }),
    wait: (sessionId) => tutoringDate.pack({ action: "wait", sessionId }),
  });
  const dates = await ctx.reply(
    ctx.t("book-sessions", { activity: ctx.t(`act-${activity.id}`), description: ctx.t(`act-${activity.id}-desc`) }),
    { parse_mode: "HTML", reply_markup: kb },
  );
  const { action, sessionId } = await press(conversation, dates, tutoringDate);
  const joinWaitlist = () =>
    conversation.external((c) => bookingOutcome(c.deps.services.booking.joinWaitlist(residentId, sessionId, child)));
  let outcome: BookingOutcome =
    action === "book"
      ? await conversation.external((c) => bookingOutcome(c.deps.services.booking.book(residentId, sessionId, child)))
      : await joinWaitlist();
  if (!outcome.ok && outcome.reason === "full") {
    if (!(await askToWait(conversation, ctx))) return undefined;
    outcome = await joinWaitlist();
  }
  if (outcome.ok || outcome.reason !== "full") await answerBooking(ctx, outcome);
  return outcome.ok && !outcome.waiting ? { deskId: outcome.deskId ?? null } : undefined;
}

/** The date filled up meanwhile: join its waiting list? */
async function askToWait(conversation: Convo, ctx: FlowContext): Promise<boolean> {
  const { answer } = await askByButtons(conversation, ctx, ctx.t("book-full"), fullDateAnswer, [
    ["book-join-waitlist", { answer: "join" }],
    ["tutoring-another-no", { answer: "skip" }],
  ]);
  return answer === "join";
}

async function askAnother(conversation: Convo, ctx: FlowContext): Promise<boolean> {
  const { answer } = await askByButtons(conversation, ctx, ctx.t("tutoring-another"), anotherChild, [
    ["tutoring-another-yes", { answer: "more" }],
    ["tutoring-another-no", { answer: "enough" }],
  ]);
  return answer === "more";
}
