import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import type { BookResult } from "#src/domain/booking/admission.js";
import type { CourseDate } from "#src/domain/booking/seats.js";
import {
  activity,
  book,
  bookCourse,
  cancelBooking,
  cancelBookingNo,
  cancelBookingYes,
  offerAccept,
  offerDecline,
  reminderComing,
  reminderNotComing,
  waitlist,
} from "#src/bot/callback-data/booking.js";
import type { BotContext } from "#src/bot/context.js";
import { escapeHtml } from "#src/text/format.js";
import { markScreens, retireKeyboard, showInPlace } from "#src/bot/keyboards/in-place.js";
import { backToMenu, menuInPlace } from "#src/bot/features/menu/main-menu.js";
import { offerSheetAfterBooking } from "#src/bot/features/participants/offer-sheet.js";
import {
  answerBooking,
  bookingOutcome,
  listBookings,
  REFUSAL_KEYS,
  rewriteCancelledConfirmation,
  type SessionChoice,
  sessionsKeyboard,
  shortWhen,
  upcomingChoices,
  when,
} from "./screens.js";

/**
 * Italian lessons and workshops for residents: choose, book, wait in line, cancel. The steps of a booking
 * are one message that changes (the pressed one), and every answer ends with a way on (🏠 Menu).
 */
export const bookingFeature = new Feature<BotContext>();
const privateChat = bookingFeature.chatType("private");
privateChat.use(markScreens);

/** A date's button books it, or waits for it when it is full. */
const dateButtons = {
  book: (sessionId: number) => book.pack({ sessionId }),
  wait: (sessionId: number) => waitlist.pack({ sessionId }),
};

/**
 * The dates of an activity, after `intro` when something has to be said first (a date that has just
 * started or was cancelled). A course with several dates can be booked whole with one tap.
 */
async function showDates(ctx: BotContext, activityId: string, intro?: string) {
  const choices = upcomingChoices(ctx, activityId);
  if (!choices.length) {
    return showInPlace(ctx, [intro, ctx.t("book-no-sessions")].filter(Boolean).join("\n\n"), { reply_markup: backToMenu(ctx) });
  }
  const kb = await sessionsKeyboard(ctx, choices, dateButtons);
  if (choices.length > 1) {
    const course = bookCourse.pack({ fromSessionId: choices[0]!.id, toSessionId: choices.at(-1)!.id });
    kb.text(ctx.t("book-course-button", { count: choices.length }), course).row();
  }
  const text = ctx.t("book-sessions", { activity: ctx.t(`act-${activityId}`), description: ctx.t(`act-${activityId}-desc`) });
  await showInPlace(ctx, [intro, text].filter(Boolean).join("\n\n"), { parse_mode: "HTML", reply_markup: menuInPlace(ctx, kb) });
}

privateChat.callbackQuery(activity.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  const chosen = ctx.deps.services.booking.catalog.get(activity.unpack(ctx.callbackQuery.data).activityId);
  if (!chosen || chosen.group === "tutoring") return showInPlace(ctx, ctx.t("button-expired"), { reply_markup: backToMenu(ctx) });
  await showDates(ctx, chosen.id);
});

/** "This lesson is now full — join the waiting list?", with the button to do it. */
async function offerWaitlist(ctx: BotContext, sessionId: number, intro?: string) {
  const kb = new InlineKeyboard().text(ctx.t("book-join-waitlist"), waitlist.pack({ sessionId })).row();
  await showInPlace(ctx, [intro, ctx.t("book-full")].filter(Boolean).join("\n\n"), { reply_markup: menuInPlace(ctx, kb) });
}

/**
 * Answers a date pressed on the list. Whatever the list showed, the answer says what is true now: a date
 * that filled up meanwhile offers the waiting list, one that started or was cancelled shows the dates
 * left, one already booked shows that booking.
 */
