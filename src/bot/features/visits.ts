import { Composer, InlineKeyboard, InputFile } from "grammy";
import { DateTime } from "luxon";
import type { Request } from "../../domain/requests.js";
import {
  type ChooseResult,
  type MarkResult,
  parseDay,
  parseProposal,
  parseWindows,
  type ProposeResult,
  type Visit,
  type WindowProblem,
  whoComes,
} from "../../domain/visits.js";
import {
  noWindowWorks,
  proposeVisit,
  residentCalendar as residentCalendarButton,
  visitAgainAnswer,
  visitMap,
  visitOutcome,
  visitReminderAnswer,
  visitWindow,
  workerCalendar,
} from "../callback-data/visits.js";
import type { BotContext } from "../context.js";
import { staffOnly } from "../filters/is-staff.js";
import { escapeHtml, stripIsolation } from "../format.js";
import { handled } from "../filters/team-access.js";
import { actorOf, requestInTopic } from "../staff-commands.js";
import { visitCalendar } from "../views/visit-calendar.js";
import { dayEntry, proposalKeyboard, staffWindow, whoText, windowText } from "../views/visits.js";

/**
 * Home visits. Staff: /visita proposes windows (the card's 🏠 button shows how), /visite lists a worker's day with
 * the place on the map and buttons to mark each visit. Residents: the choice of a window, "none works", the
 * answers to reminders and to "not at home", and the calendar file.
 */
export const visitsFeature = new Composer<BotContext>();

const staff = staffOnly(visitsFeature);
const privateChat = visitsFeature.chatType("private");

const WEEKDAY_NAMES = ["", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"];

/**
 * A team's group administrators coordinate its visits: they see every worker's visits for its requests and may mark
 * any of them (another team's visits, and the addresses they show, stay that team's).
 */
async function coordinatedTeams(ctx: BotContext): Promise<string[]> {
  const teams: string[] = [];
  for (const team of ctx.deps.services.teams.all) {
    try {
      const member = await ctx.api.getChatMember(team.chatId, ctx.from!.id);
      if (member.status === "creator" || member.status === "administrator") teams.push(team.id);
    } catch {
      // Not reachable, or not a member there: not a coordinator of that team.
    }
  }
  return teams;
}

const html = { parse_mode: "HTML" as const };

// ---------------------------------------------------------------- staff: proposing

function problemText(ctx: BotContext, problem: WindowProblem): string {
  const { italian } = ctx.deps;
  switch (problem.kind) {
    case "none":
      return italian("visit-error-none");
    case "too-many":
      return italian("visit-error-too-many", { count: problem.count });
    case "weekday":
      return italian("visit-error-weekday", { text: escapeHtml(problem.text), weekday: WEEKDAY_NAMES[problem.weekday]! });
    default:
      return italian(`visit-error-${problem.kind}`, { text: escapeHtml(problem.text) });
  }
}

function refusalText(ctx: BotContext, requestId: number, result: Exclude<ProposeResult, { ok: true }>): string {
  const { italian, config } = ctx.deps;
  const number = String(requestId);
  if (result.reason === "overlap") {
    const other = result.other;
    return italian("visit-error-overlap", {
      window: staffWindow(result.window.startsAt, result.window.endsAt, config.timezone),
      worker: escapeHtml(other.workerName),
      other: String(other.id),
      request: String(other.requestId),
      when: staffWindow(other.startsAt!, other.endsAt!, config.timezone),
    });
  }
  if (result.reason === "past") return italian("visit-error-past", { text: staffWindow(result.window.startsAt, result.window.endsAt, config.timezone) });
  if (result.reason === "no-windows") return italian("visit-error-none");
  if (result.reason === "too-many") return italian("visit-error-too-many", { count: result.count });
  return italian(`visit-error-${result.reason}`, { number });
}

/** A ready-made command for this request: the next two weekdays, to be edited and sent. */
function template(ctx: BotContext, requestId: number): string {
  const { clock, config } = ctx.deps;
  let day = DateTime.fromJSDate(clock.now(), { zone: config.timezone }).setLocale("it").startOf("day");
  const days: DateTime[] = [];
  while (days.length < 2) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5) days.push(day);
  }
  const [first, second] = days.map((d) => `${d.toFormat("ccc d/L")}`);
  return `/visita ${requestId} ${first} 10:00-11:00; ${second} 15:00-16:00 | ${ctx.from?.first_name ?? ""}`.trim();
}

