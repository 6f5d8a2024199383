import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { MessageEntity } from "grammy/types";
import { LOCALES } from "#src/domain/policy.js";
import { listenOnce, voiceChoice } from "#src/bot/callback-data/voice.js";
import type { BotContext } from "#src/bot/context.js";
import { staffOnly } from "#src/bot/filters/is-staff.js";
import { inStaffChat } from "#src/bot/filters/in-operator-group.js";
import { escapeHtml, TELEGRAM_TEXT_LIMIT } from "#src/text/format.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { isOggOpus, recordingPrompt, type RecordingTarget } from "./recordings.js";

/**
 * Voice both ways, the resident's side: "🔊 I prefer voice messages" at first contact, "🔊 Listen" in the menu (and
 * "🔇" to stop), "🔊" under a message to hear it once. The staff's side: /registra and /registrazioni, and a voice
 * note in reply to the bot's recording prompt, which stores a mediator's recording of one fixed text.
 */
export const voiceFeature = new Feature<BotContext>();
const privateChat = voiceFeature.chatType("private");

/** The menu's entry: on when off, off when on (see views/menu.ts). */
export async function toggleVoice(ctx: BotContext) {
  const { voice } = ctx.deps.services;
  const listens = !voice.listens(ctx.from!.id);
  voice.choose(ctx.from!.id, listens);
  // Sent after the choice is stored: turning voice on, this very message is the first one read aloud.
  await ctx.reply(ctx.t(listens ? "voice-on" : "voice-off"), { reply_markup: backToMenu(ctx) });
}

privateChat.callbackQuery(voiceChoice.filter(), async (ctx) => {
  ctx.deps.services.residents.firstContact(ctx.from.id);
  ctx.deps.services.voice.choose(ctx.from.id, true);
  await ctx.answerCallbackQuery({ text: ctx.t("voice-synthetic") });
  // The notice under which it was pressed is read aloud now; "I agree" stays, the choice is made.
  const message = ctx.callbackQuery.message;
  const kept = (message && "reply_markup" in message ? (message.reply_markup?.inline_keyboard ?? []) : [])
    .map((row) => row.filter((b) => !("callback_data" in b) || !voiceChoice.is(b.callback_data)))
    .filter((row) => row.length > 0);
  await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: kept } }).catch(() => undefined);
  const text = message && "text" in message ? message.text : undefined;
  if (text) void ctx.deps.voice?.follow(ctx.from.id, escapeHtml(text));
});

privateChat.callbackQuery(listenOnce.filter(), async (ctx) => {
  const message = ctx.callbackQuery.message;
  // Telegram sends an old message back without its text (date 0): nothing to read.
  // A photo or a document (a staff answer with a picture) is read by its caption.
  const text =
    message && message.date !== 0
      ? "text" in message && message.text !== undefined
        ? withoutQuotes(message.text, message.entities)
        : "caption" in message
          ? withoutQuotes(message.caption, message.caption_entities)
          : undefined
      : undefined;
  // Hours later the desk still has the words of what it sent with 🔊 (until a restart).
  // A letter's facts are said as sentences (not its Italian quotes and codes): the words kept when it was sent.
  const instead = message ? ctx.deps.voice?.spokenOf(message.chat.id, message.message_id) : undefined;
  const html = instead ?? (text !== undefined ? escapeHtml(text) : message ? ctx.deps.voice?.listening.wordsOf(message.chat.id, message.message_id) : undefined);
  if (!html || !ctx.deps.voice?.speaking) return ctx.answerCallbackQuery({ text: ctx.t(html ? "voice-unavailable" : "voice-too-old") });
  await ctx.answerCallbackQuery();
  ctx.deps.voice.follow(ctx.from.id, html);
});

/**
 * The words to read out of a message as Telegram returns it: a folded quote (the Italian original under a translated
 * staff answer) is left out, as spokenText() leaves it out of the desk's HTML.
 */
function withoutQuotes(text: string | undefined, entities: MessageEntity[] | undefined): string | undefined {
  if (!text) return text;
  const quotes = (entities ?? []).filter((e) => e.type === "blockquote" || e.type === "expandable_blockquote").sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const q of quotes) out = out.slice(0, q.offset) + out.slice(q.offset + q.length);
  return out.trim() || undefined;
}

