import { Composer, InlineKeyboard } from "grammy";
import type { ActivityGroup } from "../../domain/activities.js";
import type { BookRefusal, BookResult, CourseDate, Held } from "../../domain/booking.js";
import { cb, pattern } from "../callback-data.js";
import type { BotContext, FlowContext } from "../context.js";
import { escapeHtml } from "../format.js";
import { CHILD_ON_BUTTON, capitalised, clip } from "../keyboards/booking-labels.js";
import { markScreens, retireKeyboard, showInPlace } from "../keyboards/in-place.js";
import { backToMenu, menuInPlace } from "../keyboards/main-menu.js";
import { formatDate, formatShortWhen, formatWhen } from "../dates.js";
import { registerFlow } from "./menu.js";
import { listRequests } from "./request.js";

/**
 * Italian lessons and workshops for residents: choose, book, wait in line, cancel. The steps of a booking
 * are one message that changes (the pressed one), and every answer ends with a way on (🏠 Menu).
 */
export const bookingFeature = new Composer<BotContext>();
const privateChat = bookingFeature.chatType("private");
privateChat.use(markScreens);

type AnyContext = BotContext | FlowContext;

/** "mercoledì 2 dicembre alle ore 17:00": dates in messages. */
export async function when(ctx: AnyContext, date: Date): Promise<string> {
  return formatWhen(date, await ctx.i18n.getLocale(), ctx.deps.config.timezone, ctx.deps.clock.now());
}

/** "mer 2 dic, 17:00": dates on buttons and in lists, short enough to be read whole. */
export async function shortWhen(ctx: AnyContext, date: Date): Promise<string> {
  return formatShortWhen(date, await ctx.i18n.getLocale(), ctx.deps.config.timezone, ctx.deps.clock.now());
}

/** "Mer 02/12": the day alone, first on a booking's button so two bookings never look alike. */
async function shortDay(ctx: AnyContext, date: Date): Promise<string> {
  return capitalised(formatDate("day", date, await ctx.i18n.getLocale(), ctx.deps.config.timezone, ctx.deps.clock.now()));
}

/** "🏠 Menu" on a step (activities, dates, my bookings): the menu takes that message's place. */
const withMenu = menuInPlace;

async function chooseActivity(ctx: BotContext, group: ActivityGroup, promptKey: string) {
  const kb = new InlineKeyboard();
  for (const a of ctx.deps.services.booking.catalog.inGroup(group)) kb.text(ctx.t(`act-${a.id}`), cb.activity(a.id)).row();
  await showInPlace(ctx, ctx.t(promptKey), { reply_markup: withMenu(ctx, kb) });
}

registerFlow("italian", (ctx) => chooseActivity(ctx, "italian", "book-choose-level"));
registerFlow("activities", (ctx) => chooseActivity(ctx, "other", "book-choose-activity"));
registerFlow("tutoring", (ctx) => ctx.conversation.enter("bookTutoring"));
registerFlow("mine", async (ctx) => {
  await listBookings(ctx);
  await listRequests(ctx);
});

/** An upcoming session as plain data (it may cross conversation.external, which stores JSON). */
export interface SessionChoice {
  id: number;
  startsAt: string;
  free: number;
  waiting: number;
}

export function upcomingChoices(ctx: AnyContext, activityId: string): SessionChoice[] {
  return ctx.deps.services.booking.upcoming([activityId]).map((s) => ({
    id: s.id,
    startsAt: s.startsAt.toISOString(),
    free: s.seats - s.taken,
    waiting: s.waiting,
  }));
}

/** The upcoming dates of an activity as buttons: free seats to book (with how many are left), full ones to wait for. */
export async function sessionsKeyboard(
  ctx: AnyContext,
  choices: SessionChoice[],
  data: { book: (id: number) => string; wait: (id: number) => string },
) {
  const kb = new InlineKeyboard();
  for (const s of choices) {
    const bookable = s.free > 0 && s.waiting === 0;
    const at = await shortWhen(ctx, new Date(s.startsAt));
    const label = bookable ? ctx.t("book-session-free", { when: at, free: s.free }) : ctx.t("book-session-full", { when: at });
    kb.text(label, bookable ? data.book(s.id) : data.wait(s.id)).row();
  }
  return kb;
}

/**
 * The dates of an activity, after `intro` when something has to be said first (a date that has just
 * started or was cancelled). A course with several dates can be booked whole with one tap.
 */
