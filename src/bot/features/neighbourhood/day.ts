const formats = new Map<string, Intl.DateTimeFormat>();

/** "25 November", "25 листопада", "11月25日": the day a report was made or passed on, in the resident's language. */
export function dayAndMonth(date: Date, locale: string, timezone: string): string {
  const key = `${locale}|${timezone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { timeZone: timezone, day: "numeric", month: "long" });
    formats.set(key, format);
  }
  return format.format(date);
}