async function answerDate(ctx: BotContext, sessionId: number, result: BookResult) {
  if (result.ok || result.reason === "already" || result.reason === "limit" || result.reason === "not-allowed") {
    return answerBooking(ctx, bookingOutcome(result));
  }
  if (result.reason === "full") return offerWaitlist(ctx, sessionId);
  const activityId = ctx.deps.services.booking.session(sessionId)?.activityId;
  const dated = activityId ? ctx.deps.services.booking.catalog.get(activityId) : undefined;
  const refusal = ctx.t(REFUSAL_KEYS[result.reason]);
  if (!dated || dated.group === "tutoring") return showInPlace(ctx, refusal, { reply_markup: backToMenu(ctx) });
  await showDates(ctx, dated.id, refusal);
}

privateChat.callbackQuery(book.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  const { sessionId } = book.unpack(ctx.callbackQuery.data);
  // A tutoring seat is refused by the domain here: it needs the child's data from the tutoring form.
  const result = ctx.deps.services.booking.book(ctx.from.id, sessionId);
  await answerDate(ctx, sessionId, result);
  await offerSheetAfterBooking(ctx, result);
});

privateChat.callbackQuery(waitlist.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  const { sessionId } = waitlist.unpack(ctx.callbackQuery.data);
  const { booking } = ctx.deps.services;
  const result = booking.joinWaitlist(ctx.from.id, sessionId);
  // A seat freed up in the meantime: book it straight away.
  const outcome = !result.ok && result.reason === "not-full" ? booking.book(ctx.from.id, sessionId) : result;
  await answerDate(ctx, sessionId, outcome);
  await offerSheetAfterBooking(ctx, outcome);
});

/** One line per date of a course booked in one go, so a partial result is plain to see. */
async function courseLine(ctx: BotContext, { session, result }: CourseDate): Promise<string> {
  const at = await shortWhen(ctx, session.startsAt);
  const outcome = bookingOutcome(result);
  if (!outcome.ok) return ctx.t("book-course-line-refused", { when: at });
  if (outcome.waiting) return ctx.t("book-course-line-waiting", { when: at, position: outcome.position ?? 1 });
  return ctx.t("book-course-line-booked", { when: at });
}

privateChat.callbackQuery(bookCourse.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  const { fromSessionId, toSessionId } = bookCourse.unpack(ctx.callbackQuery.data);
  const result = ctx.deps.services.booking.bookCourse(ctx.from.id, fromSessionId, toSessionId);
  if (!result.ok) return answerBooking(ctx, { ok: false, reason: result.reason });
  const first = result.dates[0]!.session;
  const lines = [];
  for (const date of result.dates) lines.push(await courseLine(ctx, date));
  const waiting = result.dates.some(({ result: r }) => {
    const outcome = bookingOutcome(r);
    return outcome.ok && outcome.waiting;
  });
  const text = [
    ctx.t("book-course-title", { activity: ctx.t(`act-${first.activityId}`) }),
    ...lines,
    `📍 ${first.place ? escapeHtml(first.place) : ctx.t("place-desk", { address: ctx.deps.services.desks.of(first.deskId).address })}`,
    ctx.t(waiting ? "book-course-next-waiting" : "book-course-next"),
  ].join("\n");
  await showInPlace(ctx, text, { parse_mode: "HTML", reply_markup: backToMenu(ctx) });
  const seated = result.dates.find((d) => d.result.ok && d.result.booking.status === "booked");
  if (seated) await offerSheetAfterBooking(ctx, seated.result);
});

// ------------------------------------------------------------------ my bookings

/** Cancelling asks first, naming the lesson in full: a seat given up by mistake may be gone for good. */
privateChat.callbackQuery(cancelBooking.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  const { bookingId } = cancelBooking.unpack(ctx.callbackQuery.data);
  const held = ctx.deps.services.booking.ownBooking(ctx.from.id, bookingId);
  if (!held) return showInPlace(ctx, ctx.t("booking-cancel-failed"), { reply_markup: backToMenu(ctx) });
  const name = ctx.t(`act-${held.session.activityId}`);
  const vars = { activity: held.booking.childName ? `${name} (${escapeHtml(held.booking.childName)})` : name, when: await when(ctx, held.session.startsAt) };
  const kb = new InlineKeyboard()
    .text(ctx.t("booking-cancel-yes"), cancelBookingYes.pack({ bookingId }))
    .text(ctx.t("booking-cancel-no"), cancelBookingNo.pack({ bookingId }));
  await showInPlace(ctx, ctx.t("booking-cancel-ask", vars), { parse_mode: "HTML", reply_markup: kb });
});

