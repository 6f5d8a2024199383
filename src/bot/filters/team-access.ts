import type { Request } from "#src/domain/requests/model.js";
import type { Team } from "#src/domain/teams.js";
import type { BotContext } from "#src/bot/context.js";

/** The team whose operator group the update comes from (none in a private chat or the coordinators' group). */
export function teamHere(ctx: BotContext): Team | undefined {
  return ctx.deps.services.teams.byChat(ctx.chat?.id);
}

/**
 * Whose work a staff command covers: in a team's group, that team; in the coordinators' group, every team (figures
 * only); in a private chat, the teams whose group the person is in (every team for a coordinator's figures).
 * `coordinator` says the person may see every team's figures, never a request's content.
 */
export async function scopeOf(ctx: BotContext, options: { fresh?: boolean } = {}): Promise<{ teams: Team[]; coordinator: boolean }> {
  const { staff, services } = ctx.deps;
  const userId = ctx.from!.id;
  const here = teamHere(ctx);
  if (here) return { teams: (await staff.isMember(userId, here.chatId, options)) ? [here] : [], coordinator: false };
  const coordinator = await staff.isCoordinator(userId);
  if (services.teams.isCoordinators(ctx.chat?.id)) return { teams: coordinator ? [...services.teams.all] : [], coordinator };
  return { teams: await staff.teamsOf(userId, options), coordinator };
}

/**
 * Whether this person may act on (and read) this request here: a member of the group of the team that handles it,
 * and, in a group, only in that group (a request's content is shown in its team's group, never in another). The
 * refusal is said where they asked.
 */
export async function mayHandle(ctx: BotContext, request: Request): Promise<boolean> {
  const { staff, services, italian } = ctx.deps;
  const team = services.requests.teamOf(request);
  const here = ctx.chat?.type === "private" || ctx.chat?.id === team.chatId;
  // A request's content is personal data: membership is asked again, not taken from a minute-old answer.
  if (here && ctx.from && (await staff.isMember(ctx.from.id, team.chatId, { fresh: true }))) return true;
  const refusal = italian("team-not-yours", { id: String(request.id), team: team.name });
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: refusal, show_alert: true });
  else await ctx.reply(refusal);
  return false;
}

/** The request, when it exists and this person may act on it here; false when refused (and told so); undefined when missing. */
export async function handled(ctx: BotContext, requestId: number): Promise<Request | undefined | false> {
  const request = ctx.deps.services.requests.get(requestId);
  if (!request) return undefined;
  return (await mayHandle(ctx, request)) ? request : false;
}
