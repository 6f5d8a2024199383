import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import type { ChooseResult } from "#src/domain/visits/service.js";
import { whoComes } from "#src/domain/staff-input/visits.js";
import { noWindowWorks, residentCalendar as residentCalendarButton, visitAgainAnswer, visitReminderAnswer, visitWindow } from "#src/bot/callback-data/visits.js";
import type { BotContext } from "#src/bot/context.js";
import { escapeHtml } from "#src/text/format.js";
import { proposalKeyboard, whoText, windowText } from "./screens.js";
import { residentCalendar } from "./calendar.js";
import { html } from "./shared.js";

/** The resident's answers: a window chosen, "none works", the answers to reminders and to "not at home". */
export const answersFeature = new Feature<BotContext>();
const privateChat = answersFeature.chatType("private");

const t = (ctx: BotContext) => (key: string, vars?: Record<string, string | number>) => ctx.t(key, vars);

async function retire(ctx: BotContext) {
  await ctx.editMessageReplyMarkup().catch(() => undefined);
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
