import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { MAX_FILE_MB, tooLarge } from "../operator-board.js";
import { registerFlow } from "./menu.js";

/** The resident's side of the listening desk: filing a request, talking with staff, seeing status. */
export const requestFeature = new Composer<BotContext>();
const privateChat = requestFeature.chatType("private");

async function openDesk(ctx: BotContext) {
  const open = ctx.deps.services.requests.openFor(ctx.from!.id);
  if (open) return ctx.reply(ctx.t("req-already-open", { number: String(open.id) }));
  await ctx.conversation.enter("fileRequest");
}
registerFlow("desk", openDesk);

export async function listRequests(ctx: BotContext) {
  const mine = ctx.deps.services.requests.forResident(ctx.from!.id).slice(0, 10);
  if (!mine.length) return ctx.reply(ctx.t("my-requests-none"));
  const locale = await ctx.i18n.getLocale();
  const lines = mine.map((r) =>
    ctx.t("my-request-line", {
      number: String(r.id),
      category: ctx.t(`cat-${r.category}`),
      status: ctx.t(`status-${r.status}`),
      date: new Intl.DateTimeFormat(locale, { timeZone: ctx.deps.config.timezone, day: "numeric", month: "short" }).format(
        r.createdAt,
      ),
    }),
  );
  // Every line is the desk's own translated text: nothing of the resident's to escape.
  await ctx.reply([ctx.t("my-requests-title"), ...lines].join("\n"), { parse_mode: "HTML" });
}

/**
 * Outside any flow, what a resident sends goes to their open request; within a week of a close
 * it reopens that request; otherwise the menu answers.
 */
privateChat.on("message", async (ctx, next) => {
  if (ctx.message.text?.startsWith("/") || ctx.message.sticker) return next();
  if (tooLarge(ctx.message)) return ctx.reply(ctx.t("input-too-large", { max: MAX_FILE_MB }));
  const { requests } = ctx.deps.services;
  const open = requests.openFor(ctx.from.id);
  if (open) {
    // Not stored (the resident reached the storage limit): they were told once, nothing to confirm.
    if (!(await ctx.deps.board.relayIn(open, ctx.message))) return;
    return ctx.reply(ctx.t("relay-delivered"));
  }
  const recent = requests.recentlyClosedFor(ctx.from.id);
  if (!recent) return next();
  const result = requests.reopen(recent.id, { id: ctx.from.id, name: "residente" });
  if (!result.ok) return next();
  await ctx.deps.board.refresh(recent.id);
  await ctx.deps.board.say(result.request, "🔁 <b>Riaperta</b>: la persona ha scritto di nuovo.");
  await ctx.deps.board.relayIn(result.request, ctx.message);
  await ctx.reply(ctx.t("request-reopened", { number: String(recent.id) }));
});
