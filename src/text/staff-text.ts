import type { I18n } from "@grammyjs/i18n";
import { stripIsolation } from "./format.js";

/**
 * Staff read Italian wherever they are (the operator group, a team's group, a private chat with
 * the bot), so their sentences live in locales/it/staff/*.ftl and are never negotiated. Fluent's
 * bidi isolation marks are removed: staff copy ids and numbers from these texts into commands.
 */
export type Italian = (key: string, vars?: Record<string, string | number>) => string;

/**
 * A sentence in a language chosen by the caller (i18n.t without an update's context), for code that
 * renders outside a handler: the operator board, the outbox. Fluent's isolation marks are kept.
 */
export type Translate = (locale: string, key: string, vars?: Record<string, string | number>) => string;

export function italianFrom(i18n: I18n<any>): Italian {
  return (key, vars) => stripIsolation(i18n.t("it", key, vars));
}
