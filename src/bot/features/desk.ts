import { Composer, InlineKeyboard } from "grammy";
import type { Actor } from "../../db/repositories/audit.js";
import type { Request, RequestMessage, StaffResult } from "../../domain/requests.js";
import { cb, pattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { escapeHtml, splitText } from "../format.js";
import { stripIsolation } from "../i18n.js";
import { kindOf } from "../message-pieces.js";
import { forwardLabel, forwardOf, translateToggle } from "../operator-board/index.js";
import { responseTimesQueue } from "../render/response-times.js";
import { weeklyHoursText } from "../service-texts.js";
import type { Italian } from "../staff-text.js";

/** The operator group's side of the listening desk: card buttons, quick replies, relays, commands. */
export const deskFeature = new Composer<BotContext>();

export const QUICK_REPLIES = [
  "qr-call-back",
  "qr-bring-documents",
  "qr-more-info",
  "qr-home-visit",
  "qr-social-services",
  "qr-nurse",
  "qr-hours",
  "qr-solved",
] as const;

export function actorOf(ctx: BotContext): Actor {
  const from = ctx.from!;
  return { id: from.id, name: [from.first_name, from.last_name].filter(Boolean).join(" ").slice(0, 64) };
}

/**
 * Staff functions answer members of the operator group only, wherever they are asked.
 * Anyone else gets a clear refusal and nothing changes.
 */
export async function requireStaff(ctx: BotContext): Promise<boolean> {
  if (ctx.from && (await ctx.deps.staff.isStaff(ctx.from.id))) return true;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("staff-only"), show_alert: true });
  else if (ctx.chat?.type === "private") await ctx.reply(ctx.t("staff-only"));
  return false;
}

const REFUSALS: Record<Exclude<StaffResult, { ok: true }>["reason"], string> = {
  "not-found": "Richiesta non trovata.",
  "already-closed": "La richiesta è già chiusa.",
  "not-closed": "La richiesta non è chiusa.",
  "already-taken-by-you": "L'hai già presa tu.",
};

