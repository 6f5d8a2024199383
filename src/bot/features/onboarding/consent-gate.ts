import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { forgetAnswer, preferPerson } from "#src/bot/callback-data/onboarding.js";
import { listenOnce, voiceChoice } from "#src/bot/callback-data/voice.js";
import type { BotContext } from "#src/bot/context.js";
import { pieceOf } from "#src/bot/features/requests/message-pieces.js";
import { showLanguagePicker } from "./language-picker.js";
import { showPrivacyNotice } from "./steps.js";

/**
 * Nothing beyond chat id and language is stored before consent, so everything else waits
 * for the notice to be accepted (a new notice version asks again). Help and the privacy
 * commands (and /forget's answer) pass: a person may read and erase before agreeing.
 */
export const consentGate = new Feature<BotContext>();
consentGate.chatType("private").use(async (ctx, next) => {
  const resident = ctx.deps.services.residents.get(ctx.from.id);
  if (resident && !ctx.deps.services.residents.needsConsent(resident)) return next();
  if (ctx.hasCommand(["help", "privacy", "mydata", "forget"]) || forgetAnswer.is(ctx.callbackQuery?.data)) return next();
  // Choosing to hear the notice is not agreeing to anything: it passes, like the language.
  // Nor is asking to talk to a person instead.
  if (voiceChoice.is(ctx.callbackQuery?.data) || listenOnce.is(ctx.callbackQuery?.data) || preferPerson.is(ctx.callbackQuery?.data)) return next();
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  ctx.deps.services.residents.firstContact(ctx.from.id);
  const message = ctx.message;
  if (message && !message.text?.startsWith("/") && !message.sticker) {
    const kind = pieceOf(message).kind;
    // Every message before consent waits (kind and id only), to be one question once they agree.
    if (kind !== "other") ctx.deps.services.residents.holdMessage(ctx.from.id, { kind, messageId: message.message_id }, { append: true });
  }
  // A first message that is not a command is greeted, in the language the phone (or the words) suggest.
  if (!resident?.language) return showLanguagePicker(ctx, { greet: Boolean(message && !message.text?.startsWith("/")) });
  // The notice followed the language choice, so it is in the chat already: a reminder to answer it, not the notice
  // again (a new version of the notice, for someone who agreed to an older one, is shown).
  if (!resident.consentAt) return ctx.reply(ctx.t("privacy-needed"));
  return showPrivacyNotice(ctx);
});
