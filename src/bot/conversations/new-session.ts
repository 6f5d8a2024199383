import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { Activity } from "#src/domain/activities.js";
import type { NewSessionsInput } from "#src/domain/booking/sessions.js";
import { parseCivilDay, parseTime, parseWholeNumber } from "#src/domain/staff-input/numbers-and-dates.js";
import type { CallbackData } from "#src/bot/callback-data/define.js";
import {
  isFlowStep,
  sessionActivity,
  sessionConfirm,
  sessionLength,
  sessionPlace,
  sessionSeats,
  sessionWeeks,
} from "#src/bot/callback-data/flows.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { twoPerRow } from "#src/bot/keyboards/two-per-row.js";
import { escapeHtml } from "#src/text/format.js";
import { activityName, actorOf, sessionTime } from "#src/bot/features/staff/replies.js";

type Convo = Conversation<BotContext, FlowContext>;

const LENGTHS = [60, 90, 120, 180];
const WEEKS = [1, 2, 4, 8, 12];
const MINUTES = { min: 15, max: 480 };
const PLACE_CHARS = { min: 3, max: 120 };
const SEATS = { min: 1, max: 200 };
const WEEKS_IN_ALL = { min: 1, max: 52 };

/** The form's side of the conversation: the staff member who started it, in the thread where they did. */
export interface Form {
  conversation: Convo;
  ctx: FlowContext;
  /** Whether an update is this staff member's answer to the form (everything else in the group passes by). */
  mine: (c: FlowContext) => boolean;
}

/**
 * Now, on the desk's Clock: read once and replayed with the flow, like everything a flow asks outside itself.
 * Never the machine's time (conversation.now()), which a ManualClock, FAKE_NOW or a training run do not move.
 */
export async function deskNow(form: Pick<Form, "conversation">): Promise<Date> {
  return new Date(await form.conversation.external((c) => c.deps.clock.now().getTime()));
}

/** What a step accepts: a press on its buttons, a typed value, or either; both give the same kind of value. */
export interface Step<T> {
  keyboard?: InlineKeyboard;
  /** The value of a press on one of the step's buttons (undefined for any other data). */
  pressed?: (data: string | undefined) => T | undefined;
  typed?: { parse: (text: string) => T | undefined; hint: string };
}

/** A step's buttons of one kind, read as the step's value. */
export function read<V, T>(data: CallbackData<V>, value: (values: V) => T) {
  return (pressed: string | undefined) => (data.is(pressed) ? value(data.unpack(pressed)) : undefined);
}

/**
 * Staff create sessions in the operator group: activity, date, time, length, place, seats,
 * weekly repeats, then a summary to confirm. Only the staff member who started it, in the same
 * thread, drives it; everything else in the group passes by untouched.
 */
export async function newSession(conversation: Convo, ctx: FlowContext, activityIds?: string[]) {
  const form: Form = { conversation, ctx, mine: answersOf(ctx) };
  const activity = await askActivity(form, activityIds);
  const date = await askDate(form, activity);
  const time = await askTime(form);
  const minutes = await askLength(form);
  const { place, deskId } = await askPlace(form, activity);
  const input: NewSessionsInput = {
    activityId: activity.id,
    date,
    time,
    minutes,
    place,
    deskId,
    seats: await askSeats(form, activity),
    weeks: await askWeeks(form),
  };
  if (!(await confirm(form, input))) {
    await say(ctx, ctx.deps.italian("new-session-cancelled"));
    return;
  }
  await create(form, input);
}

export function answersOf(ctx: FlowContext) {
  const userId = ctx.from!.id;
  const thread = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
  return (c: FlowContext) => {
    if (c.from?.id !== userId) return false;
    if (c.callbackQuery) return isFlowStep(c.callbackQuery.data);
    const m = c.message;
    if (!m || (m.is_topic_message ? m.message_thread_id : undefined) !== thread) return false;
    // A reply answers a resident and another command is meant as such: neither is for this form. In a topic every
    // message "replies" to the topic's first one; in a group without topics a reply's thread is the message it answers.
    const isReply = m.reply_to_message !== undefined && m.reply_to_message.message_id !== (m.is_topic_message ? m.message_thread_id : undefined);
    if (isReply) return false;
    return !(m.text?.startsWith("/") && !c.hasCommand("cancel"));
  };
}

