import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import { attendance, removeBooking } from "#src/bot/callback-data/staff.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { scopeOf } from "#src/bot/filters/team-access.js";
import { escapeHtml } from "#src/text/format.js";
import { activityName, actorOf, answer, parseId, sessionTime } from "#src/bot/features/staff/replies.js";

/** Staff manage class sessions from their team's group (or a private chat with the bot): the activities their team runs. */
export const sessionsFeature = new Feature<BotContext>();
const staff = staffOnly(sessionsFeature);

/** The activities whose sessions this person sees here: their team's (in its group), their teams' (in private); all for coordinators. */
async function activitiesHere(ctx: BotContext): Promise<string[] | undefined> {
  if (!ctx.deps.services.teams.several) return undefined;
  const { teams, coordinator } = await scopeOf(ctx, { fresh: true });
  if (coordinator && !ctx.deps.services.teams.byChat(ctx.chat?.id)) return undefined;
  return teams.flatMap((t) => [...t.activities]);
}

/**
 * Rosters name people: a session's roster, its attendance and its bookings are the business of the team that runs
 * its activity, in that team's group (or in private), and of nobody else.
 */
async function mayRunSession(ctx: BotContext, sessionId: number): Promise<boolean> {
  const { booking, teams } = ctx.deps.services;
  const session = booking.session(sessionId);
  if (!session) return true;
  const team = teams.forActivity(session.activityId);
  const here = ctx.chat?.type === "private" || ctx.chat?.id === team.chatId;
  if (here && ctx.from && (await ctx.deps.staff.isMember(ctx.from.id, team.chatId, { fresh: true }))) return true;
  const refusal = ctx.deps.italian("team-session-not-yours", { id: String(sessionId), team: team.name });
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: refusal, show_alert: true });
  else await ctx.reply(refusal);
  return false;
}

/** A roster names people: each of them is remembered on the post, so erasing any one of them removes it. */
function recordRoster(ctx: BotContext, residentIds: number[], sessionId: number, sent: Message[]) {
  for (const m of sent) {
    ctx.deps.services.privacy.recordPost(residentIds, {
      chatId: m.chat.id,
      messageId: m.message_id,
      threadId: m.message_thread_id ?? null,
      kind: "roster",
      sessionId,
    });
  }
}

staff.command("newsession", async (ctx) => {
  const activities = await activitiesHere(ctx);
  await ctx.conversation.enter("newSession", ...(activities ? [activities] : []));
});

staff.command("sessions", async (ctx) => {
  const italian = ctx.deps.italian;
  const activities = await activitiesHere(ctx);
  const list = ctx.deps.services.booking.listUpcoming(30).filter((s) => !activities || activities.includes(s.activityId));
  const lines = list.map((s) =>
    [
      `#${s.id}`,
      escapeHtml(activityName(ctx, s.activityId)),
      sessionTime(ctx, s.startsAt),
      italian("sessions-seats", { taken: s.taken, seats: s.seats }),
      ...(s.waiting ? [italian("sessions-waiting", { count: s.waiting })] : []),
      ...(s.place ? [escapeHtml(s.place)] : []),
    ].join(" · "),
  );
  await answer(ctx, [italian("sessions-title", { count: list.length }), ...lines, "", italian("sessions-commands")].join("\n"));
});

staff.command("cancelsession", async (ctx) => {
  const italian = ctx.deps.italian;
  const id = parseId(ctx.match);
  if (!id) return answer(ctx, italian("sessions-cancel-usage"));
  if (!(await mayRunSession(ctx, id))) return;
  const result = ctx.deps.services.booking.cancelSession(id, actorOf(ctx));
  if (!result.ok) {
    const why = {
      "not-found": italian("sessions-cancel-not-found"),
      cancelled: italian("sessions-cancel-cancelled"),
      started: italian("sessions-cancel-started"),
    };
    return answer(ctx, why[result.reason]);
  }
  await answer(ctx, italian("sessions-cancelled", { id: String(id), count: result.notified }));
});

