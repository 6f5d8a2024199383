import { I18n } from "@grammyjs/i18n";
import type { MiddlewareFn } from "grammy";
import { fromRoot } from "#src/paths.js";
import type { BotContext } from "./context.js";
import { unwrapNumbers } from "#src/text/format.js";
import { isLocale, supportedLocale } from "#src/text/languages.js";

// Kept importable from here; they live apart so that code rendering without a context (the board) avoids this module.
export { stripIsolation, unwrapNumbers } from "#src/text/format.js";
export { isLocale, LANGUAGE_NAMES, supportedLocale } from "#src/text/languages.js";

export const LOCALES_DIR = fromRoot("locales");

export function createI18n(residentLanguage: (id: number) => string | null | undefined) {
  const i18n = new I18n<BotContext>({
    defaultLocale: "it",
    directory: LOCALES_DIR,
    // Staff read Italian; a resident reads their stored choice, else Telegram's language, else Italian.
    localeNegotiator: (ctx) => {
      if (ctx.chat && ctx.chat.type !== "private") return "it";
      const id = ctx.from?.id;
      const stored = id !== undefined ? residentLanguage(id) : undefined;
      return (isLocale(stored ?? undefined) ? stored : undefined) ?? supportedLocale(ctx.from?.language_code) ?? "it";
    },
    fluentBundleOptions: { useIsolating: true },
  });
  memoiseBundleMatching(i18n);
  return i18n;
}

/**
 * The plugin negotiates languages on every single translation; the bundles never change after
 * loading, so the match for a locale is computed once (it was a tenth of a busy desk's CPU).
 */
function memoiseBundleMatching(i18n: I18n<BotContext>) {
  const fluent = i18n.fluent as unknown as { matchBundles: (locales: string[]) => unknown[] };
  const match = fluent.matchBundles.bind(fluent);
  const cache = new Map<string, unknown[]>();
  fluent.matchBundles = (locales: string[]) => {
    const key = locales.join(",");
    let bundles = cache.get(key);
    if (!bundles) {
      bundles = match(locales);
      cache.set(key, bundles);
    }
    return bundles;
  };
}

export function plainNumbers(): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const translate = ctx.t;
    ctx.t = ((key: string, vars?: Record<string, unknown>) => unwrapNumbers(translate(key, vars as never))) as typeof ctx.t;
    ctx.translate = ctx.t;
    return next();
  };
}

/** Whether a language (or Italian, its fallback) has a text: optional texts, such as a desk's directions, may be missing. */
export function hasText(i18n: { fluent: unknown }, locale: string, key: string): boolean {
  const fluent = i18n.fluent as { matchBundles: (locales: string[]) => Iterable<{ hasMessage(id: string): boolean }> };
  return [...fluent.matchBundles([locale])].some((bundle) => bundle.hasMessage(key));
}
