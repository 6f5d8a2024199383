import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { cardAction, translationToggle } from "#src/bot/callback-data/staff.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { handled, teamHere } from "#src/bot/filters/team-access.js";
import { escapeHtml, stripIsolation } from "#src/text/format.js";
import { actorOf, answer, parseId, refusal, requestIdOf, requestInTopic } from "#src/bot/features/staff/replies.js";

/** What staff do to a request, from its card's buttons or by command: take, close, reopen, note, machine translation. */
export const requestActionsFeature = new Feature<BotContext>();
const staff = staffOnly(requestActionsFeature);

type Done = { ok: true; said: string } | { ok: false; refusal: string };

async function take(ctx: BotContext, requestId: number): Promise<Done> {
  const result = ctx.deps.services.requests.take(requestId, actorOf(ctx));
  if (!result.ok) return { ok: false, refusal: refusal(ctx.deps.italian, result.reason) };
  await ctx.deps.board.refresh(requestId);
  return { ok: true, said: ctx.deps.italian("desk-taken", { id: String(requestId), name: escapeHtml(actorOf(ctx).name) }) };
}

async function close(ctx: BotContext, requestId: number): Promise<Done> {
  const { requests } = ctx.deps.services;
  const askedBefore = requests.get(requestId)?.satisfactionAskedAt;
  const result = requests.close(requestId, actorOf(ctx));
  if (!result.ok) return { ok: false, refusal: refusal(ctx.deps.italian, result.reason) };
  const r = result.request;
  // One closing message: the first close's "Your request N is closed. Did we help you?" says both; a request closed
  // again (the question was asked once) gets the plain notice.
  if (askedBefore || !requests.get(requestId)?.satisfactionAskedAt) {
    const notice = stripIsolation(ctx.i18n.fluent.translate(ctx.deps.board.residentLocale(r), "request-closed-notice", { number: String(r.id) }));
    await ctx.deps.board.tellResident(r, notice, ctx.api);
  }
  await ctx.deps.board.refresh(requestId);
  return { ok: true, said: ctx.deps.italian("desk-closed", { id: String(requestId), name: escapeHtml(actorOf(ctx).name) }) };
}

async function reopen(ctx: BotContext, requestId: number): Promise<Done> {
  const result = ctx.deps.services.requests.reopen(requestId, actorOf(ctx));
  if (!result.ok) return { ok: false, refusal: refusal(ctx.deps.italian, result.reason) };
  await ctx.deps.board.refresh(requestId);
  return { ok: true, said: ctx.deps.italian("desk-reopened", { id: String(requestId), name: escapeHtml(actorOf(ctx).name) }) };
}

const ACTIONS = { take, close, reopen };

/** A button's answer is plain text: the HTML of what the topic is told is dropped. */
const plain = (html: string) => html.replace(/<[^>]+>/g, "");

staff.callbackQuery(cardAction.filter(), async (ctx, next) => {
  const { action, requestId } = cardAction.unpack(ctx.callbackQuery.data);
  // ⚡ offers the quick replies: quick-replies.ts; ➡️ the teams to transfer to: transfer.ts.
  if (action === "quick" || action === "transfer") return next();
  // Only the request's own team, in its own group (or in private).
  const request = await handled(ctx, requestId);
  if (request === false) return;
  if (!request) return ctx.answerCallbackQuery({ text: refusal(ctx.deps.italian, "not-found") });
  const result = await ACTIONS[action](ctx, requestId);
  await ctx.answerCallbackQuery({ text: plain(result.ok ? result.said : result.refusal) });
  if (result.ok) await ctx.deps.board.sayNow(request, result.said, ctx.api);
});

for (const command of ["take", "close", "reopen"] as const) {
  staff.command(command, async (ctx) => {
    const id = requestIdOf(ctx, ctx.match);
    if (!id) return answer(ctx, ctx.deps.italian("desk-command-usage", { command }));
    if ((await handled(ctx, id)) === false) return;
    const result = await ACTIONS[command](ctx, id);
    await answer(ctx, result.ok ? result.said : result.refusal);
    const request = ctx.deps.services.requests.get(id);
    // Said in the topic too, when the command came from elsewhere.
    if (request && result.ok && ctx.msg?.message_thread_id !== request.topicId) await ctx.deps.board.say(request, result.said);
  });
}

staff.command("note", async (ctx) => {
  const { italian } = ctx.deps;
  const numbered = parseId(ctx.match);
  // In a topic, or (in a group without topics) as a reply to the card or to a post about the request.
  const replyTo = ctx.msg?.reply_to_message?.message_id;
  const team = teamHere(ctx);
  const replied = replyTo && team ? ctx.deps.services.requests.byGroupMessage(team.id, replyTo)?.id : undefined;
  const id = numbered ?? requestInTopic(ctx)?.id ?? replied;
  const text = (numbered ? ctx.match.trim().replace(/^#?\d+\s*/, "") : ctx.match).trim();
  if (!id || !text) return answer(ctx, italian("desk-note-usage"));
  if ((await handled(ctx, id)) === false) return;
  const result = ctx.deps.services.requests.note(id, actorOf(ctx), text, ctx.msg?.message_id, ctx.msg?.chat.id);
  if (!result.ok) return answer(ctx, refusal(italian, result.reason));
  await answer(ctx, italian("desk-note-saved", { id: String(id) }));
});

/** The card's 🌐 button: machine translation off (or on again) for one request; audited. */
staff.callbackQuery(translationToggle.filter(), async (ctx) => {
  const { requestId, on } = translationToggle.unpack(ctx.callbackQuery.data);
  const { board, italian } = ctx.deps;
  const request = await handled(ctx, requestId);
  if (request === false) return;
  if (!request || !board.setTranslate(requestId, on === "on", actorOf(ctx))) {
    return ctx.answerCallbackQuery({ text: refusal(italian, "not-found") });
  }
  const said = italian(on === "on" ? "desk-translation-on" : "desk-translation-off", {
    id: String(requestId),
    name: escapeHtml(actorOf(ctx).name),
  });
  await ctx.answerCallbackQuery({ text: plain(said) });
  await board.refresh(requestId);
  await board.say(request, said);
});
