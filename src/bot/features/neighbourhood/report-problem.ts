import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import { MAX_NOTE_CHARS, REPORT_KINDS, type ReportKind, type ReportPiece } from "#src/domain/neighbourhood/building-reports.js";
import { reportBuilding, reportDone, reportFollow, reportKind } from "#src/bot/callback-data/neighbourhood.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { askByButtons, pressOrMessage } from "#src/bot/conversations/press.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { MAX_FILE_MB, tooLarge } from "#src/bot/features/requests/message-pieces.js";
import { dayAndMonth } from "./day.js";

type Convo = Conversation<BotContext, FlowContext>;

const BUILDING_CHARS = { min: 3, max: 60 };
/** A report takes a few photos or words, not an album. */
const MAX_PIECES = 5;

/** What the resident is shown of a report already open: when, who was told, how many follow it. No names. */
interface OpenReport {
  id: number;
  building: string;
  createdAt: string;
  passedTo: string | null;
  passedAt: string | null;
  followers: number;
}

/**
 * "🏢 A problem in my building": the kind, the building (from the desk's list, their own address first, or typed),
 * then — one problem, one report — the open report of that kind there if there is one, to follow; and a photo, a
 * voice note or a few words. Staff get it in their group; the resident is told every step.
 */
export async function reportProblem(conversation: Convo, ctx: FlowContext) {
  const { kind } = await askByButtons(
    conversation,
    ctx,
    ctx.t("report-ask-kind"),
    reportKind,
    REPORT_KINDS.map((k) => [`report-kind-${k}`, { kind: k }] as [string, { kind: ReportKind }]),
  );
  const building = await askBuilding(conversation, ctx);
  const open = await conversation.external((c): OpenReport | null => {
    const r = c.deps.services.buildingReports.existing(building, kind);
    if (!r) return null;
    return {
      id: r.id,
      building: r.building,
      createdAt: r.createdAt.toISOString(),
      passedTo: r.passedTo,
      passedAt: r.passedAt?.toISOString() ?? null,
      followers: c.deps.services.buildingReports.followers(r.id),
    };
  });
  if (open && !(await followsIt(conversation, ctx, kind, open))) {
    await ctx.reply(ctx.t("report-cancelled"), { reply_markup: backToMenu(ctx) });
    return;
  }
  const pieces = await collectPieces(conversation, ctx);
  const result = await conversation.external((c) => {
    const { report, joined } = c.deps.services.buildingReports.report(c.from!.id, { building: open?.building ?? building, kind, pieces });
    return { id: report.id, joined };
  });
  await ctx.reply(ctx.t(result.joined ? "report-joined" : "report-sent", { id: result.id }), { reply_markup: backToMenu(ctx) });
}

async function askBuilding(conversation: Convo, ctx: FlowContext): Promise<string> {
  const options = await conversation.external((c) => c.deps.services.buildingReports.buildingsFor(c.from!.id));
  const kb = new InlineKeyboard();
  for (const [index, b] of options.entries()) kb.text(b, reportBuilding.pack({ index })).row();
  const question = options.length ? ctx.t("report-ask-building") : ctx.t("report-type-building");
  let offered: Message = await ctx.reply(question, options.length ? { reply_markup: kb } : {});
  for (;;) {
    const answer = await pressOrMessage(conversation, offered, reportBuilding);
    if ("pressed" in answer) {
      const chosen = options[answer.pressed.index];
      if (chosen) return chosen;
      continue;
    }
    const typed = answer.message.message?.text?.trim();
    if (typed && typed.length >= BUILDING_CHARS.min && typed.length <= BUILDING_CHARS.max) return typed;
    offered = await answer.message.reply(ctx.t("report-building-hint"), options.length ? { reply_markup: kb } : {});
  }
}

async function followsIt(conversation: Convo, ctx: FlowContext, kind: ReportKind, open: OpenReport): Promise<boolean> {
  const locale = await ctx.i18n.getLocale();
  const timezone = ctx.deps.config.timezone;
  const day = (iso: string) => dayAndMonth(new Date(iso), locale, timezone);
  const lines = [ctx.t("report-already", { date: day(open.createdAt), kind: ctx.t(`report-kind-${kind}`), building: open.building })];
  if (open.passedTo && open.passedAt) lines.push(ctx.t("report-already-passed", { to: ctx.t(`report-to-${open.passedTo}`), date: day(open.passedAt) }));
  lines.push(ctx.t("report-followers", { count: open.followers }));
  const { answer } = await askByButtons(conversation, ctx, lines.join("\n"), reportFollow, [
    ["report-follow", { answer: "follow" }],
    ["report-cancel", { answer: "cancel" }],
  ]);
  return answer === "follow";
}

/** Photos, voice notes, a few words, until "Done" (or five of them). */
async function collectPieces(conversation: Convo, ctx: FlowContext): Promise<ReportPiece[]> {
  const done = new InlineKeyboard().text(ctx.t("report-done"), reportDone.pack());
  const pieces: ReportPiece[] = [];
  let offered: Message = await ctx.reply(ctx.t("report-ask-piece"), { reply_markup: done });
  while (pieces.length < MAX_PIECES) {
    const answer = await pressOrMessage(conversation, offered, reportDone);
    if ("pressed" in answer) break;
    const message = answer.message.message!;
    if (tooLarge(message)) {
      offered = await answer.message.reply(ctx.t("input-too-large", { max: MAX_FILE_MB }), { reply_markup: done });
      continue;
    }
    const piece = pieceOf(message);
    if (!piece) {
      offered = await answer.message.reply(ctx.t("report-piece-unusable"), { reply_markup: done });
      continue;
    }
    pieces.push(piece);
    if (pieces.length < MAX_PIECES) offered = await answer.message.reply(ctx.t("report-piece-thanks"), { reply_markup: done });
  }
  return pieces;
}

function pieceOf(message: Message): ReportPiece | undefined {
  if (message.text) return { kind: "text", text: message.text.slice(0, MAX_NOTE_CHARS) };
  const caption = message.caption ? { text: message.caption.slice(0, MAX_NOTE_CHARS) } : {};
  if (message.photo) return { kind: "photo", fileId: message.photo.at(-1)!.file_id, ...caption };
  if (message.voice) return { kind: "voice", fileId: message.voice.file_id, ...caption };
  return undefined;
}
