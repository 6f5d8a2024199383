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
  // Staff read Italian; a resident reads their stored choice, else Telegram's language, else Italian.
  const negotiate = (ctx: BotContext): string => {
    if (ctx.chat && ctx.chat.type !== "private") return "it";
    const id = ctx.from?.id;
    const stored = id !== undefined ? residentLanguage(id) : undefined;
    return (isLocale(stored ?? undefined) ? stored : undefined) ?? supportedLocale(ctx.from?.language_code) ?? "it";
  };
  const i18n = new I18n<BotContext>({
    defaultLocale: "it",
    directory: LOCALES_DIR,
    localeNegotiator: negotiate,
    fluentBundleOptions: { useIsolating: true },
  });
  memoiseBundleMatching(i18n);
  const middleware = contextTranslation(i18n, negotiate);
  i18n.middleware = () => middleware;
  return i18n;
}

/**
 * What the plugin's middleware gives a context — `ctx.t`, `ctx.translate` and `ctx.i18n`, with the same meaning — made
 * once per context in one step, numbers left plain (see unwrapNumbers). The plugin's own builds six closures and waits
 * twice (its negotiator may be async; the desk's is not) for every update and for every wait a flow replays: a few
 * per cent of the desk's CPU with what its garbage costs (bench/, a heap profile of the flow).
 */
function contextTranslation(i18n: I18n<BotContext>, negotiate: (ctx: BotContext) => string): MiddlewareFn<BotContext> {
  const fluent = i18n.fluent;
  return (ctx, next) => {
    let locale = negotiate(ctx);
    // Fluent's formatting with the locale in use now (useLocale and renegotiateLocale change it for this update).
    const t = ((key: string, vars?: Record<string, unknown>) => unwrapNumbers(fluent.translate(locale, key, vars as never))) as BotContext["t"];
    ctx.i18n = {
      fluent,
      useLocale: (chosen: string) => {
        locale = chosen;
      },
      renegotiateLocale: async () => {
        locale = negotiate(ctx);
      },
      // As the plugin does: the language negotiated now (a choice stored meanwhile counts), not the one in use.
      getLocale: async () => negotiate(ctx),
      setLocale: async () => {
        throw new Error("ctx.i18n.setLocale needs sessions, which the desk does not use: store the language, then renegotiateLocale()");
      },
    };
    ctx.t = t;
    ctx.translate = t;
    return next();
  };
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

/** Whether a language (or Italian, its fallback) has a text: optional texts, such as a desk's directions, may be missing. */
export function hasText(i18n: { fluent: unknown }, locale: string, key: string): boolean {
  const fluent = i18n.fluent as { matchBundles: (locales: string[]) => Iterable<{ hasMessage(id: string): boolean }> };
  return [...fluent.matchBundles([locale])].some((bundle) => bundle.hasMessage(key));
}
