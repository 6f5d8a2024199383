import { Composer, InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import { cb, pattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { escapeHtml, splitText } from "../format.js";
import { stripIsolation } from "../i18n.js";
import { inStaffChat, scopeOf } from "../filters/team-access.js";
import { actorOf, requireStaff } from "./desk.js";

/** Staff manage class sessions from their team's group (or a private chat with the bot): the activities their team runs. */
export const sessionsFeature = new Composer<BotContext>();
const staffChats = sessionsFeature.filter(inStaffChat);

/** The activities whose sessions this person sees here: their team's (in its group), their teams' (in private); all for coordinators. */
async function activitiesHere(ctx: BotContext): Promise<string[] | undefined> {
  if (!ctx.deps.services.teams.several) return undefined;
  const { teams, coordinator } = await scopeOf(ctx);
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
  if (here && ctx.from && (await ctx.deps.staff.isMember(ctx.from.id, team.chatId))) return true;
  const refusal = ctx.deps.italian("team-session-not-yours", { id: String(sessionId), team: team.name });
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: refusal, show_alert: true });
  else await ctx.reply(refusal);
  return false;
}

function activityName(ctx: BotContext, id: string) {
  return stripIsolation(ctx.i18n.fluent.translate("it", `act-${id}`));
}

function fmt(ctx: BotContext) {
  return new Intl.DateTimeFormat("it-IT", {
    timeZone: ctx.deps.config.timezone,
    weekday: "short",
    day: "2-digit",
    month: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
}

async function answer(ctx: BotContext, html: string, kb?: InlineKeyboard): Promise<Message[]> {
  const parts = splitText(html, 4000);
  const sent: Message[] = [];
  for (const [i, part] of parts.entries()) {
    sent.push(await ctx.reply(part, { parse_mode: "HTML", ...(kb && i === parts.length - 1 ? { reply_markup: kb } : {}) }));
  }
  return sent;
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

function sessionId(match: string | undefined): number | undefined {
  const n = Number(match?.trim().replace(/^#/, ""));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

staffChats.command("newsession", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const activities = await activitiesHere(ctx);
  await ctx.conversation.enter("newSession", ...(activities ? [activities] : []));
});

staffChats.command("sessions", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const activities = await activitiesHere(ctx);
  const list = ctx.deps.services.booking.listUpcoming(30).filter((s) => !activities || activities.includes(s.activityId));
  const f = fmt(ctx);
  const lines = list.map(
    (s) =>
      `#${s.id} · ${escapeHtml(activityName(ctx, s.activityId))} · ${f.format(s.startsAt)} · ${s.taken}/${s.seats} posti${s.waiting ? ` · ${s.waiting} in attesa` : ""}${s.place ? ` · ${escapeHtml(s.place)}` : ""}`,
  );
  await answer(ctx, [`🗓 <b>Prossime sessioni</b> (30 giorni): ${list.length}`, ...lines, "", "/roster N · /cancelsession N · /newsession"].join("\n"));
});

staffChats.command("cancelsession", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const id = sessionId(ctx.match);
  if (!id) return answer(ctx, "Scrivi il numero: /cancelsession 12");
  if (!(await mayRunSession(ctx, id))) return;
  const result = ctx.deps.services.booking.cancelSession(id, actorOf(ctx));
  if (!result.ok) {
    const why = { "not-found": "Sessione non trovata.", cancelled: "La sessione è già annullata.", started: "La sessione è già iniziata: non si può più annullare." };
    return answer(ctx, why[result.reason]);
  }
  await answer(ctx, `🚫 Sessione #${id} annullata. Avviso in arrivo a ${result.notified} persone, ognuna nella sua lingua.`);
});

function rosterText(ctx: BotContext, id: number) {
  const roster = ctx.deps.services.booking.roster(id);
  if (!roster) return undefined;
  const { session, seated, waiting } = roster;
  const who = (r: (typeof seated)[number]) =>
    `${escapeHtml(r.firstName ?? ctx.deps.italian("anonymised-person"))}${r.booking.childName ? ` → ${escapeHtml(r.booking.childName)} (${r.booking.childClass})` : ""}`;
  const mark = (a: string | null) => (a === "present" ? "✅" : a === "absent" ? "❌" : "▫️");
  const lines = [
    `📋 <b>#${session.id} · ${escapeHtml(activityName(ctx, session.activityId))}</b> · ${fmt(ctx).format(session.startsAt)}${session.status === "cancelled" ? " · ANNULLATA" : ""}`,
    `Posti: ${session.taken}/${session.seats}`,
    "",
    "<b>Prenotati</b>",
    ...seated.map((r, i) => `${i + 1}. ${mark(r.booking.attendance)} ${who(r)}${r.booking.status === "offered" ? " (offerta in attesa di risposta)" : ""}`),
    ...(waiting.length ? ["", "<b>Lista d'attesa</b>", ...waiting.map((r, i) => `${i + 1}. ${who(r)}`)] : []),
  ];
  const kb = new InlineKeyboard();
  const upcoming = session.status !== "cancelled" && session.startsAt > ctx.deps.clock.now();
  seated.forEach((r, i) => {
    if (r.booking.status === "booked") {
      kb.text(`✅ ${i + 1}`, cb.attendance(r.booking.id, "p")).text(`❌ ${i + 1}`, cb.attendance(r.booking.id, "a"));
    }
    if (upcoming) kb.text(`🗑 ${i + 1}`, cb.removeBooking(r.booking.id, "ask"));
    kb.row();
  });
  if (upcoming) {
    for (const [i, r] of waiting.entries()) kb.text(`🗑 attesa ${i + 1}`, cb.removeBooking(r.booking.id, "ask")).row();
  }
  return { text: lines.join("\n"), kb, residentIds: [...seated, ...waiting].map((r) => r.booking.residentId), sessionId: session.id };
}

staffChats.command("roster", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const id = sessionId(ctx.match);
  if (id && !(await mayRunSession(ctx, id))) return;
  const roster = id ? rosterText(ctx, id) : undefined;
  if (!roster) return answer(ctx, "Scrivi il numero della sessione: /roster 12 (i numeri sono in /sessions)");
  recordRoster(ctx, roster.residentIds, roster.sessionId, await answer(ctx, roster.text, roster.kb));
});

sessionsFeature.callbackQuery(pattern.attendance, async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const held = ctx.deps.services.booking.booking(Number(ctx.match[1]));
  if (held && !(await mayRunSession(ctx, held.sessionId))) return;
  const booking = ctx.deps.services.booking.markAttendance(Number(ctx.match[1]), ctx.match[2] === "p" ? "present" : "absent", actorOf(ctx));
  if (!booking) return ctx.answerCallbackQuery({ text: "Prenotazione non più valida." });
  await ctx.answerCallbackQuery({ text: ctx.match[2] === "p" ? "Presente" : "Assente" });
  const roster = rosterText(ctx, booking.sessionId);
  if (roster) await ctx.editMessageText(roster.text, { parse_mode: "HTML", reply_markup: roster.kb }).catch(() => undefined);
});

// Removing a booking asks first: a stray tap must not cost a resident their seat.
sessionsFeature.callbackQuery(pattern.removeBooking, async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const [, step, id] = ctx.match;
  const bookingId = Number(id);
  const { booking } = ctx.deps.services;
  const target = booking.booking(bookingId);
  if (target && !(await mayRunSession(ctx, target.sessionId))) return;
  if (step === "ask") {
    const held = booking.booking(bookingId);
    const roster = held ? booking.roster(held.sessionId) : undefined;
    const row = roster && [...roster.seated, ...roster.waiting].find((r) => r.booking.id === bookingId);
    if (!held || !row) return ctx.answerCallbackQuery({ text: "Prenotazione non più valida." });
    await ctx.answerCallbackQuery();
    const who = `${escapeHtml(row.firstName ?? ctx.deps.italian("anonymised-person"))}${held.childName ? ` → ${escapeHtml(held.childName)}` : ""}`;
    const kb = new InlineKeyboard()
      .text("🗑 Sì, togli la prenotazione", cb.removeBooking(bookingId, "yes"))
      .row()
      .text("No", cb.removeBooking(bookingId, "no"));
    const asked = await answer(ctx, `Togliere la prenotazione di ${who} dalla sessione #${held.sessionId}? La persona riceve un avviso nella sua lingua e il posto passa al primo in lista d'attesa.`, kb);
    return recordRoster(ctx, [held.residentId], held.sessionId, asked);
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  if (step === "no") return;
  const result = booking.removeBooking(bookingId, actorOf(ctx));
  if (!result.ok) {
    return answer(ctx, result.reason === "started" ? "La sessione è già iniziata: la prenotazione resta." : "Prenotazione non più valida.");
  }
  const roster = rosterText(ctx, result.session.id);
  await answer(ctx, `🗑 Prenotazione tolta dalla sessione #${result.session.id}. Avviso in arrivo alla persona.`);
  if (roster) recordRoster(ctx, roster.residentIds, roster.sessionId, await answer(ctx, roster.text, roster.kb));
});