function parseId(text: string | undefined): number | undefined {
  const n = Number(text?.trim().replace(/^#/, "").split(/\s+/)[0]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function age(from: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - from.getTime()) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h`;
  return `${Math.floor(minutes / 1440)} g`;
}

function statusLabel(r: Request): string {
  return r.status === "taken" ? `presa da ${escapeHtml(r.assigneeName ?? "?")}` : r.status === "open" ? "aperta" : "chiusa";
}

function queueLine(ctx: BotContext, r: Request): string {
  const now = ctx.deps.clock.now();
  const category = escapeHtml(ctx.deps.board.categoryLabel(r.category));
  return `#${r.id} · ${age(r.createdAt, now)} · ${category} · ${r.language} · ${statusLabel(r)}${r.firstAnswerAt ? "" : " · ⏳ senza risposta"}`;
}

// ---------------------------------------------------------------- staff actions

async function take(ctx: BotContext, requestId: number) {
  const result = ctx.deps.services.requests.take(requestId, actorOf(ctx));
  if (!result.ok) return REFUSALS[result.reason];
  await ctx.deps.board.refresh(requestId);
  return `🙋 #${requestId} presa da ${escapeHtml(actorOf(ctx).name)}.`;
}

async function close(ctx: BotContext, requestId: number) {
  const { requests } = ctx.deps.services;
  const result = requests.close(requestId, actorOf(ctx));
  if (!result.ok) return REFUSALS[result.reason];
  const r = result.request;
  const notice = stripIsolation(ctx.i18n.fluent.translate(ctx.deps.board.residentLocale(r), "request-closed-notice", { number: String(r.id) }));
  await ctx.deps.board.tellResident(r, notice);
  await ctx.deps.board.refresh(requestId);
  return `✅ #${requestId} chiusa da ${escapeHtml(actorOf(ctx).name)}. La persona è stata avvisata.`;
}

async function reopen(ctx: BotContext, requestId: number) {
  const result = ctx.deps.services.requests.reopen(requestId, actorOf(ctx));
  if (!result.ok) return REFUSALS[result.reason];
  await ctx.deps.board.refresh(requestId);
  return `🔁 #${requestId} riaperta da ${escapeHtml(actorOf(ctx).name)}.`;
}

/** Answers in the topic or group where the staff member acted. */
async function answer(ctx: BotContext, html: string) {
  for (const part of splitText(html, 4000)) await ctx.reply(part, { parse_mode: "HTML" });
}

// ---------------------------------------------------------------- card buttons

deskFeature.callbackQuery(pattern.desk, async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const action = ctx.match[1];
  const requestId = Number(ctx.match[2]);
  const request = ctx.deps.services.requests.get(requestId);
  if (!request) return ctx.answerCallbackQuery({ text: REFUSALS["not-found"] });
  if (action === "quick") {
    await ctx.answerCallbackQuery();
    return offerQuickReplies(ctx, request);
  }
  const result = action === "take" ? await take(ctx, requestId) : action === "close" ? await close(ctx, requestId) : await reopen(ctx, requestId);
  await ctx.answerCallbackQuery({ text: result.replace(/<[^>]+>/g, "") });
  if (!Object.values(REFUSALS).includes(result)) await ctx.deps.board.sayNow(request, result);
});

/** Short Italian labels, so staff pick a quick reply at a glance; the resident reads the whole text in their language. */
const QUICK_REPLY_LABELS: Record<(typeof QUICK_REPLIES)[number], string> = {
  "qr-call-back": "📞 Vi richiamiamo",
  "qr-bring-documents": "📄 Portare documenti",
  "qr-more-info": "❓ Serve più informazione",
  "qr-home-visit": "🏠 Visita a casa",
  "qr-social-services": "🤝 Servizi sociali",
  "qr-nurse": "🩺 Infermiere di quartiere",
  "qr-hours": "🕘 Orari di apertura",
  "qr-solved": "✅ Risolto",
};

async function offerQuickReplies(ctx: BotContext, request: Request) {
  const kb = new InlineKeyboard();
  QUICK_REPLIES.forEach((key, i) => {
    kb.text(QUICK_REPLY_LABELS[key], cb.quickReply(request.id, i));
    if (i % 2 === 1) kb.row();
  });
  const language = new Intl.DisplayNames("it", { type: "language" }).of(ctx.deps.board.residentLocale(request));
  await ctx.api.sendMessage(
    ctx.deps.operatorChatId,
    `⚡ <b>Risposte rapide per #${request.id}</b> · arrivano in ${escapeHtml(language ?? "")}, tradotte da persone:`,
    { parse_mode: "HTML", reply_markup: kb, ...ctx.deps.board.place(request) },
  );
}

/** A quick reply in a language: its text, with the desk's configured hours where it names them. */
function quickReplyText(ctx: BotContext, locale: string, key: string): string {
  const vars = key === "qr-hours" ? { hours: weeklyHoursText(ctx.deps.services.serviceLevels.hours, locale) } : undefined;
  return stripIsolation(ctx.i18n.fluent.translate(locale, key, vars));
}

deskFeature.callbackQuery(pattern.quickReply, async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const requestId = Number(ctx.match[1]);
  const key = QUICK_REPLIES[Number(ctx.match[2])];
  const request = ctx.deps.services.requests.get(requestId);
  if (!request || !key) return ctx.answerCallbackQuery({ text: REFUSALS["not-found"] });
  if (request.status === "closed") return ctx.answerCallbackQuery({ text: REFUSALS["already-closed"], show_alert: true });
  const locale = ctx.deps.board.residentLocale(request);
  const delivery = await ctx.deps.board.tellResident(request, `${quickReplyText(ctx, locale, "relay-staff-prefix")}\n${quickReplyText(ctx, locale, key)}`);
  await ctx.answerCallbackQuery();
  if (!delivery.ok) return;
  const italian = quickReplyText(ctx, "it", key);
  ctx.deps.services.requests.answered(request.id, actorOf(ctx), { kind: "quick-reply", text: italian }, "quick-reply");
  await ctx.editMessageText(
    `⚡ Risposta rapida inviata da ${escapeHtml(actorOf(ctx).name)} (in ${ctx.deps.board.residentLocale(request)}): «${escapeHtml(italian)}»`,
    { parse_mode: "HTML" },
  );
});

// ---------------------------------------------------------------- commands (group or private)

const staffCommands = deskFeature.filter((ctx) => ctx.chat?.type === "private" || ctx.chat?.id === ctx.deps.operatorChatId);

staffCommands.command("queue", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const { requests } = ctx.deps.services;
  const counts = requests.counts();
  const queue = requests.queue(30);
  const head = `📋 <b>Coda</b>: ${counts.open} aperte · ${counts.taken} prese · ${counts.closed} chiuse negli ultimi 30 giorni`;
  // Waiting and first-answer times in opening hours, not wall-clock hours.
  const line = (r: Request) => `${queueLine(ctx, r)}${responseTimesQueue(ctx.deps.italian, ctx.deps.services.serviceLevels.responseTimes(r))}`;
  await answer(ctx, [head, ...(queue.length ? queue.map(line) : ["Nessuna richiesta aperta. 🎉"])].join("\n"));
});

staffCommands.command("mine", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const mine = ctx.deps.services.requests.assignedTo(ctx.from!.id);
  await answer(ctx, [`🙋 <b>Le tue richieste</b>: ${mine.length}`, ...mine.map((r) => queueLine(ctx, r))].join("\n"));
});

