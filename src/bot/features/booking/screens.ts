import { InlineKeyboard } from "grammy";
import type { ActivityGroup } from "#src/domain/activities.js";
import type { BookRefusal, BookResult, Held } from "#src/domain/booking/admission.js";
import type { Booking, Session } from "#src/domain/booking/service.js";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";
import { activity, cancelBooking } from "#src/bot/callback-data/booking.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { escapeHtml } from "#src/text/format.js";
import { childOnButton } from "./labels.js";
import { showInPlace } from "#src/bot/keyboards/in-place.js";
import { backToMenu, menuInPlace } from "#src/bot/features/menu/main-menu.js";
import { clockTime, formatDate, formatShortWhen, formatWhen } from "#src/text/dates.js";
import { residentDesk } from "#src/bot/features/places/screens.js";

/**
 * What residents see of booking wherever they book: from the menu, in the tutoring form, under an offer
 * or a reminder. Every answer ends with a way on (🏠 Menu).
 */

type AnyContext = BotContext | FlowContext;

/** "mercoledì 2 dicembre alle ore 17:00": dates in messages. */
export async function when(ctx: AnyContext, date: Date): Promise<string> {
  return formatWhen(date, await ctx.i18n.getLocale(), ctx.deps.config.timezone, ctx.deps.clock.now());
}

/** "mer 2 dic, 17:00": dates on buttons and in lists, short enough to be read whole. */
export async function shortWhen(ctx: AnyContext, date: Date): Promise<string> {
  return formatShortWhen(date, await ctx.i18n.getLocale(), ctx.deps.config.timezone, ctx.deps.clock.now());
}

/**
 * "mer 09/12": the day alone, after the verb on a booking's button ("✖️ Annullo mer 09/12") so two bookings never look
 * alike; lower-case as inside a sentence (a language that capitalises its weekdays keeps them so: "Wed").
 */
async function shortDay(ctx: AnyContext, date: Date): Promise<string> {
  return formatDate("day", date, await ctx.i18n.getLocale(), ctx.deps.config.timezone, ctx.deps.clock.now());
}

/** Why a booking was refused, as a text key. */
export const REFUSAL_KEYS: Record<BookRefusal, string> = {
  "not-found": "book-not-found",
  cancelled: "book-session-cancelled",
  started: "book-started",
  full: "book-full",
  already: "book-already",
  "not-full": "book-free-now",
  "not-allowed": "book-not-allowed",
  limit: "book-limit",
};

/** The activities of a group as buttons (Italian levels, workshops); the menu's entries open it. */
export async function chooseActivity(ctx: BotContext, group: ActivityGroup, promptKey: string) {
  const kb = new InlineKeyboard();
  // The activities held at the resident's desk.
  const here = residentDesk(ctx).activities;
  for (const a of ctx.deps.services.booking.catalog.inGroup(group)) {
    if (here.includes(a.id)) kb.text(ctx.t(`act-${a.id}`), activity.pack({ activityId: a.id })).row();
  }
  await showInPlace(ctx, ctx.t(promptKey), { reply_markup: menuInPlace(ctx, kb) });
}

/** An upcoming session as plain data (it may cross conversation.external, which stores JSON). */
export interface SessionChoice {
  id: number;
  startsAt: string;
  free: number;
  waiting: number;
}