function rosterText(ctx: BotContext, id: number) {
  const italian = ctx.deps.italian;
  const roster = ctx.deps.services.booking.roster(id);
  if (!roster) return undefined;
  const { session, seated, waiting } = roster;
  const who = (r: (typeof seated)[number]) =>
    `${escapeHtml(r.firstName ?? italian("anonymised-person"))}${r.booking.childName ? ` → ${escapeHtml(r.booking.childName)} (${r.booking.childClass})` : ""}`;
  const mark = (a: string | null) => (a === "present" ? "✅" : a === "absent" ? "❌" : "▫️");
  const title = { id: String(session.id), activity: escapeHtml(activityName(ctx, session.activityId)), when: sessionTime(ctx, session.startsAt) };
  const lines = [
    italian(session.status === "cancelled" ? "roster-title-cancelled" : "roster-title", title),
    italian("roster-seats", { taken: session.taken, seats: session.seats }),
    "",
    italian("roster-booked"),
    ...seated.map((r, i) => `${i + 1}. ${mark(r.booking.attendance)} ${who(r)}${r.booking.status === "offered" ? ` ${italian("roster-offered")}` : ""}`),
    ...(waiting.length ? ["", italian("roster-waiting"), ...waiting.map((r, i) => `${i + 1}. ${who(r)}`)] : []),
  ];
  const kb = new InlineKeyboard();
  const upcoming = session.status !== "cancelled" && session.startsAt > ctx.deps.clock.now();
  seated.forEach((r, i) => {
    const bookingId = r.booking.id;
    if (r.booking.status === "booked") {
      kb.text(`✅ ${i + 1}`, attendance.pack({ bookingId, mark: "present" })).text(`❌ ${i + 1}`, attendance.pack({ bookingId, mark: "absent" }));
    }
    if (upcoming) kb.text(`🗑 ${i + 1}`, removeBooking.pack({ step: "ask", bookingId }));
    kb.row();
  });
  if (upcoming) {
    for (const [i, r] of waiting.entries()) {
      kb.text(italian("roster-remove-waiting", { position: i + 1 }), removeBooking.pack({ step: "ask", bookingId: r.booking.id })).row();
    }
  }
  return { text: lines.join("\n"), kb, residentIds: [...seated, ...waiting].map((r) => r.booking.residentId), sessionId: session.id };
}

staff.command("roster", async (ctx) => {
  const id = parseId(ctx.match);
  if (id && !(await mayRunSession(ctx, id))) return;
  const roster = id ? rosterText(ctx, id) : undefined;
  if (!roster) return answer(ctx, ctx.deps.italian("roster-usage"));
  recordRoster(ctx, roster.residentIds, roster.sessionId, await answer(ctx, roster.text, roster.kb));
});

staff.callbackQuery(attendance.filter(), async (ctx) => {
  const italian = ctx.deps.italian;
  const { bookingId, mark } = attendance.unpack(ctx.callbackQuery.data);
  const held = ctx.deps.services.booking.booking(bookingId);
  if (held && !(await mayRunSession(ctx, held.sessionId))) return;
  const booking = ctx.deps.services.booking.markAttendance(bookingId, mark, actorOf(ctx));
  if (!booking) return ctx.answerCallbackQuery({ text: italian("roster-invalid-booking") });
  await ctx.answerCallbackQuery({ text: italian(mark === "present" ? "roster-present" : "roster-absent") });
  const roster = rosterText(ctx, booking.sessionId);
  if (roster) await ctx.editMessageText(roster.text, { parse_mode: "HTML", reply_markup: roster.kb }).catch(() => undefined);
});

// Removing a booking asks first: a stray tap must not cost a resident their seat.
staff.callbackQuery(removeBooking.filter(), async (ctx) => {
  const italian = ctx.deps.italian;
  const { step, bookingId } = removeBooking.unpack(ctx.callbackQuery.data);
  const { booking } = ctx.deps.services;
  const target = booking.booking(bookingId);
  if (target && !(await mayRunSession(ctx, target.sessionId))) return;
  if (step === "ask") {
    const held = booking.booking(bookingId);
    const roster = held ? booking.roster(held.sessionId) : undefined;
    const row = roster && [...roster.seated, ...roster.waiting].find((r) => r.booking.id === bookingId);
    if (!held || !row) return ctx.answerCallbackQuery({ text: italian("roster-invalid-booking") });
    await ctx.answerCallbackQuery();
    const who = `${escapeHtml(row.firstName ?? italian("anonymised-person"))}${held.childName ? ` → ${escapeHtml(held.childName)}` : ""}`;
    const kb = new InlineKeyboard()
      .text(italian("roster-remove-yes"), removeBooking.pack({ step: "yes", bookingId }))
      .row()
      .text(italian("roster-remove-no"), removeBooking.pack({ step: "no", bookingId }));
    const asked = await answer(ctx, italian("roster-remove-ask", { who, session: String(held.sessionId) }), kb);
    return recordRoster(ctx, [held.residentId], held.sessionId, asked);
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  if (step === "no") return;
  const result = booking.removeBooking(bookingId, actorOf(ctx));
  if (!result.ok) return answer(ctx, italian(result.reason === "started" ? "roster-remove-started" : "roster-invalid-booking"));
  const roster = rosterText(ctx, result.session.id);
  await answer(ctx, italian("roster-removed", { session: String(result.session.id) }));
  if (roster) recordRoster(ctx, roster.residentIds, roster.sessionId, await answer(ctx, roster.text, roster.kb));
});
