import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import type { MarkResult, Visit } from "#src/domain/visits/service.js";
import { visitOutcome, visitOutcomeConfirm } from "#src/bot/callback-data/visits.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { actorOf } from "#src/bot/features/staff/replies.js";
import { dayEntry } from "./screens.js";
import { html, staffVisit } from "./shared.js";

/** The buttons under a visit on the worker's list: done, not at home, to be moved. */
export const outcomesFeature = new Feature<BotContext>();
const staff = staffOnly(outcomesFeature);

const MARK_REFUSALS: Record<Exclude<MarkResult, { ok: true }>["reason"], string> = {
  "not-found": "visit-mark-not-found",
  "not-yours": "visit-mark-not-yours",
  "not-confirmed": "visit-mark-not-confirmed",
  "too-early": "visit-mark-too-early",
  "not-started": "visit-mark-not-started",
};

staff.callbackQuery(visitOutcome.filter(), async (ctx) => {
  const { outcome, visitId } = visitOutcome.unpack(ctx.callbackQuery.data);
  const found = await staffVisit(ctx, visitId);
  if (!found) return;
  // "Not at home" and "to be moved" message the resident and cannot be undone: asked first, in the same message.
  if (outcome !== "done") return askToConfirm(ctx, found.visit, outcome);
  return mark(ctx, found, outcome);
});

staff.callbackQuery(visitOutcomeConfirm.filter(), async (ctx) => {
  const { outcome, visitId, answer } = visitOutcomeConfirm.unpack(ctx.callbackQuery.data);
  const found = await staffVisit(ctx, visitId);
  if (!found) return;
  if (answer === "yes") return mark(ctx, found, outcome);
  await ctx.answerCallbackQuery();
  const entry = ctx.deps.services.visits.entry(found.visit);
  if (entry) {
    const view = dayEntry(ctx.deps.italian, entry, ctx.deps.config.timezone);
    await ctx.editMessageText(view.text, { ...html, ...(view.keyboard ? { reply_markup: view.keyboard } : {}) }).catch(() => undefined);
  }
});

/** The entry with the question under it: what the resident will be told, and that it cannot be undone. */
async function askToConfirm(ctx: BotContext, visit: Visit, outcome: "not-home" | "rescheduled") {
  const { italian, services, config } = ctx.deps;
  const problem = refusalOf(ctx, visit, outcome);
  if (problem) return ctx.answerCallbackQuery({ text: problem, show_alert: true });
  await ctx.answerCallbackQuery();
  const entry = services.visits.entry(visit);
  const text = entry ? dayEntry(italian, entry, config.timezone).text : "";
  const keyboard = new InlineKeyboard()
    .text(italian("visit-confirm-yes"), visitOutcomeConfirm.pack({ outcome, visitId: visit.id, answer: "yes" }))
    .text(italian("visit-confirm-back"), visitOutcomeConfirm.pack({ outcome, visitId: visit.id, answer: "back" }));
  await ctx.editMessageText(`${text}\n\n${italian(`visit-confirm-${outcome}`)}`, { ...html, reply_markup: keyboard }).catch(() => undefined);
}

/** Why marking would be refused now (before asking to confirm it), or undefined. */
function refusalOf(ctx: BotContext, visit: Visit, outcome: "not-home" | "rescheduled"): string | undefined {
  const now = ctx.deps.clock.now().getTime();
  const start = visit.startsAt ? DateTime.fromJSDate(visit.startsAt, { zone: ctx.deps.config.timezone }).toFormat("HH:mm") : "";
  if (visit.status !== "confirmed") return ctx.deps.italian("visit-mark-not-confirmed", { worker: visit.workerName, time: start });
  if (outcome === "not-home" && visit.startsAt && now < visit.startsAt.getTime()) return ctx.deps.italian("visit-mark-not-started", { time: start });
  return undefined;
}

async function mark(ctx: BotContext, found: { visit: Visit; coordinator: boolean }, outcome: "done" | "not-home" | "rescheduled") {
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
}