async function showDates(ctx: BotContext, activityId: string, intro?: string) {
  const choices = upcomingChoices(ctx, activityId);
  if (!choices.length) {
    return showInPlace(ctx, [intro, ctx.t("book-no-sessions")].filter(Boolean).join("\n\n"), { reply_markup: backToMenu(ctx) });
  }
  const kb = await sessionsKeyboard(ctx, choices, { book: cb.book, wait: cb.waitlist });
  if (choices.length > 1) {
    kb.text(ctx.t("book-course-button", { count: choices.length }), cb.bookCourse(choices[0]!.id, choices.at(-1)!.id)).row();
  }
  const text = ctx.t("book-sessions", { activity: ctx.t(`act-${activityId}`), description: ctx.t(`act-${activityId}-desc`) });
  await showInPlace(ctx, [intro, text].filter(Boolean).join("\n\n"), { parse_mode: "HTML", reply_markup: withMenu(ctx, kb) });
}

privateChat.callbackQuery(pattern.activity, async (ctx) => {
  await ctx.answerCallbackQuery();
  const activity = ctx.deps.services.booking.catalog.get(ctx.match[1]!);
  if (!activity || activity.group === "tutoring") return showInPlace(ctx, ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
  await showDates(ctx, activity.id);
});

const REFUSAL_KEYS: Record<BookRefusal, string> = {
  "not-found": "book-not-found",
  cancelled: "book-session-cancelled",
  started: "book-started",
  full: "book-full",
  already: "book-already",
  "not-full": "book-free-now",
  "not-allowed": "book-not-allowed",
  limit: "book-limit",
};

/** A booking outcome as plain data: it crosses conversation.external, which stores JSON. */
export type BookingView =
  | { ok: true; waiting: boolean; position?: number; activityId: string; startsAt: string; place: string | null; child?: string }
  | { ok: false; reason: BookRefusal };

function viewOfHeld(held: Held): BookingView {
  return {
    ok: true,
    waiting: held.booking.status === "waiting",
    ...(held.position ? { position: held.position } : {}),
    activityId: held.session.activityId,
    startsAt: held.session.startsAt.toISOString(),
    place: held.session.place,
    ...(held.booking.childName ? { child: held.booking.childName } : {}),
  };
}

/**
 * What the resident reads after a booking attempt. A second press on a date already theirs ("already")
 * answers with the booking they hold, as they saw it the first time; a seat still only offered to them is
 * not a booking yet, so it stays a refusal.
 */
export function viewOf(result: BookResult): BookingView {
  if (result.ok) return viewOfHeld(result);
  if (result.reason === "already" && result.held && result.held.booking.status !== "offered") return viewOfHeld(result.held);
  return { ok: false, reason: result.reason };
}

/** The text of a booking outcome, in the resident's language. */
async function bookingText(ctx: AnyContext, view: BookingView): Promise<string> {
  if (!view.ok) return ctx.t(REFUSAL_KEYS[view.reason], { max: ctx.deps.config.maxChildrenPerSession });
  if (view.waiting) return ctx.t("book-waitlisted", { position: view.position ?? 1 });
  const vars = {
    activity: ctx.t(`act-${view.activityId}`),
    when: await when(ctx, new Date(view.startsAt)),
    place: view.place ? escapeHtml(view.place) : ctx.t("place-desk"),
  };
  return view.child ? ctx.t("book-confirmed-child", { ...vars, child: escapeHtml(view.child) }) : ctx.t("book-confirmed", vars);
}

/** Tells the resident how a booking attempt went, in the pressed message when it can, always with a way on. */
export async function answerBooking(ctx: AnyContext, view: BookingView) {
  await showInPlace(ctx, await bookingText(ctx, view), { parse_mode: "HTML", reply_markup: backToMenu(ctx) });
}

/** "This lesson is now full — join the waiting list?", with the button to do it. */
async function offerWaitlist(ctx: BotContext, sessionId: number, intro?: string) {
  const kb = new InlineKeyboard().text(ctx.t("book-join-waitlist"), cb.waitlist(sessionId)).row();
  await showInPlace(ctx, [intro, ctx.t("book-full")].filter(Boolean).join("\n\n"), { reply_markup: withMenu(ctx, kb) });
}

/**
 * Answers a date pressed on the list. Whatever the list showed, the answer says what is true now: a date
 * that filled up meanwhile offers the waiting list, one that started or was cancelled shows the dates
 * left, one already booked shows that booking.
 */
async function answerDate(ctx: BotContext, sessionId: number, result: BookResult) {
  if (result.ok || result.reason === "already" || result.reason === "limit" || result.reason === "not-allowed") {
    return answerBooking(ctx, viewOf(result));
  }
  if (result.reason === "full") return offerWaitlist(ctx, sessionId);
  const activityId = ctx.deps.services.booking.session(sessionId)?.activityId;
  const activity = activityId ? ctx.deps.services.booking.catalog.get(activityId) : undefined;
  const refusal = ctx.t(REFUSAL_KEYS[result.reason]);
  if (!activity || activity.group === "tutoring") return showInPlace(ctx, refusal, { reply_markup: backToMenu(ctx) });
  await showDates(ctx, activity.id, refusal);
}

privateChat.callbackQuery(pattern.book, async (ctx) => {
  await ctx.answerCallbackQuery();
  const sessionId = Number(ctx.match[1]);
  // A tutoring seat is refused by the domain here: it needs the child's data from the tutoring form.
  await answerDate(ctx, sessionId, ctx.deps.services.booking.book(ctx.from.id, sessionId));
});

privateChat.callbackQuery(pattern.waitlist, async (ctx) => {
  await ctx.answerCallbackQuery();
  const sessionId = Number(ctx.match[1]);
  const { booking } = ctx.deps.services;
  const result = booking.joinWaitlist(ctx.from.id, sessionId);
  // A seat freed up in the meantime: book it straight away.
  await answerDate(ctx, sessionId, !result.ok && result.reason === "not-full" ? booking.book(ctx.from.id, sessionId) : result);
});

/** One line per date of a course booked in one go, so a partial result is plain to see. */
async function courseLine(ctx: BotContext, { session, result }: CourseDate): Promise<string> {
  const at = await shortWhen(ctx, session.startsAt);
  const view = viewOf(result);
  if (!view.ok) return ctx.t("book-course-line-refused", { when: at });
  if (view.waiting) return ctx.t("book-course-line-waiting", { when: at, position: view.position ?? 1 });
  return ctx.t("book-course-line-booked", { when: at });
}

privateChat.callbackQuery(pattern.bookCourse, async (ctx) => {
  await ctx.answerCallbackQuery();
  const result = ctx.deps.services.booking.bookCourse(ctx.from.id, Number(ctx.match[1]), Number(ctx.match[2]));
  if (!result.ok) return answerBooking(ctx, { ok: false, reason: result.reason });
  const first = result.dates[0]!.session;
  const lines = [];
  for (const date of result.dates) lines.push(await courseLine(ctx, date));
  const waiting = result.dates.some(({ result: r }) => {
    const view = viewOf(r);
    return view.ok && view.waiting;
  });
  const text = [
    ctx.t("book-course-title", { activity: ctx.t(`act-${first.activityId}`) }),
    ...lines,
    `📍 ${first.place ? escapeHtml(first.place) : ctx.t("place-desk")}`,
    ctx.t(waiting ? "book-course-next-waiting" : "book-course-next"),
  ].join("\n");
  await showInPlace(ctx, text, { parse_mode: "HTML", reply_markup: backToMenu(ctx) });
});

// ------------------------------------------------------------------ my bookings

/** Lists the resident's bookings; each has a cancel button with the date first ("✖️ Ven 27/11 · A1"). */
export async function listBookings(ctx: BotContext) {
  const mine = ctx.deps.services.booking.upcomingFor(ctx.from!.id);
  if (!mine.length) return showInPlace(ctx, ctx.t("my-bookings-none"), { reply_markup: backToMenu(ctx) });
  const lines: string[] = [];
  const kb = new InlineKeyboard();
  for (const { booking, session } of mine) {
    const vars = {
      activity: ctx.t(`act-${session.activityId}`),
      when: await when(ctx, session.startsAt),
      status: ctx.t(`booking-status-${booking.status}`),
    };
    lines.push(
      booking.childName
        ? ctx.t("my-booking-line-child", { ...vars, child: escapeHtml(booking.childName) })
        : ctx.t("my-booking-line", vars),
    );
    // A child's name tells two tutoring bookings apart better than the activity does.
    const what = booking.childName ? clip(booking.childName, CHILD_ON_BUTTON) : ctx.t(`act-${session.activityId}-short`);
    kb.text(ctx.t("booking-cancel-button", { date: await shortDay(ctx, session.startsAt), activity: what }), cb.cancelBooking(booking.id)).row();
  }
  await showInPlace(ctx, [ctx.t("my-bookings-title"), ...lines].join("\n"), { parse_mode: "HTML", reply_markup: withMenu(ctx, kb) });
}

/** Cancelling asks first, naming the lesson in full: a seat given up by mistake may be gone for good. */
privateChat.callbackQuery(pattern.cancelBooking, async (ctx) => {
  await ctx.answerCallbackQuery();
  const bookingId = Number(ctx.match[1]);
  const held = ctx.deps.services.booking.ownBooking(ctx.from.id, bookingId);
  if (!held) return showInPlace(ctx, ctx.t("booking-cancel-failed"), { reply_markup: backToMenu(ctx) });
  const activity = ctx.t(`act-${held.session.activityId}`);
  const vars = { activity: held.booking.childName ? `${activity} (${escapeHtml(held.booking.childName)})` : activity, when: await when(ctx, held.session.startsAt) };
  const kb = new InlineKeyboard()
    .text(ctx.t("booking-cancel-yes"), cb.cancelBookingAnswer(bookingId, "y"))
    .text(ctx.t("booking-cancel-no"), cb.cancelBookingAnswer(bookingId, "n"));
  await showInPlace(ctx, ctx.t("booking-cancel-ask", vars), { parse_mode: "HTML", reply_markup: kb });
});

privateChat.callbackQuery(pattern.cancelBookingAnswer, async (ctx) => {
  await ctx.answerCallbackQuery();
  if (ctx.match[1] === "n") return listBookings(ctx);
  const result = ctx.deps.services.booking.cancel(ctx.from.id, Number(ctx.match[2]));
  await showInPlace(ctx, ctx.t(result.ok ? "booking-cancelled" : "booking-cancel-failed"), { reply_markup: backToMenu(ctx) });
});

// Buttons under messages the desk sent on its own: seat offers and reminders.

/**
 * An offer pressed after it lapsed, was declined or went to someone else: say so, then what is true now
 * for that lesson — a seat held, a free seat to book, the waiting list to join, or nothing left to do.
 */
async function answerStaleOffer(ctx: BotContext, bookingId: number) {
  const gone = ctx.t("offer-gone");
  const { booking } = ctx.deps.services;
  const sessionId = booking.booking(bookingId)?.sessionId;
  const standing = sessionId === undefined ? { closed: "not-found" as const } : booking.standing(ctx.from!.id, sessionId);
  if ("held" in standing) return answerBooking(ctx, viewOf({ ok: true, ...standing.held }));
  if ("closed" in standing) return showInPlace(ctx, `${gone}\n\n${ctx.t(REFUSAL_KEYS[standing.closed])}`, { reply_markup: backToMenu(ctx) });
  if (standing.open === "full") return offerWaitlist(ctx, sessionId!, gone);
  const kb = await sessionsKeyboard(ctx, [choiceOf(ctx, sessionId!)].filter((c) => c !== undefined), { book: cb.book, wait: cb.waitlist });
  await showInPlace(ctx, `${gone}\n\n${ctx.t("book-free-now")}`, { reply_markup: withMenu(ctx, kb) });
}

function choiceOf(ctx: BotContext, sessionId: number): SessionChoice | undefined {
  const s = ctx.deps.services.booking.session(sessionId);
  return s && { id: s.id, startsAt: s.startsAt.toISOString(), free: s.seats - s.taken, waiting: s.waiting };
}

privateChat.callbackQuery(pattern.offer, async (ctx) => {
  await ctx.answerCallbackQuery();
  const bookingId = Number(ctx.match[2]);
  const { booking } = ctx.deps.services;
  if (ctx.match[1] === "d") {
    if (!booking.declineOffer(ctx.from.id, bookingId)) return answerStaleOffer(ctx, bookingId);
    return showInPlace(ctx, ctx.t("offer-declined"), { reply_markup: backToMenu(ctx) });
  }
  const result = booking.acceptOffer(ctx.from.id, bookingId);
  if (result.ok || result.reason === "already") return answerBooking(ctx, viewOf(result));
  await answerStaleOffer(ctx, bookingId);
});

privateChat.callbackQuery(pattern.reminder, async (ctx) => {
  await ctx.answerCallbackQuery();
  // The reminder stays readable (when and where); its buttons go, and the answer is a new message.
  await retireKeyboard(ctx);
  const bookingId = Number(ctx.match[2]);
  const { booking } = ctx.deps.services;
  if (ctx.match[1] === "c") {
    return ctx.reply(ctx.t(booking.confirm(ctx.from.id, bookingId) ? "reminder-thanks" : "booking-cancel-failed"), {
      reply_markup: backToMenu(ctx),
    });
  }
  const result = booking.cancel(ctx.from.id, bookingId);
  await ctx.reply(ctx.t(result.ok ? "reminder-freed" : "booking-cancel-failed"), { reply_markup: backToMenu(ctx) });
});
