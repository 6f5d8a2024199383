import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import { NEWS_TOPICS } from "#src/domain/neighbourhood/announcements.js";
import { menuItem } from "#src/bot/callback-data/menu.js";
import { eventReply, newsAll, newsStop, newsTopic } from "#src/bot/callback-data/neighbourhood.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { escapeHtml } from "#src/text/format.js";
import { markScreens, showInPlace } from "#src/bot/keyboards/in-place.js";
import { menuInPlace } from "#src/bot/features/menu/main-menu.js";
import { answer, parseId } from "#src/bot/features/staff/replies.js";
import { summaryText } from "./staff-views.js";

/**
 * Announcements and events: residents choose which news they want (from the menu, at first contact, or "no more"
 * under any announcement) and answer events; staff write them (/annuncio), follow them (/annuncio 12, /annunci).
 */
export const announcementsFeature = new Feature<BotContext>();
const privateChat = announcementsFeature.chatType("private");
const staff = staffOnly(announcementsFeature);

/** "📣 News from the desk": each topic with ✅ or ⬜, all on, all off, back to the menu. */
export async function showNews(ctx: BotContext) {
  const prefs = ctx.deps.services.announcements.preferences(ctx.from!.id);
  const kb = new InlineKeyboard();
  for (const topic of NEWS_TOPICS) kb.text(`${prefs[topic] ? "✅" : "⬜"} ${ctx.t(`news-topic-${topic}`)}`, newsTopic.pack({ topic })).row();
  const any = NEWS_TOPICS.some((t) => prefs[t]);
  if (any) kb.text(ctx.t("news-none"), newsAll.pack({ on: "no" })).row();
  else kb.text(ctx.t("news-all"), newsAll.pack({ on: "yes" })).row();
  menuInPlace(ctx, kb);
  await showInPlace(ctx, ctx.t(any ? "news-screen-on" : "news-screen-off"), { reply_markup: kb });
}

/** Asked once at first contact, before the menu: nobody receives news without having said yes. */
export async function askNewsOnce(ctx: BotContext) {
  const { announcements } = ctx.deps.services;
  if (!announcements.shouldAsk(ctx.from!.id)) return;
  announcements.setAll(ctx.from!.id, false);
  const kb = new InlineKeyboard()
    .text(ctx.t("news-first-yes"), newsAll.pack({ on: "yes" }))
    .row()
    .text(ctx.t("news-first-choose"), menuItem.pack({ item: "news" }))
    .row()
    .text(ctx.t("news-first-no"), newsAll.pack({ on: "no" }));
  await ctx.reply(ctx.t("news-first-question"), { reply_markup: kb });
}

privateChat.callbackQuery(newsTopic.filter(), markScreens, async (ctx) => {
  const { topic } = newsTopic.unpack(ctx.callbackQuery.data);
  ctx.deps.services.announcements.toggle(ctx.from.id, topic);
  await ctx.answerCallbackQuery();
  await showNews(ctx);
});

privateChat.callbackQuery(newsAll.filter(), markScreens, async (ctx) => {
  const on = newsAll.unpack(ctx.callbackQuery.data).on === "yes";
  ctx.deps.services.announcements.setAll(ctx.from.id, on);
  await ctx.answerCallbackQuery({ text: ctx.t(on ? "news-on-toast" : "news-off-toast") });
  await showNews(ctx);
});

privateChat.callbackQuery(newsStop.filter(), async (ctx) => {
  ctx.deps.services.announcements.optOut(ctx.from.id);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("news-stopped"));
});

privateChat.callbackQuery(eventReply.filter(), async (ctx) => {
  const { reply, id } = eventReply.unpack(ctx.callbackQuery.data);
  // The domain checks the event was sent to this person and has not started.
  const outcome = ctx.deps.services.announcements.answer(id, ctx.from.id, reply);
  if (outcome === "unknown") return ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t(outcome === "over" ? "news-event-over" : outcome === "yes" ? "news-event-thanks-yes" : "news-event-thanks-no"));
});

// ------------------------------------------------------------ staff

/** May this person read an announcement's replies here: staff of the group that wrote it, or a coordinator. */
async function mayRead(ctx: BotContext, originChatId: number): Promise<boolean> {
  const userId = ctx.from!.id;
  const here = ctx.chat!.id === originChatId || ctx.chat!.type === "private" || ctx.deps.services.teams.isCoordinators(ctx.chat!.id);
  if (here && ((await ctx.deps.staff.isMember(userId, originChatId)) || (await ctx.deps.staff.isCoordinator(userId)) || userId === originChatId)) return true;
  await ctx.reply(ctx.deps.italian("ann-not-yours"));
  return false;
}

staff.command("annuncio", async (ctx) => {
  const id = parseId(ctx.match);
  if (id === undefined) {
    if (ctx.match.trim()) return ctx.reply(ctx.deps.italian("ann-usage"));
    return ctx.conversation.enter("newAnnouncement");
  }
  const a = ctx.deps.services.announcements.get(id);
  if (!a || a.status === "draft") return ctx.reply(ctx.deps.italian("ann-unknown", { id }));
  if (!(await mayRead(ctx, a.originChatId))) return;
  await answer(ctx, summaryText(ctx.deps.italian, ctx.deps.services, ctx.deps.config.timezone, id));
});

staff.command("annunci", async (ctx) => {
  const { italian, services, staff: directory } = ctx.deps;
  const coordinator = await directory.isCoordinator(ctx.from!.id);
  const lines: string[] = [];
  for (const a of services.announcements.recent(30)) {
    if (!coordinator && a.originChatId !== ctx.chat.id && !(await directory.isMember(ctx.from!.id, a.originChatId))) continue;
    const s = services.announcements.summary(a.id);
    const first = escapeHtml(a.textIt.split("\n")[0]!.slice(0, 60));
    lines.push(italian("ann-list-line", { id: a.id, text: first, delivered: s.delivered, yes: s.yes, kind: a.kind }));
    if (lines.length === 10) break;
  }
  await answer(ctx, lines.length ? [italian("ann-list-title"), ...lines].join("\n") : italian("ann-list-none"));
});
