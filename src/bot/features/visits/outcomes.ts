import { Composer } from "grammy";
import { DateTime } from "luxon";
import type { MarkResult } from "../../../domain/visits.js";
import { visitOutcome } from "../../callback-data/visits.js";
import type { BotContext } from "../../context.js";
import { staffOnly } from "../../filters/is-staff.js";
import { actorOf } from "../../staff-commands.js";
import { dayEntry } from "../../views/visits.js";
import { html, staffVisit } from "./shared.js";

/** The buttons under a visit on the worker's list: done, not at home, to be moved. */
export const outcomesFeature = new Composer<BotContext>();
const staff = staffOnly(outcomesFeature);

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
