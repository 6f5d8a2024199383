/**
 * Every date the desk writes, through Intl formatters built once and kept: building one costs far
 * more than using it, and a roster, an export or a history page formats hundreds of dates.
 */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The formatter kept under `key`, built from `options()` the first time (the options are not even assembled again). */
function cached(key: string, locale: string, options: () => Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options());
    FORMATS.set(key, format);
  }
  return format;
}

// ---------------------------------------------------------------- staff (Italian, the desk's zone)

/** "25/11/26, 10:00": when a request was opened, on its card. */
export function staffDateTime(date: Date, timezone: string): string {
  return cached(`staff-datetime|${timezone}`, "it-IT", () => ({ timeZone: timezone, dateStyle: "short", timeStyle: "short" })).format(date);
}

/** "25/11/26, 10:00:07": when an action was taken, on a request's audit trail. */
export function staffDateTimeSeconds(date: Date, timezone: string): string {
  return cached(`staff-datetime-seconds|${timezone}`, "it-IT", () => ({ timeZone: timezone, dateStyle: "short", timeStyle: "medium" })).format(date);
}

/** "09:30". */
export function staffTime(date: Date, timezone: string): string {
  return cached(`staff-time|${timezone}`, "it-IT", () => ({ timeZone: timezone, hour: "2-digit", minute: "2-digit" })).format(date);
}

/** "mer 02/12, 17:30": when a session starts, on staff lists, rosters and /newsession's answer. */
export function staffSessionTime(date: Date, timezone: string): string {
  return cached(`staff-session|${timezone}`, "it-IT", () => ({
    timeZone: timezone,
    weekday: "short",
    day: "2-digit",
    month: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  })).format(date);
}

/** "mercoledì 25 novembre": the day a digest speaks of. */
export function staffDay(date: Date, timezone: string): string {
  return cached(`staff-day|${timezone}`, "it-IT", () => ({ timeZone: timezone, weekday: "long", day: "numeric", month: "long" })).format(date);
}

// ---------------------------------------------------------------- files (spreadsheets read them as dates)