const staff = staffOnly(voiceFeature);

staff.command("registra", async (ctx) => {
  const [locale = "", key = ""] = ctx.match.trim().split(/\s+/);
  const locales = LOCALES.join(", ");
  if (!locale || !key) return ctx.reply(ctx.deps.italian("voice-record-usage", { locales }), { parse_mode: "HTML" });
  const target = { locale, key };
  const prompt = recordingPrompt(ctx, target);
  if (!prompt) return ctx.reply(ctx.deps.italian("voice-record-unknown", { locale: escapeHtml(locale), key: escapeHtml(key) }), { parse_mode: "HTML" });
  // Replying to a voice note with the command records that note; otherwise the bot asks for one.
  const voice = ctx.message?.reply_to_message?.voice;
  if (voice) return saveRecording(ctx, target, voice.file_id, voice.duration);
  await ctx.reply(prompt, { parse_mode: "HTML", reply_markup: { force_reply: true, selective: true } });
});

staff.command("registrazioni", async (ctx) => {
  const { voice } = ctx.deps.services;
  const fixed = ctx.deps.voice?.fixed;
  if (!fixed) return;
  const wanted = ctx.match.trim();
  const italian = ctx.deps.italian;
  if (!wanted || !LOCALES.includes(wanted as never)) {
    const lines = voice
      .coverage(fixed, LOCALES)
      .map((c) => italian("voice-coverage-line", { locale: c.locale, recorded: c.recorded.length, missing: c.missing.length }));
    return ctx.reply([italian("voice-coverage-title"), ...lines, italian("voice-coverage-hint")].join("\n"), { parse_mode: "HTML" });
  }
  const [coverage] = voice.coverage(fixed, [wanted]);
  const missing = coverage?.missing ?? [];
  if (!missing.length) return ctx.reply(italian("voice-missing-none", { locale: wanted }));
  // One line a key, in as few messages as Telegram's length allows.
  let chunk = italian("voice-missing-title", { locale: wanted, count: missing.length });
  for (const key of missing) {
    const line = `\n<code>${escapeHtml(key)}</code> — ${escapeHtml((fixed.text(wanted, key) ?? "").slice(0, 80))}`;
    if (chunk.length + line.length > TELEGRAM_TEXT_LIMIT - 100) {
      await ctx.reply(chunk, { parse_mode: "HTML" });
      chunk = "";
    }
    chunk += line;
  }
  if (chunk) await ctx.reply(chunk, { parse_mode: "HTML" });
});

// A voice note in reply to the bot's recording prompt, in a staff chat: the mediator's recording of that text.
voiceFeature.filter(inStaffChat).on("message:voice", async (ctx, next) => {
  const prompt = ctx.message.reply_to_message;
  const target = prompt?.from?.id === ctx.me.id ? targetOf(prompt.text) : undefined;
  if (!target) return next();
  if (!(await ctx.deps.staff.isStaff(ctx.from.id))) return next();
  await saveRecording(ctx, target, ctx.message.voice.file_id, ctx.message.voice.duration);
});

/** The key and language a prompt names in its first line ("🎙 Registrazione · ar · menu-title"). */
function targetOf(text: string | undefined): RecordingTarget | undefined {
  const match = text?.split("\n")[0]?.match(/· ([a-z]{2}) · ([a-z0-9-]+)$/);
  return match ? { locale: match[1]!, key: match[2]! } : undefined;
}

async function saveRecording(ctx: BotContext, target: RecordingTarget, fileId: string, seconds: number) {
  const italian = ctx.deps.italian;
  if (!recordingPrompt(ctx, target)) return;
  const audio = await ctx.deps.voice!.download(fileId);
  if (!isOggOpus(audio)) return ctx.reply(italian("voice-record-not-ogg"));
  ctx.deps.services.voice.record(target.key, target.locale, { audio, seconds }, ctx.from!.id);
  await ctx.reply(italian("voice-record-saved", { key: escapeHtml(target.key), locale: target.locale, seconds }), {
    parse_mode: "HTML",
  });
}