async function explainProposal(ctx: BotContext, request: Request) {
  const { italian, board } = ctx.deps;
  const command = template(ctx, request.id);
  const keyboard = new InlineKeyboard().copyText(italian("visit-copy-template"), command);
  const text = italian("visit-help", { number: String(request.id), template: escapeHtml(command) });
  // Asked in a private chat, answered there; in the group, in the request's topic (or under its card).
  if (ctx.chat?.type === "private") return ctx.reply(text, { ...html, reply_markup: keyboard });
  await ctx.api.sendMessage(board.chatOf(request), text, { ...html, reply_markup: keyboard, ...board.place(request) });
}

staff.command("visita", async (ctx) => {
  const { italian, services, clock, config } = ctx.deps;
  const parsed = parseProposal(ctx.match);
  const requestId = parsed.requestId ?? requestInTopic(ctx)?.id;
  if (!requestId) return ctx.reply(italian("visit-usage"), html);
  // A visit is the business of the request's team, proposed in its group (or in private).
  const request = await handled(ctx, requestId);
  if (request === false) return;
  if (!request) return ctx.reply(italian("visit-error-not-found", { number: String(requestId) }), html);
  if (!parsed.windows) return explainProposal(ctx, request);
  const windows = parseWindows(parsed.windows, clock.now(), config.timezone);
  if (!windows.ok) return ctx.reply(problemText(ctx, windows.problem), html);
  const result = services.visits.propose({
    requestId,
    windows: windows.value,
    worker: actorOf(ctx),
    ...(parsed.who ? { who: parsed.who } : {}),
    ...(parsed.notes ? { notes: parsed.notes } : {}),
  });
  if (!result.ok) return ctx.reply(refusalText(ctx, requestId, result), html);
  // In the request's topic the notice the outbox posts says it; elsewhere staff are told where to look.
  if (ctx.msg?.message_thread_id !== request.topicId || !request.topicId) {
    await ctx.reply(italian("visit-proposed-elsewhere", { number: String(requestId), visit: String(result.visit.id) }), html);
  }
});

