import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { InlineKeyboard } from "grammy";
import type { BuildingReport } from "#src/domain/neighbourhood/building-reports.js";
import { reportStep } from "#src/bot/callback-data/neighbourhood.js";
import type { BotContext } from "#src/bot/context.js";
import { staffDay } from "#src/text/dates.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { scopeOf } from "#src/bot/filters/team-access.js";
import { escapeHtml } from "#src/text/format.js";
import { menuItem } from "#src/bot/callback-data/menu.js";
import { showInPlace } from "#src/bot/keyboards/in-place.js";
import { backToMenu, menuInPlace } from "#src/bot/features/menu/main-menu.js";
import { actorOf, answer, parseId } from "#src/bot/features/staff/replies.js";
import { dayAndMonth } from "./day.js";

/**
 * Shared reports on common areas: what residents see reported in their building (no names), and staff's side — the
 * open reports, one per building and kind, with followers, photos and notes, and the steps they record.
 */
export const buildingReportsFeature = new Feature<BotContext>();
const staff = staffOnly(buildingReportsFeature);

/** "🏘 The neighbourhood" in the menu: the desk's news, report a problem in one's building, what is reported (one menu row). */
export async function showBuilding(ctx: BotContext) {
  const kb = new InlineKeyboard()
    .text(ctx.t("menu-news"), menuItem.pack({ item: "news" }))
    .row()
    .text(ctx.t("menu-report"), menuItem.pack({ item: "report" }))
    .row()
    .text(ctx.t("menu-reported"), menuItem.pack({ item: "reported" }))
    .row();
  await showInPlace(ctx, ctx.t("building-title"), { reply_markup: menuInPlace(ctx, kb) });
}

/** "🏢 What is reported in my building": open reports and where they are, with no names. */
export async function showReported(ctx: BotContext) {
  const open = ctx.deps.services.buildingReports.openNear(ctx.from!.id);
  const locale = await ctx.i18n.getLocale();
  const day = (d: Date) => dayAndMonth(d, locale, ctx.deps.config.timezone);
  if (!open.length) return ctx.reply(ctx.t("reported-none"), { reply_markup: backToMenu(ctx) });
  const lines = [ctx.t("reported-title"), ""];
  for (const { report, followers } of open) {
    const line = ctx.t("reported-line", { kind: ctx.t(`report-kind-${report.kind}`), building: report.building, date: day(report.createdAt) });
    const passed = report.passedTo && report.passedAt ? ` · ${ctx.t("reported-passed", { to: ctx.t(`report-to-${report.passedTo}`), date: day(report.passedAt) })}` : "";
    lines.push(`${line}${passed}`, `   ${ctx.t("report-followers", { count: followers })}`);
  }
  await ctx.reply(lines.join("\n"), { reply_markup: backToMenu(ctx) });
}

// ------------------------------------------------------------ staff

/** A report is its team's to work; coordinators may read it. */
async function mayWork(ctx: BotContext, report: BuildingReport, read = false): Promise<boolean> {
  const team = ctx.deps.services.teams.of(report.teamId);
  const userId = ctx.from!.id;
  const here = ctx.chat?.type === "private" || ctx.chat?.id === team.chatId || (read && ctx.deps.services.teams.isCoordinators(ctx.chat?.id));
  if (here && ((await ctx.deps.staff.isMember(userId, team.chatId)) || (read && (await ctx.deps.staff.isCoordinator(userId))))) return true;
  const refusal = ctx.deps.italian("report-not-yours", { id: report.id, team: team.name });
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: refusal, show_alert: true });
  else await ctx.reply(refusal);
  return false;
}

