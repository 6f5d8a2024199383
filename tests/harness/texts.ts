import { createI18n } from "#src/bot/i18n.js";
import { stripIsolation } from "#src/text/format.js";

/** Placeables' values, as a locale text takes them. */
export type Vars = Record<string, string | number>;

// The texts are the locale files, the same for every desk a test builds: one reader serves every test file.
const i18n = createI18n(() => undefined);

/**
 * A resident text as the person reads it on screen (without Fluent's invisible isolation marks): what a test expects
 * the bot to say, or the label of a button to press. `t("es", "menu-desk")`.
 */
export function t(locale: string, key: string, vars?: Vars): string {
  return stripIsolation(i18n.t(locale, key, vars));
}

/** A staff text (locales/it/staff/), as staff read it. */
export function italian(key: string, vars?: Vars): string {
  return t("it", key, vars);
}