privateChat.callbackQuery(cancelBookingNo.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  await listBookings(ctx);
});

privateChat.callbackQuery(cancelBookingYes.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  const result = ctx.deps.services.booking.cancel(ctx.from.id, cancelBookingYes.unpack(ctx.callbackQuery.data).bookingId);
  if (!result.ok) return showInPlace(ctx, ctx.t("booking-cancel-failed"), { reply_markup: backToMenu(ctx) });
  // The answer names what was cancelled: with two bookings the same week, "cancelled" alone says too little.
  const name = ctx.t(`act-${result.session.activityId}`);
  const activity = result.booking.childName ? `${name} (${escapeHtml(result.booking.childName)})` : name;
  const shown = await showInPlace(ctx, ctx.t("booking-cancelled-which", { activity, when: await when(ctx, result.session.startsAt) }), {
    parse_mode: "HTML",
    reply_markup: backToMenu(ctx),
  });
  await rewriteCancelledConfirmation(ctx, result, shown);
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
  if ("held" in standing) return answerBooking(ctx, bookingOutcome({ ok: true, ...standing.held }));
  if ("closed" in standing) return showInPlace(ctx, `${gone}\n\n${ctx.t(REFUSAL_KEYS[standing.closed])}`, { reply_markup: backToMenu(ctx) });
  if (standing.open === "full") return offerWaitlist(ctx, sessionId!, gone);
  const kb = await sessionsKeyboard(ctx, [choiceOf(ctx, sessionId!)].filter((c) => c !== undefined), dateButtons);
  await showInPlace(ctx, `${gone}\n\n${ctx.t("book-free-now")}`, { reply_markup: menuInPlace(ctx, kb) });
}

function choiceOf(ctx: BotContext, sessionId: number): SessionChoice | undefined {
  const s = ctx.deps.services.booking.session(sessionId);
  return s && { id: s.id, startsAt: s.startsAt.toISOString(), free: s.seats - s.taken, waiting: s.waiting };
}

privateChat.callbackQuery(offerAccept.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  const { bookingId } = offerAccept.unpack(ctx.callbackQuery.data);
  const result = ctx.deps.services.booking.acceptOffer(ctx.from.id, bookingId);
  if (result.ok || result.reason === "already") {
    await answerBooking(ctx, bookingOutcome(result));
    return offerSheetAfterBooking(ctx, result);
  }
  await answerStaleOffer(ctx, bookingId);
});

privateChat.callbackQuery(offerDecline.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  const { bookingId } = offerDecline.unpack(ctx.callbackQuery.data);
  if (!ctx.deps.services.booking.declineOffer(ctx.from.id, bookingId)) return answerStaleOffer(ctx, bookingId);
  await showInPlace(ctx, ctx.t("offer-declined"), { reply_markup: backToMenu(ctx) });
});

// A reminder stays readable (when and where); its buttons go, and the answer is a new message.

privateChat.callbackQuery(reminderComing.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  await retireKeyboard(ctx);
  const confirmed = ctx.deps.services.booking.confirm(ctx.from.id, reminderComing.unpack(ctx.callbackQuery.data).bookingId);
  await ctx.reply(ctx.t(confirmed ? "reminder-thanks" : "booking-cancel-failed"), { reply_markup: backToMenu(ctx) });
});

privateChat.callbackQuery(reminderNotComing.filter(), async (ctx) => {
  await ctx.answerCallbackQuery();
  await retireKeyboard(ctx);
  const result = ctx.deps.services.booking.cancel(ctx.from.id, reminderNotComing.unpack(ctx.callbackQuery.data).bookingId);
  await ctx.reply(ctx.t(result.ok ? "reminder-freed" : "booking-cancel-failed"), { reply_markup: backToMenu(ctx) });
  if (result.ok) await rewriteCancelledConfirmation(ctx, result);
});
