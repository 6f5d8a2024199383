import { Composer } from "grammy";
import { forgetAnswer } from "../callback-data/onboarding.js";
import { listenOnce, voiceChoice } from "../callback-data/voice.js";
import type { BotContext } from "../context.js";
import { pieceOf } from "../message-pieces.js";
import { showLanguagePicker, showPrivacyNotice } from "../views/onboarding.js";

/**
 * Nothing beyond chat id and language is stored before consent, so everything else waits
 * for the notice to be accepted (a new notice version asks again). Help and the privacy
 * commands (and /forget's answer) pass: a person may read and erase before agreeing.
 */
export const consentGate = new Composer<BotContext>();
consentGate.chatType("private").use(async (ctx, next) => {
  const resident = ctx.deps.services.residents.get(ctx.from.id);
  if (resident && !ctx.deps.services.residents.needsConsent(resident)) return next();
  if (ctx.hasCommand(["help", "privacy", "mydata", "forget"]) || forgetAnswer.is(ctx.callbackQuery?.data)) return next();
  // Choosing to hear the notice is not agreeing to anything: it passes, like the language.
  if (voiceChoice.is(ctx.callbackQuery?.data) || listenOnce.is(ctx.callbackQuery?.data)) return next();
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  ctx.deps.services.residents.firstContact(ctx.from.id);
  const message = ctx.message;
  if (message && !message.text?.startsWith("/") && !message.sticker) {
    const kind = pieceOf(message).kind;
    if (kind !== "other") ctx.deps.services.residents.holdMessage(ctx.from.id, { kind, messageId: message.message_id });
  }
  if (!resident?.language) return showLanguagePicker(ctx);
  await ctx.reply(ctx.t("privacy-needed"));
  return showPrivacyNotice(ctx);
});
