import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { Request } from "#src/domain/requests/model.js";
import type { BotContext } from "#src/bot/context.js";
import { inStaffChat } from "#src/bot/filters/in-operator-group.js";
import type { Team } from "#src/domain/teams.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { scopeOf } from "#src/bot/filters/team-access.js";
import { escapeHtml } from "#src/text/format.js";
import { responseTimesQueue } from "./response-times.js";
import { answer } from "#src/bot/features/staff/replies.js";

/** What staff read of the desk as a whole: /queue, /mine, and the operator group's /help. */
export const queueFeature = new Feature<BotContext>();
const staff = staffOnly(queueFeature);

function age(ctx: BotContext, from: Date): string {
  const minutes = Math.floor((ctx.deps.clock.now().getTime() - from.getTime()) / 60_000);
  const [unit, n] = minutes < 60 ? ["minutes", minutes] : minutes < 48 * 60 ? ["hours", Math.floor(minutes / 60)] : ["days", Math.floor(minutes / 1440)];
  return ctx.deps.italian("desk-age", { unit, n: String(n) });
}

function queueLine(ctx: BotContext, r: Request): string {
  const { italian, board } = ctx.deps;
  const line = italian("desk-queue-line", {
    id: String(r.id),
    age: age(ctx, r.createdAt),
    category: escapeHtml(board.categoryLabel(r.category)),
    language: r.language,
    status: italian("desk-queue-status", { status: r.status, assignee: escapeHtml(r.assigneeName ?? "?") }),
  });
  return r.firstAnswerAt ? line : `${line} · ${italian("desk-queue-unanswered")}`;
}

/** One team's queue, its name in the title when several teams' queues are shown together. */
function queueOf(ctx: BotContext, team: Team, titled: boolean): string[] {
  const { services, italian } = ctx.deps;
  const counts = services.requests.counts(team.id);
  const queue = services.requests.queue(30, [team.id]);
  const head = italian("desk-queue-title", { open: String(counts.open), taken: String(counts.taken), closed: String(counts.closed) });
  // Waiting and first-answer times in opening hours, not wall-clock hours.
  const line = (r: Request) => `${queueLine(ctx, r)}${responseTimesQueue(italian, services.serviceLevels.responseTimes(r))}`;
  return [titled ? `${head} · ${escapeHtml(team.name)}` : head, ...(queue.length ? queue.map(line) : [italian("desk-queue-empty")])];
}

/**
 * /queue: in a team's group, that team's requests; in a private chat, those of each team the person works in; in
 * the coordinators' group, each team's counts only (never what a request is about).
 */
staff.command("queue", async (ctx) => {
  const { services, italian } = ctx.deps;
  const scope = await scopeOf(ctx, { fresh: true });
  if (services.teams.isCoordinators(ctx.chat?.id) || (!scope.teams.length && scope.coordinator)) {
    const lines = services.teams.all.map((team) => {
      const c = services.requests.counts(team.id);
      return italian("team-queue-counts", { team: escapeHtml(team.name), open: c.open, taken: c.taken, closed: c.closed });
    });
    return answer(ctx, [italian("team-queue-counts-title"), ...lines].join("\n"));
  }
  const titled = scope.teams.length > 1;
  await answer(ctx, scope.teams.flatMap((team, i) => [...(i ? [""] : []), ...queueOf(ctx, team, titled)]).join("\n"));
});

staff.command("mine", async (ctx) => {
  const scope = await scopeOf(ctx, { fresh: true });
  const mine = ctx.deps.services.requests.assignedTo(ctx.from!.id, scope.teams.map((t) => t.id));
  await answer(ctx, [ctx.deps.italian("desk-mine-title", { count: String(mine.length) }), ...mine.map((r) => queueLine(ctx, r))].join("\n"));
});

// In a private chat these are the resident's commands (staff there get their guide: staff-private.ts); every staff
// group answers them, the coordinators' too.
staffOnly(queueFeature.filter((ctx) => ctx.chat?.type !== "private" && inStaffChat(ctx))).command(["help", "start", "menu"], async (ctx) => {
  const { italian, board } = ctx.deps;
  const translation = board.translating ? italian("desk-help-translation-on") : italian("desk-help-translation-off");
  const transfer = ctx.deps.services.teams.several ? [italian("team-help-transfer")] : [];
  await answer(ctx, [italian("desk-help"), ...transfer, italian("visit-help-line"), translation].join("\n"));
});