/** "2026-11-25" (en-CA writes dates as ISO). */
export function isoDate(date: Date, timezone: string): string {
  return cached(`iso-date|${timezone}`, "en-CA", () => ({ timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" })).format(date);
}

/** "09:30", "00:15" (hourCycle h23 gives 00–23). */
export function clockTime(date: Date, timezone: string): string {
  return cached(`clock-time|${timezone}`, "en-GB", () => ({ timeZone: timezone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })).format(date);
}

// ---------------------------------------------------------------- residents (their language)

/**
 * Dates as a resident reads them, in their language and the desk's zone, always with a 24-hour clock (as
 * time is written in Italy, on the desk's posters and on bus timetables), and with the year only when it
 * is not this year's.
 * - long: "mercoledì 2 dicembre alle ore 17:00", "Wednesday 2 December at 17:00" (messages);
 * - short: "mer 2 dic 17:00", "Wed 2 Dec 17:00", "13/01/2027 09:00" (at most 17–20 wide: date buttons, where the
 *   seats left must fit after it in 32);
 * - day: "mer 9 dic", "Wed 9 Dec", "ср 9 груд.", "13/01/27" (a booking's cancel button, as the session list writes
 *   the day: "09/12" is 12 September to a reader used to month-first dates).
 */
export type WhenStyle = "long" | "short" | "day";

type Shape = WhenStyle | "time";

const STYLES: Record<Shape, Intl.DateTimeFormatOptions> = {
  long: { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  // The short form is this date, then the time: composed, so that no comma is spent between them.
  short: { weekday: "short", day: "numeric", month: "short" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  day: { weekday: "short", day: "numeric", month: "short" },
};

/**
 * Where a language's short month would not leave room for the seats on a button: Arabic weekday names have
 * no short form, and Romanian "21 de locuri" is long.
 */
const SHORT_OVERRIDES: Partial<Record<string, Intl.DateTimeFormatOptions>> = {
  ar: { month: "numeric" },
  ro: { month: "2-digit", day: "2-digit" },
};

/**
 * Where a language's day button reads wrong with two-digit numbers: zh "12/09周三" is read "September 12" by many;
 * "12月9日周三" is how a date is written in Chinese.
 */
const DAY_OVERRIDES: Partial<Record<string, Intl.DateTimeFormatOptions>> = {
  zh: { month: "short", day: "numeric" },
  // As the session list writes the day (SHORT_OVERRIDES): ar "9/12", ro "09.12".
  ar: { day: "numeric", month: "numeric" },
  ro: { day: "2-digit", month: "2-digit" },
};

/**
 * Where a request's day in /myrequests reads wrong abbreviated: uk "25 лист." is the month, but "лист" is also
 * the letter the desk reads for you; "25 листопада" is unambiguous.
 */
const SHORT_DAY_MONTH: Partial<Record<string, "short" | "long">> = { uk: "long" };

/**
 * A date as the texts write it. One apostrophe per language: Intl writes Ukrainian weekdays with U+02BC
 * ("пʼятниця"), the texts with U+0027 ("п'ятниця", "ім'я"); a reader should not see two. And Intl's short November,
 * uk "лист.", is also the word for the letter the desk reads for you: "листоп." cannot be taken for it.
 */
export function asTextsWrite(text: string, locale: string): string {
  return locale === "uk" ? text.replace(/\u02BC/g, "'").replace(/(\d) лист\./g, "$1 листоп.") : text;
}

/**
 * Another year's date: the long form adds the year; the button forms leave out the weekday to make room for it
 * ("13/01/2027 09:00", "13/01/27").
 */
const WITH_YEAR: Record<Shape, Intl.DateTimeFormatOptions> = {
  long: { year: "numeric" },
  short: { weekday: undefined, day: "2-digit", month: "2-digit", year: "numeric" },
  time: {},
  day: { weekday: undefined, year: "2-digit" },
};

/**
 * Another year's day on a button: in figures, where the month in words leaves no room ("13/01/27", not "13 gen 27"
 * or uk "13 січ. 27 р."); Chinese keeps its own "27年1月13日".
 */
const DAY_WITH_YEAR: Intl.DateTimeFormatOptions = { day: "2-digit", month: "2-digit" };
const DAY_WITH_YEAR_OVERRIDES: Partial<Record<string, Intl.DateTimeFormatOptions>> = { zh: {} };

/**
 * Where Intl's word between a long date and its time is not what a person says: sq "9 dhjetor në 17:00" reads
 * clipped, "9 dhjetor, në orën 17:00" is how a date and time are written in Albanian.
 */
const LONG_BEFORE_TIME: Partial<Record<string, string>> = { sq: ", në orën ", ar: "، الساعة ", es: " a las " };

/**
 * Where the comma Intl puts after a long weekday is not written: ar "الأربعاء 9 ديسمبر، الساعة 17:00" (the
 * visits, letters and closing notices say the hour so), not "الأربعاء، 9 ديسمبر في 17:00", a calque of "alle".
 */
const LONG_AFTER_WEEKDAY: Partial<Record<string, string>> = { ar: " ", es: " " };

/**
 * A weekday and a day in words as a sentence holds them (a visit's day, the day the desk opens again): es "lunes 7
 * de diciembre", ar "الاثنين 7 ديسمبر", without the comma Intl puts after the weekday.
 */
export function weekdayAndDay(format: Intl.DateTimeFormat, date: Date, locale: string): string {
  return asTextsWrite(longParts(format.formatToParts(date), locale), locale);
}

/** A long date's parts with a language's own words between the date and the time, and after the weekday. */
function longParts(parts: Intl.DateTimeFormatPart[], locale: string, hour: (value: string) => string = (v) => v): string {
  const beforeTime = LONG_BEFORE_TIME[locale];
  const afterWeekday = LONG_AFTER_WEEKDAY[locale];
  return parts
    .map((p, i) => {
      if (p.type === "hour") return hour(p.value);
      if (p.type !== "literal") return p.value;
      if (beforeTime && parts[i + 1]?.type === "hour") return beforeTime;
      if (afterWeekday && parts[i - 1]?.type === "weekday") return afterWeekday;
      return p.value;
    })
    .join("");
}

/** English as written in Europe: day before month, 24-hour clock. */
const INTL_LOCALES: Partial<Record<string, string>> = { en: "en-GB" };

/** The Intl locale a resident's language is written in ("en" → "en-GB"). */
export function intlLocale(locale: string): string {
  return INTL_LOCALES[locale] ?? locale;
}

/**
 * A formatter for a language and zone with the given options, made once: for the screens that need a shape of their
 * own (a visit's window, the week's hours), so that every date of the desk is formatted here.
 */
export function dateFormat(name: string, locale: string, timezone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`${name}|${locale}|${timezone}`, intlLocale(locale), () => ({ timeZone: timezone, ...options }));
}

function formatter(shape: Shape, locale: string, timezone: string, withYear: boolean): Intl.DateTimeFormat {
  // One per shape, language, zone and year.
  return cached(`${shape}|${locale}|${timezone}|${withYear ? "y" : ""}`, INTL_LOCALES[locale] ?? locale, () => ({
    timeZone: timezone,
    ...STYLES[shape],
    ...(shape === "short" ? SHORT_OVERRIDES[locale] : {}),
    ...(shape === "day" ? DAY_OVERRIDES[locale] : {}),
    ...(withYear ? WITH_YEAR[shape] : {}),
    ...(withYear && shape === "day" ? (DAY_WITH_YEAR_OVERRIDES[locale] ?? DAY_WITH_YEAR) : {}),
  }));
}

function yearIn(date: Date, timezone: string): string {
  return formatter("day", "en", timezone, true).formatToParts(date).find((p) => p.type === "year")?.value ?? "";
}

/** A button's date: the comma after the weekday ("mié, 2 dic", "الثلاثاء، 13/10") becomes a space, to save room. */
function buttonDate(shape: "short" | "day", date: Date, locale: string, timezone: string, withYear: boolean): string {
  const parts = formatter(shape, locale, timezone, withYear).formatToParts(date);
  return parts.map((p, i) => (p.type === "literal" && parts[i - 1]?.type === "weekday" && parts[i + 1] ? " " : p.value)).join("");
}

/**
 * A date in one of the resident styles; `now` (the desk's clock, never the machine's) decides whether the year
 * is worth showing.
 */
export function formatDate(style: WhenStyle, date: Date, locale: string, timezone: string, now: Date): string {
  return asTextsWrite(residentDate(style, date, locale, timezone, now), locale);
}

function residentDate(style: WhenStyle, date: Date, locale: string, timezone: string, now: Date): string {
  const withYear = yearIn(date, timezone) !== yearIn(now, timezone);
  if (style === "long") {
    const long = formatter(style, locale, timezone, withYear);
    return longParts(long.formatToParts(date), locale);
  }
  const day = buttonDate(style, date, locale, timezone, withYear);
  return style === "day" ? day : `${day} ${formatter("time", locale, timezone, false).format(date)}`;
}

/** The long form, for messages: "mercoledì 2 dicembre alle ore 17:00". */
export function formatWhen(date: Date, locale: string, timezone: string, now: Date): string {
  return formatDate("long", date, locale, timezone, now);
}

/** The short form, for buttons: "mer 2 dic 17:00". */
export function formatShortWhen(date: Date, locale: string, timezone: string, now: Date): string {
  return formatDate("short", date, locale, timezone, now);
}

/** "25 nov": the day a resident's request was opened, in /myrequests. */
export function shortDay(date: Date, locale: string, timezone: string): string {
  return cached(`short-day|${locale}|${timezone}`, INTL_LOCALES[locale] ?? locale, () => ({ timeZone: timezone, day: "numeric", month: SHORT_DAY_MONTH[locale] ?? "short" })).format(date);
}

/** "25 novembre 2026, 10:00": every date in a person's copy of their data (/mydata). */
export function longDateTime(date: Date, locale: string, timezone: string): string {
  const format = cached(`long-datetime|${locale}|${timezone}`, INTL_LOCALES[locale] ?? locale, () => ({ timeZone: timezone, dateStyle: "long", timeStyle: "short", hourCycle: "h23" }));
  // The hour as the opening hours write it: "9:00", not "09:00".
  return longParts(format.formatToParts(date), locale, (hour) => hour.replace(/^0(?=\d)/, ""));
}

/** "giovedì": a weekday by its ISO number (1 Monday … 7 Sunday), as staff read it. */
export function staffWeekday(isoWeekday: number): string {
  // 2 November 2026 was a Monday: the name is read off a day of that week, at noon UTC.
  return cached("staff-weekday", "it-IT", () => ({ timeZone: "UTC", weekday: "long" })).format(new Date(Date.UTC(2026, 10, 1 + isoWeekday, 12)));
}
