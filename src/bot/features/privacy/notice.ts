import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";
import type { BotContext } from "#src/bot/context.js";
import { escapeMarkup } from "#src/text/format.js";

/** Meta's local-storage regions inside the European Union (its list also has CH and GB, which are not). */
const EU_STORAGE_REGIONS = new Set(["DE"]);

/**
 * What WhatsApp adds to the notice: Meta, the channel's processor, and where it keeps messages — in the EU only when
 * the number has local storage in an EU region (Meta offers Germany, DE; README "EU data at rest").
 */
export function whatsappPrivacyNote(ctx: BotContext): string {
  const eu = EU_STORAGE_REGIONS.has(ctx.deps.config.whatsapp?.localStorage ?? "") ? "yes" : "no";
  return ctx.t("wa-privacy-note", { eu });
}

/**
 * The privacy notice (or /privacy's details) as the resident reads it: while a translation or transcription
 * engine is on, with where their words go (the notice's version is one higher then, so everyone accepts it
 * again: see Config.privacyNoticeVersion).
 */
export function privacyText(ctx: BotContext, key: "privacy-notice" | "privacy-details", vars?: Record<string, string | number>): string {
  const base = ctx.t(key, vars);
  const withChannel = isWhatsAppChat(ctx.chat?.id) ? `${base}\n\n${whatsappPrivacyNote(ctx)}` : base;
  // Voice notes are made on the desk's own machine: the notice names the feature, no third party.
  const text = ctx.deps.voice?.speaking ? `${withChannel}\n${ctx.t("privacy-voice")}` : withChannel;
  const engines = ctx.deps.config.engines;
  if (engines.translation.engine === "off" && !engines.transcription.url) return text;
  const where = engines.selfHosted
    ? ctx.t("privacy-engines-local")
    : ctx.t("privacy-engines-remote", { service: escapeMarkup(engines.privacyNote ?? "") });
  return `${text}\n${where}`;
}