export function say(c: FlowContext, html: string, keyboard?: InlineKeyboard) {
  return c.reply(html, { parse_mode: "HTML", ...(keyboard ? { reply_markup: keyboard } : {}) });
}

/**
 * Asks one step and waits for its answer: a press on the step's buttons, or a typed value where the
 * step takes one; /cancel ends the form, anything else is answered with how to reply.
 */
export async function ask<T>(form: Form, question: string, step: Step<T>): Promise<T> {
  const { conversation, ctx } = form;
  const italian = ctx.deps.italian;
  await say(ctx, question, step.keyboard);
  for (;;) {
    const c = await conversation.waitUntil(form.mine, { next: true });
    const pressed = step.pressed?.(c.callbackQuery?.data);
    if (pressed !== undefined) {
      await c.answerCallbackQuery();
      await c.editMessageReplyMarkup().catch(() => undefined);
      return pressed;
    }
    if (c.callbackQuery) {
      await c.answerCallbackQuery(step.typed ? undefined : { text: italian("new-session-use-last-buttons") });
      continue;
    }
    if (c.hasCommand("cancel")) {
      await say(c, italian("new-session-cancelled"));
      return conversation.halt();
    }
    if (!step.typed) {
      await say(c, italian("new-session-use-buttons"));
      continue;
    }
    const value = c.message?.text ? step.typed.parse(c.message.text.trim()) : undefined;
    if (value !== undefined) return value;
    await say(c, step.typed.hint);
  }
}

/** The activities of the team (or teams) of whoever creates it: Azimut's staff schedule the carers' course, not lessons. */
async function askActivity(form: Form, activityIds?: string[]): Promise<Activity> {
  const { ctx } = form;
  const catalog = ctx.deps.services.booking.catalog;
  const offered = catalog.all.filter((a) => !activityIds || activityIds.includes(a.id));
  const keyboard = twoPerRow(offered.map((a) => [activityName(ctx, a.id), sessionActivity.pack({ activityId: a.id })]));
  const activityId = await ask(form, ctx.deps.italian("new-session-activity"), {
    keyboard,
    pressed: read(sessionActivity, (v) => v.activityId),
  });
  return catalog.get(activityId)!;
}

async function askDate(form: Form, activity: Activity) {
  const italian = form.ctx.deps.italian;
  const now = await deskNow(form);
  const question = italian("new-session-date", { activity: escapeHtml(activityName(form.ctx, activity.id)) });
  return ask(form, question, { typed: { parse: (s) => parseCivilDay(s, now, form.ctx.deps.config.timezone), hint: italian("new-session-date-hint") } });
}

async function askTime(form: Form) {
  const italian = form.ctx.deps.italian;
  return ask(form, italian("new-session-time"), { typed: { parse: parseTime, hint: italian("new-session-time-hint") } });
}

async function askLength(form: Form): Promise<number> {
  const italian = form.ctx.deps.italian;
  const keyboard = new InlineKeyboard();
  for (const minutes of LENGTHS) keyboard.text(italian("new-session-length-button", { minutes }), sessionLength.pack({ minutes }));
  return ask(form, italian("new-session-length"), {
    keyboard,
    pressed: read(sessionLength, (v) => v.minutes),
    typed: { parse: (s) => parseWholeNumber(s, MINUTES.min, MINUTES.max), hint: italian("new-session-length-hint", MINUTES) },
  });
}

/**
 * The desk it is held at (one button per desk where the activity is held, its address from data/desk.json), or a
 * place typed (then at the first of those desks): `place` null means the desk itself.
 */