export function upcomingChoices(ctx: AnyContext, activityId: string): SessionChoice[] {
  // The dates at the resident's desk: the same course may run at another desk too.
  return ctx.deps.services.booking.upcoming([activityId], 8, residentDesk(ctx).id).map((s) => ({
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
  data: { book: (sessionId: number) => string; wait: (sessionId: number) => string },
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

/** A booking attempt's outcome as plain data: it crosses conversation.external, which stores JSON. */
export type BookingOutcome =
  | {
      ok: true;
      bookingId?: number;
      waiting: boolean;
      position?: number;
      activityId: string;
      startsAt: string;
      place: string | null;
      deskId?: string | null;
      child?: string;
    }
  | { ok: false; reason: BookRefusal };

function outcomeOfHeld(held: Held): BookingOutcome {
  return {
    ok: true,
    bookingId: held.booking.id,
    waiting: held.booking.status === "waiting",
    ...(held.position ? { position: held.position } : {}),
    activityId: held.session.activityId,
    startsAt: held.session.startsAt.toISOString(),
    place: held.session.place,
    deskId: held.session.deskId,
    ...(held.booking.childName ? { child: held.booking.childName } : {}),
  };
}

/**
 * What the resident reads after a booking attempt. A second press on a date already theirs ("already")
 * answers with the booking they hold, as they saw it the first time; a seat still only offered to them is
 * not a booking yet, so it stays a refusal.
 */
export function bookingOutcome(result: BookResult): BookingOutcome {
  if (result.ok) return outcomeOfHeld(result);
  if (result.reason === "already" && result.held && result.held.booking.status !== "offered") return outcomeOfHeld(result.held);
  return { ok: false, reason: result.reason };
}

/** The text of a booking outcome, in the resident's language. */
async function bookingText(ctx: AnyContext, outcome: BookingOutcome): Promise<string> {
  if (!outcome.ok) return ctx.t(REFUSAL_KEYS[outcome.reason], { max: ctx.deps.config.maxChildrenPerSession });
  if (outcome.waiting) return ctx.t("book-waitlisted", { position: outcome.position ?? 1 });
  const vars = {
    activity: ctx.t(`act-${outcome.activityId}`),
    when: await when(ctx, new Date(outcome.startsAt)),
    place: outcome.place ? escapeHtml(outcome.place) : ctx.t("place-desk", { address: ctx.deps.services.desks.of(outcome.deskId).address }),
  };
  return outcome.child ? ctx.t("book-confirmed-child", { ...vars, child: escapeHtml(outcome.child) }) : ctx.t("book-confirmed", vars);
}

/** Tells the resident how a booking attempt went, in the pressed message when it can, always with a way on. */
export async function answerBooking(ctx: AnyContext, outcome: BookingOutcome) {
  const shown = await showInPlace(ctx, await bookingText(ctx, outcome), { parse_mode: "HTML", reply_markup: backToMenu(ctx) });
  // Remembered so that cancelling later rewrites this "✅ Booked" rather than leaving it to be believed.
  if (outcome.ok && outcome.bookingId !== undefined && shown !== undefined && ctx.from) {
    ctx.deps.services.booking.rememberConfirmation(ctx.from.id, outcome.bookingId, shown);
  }
}

/**
 * After a cancellation, the message that once said "✅ Booked" (or "on the waiting list") for it now says it was
 * cancelled, so scrolling up never shows a booking that is gone. Not on WhatsApp, where an edit is a new message.
 */
export async function rewriteCancelledConfirmation(ctx: AnyContext, cancelled: { booking: Booking; session: Session }, answeredIn?: number) {
  const messageId = cancelled.booking.confirmationMessageId;
  const chatId = ctx.chat?.id;
  if (messageId === null || messageId === answeredIn || chatId === undefined || isWhatsAppChat(chatId)) return;
  const name = ctx.t(`act-${cancelled.session.activityId}`);
  const activity = cancelled.booking.childName ? `${name} (${escapeHtml(cancelled.booking.childName)})` : name;
  const text = ctx.t("booking-was-cancelled", { activity, when: await when(ctx, cancelled.session.startsAt) });
  await ctx.api.editMessageText(chatId, messageId, text, { parse_mode: "HTML" }).catch(() => undefined);
}

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
    // The button says what it does and which booking, in the width of a phone: the verb and the day (with the time
    // when two bookings share the day, the child's name for tutoring); the line above it names the lesson in full.
    const day = await shortDay(ctx, session.startsAt);
    const sameDay = (await Promise.all(mine.map((m) => shortDay(ctx, m.session.startsAt)))).filter((d) => d === day).length > 1;
    const date = sameDay ? `${day} ${clockTime(session.startsAt, ctx.deps.config.timezone)}` : day;
    const label = booking.childName
      ? ctx.t("booking-cancel-day-child", { date, child: childOnButton(ctx.t("booking-cancel-day-child", { date, child: "" }), booking.childName) })
      : ctx.t("booking-cancel-day", { date });
    kb.text(label, cancelBooking.pack({ bookingId: booking.id })).row();
  }
  // The buttons hold a date and a name and nothing more fits a phone's width: the line above them says what they do.
  const hint = ctx.t("my-bookings-cancel-hint");
  await showInPlace(ctx, [ctx.t("my-bookings-title"), ...lines, "", hint].join("\n"), { parse_mode: "HTML", reply_markup: menuInPlace(ctx, kb) });
}