for (const [command, act] of [
  ["take", take],
  ["close", close],
  ["reopen", reopen],
] as const) {
  staffCommands.command(command, async (ctx) => {
    if (!(await requireStaff(ctx))) return;
    const id = parseId(ctx.match) ?? requestInTopic(ctx)?.id;
    if (!id) return answer(ctx, `Scrivi il numero: /${command} 42`);
    const result = await act(ctx, id);
    await answer(ctx, result);
    const request = ctx.deps.services.requests.get(id);
    // Said in the topic too, when the command came from elsewhere.
    if (request && !Object.values(REFUSALS).includes(result) && ctx.msg?.message_thread_id !== request.topicId) {
      await ctx.deps.board.say(request, result);
    }
  });
}

staffCommands.command("note", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const inTopic = requestInTopic(ctx);
  const id = parseId(ctx.match) ?? inTopic?.id;
  const text = (parseId(ctx.match) ? ctx.match.trim().replace(/^#?\d+\s*/, "") : ctx.match).trim();
  if (!id || !text) return answer(ctx, "Scrivi: /note 42 testo della nota");
  const result = ctx.deps.services.requests.note(id, actorOf(ctx), text, ctx.msg?.message_id);
  if (!result.ok) return answer(ctx, REFUSALS[result.reason]);
  await answer(ctx, `📝 Nota interna salvata su #${id} (la persona non la vede).`);
});

/** Entries of a request's history on one page of /request: never one message per stored row. */
const HISTORY_PAGE = 20;
const HISTORY_BUDGET = 3900;

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
  if (m.direction === "system") {
    const why = m.kind === "limit-day" ? "nelle ultime 24 ore" : "su questa richiesta";
    return `${when} ⚠️ limite di messaggi salvati raggiunto ${why}: i successivi non sono salvati`;
  }
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
  const view = ctx.deps.services.requests.historyPage(requestId, page, HISTORY_PAGE);
  if (!view) return undefined;
  const fmt = new Intl.DateTimeFormat("it-IT", { timeZone: ctx.deps.config.timezone, dateStyle: "short", timeStyle: "short" });
  const head = ctx.deps.board.cardText(view.request).split("\n\n")[0]!;
  const to = view.total - view.page * HISTORY_PAGE;
  const from = to - view.messages.length + 1;
  const title = view.total
    ? `<b>Storia</b> · ${from}–${to} di ${view.total}${view.pages > 1 ? ` · pagina ${view.page + 1} di ${view.pages}` : ""}`
    : "<b>Storia</b> · vuota";
  let text = "";
  for (const max of [400, 200, 100, 50, 20]) {
    const lines = view.messages.map((m) => historyLine(ctx.deps.italian, m, fmt.format(m.createdAt), max));
    text = [head, "", title, ...lines, "", `Registro delle azioni: /audit ${requestId}`].join("\n");
    if (text.length <= HISTORY_BUDGET) break;
  }
  const kb = new InlineKeyboard();
  if (view.page < view.pages - 1) kb.text("⬆️ precedenti", cb.history(requestId, view.page + 1));
  if (view.page > 0) kb.text("⬇️ successivi", cb.history(requestId, view.page - 1));
  return { request: view.request, text, kb: view.pages > 1 ? kb : undefined };
}

staffCommands.command("request", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const id = parseId(ctx.match) ?? requestInTopic(ctx)?.id;
  const view = id ? historyView(ctx, id, 0) : undefined;
  if (!id || !view) return answer(ctx, "Scrivi il numero: /request 42");
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

deskFeature.callbackQuery(pattern.history, async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const view = historyView(ctx, Number(ctx.match[1]), Number(ctx.match[2]));
  if (!view) return ctx.answerCallbackQuery({ text: REFUSALS["not-found"] });
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(view.text, { parse_mode: "HTML", ...(view.kb ? { reply_markup: view.kb } : {}) }).catch(() => undefined);
});

staffCommands.command("audit", async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const id = parseId(ctx.match) ?? requestInTopic(ctx)?.id;
  if (!id || !ctx.deps.services.requests.get(id)) return answer(ctx, "Scrivi il numero: /audit 42");
  const fmt = new Intl.DateTimeFormat("it-IT", { timeZone: ctx.deps.config.timezone, dateStyle: "short", timeStyle: "medium" });
  const trail = ctx.deps.services.requests.auditTrail(id);
  await answer(
    ctx,
    [`🔎 <b>Registro delle azioni su #${id}</b>`, ...trail.map((a) => `${fmt.format(a.at)} · ${escapeHtml(a.actorName)} (${a.actorId}) · ${a.action}${a.detail ? ` · ${escapeHtml(a.detail)}` : ""}`)].join("\n"),
  );
});

