import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import { italianHolidays } from "#src/domain/italian-holidays.js";
import type { Request } from "#src/domain/requests/model.js";
import { parseProposal, parseWindows } from "#src/domain/staff-input/visits.js";
import type { ProposeResult } from "#src/domain/visits/service.js";
import { proposeVisit } from "#src/bot/callback-data/visits.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { escapeHtml } from "#src/text/format.js";
import { italianLanguageName } from "#src/text/languages.js";
import { handled } from "#src/bot/filters/team-access.js";
import { actorOf, requestInTopic } from "#src/bot/features/staff/replies.js";
import { staffWindow } from "./screens.js";
import { html, problemText } from "./shared.js";
import { visitRef } from "./screens.js";

/** Staff propose a home visit: /visita with windows, and the card's 🏠 button that shows how. */
export const proposeFeature = new Feature<BotContext>();
const staff = staffOnly(proposeFeature);

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
  if (result.reason === "past" || result.reason === "too-far") {
    return italian(`visit-error-${result.reason}`, { text: staffWindow(result.window.startsAt, result.window.endsAt, config.timezone) });
  }
  if (result.reason === "who-in-italian") {
    return italian("visit-error-who-in-italian", { who: escapeHtml(result.who), language: italianLanguageName(result.language) });
  }
  if (result.reason === "no-windows") return italian("visit-error-none");
  if (result.reason === "too-many") return italian("visit-error-too-many", { count: result.count });
  return italian(`visit-error-${result.reason}`, { number });
}

/** "mar 8/12 (Immacolata Concezione)": the windows' days that are Italian public holidays, as staff read them. */
function holidaysIn(starts: Date[], timezone: string): string[] {
  const out: string[] = [];
  for (const start of starts) {
    const day = DateTime.fromJSDate(start, { zone: timezone }).setLocale("it");
    const holiday = italianHolidays(day.year).find((h) => h.date === day.toISODate());
    if (holiday) out.push(`${day.toFormat("ccc d/L")} (${holiday.name})`);
  }
  return [...new Set(out)];
}

/** A ready-made command for this request: the next two working days (weekdays that are not public holidays). */
function template(ctx: BotContext, requestId: number): string {
  const { clock, config } = ctx.deps;
  let day = DateTime.fromJSDate(clock.now(), { zone: config.timezone }).setLocale("it").startOf("day");
  const holidays = new Set([day.year, day.year + 1].flatMap((year) => italianHolidays(year).map((h) => h.date)));
  const days: DateTime[] = [];
  while (days.length < 2) {
    day = day.plus({ days: 1 });
    // 8 December (Immacolata) or Christmas would be proposed to a resident on a day nobody works.
    if (day.weekday <= 5 && !holidays.has(day.toISODate()!)) days.push(day);
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
  // The command itself may name a relative or hold an intercom code (its note): erasure deletes it, as it does /note.
  if (ctx.msg) {
    services.privacy.recordPost([request.residentId], {
      chatId: ctx.msg.chat.id,
      messageId: ctx.msg.message_id,
      threadId: ctx.msg.message_thread_id ?? null,
      kind: "staff",
      requestId: request.id,
    });
  }
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
  // Proposed on a public holiday (Immacolata, Christmas…): allowed, but said at once, so it is a choice, not a slip.
  const holidays = holidaysIn(windows.value.map((w) => w.startsAt), config.timezone);
  if (holidays.length) await ctx.reply(italian("visit-holiday-warning", { days: holidays.join(", ") }), html);
  // In the request's topic the notice the outbox posts says it; elsewhere staff are told where to look.
  if (ctx.msg?.message_thread_id !== request.topicId || !request.topicId) {
    await ctx.reply(italian("visit-proposed-elsewhere", { number: String(requestId), visit: visitRef(result.visit.id) }), html);
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
