import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { DateTime } from "luxon";
import { parseDayRange } from "#src/domain/staff-input/visits.js";
import { visitMap } from "#src/bot/callback-data/visits.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { teamHere } from "#src/bot/filters/team-access.js";
import { actorOf } from "#src/bot/features/staff/replies.js";
import { dayEntry } from "./screens.js";
import { coordinatedTeams, html, problemText, staffVisit } from "./shared.js";
import { visitRef } from "./screens.js";

/** The worker's day: /visite lists the visits of a day with where to go, and the place on the map. */
export const dayFeature = new Feature<BotContext>();
const staff = staffOnly(dayFeature);

staff.command("visite", async (ctx) => {
  const { italian, services, clock, config, staff: directory } = ctx.deps;
  // The coordinators' group reads figures only: an address or a phone is never listed there.
  if (services.teams.isCoordinators(ctx.chat?.id)) return ctx.reply(italian("visit-day-not-here"), html);
  const words = ctx.match.trim().split(/\s+/).filter(Boolean);
  const onlyMine = words.at(-1)?.toLowerCase() === "mie";
  if (onlyMine) words.pop();
  const day = parseDayRange(words.join(" "), clock.now(), config.timezone);
  if (!day.ok) return ctx.reply(`${problemText(ctx, day.problem)}\n${italian("visit-day-usage")}`, html);
  // Whose visits may be read here: in a team's group, that team's only (a member of two teams' groups never brings one
  // team's addresses into the other's); in a private chat, the teams whose group the person is in now. A visit follows
  // its request: after a transfer it is the new team's, and leaves the old worker's list (see requests.transfer).
  const here = teamHere(ctx);
  const userId = ctx.from!.id;
  const readable = here
    ? (await directory.isMember(userId, here.chatId, { fresh: true })) ? [here.id] : []
    : (await directory.teamsOf(userId, { fresh: true })).map((team) => team.id);
  const coordinated = onlyMine ? [] : (await coordinatedTeams(ctx)).filter((id) => readable.includes(id));
  const coordinator = coordinated.length > 0;
  const visits = services.visits
    .day(day.value.from, day.value.to, coordinator ? undefined : userId)
    .filter((e) => {
      const team = services.requests.teamOf(e.request).id;
      return readable.includes(team) && (e.visit.workerId === userId || coordinated.includes(team));
    });
  const date = DateTime.fromJSDate(day.value.from, { zone: config.timezone }).setLocale("it").toFormat("cccc d LLLL");
  await ctx.reply(italian("visit-day-title", { day: date, count: visits.length, all: coordinator ? "yes" : "no" }), html);
  for (const entry of visits) {
    const { text, keyboard } = dayEntry(italian, entry, config.timezone);
    const sent = await ctx.reply(text, { ...html, ...(keyboard ? { reply_markup: keyboard } : {}) });
    // Who saw where a person lives is in the request's audit trail.
    services.requests.record(actorOf(ctx), "visit-view", { requestId: entry.request.id, detail: italian("visit-audit-detail", { visit: visitRef(entry.visit.id) }) });
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

staff.callbackQuery(visitMap.filter(), async (ctx) => {
  const found = await staffVisit(ctx, visitMap.unpack(ctx.callbackQuery.data).visitId);
  if (!found) return;
  const { visit } = found;
  if (visit.latitude === null || visit.longitude === null) return ctx.answerCallbackQuery({ text: ctx.deps.italian("visit-no-position"), show_alert: true });
  await ctx.answerCallbackQuery();
  const request = ctx.deps.services.requests.get(visit.requestId)!;
  const title = ctx.deps.italian("visit-venue-title", { visit: visitRef(visit.id), number: String(visit.requestId) });
  const sent = await ctx.replyWithVenue(visit.latitude, visit.longitude, title, visit.address ?? ctx.deps.italian("visit-shared-position"));
  ctx.deps.services.requests.record(actorOf(ctx), "visit-map", { requestId: request.id, detail: ctx.deps.italian("visit-audit-detail", { visit: visitRef(visit.id) }) });
  ctx.deps.services.privacy.recordPost([request.residentId], {
    chatId: sent.chat.id,
    messageId: sent.message_id,
    threadId: sent.message_thread_id ?? null,
    kind: "history",
    requestId: request.id,
  });
});
