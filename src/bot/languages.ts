import { LOCALES, type Locale } from "../config.js";

/** Each language named in itself, so a person finds theirs without reading any other. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  it: "Italiano",
  en: "English",
  fr: "Français",
  es: "Español",
  ro: "Română",
  sq: "Shqip",
  ar: "العربية",
  uk: "Українська",
  zh: "中文",
};

export function isLocale(code: string | undefined): code is Locale {
  return code !== undefined && (LOCALES as readonly string[]).includes(code);
}

/** Telegram's language_code ("ar", "pt-BR", "zh-hans") reduced to one of ours, if we speak it. */
export function supportedLocale(languageCode: string | undefined): Locale | undefined {
  const base = languageCode?.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : undefined;
}
