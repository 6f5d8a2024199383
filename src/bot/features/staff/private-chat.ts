import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { BotContext } from "#src/bot/context.js";

/**
 * Staff who write to the bot in a private chat are staff, not residents: /start, /help or any text gets the staff's
 * guide in Italian (what works here and where to answer a resident), never the residents' language picker; and no
 * resident record is made for them, so they are not counted as new residents. Their staff commands go on to the
 * staff features. Someone who is already a resident (they accepted the notice) stays one.
 */
export const staffPrivateFeature = new Feature<BotContext>();

staffPrivateFeature.chatType("private").on("message", async (ctx, next) => {
  const text = ctx.message.text ?? "";
  // Staff commands (/queue, /request 12 …) are answered by the staff features.
  if (text.startsWith("/") && !/^\/(start|help|menu)(@\w+)?(\s|$)/.test(text)) return next();
  // A resident is never asked for a membership lookup once they have accepted the notice.
  if (ctx.deps.services.residents.get(ctx.from.id)?.consentAt) return next();
  if (!(await ctx.deps.staff.isStaff(ctx.from.id))) return next();
  const { italian, board } = ctx.deps;
  const translation = board.translating ? italian("desk-help-translation-on") : italian("desk-help-translation-off");
  await ctx.reply([italian("staff-private-guide"), translation].join("\n"), { parse_mode: "HTML" });
});
