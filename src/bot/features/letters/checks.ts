import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { letterCheck, letterCorrect } from "#src/bot/callback-data/letters.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { handled } from "#src/bot/filters/team-access.js";
import { actorOf, refusal } from "#src/bot/features/staff/replies.js";
import { correctable } from "#src/domain/letters/corrections.js";
import { renderLetterPost } from "./views.js";

/** Staff confirm (✅), reject (❌) or correct (✏️, typing the right value) each fact read from a letter, on its post. */
export const letterChecksFeature = new Feature<BotContext>();
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

// ✏️: a short form asks this staff member, in this topic, for the right value (see correct-fact.ts).
staff.callbackQuery(letterCorrect.filter(), async (ctx) => {
  const { letterId, index } = letterCorrect.unpack(ctx.callbackQuery.data);
  const { services, italian } = ctx.deps;
  const letter = services.letters.get(letterId);
  const request = letter?.requestId ? await handled(ctx, letter.requestId) : undefined;
  if (request === false) return;
  if (!letter || !request) return ctx.answerCallbackQuery({ text: refusal(italian, "not-found") });
  const fact = services.letters.factsOf(letter)[index];
  if (!fact || !correctable(fact.kind)) return ctx.answerCallbackQuery({ text: italian("board-letter-gone") });
  // Another form of theirs in progress (a new session, an announcement) is not thrown away by a press.
  const active = ctx.conversation.active();
  const others = Object.keys(active).filter((name) => name !== "correctLetterFact");
  if (others.length) return ctx.answerCallbackQuery({ text: italian("board-letter-correct-busy"), show_alert: true });
  await ctx.answerCallbackQuery();
  // Pressing ✏️ on another fact starts again for that one.
  await ctx.conversation.exit("correctLetterFact");
  await ctx.conversation.enter("correctLetterFact", letterId, index);
});