function requestInTopic(ctx: BotContext): Request | undefined {
  const thread = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
  return thread ? ctx.deps.services.requests.byTopic(thread) : undefined;
}

// ---------------------------------------------------------------- staff write to the resident

const group = deskFeature.filter((ctx) => ctx.chat?.id === ctx.deps.operatorChatId);

group.on("message", async (ctx, next) => {
  const message = ctx.message;
  if (message.from.is_bot || message.text?.startsWith("/")) return next();
  const { requests } = ctx.deps.services;
  const request =
    requestInTopic(ctx) ??
    (message.reply_to_message ? requests.byGroupMessage(message.reply_to_message.message_id) : undefined);
  if (!request) return next();
  if (!(await requireStaff(ctx))) return;
  // Lines starting with "!" are for colleagues only.
  const said = message.text ?? message.caption;
  if (said?.startsWith("!")) {
    requests.note(request.id, actorOf(ctx), said.slice(1).trim(), message.message_id);
    return;
  }
  const kind = kindOf(message);
  if (!message.text && !message.caption && kind === "other") return next();
  if (request.status === "closed") {
    return ctx.deps.board.sayNow(request, `La richiesta #${request.id} è chiusa: riaprila con /reopen ${request.id} per scriverle.`);
  }
  const prefix = stripIsolation(ctx.i18n.fluent.translate(ctx.deps.board.residentLocale(request), "relay-staff-prefix"));
  const delivery = await ctx.deps.board.relayOut(request, message, prefix);
  if (delivery.ok) {
    requests.answered(request.id, actorOf(ctx), {
      kind,
      text: delivery.said ?? message.text ?? message.caption,
      groupMessageId: message.message_id,
    });
    await ctx.deps.board.relayedAnswer(request, message.message_id, delivery);
  }
});

// ---------------------------------------------------------------- machine translation

/** The card's 🌐 button: machine translation off (or on again) for one request; audited. */
deskFeature.callbackQuery(translateToggle.pattern, async (ctx) => {
  if (!(await requireStaff(ctx))) return;
  const requestId = Number(ctx.match[1]);
  const on = ctx.match[2] === "1";
  const { board } = ctx.deps;
  const request = ctx.deps.services.requests.get(requestId);
  if (!request || !board.setTranslate(requestId, on, actorOf(ctx))) return ctx.answerCallbackQuery({ text: REFUSALS["not-found"] });
  const said = on
    ? `🌐 Traduzione automatica riattivata su #${requestId} da ${escapeHtml(actorOf(ctx).name)}.`
    : `🌐 Traduzione automatica disattivata su #${requestId} da ${escapeHtml(actorOf(ctx).name)}: i messaggi passano così come sono.`;
  await ctx.answerCallbackQuery({ text: said.replace(/<[^>]+>/g, "") });
  await board.refresh(requestId);
  await board.say(request, said);
});

staffCommands.command(["help", "start", "menu"], async (ctx, next) => {
  if (ctx.chat?.id !== ctx.deps.operatorChatId) return next();
  if (!(await requireStaff(ctx))) return;
  await answer(
    ctx,
    [
      "ℹ️ <b>Sportello N.O.I. – comandi per gli operatori</b>",
      "/queue richieste aperte · /mine le tue · /take, /close, /reopen N · /request N storia · /audit N registro",
      "/note N testo, o una riga che inizia con «!»: nota interna, la persona non la vede.",
      "Scrivere nell'argomento della richiesta (o rispondere alla sua scheda) manda il messaggio alla persona.",
      "Sulla scheda: 🙋 Prendo · ⚡ Risposta rapida (tradotta da persone nella lingua della persona) · ✅ Chiudi · 🔁 Riapri. La scheda resta fissata in cima all'argomento.",
      "Lezioni: /sessions prossime · /newsession nuova (guidata) · /roster N iscritti e presenze (🗑 toglie una prenotazione) · /cancelsession N",
      "Numeri: /stats [mese] grafico e riepilogo · /export da a (CSV senza dati personali)",
      ctx.deps.italian("visit-help-line"),
      ctx.deps.board.translating
        ? "🌐 Traduzione automatica attiva: scrivete in italiano, la persona legge nella sua lingua con l'originale sotto. Con «=» all'inizio il testo parte così com'è, senza traduzione. Il pulsante 🌐 sulla scheda la spegne per una richiesta."
        : "🌐 Traduzione automatica spenta (TRANSLATION_ENGINE=off): i messaggi passano così come sono; le risposte rapide arrivano comunque tradotte.",
    ].join("\n"),
  );
});
