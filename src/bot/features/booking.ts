import { Composer, InlineKeyboard } from "grammy";
import type { ActivityGroup } from "../../domain/activities.js";
import type { BookRefusal, BookResult } from "../../domain/booking.js";
import { cb, pattern } from "../callback-data.js";
import type { BotContext, FlowContext } from "../context.js";
import { escapeHtml } from "../format.js";
import { backToMenu } from "../keyboards/main-menu.js";
import { formatWhen } from "../render-outbox.js";
import { registerFlow } from "./menu.js";
import { listRequests } from "./request.js";

/** Italian lessons and workshops for residents: choose, book, wait in line, cancel. */
export const bookingFeature = new Composer<BotContext>();
const privateChat = bookingFeature.chatType("private");

type AnyContext = BotContext | FlowContext;

export async function when(ctx: AnyContext, date: Date): Promise<string> {
  return formatWhen(date, await ctx.i18n.getLocale(), ctx.deps.config.timezone);
}

async function chooseActivity(ctx: BotContext, group: ActivityGroup, promptKey: string) {
  const kb = new InlineKeyboard();
  for (const a of ctx.deps.services.booking.catalog.inGroup(group)) kb.text(ctx.t(`act-${a.id}`), cb.activity(a.id)).row();
  kb.text(ctx.t("menu-back"), cb.menu("main"));
  await ctx.reply(ctx.t(promptKey), { reply_markup: kb });
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

/** The upcoming dates of an activity as buttons: free seats to book, full ones to wait for. */
export async function sessionsKeyboard(
  ctx: AnyContext,
  choices: SessionChoice[],
  data: { book: (id: number) => string; wait: (id: number) => string },
) {
  const kb = new InlineKeyboard();
  for (const s of choices) {
    const bookable = s.free > 0 && s.waiting === 0;
    const at = await when(ctx, new Date(s.startsAt));
    const label = bookable ? ctx.t("book-session-free", { when: at, free: s.free }) : ctx.t("book-session-full", { when: at });
    kb.text(label, bookable ? data.book(s.id) : data.wait(s.id)).row();
  }
  return kb;
}

privateChat.callbackQuery(pattern.activity, async (ctx) => {
  await ctx.answerCallbackQuery();
  const activity = ctx.deps.services.booking.catalog.get(ctx.match[1]!);
  if (!activity || activity.group === "tutoring") return ctx.reply(ctx.t("button-expired"));
  const choices = upcomingChoices(ctx, activity.id);
  const kb = await sessionsKeyboard(ctx, choices, { book: cb.book, wait: cb.waitlist });
  kb.text(ctx.t("menu-back"), cb.menu("main"));
  if (!choices.length) return ctx.reply(ctx.t("book-no-sessions"), { reply_markup: backToMenu(ctx) });
  await ctx.reply(
    ctx.t("book-sessions", { activity: ctx.t(`act-${activity.id}`), description: ctx.t(`act-${activity.id}-desc`) }),
    { parse_mode: "HTML", reply_markup: kb },
  );
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

export function viewOf(result: BookResult): BookingView {
  if (!result.ok) return result;
  return {
    ok: true,
    waiting: result.booking.status === "waiting",
    ...(result.position ? { position: result.position } : {}),
    activityId: result.session.activityId,
    startsAt: result.session.startsAt.toISOString(),
    place: result.session.place,
    ...(result.booking.childName ? { child: result.booking.childName } : {}),
  };
}

/** Tells the resident how a booking attempt went, in their language. */
export async function answerBooking(ctx: AnyContext, view: BookingView) {
  if (!view.ok) {
    const text = ctx.t(REFUSAL_KEYS[view.reason], { max: ctx.deps.config.maxChildrenPerSession });
    return ctx.reply(text, view.reason === "full" ? {} : { reply_markup: backToMenu(ctx) });
  }
  if (view.waiting) {
    return ctx.reply(ctx.t("book-waitlisted", { position: view.position ?? 1 }), { reply_markup: backToMenu(ctx) });
  }
  const vars = {
    activity: ctx.t(`act-${view.activityId}`),
    when: await when(ctx, new Date(view.startsAt)),
    place: view.place ? escapeHtml(view.place) : ctx.t("place-desk"),
  };
  return ctx.reply(view.child ? ctx.t("book-confirmed-child", { ...vars, child: escapeHtml(view.child) }) : ctx.t("book-confirmed", vars), {
    parse_mode: "HTML",
    reply_markup: backToMenu(ctx),
  });
}

privateChat.callbackQuery(pattern.book, async (ctx) => {
  await ctx.answerCallbackQuery();
  const sessionId = Number(ctx.match[1]);
  // A tutoring seat is refused by the domain here: it needs the child's data from the tutoring form.
  const result = ctx.deps.services.booking.book(ctx.from.id, sessionId);
  if (!result.ok && result.reason === "full") {
    return ctx.reply(ctx.t("book-full"), {
      reply_markup: new InlineKeyboard().text(ctx.t("book-join-waitlist"), cb.waitlist(sessionId)).row().text(ctx.t("menu-back"), cb.menu("main")),
    });
  }
  await answerBooking(ctx, viewOf(result));
});

privateChat.callbackQuery(pattern.waitlist, async (ctx) => {
  await ctx.answerCallbackQuery();
  const sessionId = Number(ctx.match[1]);
  const result = ctx.deps.services.booking.joinWaitlist(ctx.from.id, sessionId);
  if (!result.ok && result.reason === "not-full") {
    // A seat freed up in the meantime: book it straight away.
    return answerBooking(ctx, viewOf(ctx.deps.services.booking.book(ctx.from.id, sessionId)));
  }
  await answerBooking(ctx, viewOf(result));
});

export async function listBookings(ctx: BotContext) {
  const mine = ctx.deps.services.booking.upcomingFor(ctx.from!.id);
  if (!mine.length) return ctx.reply(ctx.t("my-bookings-none"));
  const lines: string[] = [];
  const kb = new InlineKeyboard();
  const locale = await ctx.i18n.getLocale();
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
    const date = new Intl.DateTimeFormat(locale, { timeZone: ctx.deps.config.timezone, day: "numeric", month: "short" }).format(session.startsAt);
    const who = booking.childName ? `${booking.childName} – ` : "";
    kb.text(ctx.t("booking-cancel-button", { activity: who + ctx.t(`act-${session.activityId}`), date }), cb.cancelBooking(booking.id)).row();
  }
  await ctx.reply([ctx.t("my-bookings-title"), ...lines].join("\n"), { parse_mode: "HTML", reply_markup: kb });
}

privateChat.callbackQuery(pattern.cancelBooking, async (ctx) => {
  await ctx.answerCallbackQuery();
  const result = ctx.deps.services.booking.cancel(ctx.from.id, Number(ctx.match[1]));
  await ctx.reply(ctx.t(result.ok ? "booking-cancelled" : "booking-cancel-failed"), { reply_markup: backToMenu(ctx) });
});

// Buttons under messages the desk sent on its own: seat offers and reminders.

privateChat.callbackQuery(pattern.offer, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const bookingId = Number(ctx.match[2]);
  const { booking } = ctx.deps.services;
  if (ctx.match[1] === "d") {
    return ctx.reply(ctx.t(booking.declineOffer(ctx.from.id, bookingId) ? "offer-declined" : "offer-gone"));
  }
  const result = booking.acceptOffer(ctx.from.id, bookingId);
  if (!result.ok) return ctx.reply(ctx.t(result.reason === "already" ? "book-already" : "offer-gone"), { reply_markup: backToMenu(ctx) });
  await answerBooking(ctx, viewOf(result));
});

privateChat.callbackQuery(pattern.reminder, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  const bookingId = Number(ctx.match[2]);
  const { booking } = ctx.deps.services;
  if (ctx.match[1] === "c") {
    return ctx.reply(ctx.t(booking.confirm(ctx.from.id, bookingId) ? "reminder-thanks" : "booking-cancel-failed"));
  }
  const result = booking.cancel(ctx.from.id, bookingId);
  await ctx.reply(ctx.t(result.ok ? "reminder-freed" : "booking-cancel-failed"));
});