function card(ctx: BotContext, report: BuildingReport): string {
  const { italian, services, config } = ctx.deps;
  const day = (d: Date) => staffDay(d, config.timezone);
  const kind = italian(`report-staff-kind-${report.kind}`);
  const status =
    report.status === "passed"
      ? italian("report-card-status-passed", { to: italian(`report-staff-to-${report.passedTo}`), date: day(report.passedAt!) })
      : report.status === "open"
        ? italian("report-card-status-open")
        : italian(`report-card-status-${report.status}`, { date: day(report.resolvedAt!) });
  const lines = [
    italian("report-card", { id: report.id, kind, building: escapeHtml(report.building) }),
    italian("report-card-opened", { date: day(report.createdAt), followers: services.buildingReports.followers(report.id) }),
    status,
  ];
  for (const note of services.buildingReports.notes(report.id)) {
    const date = day(note.createdAt);
    if (note.kind === "step") {
      const [step, to] = (note.text ?? "").split(":");
      lines.push(italian("report-card-step", { date, step: italian(`report-step-${to ?? step}`) }));
    } else lines.push(italian(`report-card-note-${note.kind}`, { date, text: escapeHtml(note.text ?? "") }));
  }
  return lines.join("\n");
}

function stepButtons(ctx: BotContext, report: BuildingReport): InlineKeyboard | undefined {
  if (report.status !== "open" && report.status !== "passed") return undefined;
  const italian = ctx.deps.italian;
  const kb = new InlineKeyboard();
  for (const step of ["atc", "comune", "police"] as const) kb.text(italian(`report-step-${step}`), reportStep.pack({ step, id: report.id }));
  kb.row().text(italian("report-step-fixed"), reportStep.pack({ step: "fixed", id: report.id })).text(italian("report-step-closed"), reportStep.pack({ step: "closed", id: report.id }));
  return kb;
}

staff.command("segnalazioni", async (ctx) => {
  const { italian, services, config } = ctx.deps;
  const { teams, coordinator } = await scopeOf(ctx);
  const whole = coordinator && !services.teams.byChat(ctx.chat.id);
  const open = services.buildingReports.open(whole ? undefined : teams.map((t) => t.id));
  if (!open.length) return ctx.reply(italian("report-list-none"));
  const lines = [italian("report-list-title", { count: open.length })];
  for (const { report, followers } of open) {
    lines.push(
      italian("report-list-line", {
        id: report.id,
        kind: italian(`report-staff-kind-${report.kind}`),
        building: escapeHtml(report.building),
        followers,
        date: staffDay(report.createdAt, config.timezone),
      }),
    );
  }
  await answer(ctx, lines.join("\n"));
});

staff.command("segnalazione", async (ctx) => {
  const id = parseId(ctx.match);
  const report = id === undefined ? undefined : ctx.deps.services.buildingReports.get(id);
  if (!report) return ctx.reply(ctx.deps.italian(id === undefined ? "report-usage" : "report-unknown", { id: id ?? 0 }));
  if (!(await mayWork(ctx, report, true))) return;
  await answer(ctx, card(ctx, report), stepButtons(ctx, report));
  // Photos and voice notes as they were sent: staff see what the residents saw.
  for (const note of ctx.deps.services.buildingReports.notes(report.id)) {
    if (!note.fileId) continue;
    const caption = ctx.deps.italian("report-media-caption", { id: report.id });
    if (note.kind === "photo") await ctx.replyWithPhoto(note.fileId, { caption });
    else if (note.kind === "voice") await ctx.replyWithVoice(note.fileId, { caption });
  }
});

staff.callbackQuery(reportStep.filter(), async (ctx) => {
  const { step, id } = reportStep.unpack(ctx.callbackQuery.data);
  const { buildingReports } = ctx.deps.services;
  const report = buildingReports.get(id);
  if (!report) return ctx.answerCallbackQuery({ text: ctx.deps.italian("report-unknown", { id }) });
  if (!(await mayWork(ctx, report))) return;
  const actor = actorOf(ctx);
  const updated = step === "fixed" || step === "closed" ? buildingReports.resolve(id, step, actor) : buildingReports.pass(id, step, actor);
  if (!updated) return ctx.answerCallbackQuery({ text: ctx.deps.italian("report-step-refused"), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.deps.italian("report-step-done", { followers: buildingReports.followers(id) }) });
  const kb = stepButtons(ctx, updated);
  await ctx.editMessageText(card(ctx, updated), { parse_mode: "HTML", ...(kb ? { reply_markup: kb } : {}) }).catch(() => undefined);
});
