import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import type { Request } from "#src/domain/requests/model.js";
import type { Team } from "#src/domain/teams.js";
import { cardAction, transferCancel, transferTo } from "#src/bot/callback-data/staff.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { handled } from "#src/bot/filters/team-access.js";
import { actorOf, answer, parseId, refusal, requestInTopic } from "#src/bot/features/staff/replies.js";

/**
 * A request moves to another team: the card's ➡️ (then a button per team) or /transfer. What follows is queued with
 * the move (see requests.transfer): the old group keeps one line without the content, the new one gets the card and
 * the history, the resident is told in their language who follows them now.
 */
export const transferFeature = new Feature<BotContext>();
const staff = staffOnly(transferFeature);

/** "To which team?": one button per other team, and "not now", in the request's topic (or under its card). */
async function offerTransfer(ctx: BotContext, request: Request) {
  const { teams, requests } = ctx.deps.services;
  const current = requests.teamOf(request);
  const kb = new InlineKeyboard();
  for (const team of teams.all) if (team.id !== current.id) kb.text(`➡️ ${team.name}`, transferTo.pack({ requestId: request.id, teamId: team.id })).row();
  kb.text(ctx.deps.italian("team-transfer-not-now"), transferCancel.pack({ requestId: request.id }));
  await ctx.api.sendMessage(ctx.deps.board.chatOf(request), ctx.deps.italian("team-transfer-choose", { id: String(request.id) }), {
    parse_mode: "HTML",
    reply_markup: kb,
    ...ctx.deps.board.place(request),
  });
}

async function transfer(ctx: BotContext, request: Request, team: Team): Promise<string> {
  const { italian, services } = ctx.deps;
  const result = services.requests.transfer(request.id, team.id, actorOf(ctx));
  if (result.ok) return italian("team-transferred", { id: String(request.id), to: result.to.name });
  if (result.reason === "same-team") return italian("team-transfer-same", { id: String(request.id), team: team.name });
  if (result.reason === "already-closed") return italian("team-transfer-closed", { id: String(request.id) });
  return refusal(italian, "not-found");
}

/** A team by what staff type: its id ("salute") or the start of its name ("Salute e assistenza"). */
function teamNamed(ctx: BotContext, text: string): Team | undefined {
  const typed = text.trim().toLowerCase();
  if (!typed) return undefined;
  const { all } = ctx.deps.services.teams;
  return all.find((t) => t.id === typed) ?? all.find((t) => t.name.toLowerCase().startsWith(typed));
}

staff.callbackQuery(cardAction.filter(), async (ctx, next) => {
  const { action, requestId } = cardAction.unpack(ctx.callbackQuery.data);
  if (action !== "transfer") return next();
  const request = await handled(ctx, requestId);
  if (request === false) return;
  if (!request) return ctx.answerCallbackQuery({ text: refusal(ctx.deps.italian, "not-found") });
  await ctx.answerCallbackQuery();
  await offerTransfer(ctx, request);
});

staff.callbackQuery(transferTo.filter(), async (ctx) => {
  const { requestId, teamId } = transferTo.unpack(ctx.callbackQuery.data);
  const request = await handled(ctx, requestId);
  if (request === false) return;
  const team = ctx.deps.services.teams.find(teamId);
  if (!request || !team) return ctx.answerCallbackQuery({ text: refusal(ctx.deps.italian, "not-found") });
  const said = await transfer(ctx, request, team);
  await ctx.answerCallbackQuery({ text: said, show_alert: true });
  // In a group without topics the question goes with the request's other posts: the old group keeps one line.
  const moved = ctx.deps.services.requests.get(request.id)?.teamId !== request.teamId;
  if (moved && !request.topicId) await ctx.deleteMessage().catch(() => ctx.editMessageReplyMarkup().catch(() => undefined));
  else await ctx.editMessageReplyMarkup().catch(() => undefined);
});

/** "Not now": the picker goes (no control stays live once its question is answered); the request stays where it is. */
staff.callbackQuery(transferCancel.filter(), async (ctx) => {
  const { requestId } = transferCancel.unpack(ctx.callbackQuery.data);
  const request = await handled(ctx, requestId);
  if (request === false) return;
  await ctx.answerCallbackQuery();
  await ctx.deleteMessage().catch(() => ctx.editMessageReplyMarkup().catch(() => undefined));
});

/** /transfer 42 salute, or /transfer salute in the request's topic; without a team, the teams as buttons. */
staff.command("transfer", async (ctx) => {
  const { italian, services } = ctx.deps;
  const teams = services.teams.all.map((t) => `${t.id} («${t.name}»)`).join(", ");
  const typedId = parseId(ctx.match);
  const id = typedId ?? requestInTopic(ctx)?.id;
  if (!id) return ctx.reply(italian("team-transfer-usage", { teams }));
  const request = await handled(ctx, id);
  if (request === false) return;
  if (!request) return answer(ctx, refusal(italian, "not-found"));
  const rest = (typedId ? ctx.match.trim().replace(/^#?\d+\s*/, "") : ctx.match).trim();
  if (!rest) return offerTransfer(ctx, request);
  const team = teamNamed(ctx, rest);
  if (!team) return ctx.reply(italian("team-transfer-unknown", { team: rest, teams }));
  await ctx.reply(await transfer(ctx, request, team));
});
