import { Composer } from "grammy";
import { letterCheck } from "#src/bot/callback-data/letters.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { handled } from "#src/bot/filters/team-access.js";
import { actorOf, refusal } from "#src/bot/features/staff/replies.js";
import { renderLetterPost } from "./views.js";

/** Staff confirm (✅) or reject (❌) each fact read from a letter, on the post under its request. */
export const letterChecksFeature = new Composer<BotContext>();
const staff = staffOnly(letterChecksFeature);

staff.callbackQuery(letterCheck.filter(), async (ctx) => {
  const { letterId, index, verdict } = letterCheck.unpack(ctx.callbackQuery.data);
  const { services, italian } = ctx.deps;
  const letter = services.letters.get(letterId);
  // Only the request's own team, in its own group; a letter erased since (retention, /forget) has nothing to check.
  const request = letter?.requestId ? await handled(ctx, letter.requestId) : undefined;
  if (request === false) return;
  if (!letter || !request) return ctx.answerCallbackQuery({ text: refusal(italian, "not-found") });
  const result = services.letters.check(letterId, index, verdict, actorOf(ctx));
  if (!result.ok) return ctx.answerCallbackQuery({ text: italian("board-letter-gone") });
  const { html, keyboard } = renderLetterPost(italian, result.letter, services.letters.factsOf(result.letter), services.letters.pagesOf(result.letter).length);
  await ctx.answerCallbackQuery({
    text: italian(verdict === "right" ? "board-letter-confirmed" : "board-letter-rejected", { n: String(index + 1) }),
  });
  await ctx.editMessageText(html, { parse_mode: "HTML", ...(keyboard ? { reply_markup: keyboard } : {}) }).catch(() => undefined);
});
