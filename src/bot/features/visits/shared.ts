import type { Visit } from "#src/domain/visits/service.js";
import type { WindowProblem } from "#src/domain/staff-input/visits.js";
import type { BotContext } from "#src/bot/context.js";
import { staffWeekday } from "#src/text/dates.js";
import { escapeHtml } from "#src/text/format.js";
import { visitRef } from "./screens.js";

// What the home-visit composers share: who coordinates a team's visits, the check on a press on a visit, the words
// for windows staff wrote wrong.

/**
 * A team's group administrators coordinate its visits: they see every worker's visits for its requests and may mark
 * any of them (another team's visits, and the addresses they show, stay that team's).
 */
export async function coordinatedTeams(ctx: BotContext): Promise<string[]> {
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

export const html = { parse_mode: "HTML" as const };

/** A press on the worker's list (staff's, checked before): on a visit that is theirs unless they coordinate. */
export async function staffVisit(ctx: BotContext, visitId: number): Promise<{ visit: Visit; coordinator: boolean } | undefined> {
  const visit = ctx.deps.services.visits.get(visitId);
  if (!visit) {
    await ctx.answerCallbackQuery({ text: ctx.deps.italian("visit-mark-not-found"), show_alert: true });
    return undefined;
  }
  const request = ctx.deps.services.requests.get(visit.requestId);
  const team = request ? ctx.deps.services.requests.teamOf(request) : undefined;
  // A visit follows its request: once the request is another team's, the map, the .ics and the marks are that team's,
  // asked of Telegram now (a button on an old list entry is not a licence to read where the person lives).
  const inTeam = team ? await ctx.deps.staff.isMember(ctx.from!.id, team.chatId, { fresh: true }) : false;
  const inThisGroup = ctx.chat?.type === "private" || ctx.chat?.id === team?.chatId;
  if (!team || !inTeam || !inThisGroup) {
    const text = ctx.deps.italian("visit-not-your-team", { visit: visitRef(visit.id), number: String(visit.requestId), team: team?.name ?? "" });
    await ctx.answerCallbackQuery({ text, show_alert: true });
    return undefined;
  }
  const coordinator = visit.workerId === ctx.from!.id ? false : (await coordinatedTeams(ctx)).some((id) => id === team.id);
  if (visit.workerId !== ctx.from!.id && !coordinator) {
    await ctx.answerCallbackQuery({ text: ctx.deps.italian("visit-mark-not-yours", { worker: visit.workerName }), show_alert: true });
    return undefined;
  }
  return { visit, coordinator };
}

/** Why staff's windows or day could not be read, in their words. */
export function problemText(ctx: BotContext, problem: WindowProblem): string {
  const { italian } = ctx.deps;
  switch (problem.kind) {
    case "none":
      return italian("visit-error-none");
    case "too-many":
      return italian("visit-error-too-many", { count: problem.count });
    case "weekday":
      return italian("visit-error-weekday", { text: escapeHtml(problem.text), weekday: staffWeekday(problem.weekday) });
    default:
      return italian(`visit-error-${problem.kind}`, { text: escapeHtml(problem.text) });
  }
}