staff.callbackQuery(proposeVisit.filter(), async (ctx) => {
  const { requestId } = proposeVisit.unpack(ctx.callbackQuery.data);
  const request = await handled(ctx, requestId);
  if (request === false) return;
  if (!request || request.status === "closed") {
    return ctx.answerCallbackQuery({ text: ctx.deps.italian("visit-error-closed", { number: String(requestId) }), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  await explainProposal(ctx, request);
});

// ---------------------------------------------------------------- staff: the worker's day

staff.command("visite", async (ctx) => {
  const { italian, services, clock, config } = ctx.deps;
  const words = ctx.match.trim().split(/\s+/).filter(Boolean);
  const onlyMine = words.at(-1)?.toLowerCase() === "mie";
  if (onlyMine) words.pop();
  const day = parseDay(words.join(" "), clock.now(), config.timezone);
  if (!day.ok) return ctx.reply(`${problemText(ctx, day.problem)}\n${italian("visit-day-usage")}`, html);
  const coordinated = onlyMine ? [] : await coordinatedTeams(ctx);
  const coordinator = coordinated.length > 0;
  const visits = services.visits
    .day(day.value.from, day.value.to, coordinator ? undefined : ctx.from!.id)
    .filter((e) => !coordinator || e.visit.workerId === ctx.from!.id || coordinated.includes(services.requests.teamOf(e.request).id));
  const date = DateTime.fromJSDate(day.value.from, { zone: config.timezone }).setLocale("it").toFormat("cccc d LLLL");
  await ctx.reply(italian("visit-day-title", { day: date, count: visits.length, all: coordinator ? "yes" : "no" }), html);
  for (const entry of visits) {
    const { text, keyboard } = dayEntry(italian, entry, config.timezone);
    const sent = await ctx.reply(text, { ...html, ...(keyboard ? { reply_markup: keyboard } : {}) });
    // Who saw where a person lives is in the request's audit trail.
    services.requests.record(actorOf(ctx), "visit-view", { requestId: entry.request.id, detail: `visita #${entry.visit.id}` });
    // The entry shows where the person lives: erasure must find it, in the group or a private chat.
    services.privacy.recordPost([entry.request.residentId], {
      chatId: sent.chat.id,
      messageId: sent.message_id,
      threadId: sent.message_thread_id ?? null,
      kind: "history",
      requestId: entry.request.id,
    });
  }
});

/** A press on the worker's list (staff's, checked before): on a visit that is theirs unless they coordinate. */
async function staffVisit(ctx: BotContext, visitId: number): Promise<{ visit: Visit; coordinator: boolean } | undefined> {
  const visit = ctx.deps.services.visits.get(visitId);
  if (!visit) {
    await ctx.answerCallbackQuery({ text: ctx.deps.italian("visit-mark-not-found"), show_alert: true });
    return undefined;
  }
  const request = ctx.deps.services.requests.get(visit.requestId);
  const team = request ? ctx.deps.services.requests.teamOf(request).id : undefined;
  const coordinator = visit.workerId === ctx.from!.id ? false : (await coordinatedTeams(ctx)).some((id) => id === team);
  if (visit.workerId !== ctx.from!.id && !coordinator) {
    await ctx.answerCallbackQuery({ text: ctx.deps.italian("visit-mark-not-yours", { worker: visit.workerName }), show_alert: true });
    return undefined;
  }
  return { visit, coordinator };
}

const MARK_REFUSALS: Record<Exclude<MarkResult, { ok: true }>["reason"], string> = {
  "not-found": "visit-mark-not-found",
  "not-yours": "visit-mark-not-yours",
  "not-confirmed": "visit-mark-not-confirmed",
  "too-early": "visit-mark-too-early",
};

staff.callbackQuery(visitOutcome.filter(), async (ctx) => {
  const { outcome, visitId } = visitOutcome.unpack(ctx.callbackQuery.data);
  const found = await staffVisit(ctx, visitId);
  if (!found) return;
  const { italian, services, config } = ctx.deps;
  const result = services.visits.mark(found.visit.id, outcome, actorOf(ctx), { coordinator: found.coordinator });
  if (!result.ok) {
    const start = found.visit.startsAt ? DateTime.fromJSDate(found.visit.startsAt, { zone: config.timezone }).toFormat("HH:mm") : "";
    return ctx.answerCallbackQuery({ text: italian(MARK_REFUSALS[result.reason], { worker: found.visit.workerName, time: start }), show_alert: true });
  }
  await ctx.answerCallbackQuery({ text: italian(`visit-marked-${outcome}`) });
  // The entry stays readable, without the buttons of a visit that is no longer to be done.
  const entry = services.visits.entry(result.visit);
  if (entry) await ctx.editMessageText(dayEntry(italian, entry, config.timezone).text, html).catch(() => undefined);
});

staff.callbackQuery(visitMap.filter(), async (ctx) => {
  const found = await staffVisit(ctx, visitMap.unpack(ctx.callbackQuery.data).visitId);
  if (!found) return;
  const { visit } = found;
  if (visit.latitude === null || visit.longitude === null) return ctx.answerCallbackQuery({ text: ctx.deps.italian("visit-no-position"), show_alert: true });
  await ctx.answerCallbackQuery();
  const request = ctx.deps.services.requests.get(visit.requestId)!;
  const title = ctx.deps.italian("visit-venue-title", { visit: String(visit.id), number: String(visit.requestId) });
  const sent = await ctx.replyWithVenue(visit.latitude, visit.longitude, title, visit.address ?? ctx.deps.italian("visit-shared-position"));
  ctx.deps.services.requests.record(actorOf(ctx), "visit-map", { requestId: request.id, detail: `visita #${visit.id}` });
  ctx.deps.services.privacy.recordPost([request.residentId], {
    chatId: sent.chat.id,
    messageId: sent.message_id,
    threadId: sent.message_thread_id ?? null,
    kind: "history",
    requestId: request.id,
  });
});

staff.callbackQuery(workerCalendar.filter(), async (ctx) => {
  const found = await staffVisit(ctx, workerCalendar.unpack(ctx.callbackQuery.data).visitId);
  if (!found) return;
  const { visit } = found;
  const { italian, services, config, clock } = ctx.deps;
  if (visit.status !== "confirmed") return ctx.answerCallbackQuery({ text: italian("visit-mark-not-confirmed"), show_alert: true });
  await ctx.answerCallbackQuery();
  const request = services.requests.get(visit.requestId)!;
  const resident = services.residents.get(request.residentId);
  const name = resident?.firstName ?? italian("anonymised-person");
  const details = [
    visit.address ?? "",
    resident?.phone ? italian("visit-ics-phone", { phone: resident.phone }) : "",
    visit.notes ?? "",
    italian("visit-ics-who", { who: visit.who, number: String(request.id) }),
  ].filter(Boolean);
  const ics = visitCalendar(
    {
      uid: calendarUid(visit),
      sequence: visit.sequence,
      from: visit.startsAt!,
      to: visit.endsAt!,
      summary: italian("visit-ics-worker-title", { visit: String(visit.id), name }),
      description: details.join("\n"),
      ...(visit.address ? { location: visit.address } : {}),
      ...(visit.latitude !== null && visit.longitude !== null ? { geo: { lat: visit.latitude, lon: visit.longitude } } : {}),
      stamp: clock.now(),
    },
    config.timezone,
  );
  const sent = await ctx.replyWithDocument(new InputFile(Buffer.from(ics, "utf8"), `visita-${visit.id}.ics`), {
    caption: italian("visit-ics-caption", { visit: String(visit.id) }),
  });
  services.requests.record(actorOf(ctx), "visit-calendar", { requestId: request.id, detail: `visita #${visit.id}` });
  services.privacy.recordPost([request.residentId], {
    chatId: sent.chat.id,
    messageId: sent.message_id,
    threadId: sent.message_thread_id ?? null,
    kind: "history",
    requestId: request.id,
  });
});

/** One calendar event per series: a moved visit replaces the earlier one in the phone's calendar. */
const calendarUid = (visit: Visit) => `visit-${visit.series}@noi-desk`;

// ---------------------------------------------------------------- the resident's side

const t = (ctx: BotContext) => (key: string, vars?: Record<string, string | number>) => ctx.t(key, vars);

async function retire(ctx: BotContext) {
  await ctx.editMessageReplyMarkup().catch(() => undefined);
}

async function residentCalendar(ctx: BotContext, visit: Visit, caption: string) {
  const request = ctx.deps.services.requests.get(visit.requestId)!;
  // Bidi isolation keeps Latin names in order inside Arabic; elsewhere a calendar app would only show the marks.
  const rtl = (await ctx.i18n.getLocale()) === "ar";
  const plain = (key: string, vars?: Record<string, string | number>) => (rtl ? ctx.t(key, vars) : stripIsolation(ctx.t(key, vars)));
  const who = whoText(plain, whoComes(visit));
  const ics = visitCalendar(
    {
      uid: calendarUid(visit),
      sequence: visit.sequence,
      from: visit.startsAt!,
      to: visit.endsAt!,
      summary: plain("visit-ics-title"),
      description: plain("visit-ics-description", { who, number: String(request.id) }),
      ...(visit.address ? { location: visit.address } : {}),
      stamp: ctx.deps.clock.now(),
    },
    ctx.deps.config.timezone,
  );
  ctx.deps.services.visits.calendarTaken(visit.id);
  const name = stripIsolation(ctx.t("visit-calendar-file")).replace(/[/\\]/g, "");
  await ctx.replyWithDocument(new InputFile(Buffer.from(ics, "utf8"), `${name}.ics`), { caption });
}

async function confirmed(ctx: BotContext, result: Extract<ChooseResult, { ok: true }>) {
  const { visit } = result;
  const locale = await ctx.i18n.getLocale();
  const when = windowText(t(ctx), visit.startsAt!, visit.endsAt!, locale, ctx.deps.config.timezone, ctx.deps.clock.now());
  const who = escapeHtml(whoText(t(ctx), whoComes(visit)));
  await ctx.reply(ctx.t("visit-confirmed", { when, who }), {
    ...html,
    reply_markup: new InlineKeyboard().text(ctx.t("visit-calendar"), residentCalendarButton.pack({ visitId: visit.id })),
  });
  // The earlier time is in their calendar: the new one replaces it without being asked for.
  if (result.calendarUpdate) await residentCalendar(ctx, visit, ctx.t("visit-calendar-updated"));
}

privateChat.callbackQuery(visitWindow.filter(), async (ctx) => {
  const { services, config } = ctx.deps;
  const { visitId, position } = visitWindow.unpack(ctx.callbackQuery.data);
  const result = services.visits.choose(ctx.from.id, visitId, position);
  if (result.ok) {
    await ctx.answerCallbackQuery();
    await retire(ctx);
    return confirmed(ctx, result);
  }
  if (result.reason !== "unavailable") {
    await ctx.answerCallbackQuery({ text: ctx.t("visit-expired"), show_alert: true });
    return retire(ctx);
  }
  // Taken meanwhile (or passed): the times still open, and "none of these works"; with none left, staff are told.
  await ctx.answerCallbackQuery();
  await retire(ctx);
  if (!result.remaining.length) {
    services.visits.noneWorks(ctx.from.id, visitId);
    return ctx.reply(ctx.t("visit-unavailable-all"));
  }
  const locale = await ctx.i18n.getLocale();
  const windows = result.remaining.map((w) => ({ position: w.position, from: w.startsAt, to: w.endsAt }));
  await ctx.reply(ctx.t("visit-unavailable"), { reply_markup: proposalKeyboard(t(ctx), visitId, windows, locale, config.timezone) });
});

privateChat.callbackQuery(noWindowWorks.filter(), async (ctx) => {
  const result = ctx.deps.services.visits.noneWorks(ctx.from.id, noWindowWorks.unpack(ctx.callbackQuery.data).visitId);
  await ctx.answerCallbackQuery(result.ok ? undefined : { text: ctx.t("visit-expired"), show_alert: true });
  await retire(ctx);
  if (result.ok) await ctx.reply(ctx.t("visit-tell-when"));
});

privateChat.callbackQuery(visitReminderAnswer.filter(), async (ctx) => {
  const { answer, visitId } = visitReminderAnswer.unpack(ctx.callbackQuery.data);
  const result = ctx.deps.services.visits.answerReminder(ctx.from.id, visitId, answer);
  await ctx.answerCallbackQuery(result.ok ? undefined : { text: ctx.t("visit-expired"), show_alert: true });
  await retire(ctx);
  if (result.ok) await ctx.reply(ctx.t(answer === "ok" ? "visit-ok-thanks" : "visit-cant-told"));
});

privateChat.callbackQuery(visitAgainAnswer.filter(), async (ctx) => {
  const { answer, visitId } = visitAgainAnswer.unpack(ctx.callbackQuery.data);
  const result = ctx.deps.services.visits.answerAgain(ctx.from.id, visitId, answer);
  await ctx.answerCallbackQuery(result.ok ? undefined : { text: ctx.t("visit-expired"), show_alert: true });
  await retire(ctx);
  if (result.ok) await ctx.reply(ctx.t(answer === "yes" ? "visit-again-yes-told" : "visit-again-no-told"));
});

privateChat.callbackQuery(residentCalendarButton.filter(), async (ctx) => {
  const visit = ctx.deps.services.visits.get(residentCalendarButton.unpack(ctx.callbackQuery.data).visitId);
  // Their own visit, still to come at that time.
  if (!visit || ctx.deps.services.visits.residentOf(visit.id) !== ctx.from.id || visit.status !== "confirmed") {
    return ctx.answerCallbackQuery({ text: ctx.t("visit-expired"), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  await residentCalendar(ctx, visit, ctx.t("visit-calendar-caption"));
});
