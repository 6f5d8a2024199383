import { DateTime } from "luxon";
import { dateFormat, intlLocale, asTextsWrite, weekdayAndDay } from "#src/text/dates.js";
import { capitalised, stripIsolation } from "#src/text/format.js";
import { andList } from "#src/text/lists.js";
import type { OpeningHours } from "#src/domain/opening-hours.js";
import type { ClosedNotice } from "#src/domain/service-levels.js";
import type { BaseContext } from "#src/bot/context.js";

/** Translates a key in the reader's language (ctx.t, or i18n.t bound to a locale). */
type Translate = (key: string, vars?: Record<string, string | number>) => string;


/** Between two ranges of one day: each script's own comma. */
const SEPARATOR: Partial<Record<string, string>> = { ar: "، ", zh: "，" };

/**
 * The weekly hours in the reader's language, days with the same hours on one line, times as written in Italy:
 * "Monday, Wednesday and Friday 9:00–12:00" / "Tuesday and Thursday 14:00–17:00". A range is the language's
 * `hours-range`: in Arabic "9:00–12:00" inside a right-to-left line shows the end first, so it says "من 9:00 إلى 12:00".
 */
export function weeklyHoursText(hours: OpeningHours, locale: string, t?: Translate): string {
  // Times are digits: their isolation marks matter only inside right-to-left text.
  const range = (from: string, to: string) => {
    if (!t) return `${from}–${to}`;
    const text = t("hours-range", { from, to });
    return locale === "ar" ? text : stripIsolation(text);
  };
  const groups = new Map<string, string[]>();
  for (const day of hours.describeWeek(intlLocale(locale))) {
    const times = day.intervals.map((i) => range(i.from, i.to)).join(SEPARATOR[locale] ?? ", ");
    groups.set(times, [...(groups.get(times) ?? []), asTextsWrite(day.name, locale)]);
  }
  return [...groups].map(([times, days]) => `${capitalised(andList(days, locale), locale)} ${times}`).join("\n");
}

/** A yearly closure "MM-DD" (or a one-off "YYYY-MM-DD") as the reader writes a day: "10 August", "10 agosto". */
function closureDay(text: string, locale: string): string {
  const [month, day] = text.slice(-5).split("-").map(Number) as [number, number];
  const year = text.length > 5 ? Number(text.slice(0, 4)) : 2024;
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  const withYear = text.length > 5;
  return dateFormat(withYear ? "day-month-year" : "day-month", locale, "UTC", { day: "numeric", month: "long", ...(withYear ? { year: "numeric" } : {}) }).format(date);
}

/** The hours, then the days the desk is closed: public holidays, the patron day, the configured closures. */
export function openingHoursText(t: Translate, hours: OpeningHours, locale: string): string {
  const lines = [weeklyHoursText(hours, locale, t)];
  const { spec } = hours;
  if (spec.patronDay) lines.push(t("hours-holidays-patron", { day: closureDay(spec.patronDay, locale) }));
  else if (spec.nationalHolidays) lines.push(t("hours-holidays"));
  for (const closure of spec.closures) {
    lines.push(t("hours-closure", { from: closureDay(closure.from, locale), to: closureDay(closure.to, locale) }));
  }
  return lines.join("\n");
}

/**
 * "The desk is closed now. We will read your message on Monday 30 November from 9:00." and, for urgent matters,
 * 112 and the municipal social emergency number when configured.
 */
export function closedNoticeText(t: Translate, notice: ClosedNotice, locale: string, timezone: string): string {
  const lines: string[] = [];
  if (notice.nextOpening) {
    const local = DateTime.fromJSDate(notice.nextOpening, { zone: timezone });
    const day = weekdayAndDay(dateFormat("weekday-day-month", locale, timezone, { weekday: "long", day: "numeric", month: "long" }), notice.nextOpening, locale);
    lines.push(t("closed-notice", { day, time: local.toFormat("H:mm") }));
  } else {
    lines.push(t("closed-notice-later"));
  }
  lines.push(notice.emergencyNumber ? t("closed-urgent-social", { number: notice.emergencyNumber }) : t("closed-urgent"));
  return lines.join("\n");
}

/**
 * Right after a resident is told their words were received: if the desk is closed and they have not been told
 * in this closed period, the text that says when it opens (else undefined). Nothing is held back meanwhile.
 */
export async function closedNoticeFor(ctx: BaseContext): Promise<string | undefined> {
  if (!ctx.from) return undefined;
  const notice = ctx.deps.services.serviceLevels.closedNotice(ctx.from.id);
  if (!notice) return undefined;
  const locale = await ctx.i18n.getLocale();
  return closedNoticeText((key, vars) => ctx.t(key, vars), notice, locale, ctx.deps.config.timezone);
}