async function askPlace(form: Form, activity: Activity): Promise<{ place: string | null; deskId: string }> {
  const italian = form.ctx.deps.italian;
  const { desks } = form.ctx.deps.services;
  const where = desks.offering(activity.id).length ? desks.offering(activity.id) : [desks.main];
  const keyboard = new InlineKeyboard();
  for (const desk of where) {
    const label = desks.several ? italian("team-new-session-place-desk", { desk: desk.name, address: desk.address }) : italian("new-session-place-desk", { address: desk.address });
    keyboard.text(label, sessionPlace.pack({ deskId: desk.id })).row();
  }
  const answer = await ask<{ place: string | null; deskId: string }>(form, italian("new-session-place"), {
    keyboard,
    pressed: read(sessionPlace, (v) => ({ place: null, deskId: v.deskId })),
    typed: {
      parse: (s) => (s.length >= PLACE_CHARS.min && s.length <= PLACE_CHARS.max ? { place: s, deskId: where[0]!.id } : undefined),
      hint: italian("new-session-place-hint", PLACE_CHARS),
    },
  });
  return where.some((d) => d.id === answer.deskId) ? answer : { place: answer.place, deskId: where[0]!.id };
}

async function askSeats(form: Form, activity: Activity): Promise<number> {
  const italian = form.ctx.deps.italian;
  const seats = activity.defaultSeats;
  return ask(form, italian("new-session-seats"), {
    keyboard: new InlineKeyboard().text(String(seats), sessionSeats.pack({ seats })),
    pressed: read(sessionSeats, (v) => v.seats),
    typed: { parse: (s) => parseWholeNumber(s, SEATS.min, SEATS.max), hint: italian("new-session-seats-hint", SEATS) },
  });
}

async function askWeeks(form: Form): Promise<number> {
  const italian = form.ctx.deps.italian;
  const keyboard = new InlineKeyboard();
  for (const weeks of WEEKS) {
    keyboard.text(weeks === 1 ? italian("new-session-weeks-once") : italian("new-session-weeks-button", { weeks }), sessionWeeks.pack({ weeks }));
  }
  return ask(form, italian("new-session-weeks"), {
    keyboard,
    pressed: read(sessionWeeks, (v) => v.weeks),
    typed: { parse: (s) => parseWholeNumber(s, WEEKS_IN_ALL.min, WEEKS_IN_ALL.max), hint: italian("new-session-weeks-hint", WEEKS_IN_ALL) },
  });
}

/** The summary, with Create / Cancel: true to create. */
async function confirm(form: Form, input: NewSessionsInput): Promise<boolean> {
  const { ctx } = form;
  const italian = ctx.deps.italian;
  const pad = (n: number) => String(n).padStart(2, "0");
  const summary = italian("new-session-summary", {
    activity: escapeHtml(activityName(ctx, input.activityId)),
    date: `${pad(input.date.day)}/${pad(input.date.month)}/${input.date.year}`,
    time: `${pad(input.time.hour)}:${pad(input.time.minute)}`,
    minutes: input.minutes,
    place: input.place ? escapeHtml(input.place) : italian("new-session-summary-desk", { address: escapeHtml(ctx.deps.services.desks.of(input.deskId).address) }),
    seats: input.seats,
    weeks: input.weeks,
  });
  const keyboard = new InlineKeyboard()
    .text(italian("new-session-create"), sessionConfirm.pack({ choice: "create" }))
    .text(italian("new-session-abort"), sessionConfirm.pack({ choice: "abort" }));
  return ask(form, summary, { keyboard, pressed: read(sessionConfirm, (v) => v.choice === "create") });
}

async function create({ conversation, ctx }: Form, input: NewSessionsInput) {
  const italian = ctx.deps.italian;
  const actor = actorOf(ctx);
  const created = await conversation.external((c): { error: string } | { lines: string[] } => {
    const result = c.deps.services.booking.createSessions(input, actor);
    if ("error" in result) return { error: result.error };
    return { lines: result.map((s) => `#${s.id} · ${sessionTime(c, s.startsAt)}`) };
  });
  if ("error" in created) {
    await say(ctx, italian("new-session-refused", { why: created.error }));
    return;
  }
  const activity = escapeHtml(activityName(ctx, input.activityId));
  await say(ctx, [italian("new-session-created", { count: created.lines.length, activity }), ...created.lines].join("\n"));
}
