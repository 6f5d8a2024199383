import { LOCALES, type Locale } from "#src/domain/policy.js";

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

const ITALIAN_NAMES = new Intl.DisplayNames("it", { type: "language" });

/** A language as staff read it, by its Italian name ("arabo"); the code itself when Intl has no name for it. */
export function italianLanguageName(code: string): string {
  return ITALIAN_NAMES.of(code) ?? code;
}
