import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import type { RequestMessage } from "#src/domain/requests/model.js";
import { historyPage } from "#src/bot/callback-data/staff.js";
import type { BotContext } from "#src/bot/context.js";
import { staffDateTime, staffDateTimeSeconds } from "#src/text/dates.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { handled } from "#src/bot/filters/team-access.js";
import { escapeHtml, TELEGRAM_TEXT_LIMIT } from "#src/text/format.js";
import { forwardLabel, forwardOf } from "#src/bot/operator-board/index.js";
import { actorOf, answer, refusal, requestIdOf } from "#src/bot/features/staff/replies.js";
import type { Italian } from "#src/text/staff-text.js";

/** What happened on a request: /request (its messages, a page at a time) and /audit (who did what, when). */
export const historyFeature = new Feature<BotContext>();
const staff = staffOnly(historyFeature);

/** Entries of a request's history on one page of /request: never one message per stored row. */
const HISTORY_PAGE = 20;
/** A page's HTML, with room left under Telegram's limit for the markup it may not count the same way. */
const HISTORY_BUDGET = TELEGRAM_TEXT_LIMIT - 196;

/** Escaped resident text cut to `max` characters of HTML, never inside an entity or a surrogate pair. */
function clip(text: string, max: number): string {
  let n = Math.min(text.length, max);
  let escaped = escapeHtml(text.slice(0, n));
  while (escaped.length > max && n > 0) {
    n = Math.floor(n * 0.8);
    if (/[\uD800-\uDBFF]/.test(text[n - 1] ?? "")) n -= 1;
    escaped = escapeHtml(text.slice(0, n));
  }
  return n < text.length ? `${escaped}…` : escaped;
}

function historyLine(italian: Italian, m: RequestMessage, when: string, max: number): string {
  if (m.direction === "system") return italian("desk-history-limit", { when, scope: m.kind === "limit-day" ? "day" : "request" });
  const who =
    m.direction === "in" ? "👤" : m.direction === "note" ? `📝 ${clip(m.staffName ?? "", 64)}` : `↪️ ${clip(m.staffName ?? "", 64)}`;
  const origin = forwardOf(m);
  const forwarded = origin ? ` ${forwardLabel(italian, origin)}:` : "";
  const kind = m.kind === "text" || m.kind === "quick-reply" ? "" : `[${m.kind}] `;
  return `${when} ${who}${forwarded} ${kind}${clip(m.text ?? "", max)}`;
}

/**
 * One page of a request's history: the card's head, then up to HISTORY_PAGE entries, each cut
 * so the page fits one message; ⬆️/⬇️ move between pages by editing the same message.
 */
function historyView(ctx: BotContext, requestId: number, page: number) {
  const { italian, config, board } = ctx.deps;
  const view = ctx.deps.services.requests.historyPage(requestId, page, HISTORY_PAGE);
  if (!view) return undefined;
  const head = board.cardText(view.request).split("\n\n")[0]!;
  const to = view.total - view.page * HISTORY_PAGE;
  const from = to - view.messages.length + 1;
  const pages = view.pages > 1 ? ` · ${italian("desk-history-page", { page: String(view.page + 1), pages: String(view.pages) })}` : "";
  const title = view.total
    ? `${italian("desk-history-title", { from: String(from), to: String(to), total: String(view.total) })}${pages}`
    : italian("desk-history-empty");
  let text = "";
  for (const max of [400, 200, 100, 50, 20]) {
    const lines = view.messages.map((m) => historyLine(italian, m, staffDateTime(m.createdAt, config.timezone), max));
    text = [head, "", title, ...lines, "", italian("desk-history-audit", { id: String(requestId) })].join("\n");
    if (text.length <= HISTORY_BUDGET) break;
  }
  const kb = new InlineKeyboard();
  if (view.page < view.pages - 1) kb.text(italian("desk-history-older"), historyPage.pack({ requestId, page: view.page + 1 }));
  if (view.page > 0) kb.text(italian("desk-history-newer"), historyPage.pack({ requestId, page: view.page - 1 }));
  return { request: view.request, text, kb: view.pages > 1 ? kb : undefined };
}

staff.command("request", async (ctx) => {
  const id = requestIdOf(ctx, ctx.match);
  if (id && (await handled(ctx, id)) === false) return;
  if (id && (await handled(ctx, id)) === false) return;
  const view = id ? historyView(ctx, id, 0) : undefined;
  if (!id || !view) return answer(ctx, ctx.deps.italian("desk-command-usage", { command: "request" }));
  ctx.deps.services.requests.record(actorOf(ctx), "view-history", { requestId: id });
  const sent = await ctx.reply(view.text, { parse_mode: "HTML", ...(view.kb ? { reply_markup: view.kb } : {}) });
  // The page shows the person's words: erasure must find it, wherever it was asked for.
  ctx.deps.services.privacy.recordPost([view.request.residentId], {
    chatId: sent.chat.id,
    messageId: sent.message_id,
    threadId: sent.message_thread_id ?? null,
    kind: "history",
    requestId: id,
  });
});

staff.callbackQuery(historyPage.filter(), async (ctx) => {
  const { requestId, page } = historyPage.unpack(ctx.callbackQuery.data);
  if ((await handled(ctx, requestId)) === false) return;
  const view = historyView(ctx, requestId, page);
  if (!view) return ctx.answerCallbackQuery({ text: refusal(ctx.deps.italian, "not-found") });
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(view.text, { parse_mode: "HTML", ...(view.kb ? { reply_markup: view.kb } : {}) }).catch(() => undefined);
});

staff.command("audit", async (ctx) => {
  const { italian, config, services } = ctx.deps;
  const id = requestIdOf(ctx, ctx.match);
  if (id && (await handled(ctx, id)) === false) return;
  if (!id || !services.requests.get(id)) return answer(ctx, italian("desk-command-usage", { command: "audit" }));
  const line = (a: ReturnType<typeof services.requests.auditTrail>[number]) => {
    // An erased person's actions stay on the trail under their anonymous marker (a negative id), without a name.
    const who = a.actorId < 0 ? italian("anonymised-person") : escapeHtml(a.actorName);
    return `${staffDateTimeSeconds(a.at, config.timezone)} · ${who} (${a.actorId}) · ${a.action}${a.detail ? ` · ${escapeHtml(a.detail)}` : ""}`;
  };
  await answer(ctx, [italian("desk-audit-title", { id: String(id) }), ...services.requests.auditTrail(id).map(line)].join("\n"));
});
