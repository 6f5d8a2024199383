import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InputFile } from "grammy";
import type { Desk } from "#src/domain/desks.js";
import type { Visit } from "#src/domain/visits/service.js";
import { whoComes } from "#src/domain/staff-input/visits.js";
import { residentCalendar as residentCalendarButton, workerCalendar } from "#src/bot/callback-data/visits.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { stripIsolation } from "#src/text/format.js";
import { actorOf } from "#src/bot/features/staff/replies.js";
import { visitCalendar } from "./calendar-screen.js";
import { whoText } from "./screens.js";
import { staffVisit } from "./shared.js";
import { visitRef } from "./screens.js";

/** Calendar files of a visit: the worker's, and the resident's (also sent unasked when a taken time moves). */
export const calendarFeature = new Feature<BotContext>();
const staff = staffOnly(calendarFeature);
const privateChat = calendarFeature.chatType("private");

/** One calendar event per series: a moved visit replaces the earlier one in the phone's calendar. */
const calendarUid = (visit: Visit) => `visit-${visit.series}@noi-desk`;

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
      summary: italian("visit-ics-worker-title", { visit: visitRef(visit.id), name }),
      description: details.join("\n"),
      ...(visit.address ? { location: visit.address } : {}),
      ...(visit.latitude !== null && visit.longitude !== null ? { geo: { lat: visit.latitude, lon: visit.longitude } } : {}),
      stamp: clock.now(),
    },
    config.timezone,
  );
  const sent = await ctx.replyWithDocument(new InputFile(Buffer.from(ics, "utf8"), italian("visit-ics-file", { visit: visitRef(visit.id) })), {
    caption: italian("visit-ics-caption", { visit: visitRef(visit.id) }),
  });
  services.requests.record(actorOf(ctx), "visit-calendar", { requestId: request.id, detail: italian("visit-audit-detail", { visit: visitRef(visit.id) }) });
  services.privacy.recordPost([request.residentId], {
    chatId: sent.chat.id,
    messageId: sent.message_id,
    threadId: sent.message_thread_id ?? null,
    kind: "history",
    requestId: request.id,
  });
});

/** "via Lanza 10, Casale Monferrato": the desk's address with its town, as a calendar event names a place. */
const deskPlace = (desk: Desk) => `${desk.address}, ${desk.town}`;

export async function residentCalendar(ctx: BotContext, visit: Visit, caption: string) {
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
      // The desk of the request (Casale's residents read via Lanza, not the Cristo address).
      description: plain("visit-ics-description", { who, number: String(request.id), address: deskPlace(ctx.deps.services.requests.deskOf(request)) }),
      ...(visit.address ? { location: visit.address } : {}),
      stamp: ctx.deps.clock.now(),
    },
    ctx.deps.config.timezone,
  );
  ctx.deps.services.visits.calendarTaken(visit.id);
  const name = stripIsolation(ctx.t("visit-calendar-file")).replace(/[/\\]/g, "");
  await ctx.replyWithDocument(new InputFile(Buffer.from(ics, "utf8"), `${name}.ics`), { caption });
}

privateChat.callbackQuery(residentCalendarButton.filter(), async (ctx) => {
  const visit = ctx.deps.services.visits.get(residentCalendarButton.unpack(ctx.callbackQuery.data).visitId);
  // Their own visit, still to come at that time.
  if (!visit || ctx.deps.services.visits.residentOf(visit.id) !== ctx.from.id || visit.status !== "confirmed") {
    return ctx.answerCallbackQuery({ text: ctx.t("visit-expired"), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  await residentCalendar(ctx, visit, ctx.t("visit-calendar-caption"));
});
