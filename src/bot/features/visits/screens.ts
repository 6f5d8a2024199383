import { InlineKeyboard } from "grammy";
import type { DayVisit, Visit, VisitCounts } from "#src/domain/visits/service.js";
import type { VisitNotice, VisitStaffNotice } from "#src/domain/visits/notices.js";
import type { WhoComes } from "#src/domain/staff-input/visits.js";
import { floorAndStair } from "#src/domain/staff-input/visits.js";
import { noWindowWorks, visitAgainAnswer, visitMap, visitOutcome, visitReminderAnswer, visitWindow, workerCalendar } from "#src/bot/callback-data/visits.js";
import { dateFormat, asTextsWrite, weekdayAndDay } from "#src/text/dates.js";
import { escapeHtml } from "#src/text/format.js";
import { italianLanguageName } from "#src/text/languages.js";
import type { Italian } from "#src/text/staff-text.js";

/**
 * How home visits read: to the resident in their language (proposals, reminders, questions), to staff in
 * Italian (the card's line, notices in the topic, the worker's day). Times are the desk's local times.
 */

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

// ---------------------------------------------------------------- dates

function format(locale: string, timezone: string, shape: "long" | "short" | "time" | "year" | "staff"): Intl.DateTimeFormat {
  const options: Record<typeof shape, Intl.DateTimeFormatOptions> = {
    long: { weekday: "long", day: "numeric", month: "long" },
    short: { weekday: "short", day: "numeric", month: locale === "ar" ? "numeric" : "short" },
    time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
    year: { year: "numeric" },
    staff: { weekday: "short", day: "numeric", month: "numeric" },
  };
  return dateFormat(`visit-${shape}`, locale, timezone, options[shape]);
}

const time = (at: Date, locale: string, timezone: string) => format(locale, timezone, "time").format(at);

/** "giovedì 3 dicembre", with the year when it is not this year's. */
function longDay(at: Date, locale: string, timezone: string, now: Date): string {
  const year = format(locale, timezone, "year");
  const day = weekdayAndDay(format(locale, timezone, "long"), at, locale);
  return year.format(at) === year.format(now) ? day : `${day} ${year.format(at)}`;
}

/** A window as a resident reads it in a message: "Thursday 3 December, 10:00–11:00". */
export function windowText(t: Translate, from: Date, to: Date, locale: string, timezone: string, now: Date): string {
  return t("visit-when", { date: longDay(from, locale, timezone, now), from: time(from, locale, timezone), to: time(to, locale, timezone) });
}

/** A window on a button: "Thu 3 Dec 10:00–11:00" (the date's comma saves its room). */
export function windowLabel(from: Date, to: Date, locale: string, timezone: string): string {
  const day = asTextsWrite(format(locale, timezone, "short").format(from), locale).replace(/[,،]\s*/u, " ");
  return `${day} ${time(from, locale, timezone)}–${time(to, locale, timezone)}`;
}

/** A window as staff read it: "gio 3/12 10:00–11:00". */
export function staffWindow(from: Date, to: Date, timezone: string): string {
  return `${format("it", timezone, "staff").format(from)} ${time(from, "it", timezone)}–${time(to, "it", timezone)}`;
}

// ---------------------------------------------------------------- the resident's side

export function whoText(t: Translate, who: WhoComes): string {
  return "role" in who ? t(`visit-who-${who.role}`) : t("visit-who-name", { name: who.name });
}

/** The proposal's buttons: one per window still open, then "none of these works". */
export function proposalKeyboard(t: Translate, visitId: number, windows: Array<{ position: number; from: Date; to: Date }>, locale: string, timezone: string): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const w of windows) kb.text(windowLabel(w.from, w.to, locale, timezone), visitWindow.pack({ visitId, position: w.position })).row();
  return kb.text(t("visit-none"), noWindowWorks.pack({ visitId }));
}

/** A queued notice about a visit, worded in the resident's language when it is sent. */
/** A visit notice's key and plain variables (a WhatsApp template's parameters). */
export function visitNoticeVars(t: Translate, notice: VisitNotice, locale: string, timezone: string, now: Date): { key: string; vars: Record<string, string> } {
  const from = notice.from ? new Date(notice.from) : undefined;
  const to = notice.to ? new Date(notice.to) : undefined;
  return {
    key: `visit-${notice.notice}`,
    vars: {
      when: from && to ? windowText(t, from, to, locale, timezone, now) : "",
      time: from ? time(from, locale, timezone) : "",
      who: whoText(t, notice.who),
      number: String(notice.requestId),
    },
  };
}

export function renderVisitNotice(t: Translate, notice: VisitNotice, locale: string, timezone: string, now: Date): { text: string; reply_markup?: InlineKeyboard } {
  // Who comes may be a name staff typed: sent as HTML, it is escaped.
  const who = escapeHtml(whoText(t, notice.who));
  const from = notice.from ? new Date(notice.from) : undefined;
  const to = notice.to ? new Date(notice.to) : undefined;
  const when = from && to ? windowText(t, from, to, locale, timezone, now) : "";
  switch (notice.notice) {
    case "proposal": {
      const windows = (notice.windows ?? []).map((w) => ({ position: w.position, from: new Date(w.from), to: new Date(w.to) }));
      return {
        text: t("visit-proposal", { number: String(notice.requestId), who }),
        reply_markup: proposalKeyboard(t, notice.visitId, windows, locale, timezone),
      };
    }
    case "reminder-day":
    case "reminder-hour":
      return {
        text: t(`visit-${notice.notice}`, { when, time: from ? time(from, locale, timezone) : "", who }),
        reply_markup: new InlineKeyboard()
          .text(t("visit-ok"), visitReminderAnswer.pack({ answer: "ok", visitId: notice.visitId }))
          .text(t("visit-cant"), visitReminderAnswer.pack({ answer: "cant", visitId: notice.visitId })),
      };
    case "not-home":
      return {
        text: t("visit-not-home", { when, who }),
        reply_markup: new InlineKeyboard()
          .text(t("visit-again-yes"), visitAgainAnswer.pack({ answer: "yes", visitId: notice.visitId }))
          .row()
          .text(t("visit-again-no"), visitAgainAnswer.pack({ answer: "no", visitId: notice.visitId })),
      };
    case "moved":
      return { text: t("visit-moved", { when, who }) };
    case "called-off":
    case "proposal-called-off":
      return { text: t(`visit-${notice.notice}`, { when, number: String(notice.requestId) }) };
  }
}

// ---------------------------------------------------------------- staff's side

/** The worker named so that Telegram notifies them in the group. */
export function mention(id: number, name: string): string {
  return `<a href="tg://user?id=${id}">${escapeHtml(name)}</a>`;
}

/** "Marco (l'infermiere di quartiere)", or the name alone when that is who comes; `worker` is the name already drawn. */
function staffWho(visit: Pick<Visit, "who" | "workerName">, worker = escapeHtml(visit.workerName)): string {
  return visit.who === visit.workerName.split(" ")[0] || visit.who === visit.workerName ? worker : `${worker} (${escapeHtml(visit.who)})`;
}

/**
 * How staff read a visit's number: "V3", never "#3", which is how requests are numbered ("Visita #3" inside
 * request #4 read as another request).
 */
export function visitRef(id: number): string {
  return `V${id}`;
}

/** A notice in the request's topic, drawn when the outbox posts it. */
export function renderStaffVisitNotice(italian: Italian, notice: VisitStaffNotice, timezone: string): string {
  const when = notice.from && notice.to ? staffWindow(new Date(notice.from), new Date(notice.to), timezone) : "";
  const windows = (notice.windows ?? []).map((w, i) => `${i + 1}) ${staffWindow(new Date(w.from), new Date(w.to), timezone)}`).join(" · ");
  return italian(`visit-staff-${notice.event}`, {
    visit: visitRef(notice.visitId),
    worker: mention(notice.workerId, notice.workerName),
    who: staffWho({ who: notice.who, workerName: notice.workerName }, mention(notice.workerId, notice.workerName)),
    actor: notice.by ? escapeHtml(notice.by) : mention(notice.workerId, notice.workerName),
    when,
    windows,
  });
}

/** The line on a request's card that says where its home visit stands. */
export function visitCardLine(italian: Italian, visit: Visit | undefined, windows: () => Array<{ startsAt: Date; endsAt: Date }>, timezone: string): string {
  if (!visit) return "";
  const when = visit.startsAt && visit.endsAt ? staffWindow(visit.startsAt, visit.endsAt, timezone) : "";
  const vars = { visit: visitRef(visit.id), when, who: staffWho(visit), worker: escapeHtml(visit.workerName), again: visit.again ?? "none" };
  if (visit.status === "proposed") {
    return italian("visit-card-proposed", { ...vars, windows: windows().map((w) => staffWindow(w.startsAt, w.endsAt, timezone)).join(" · ") });
  }
  return italian(`visit-card-${visit.status}`, vars);
}

const MAP_TOWN = "Alessandria";

/** A maps search for an address without coordinates; the desk's town is added when the address does not say it. */
export function mapsLink(address: string): string {
  const query = new RegExp(MAP_TOWN, "i").test(address) ? address : `${address}, ${MAP_TOWN}`;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

/** One visit of the worker's day: where, who, how to reach them, and its buttons while it is to be done. */
export function dayEntry(italian: Italian, entry: DayVisit, timezone: string): { text: string; keyboard?: InlineKeyboard } {
  const { visit, request } = entry;
  const floor = floorAndStair(visit.address, visit.notes);
  const lines = [
    italian("visit-entry-head", { from: time(visit.startsAt!, "it", timezone), to: time(visit.endsAt!, "it", timezone), visit: visitRef(visit.id), number: String(request.id) }),
    italian("visit-entry-person", { name: escapeHtml(entry.residentName ?? italian("anonymised-person")), language: italianLanguageName(entry.language) }),
    visit.address
      ? italian("visit-entry-address", { address: escapeHtml(visit.address) })
      : visit.latitude !== null
        ? italian("visit-entry-position")
        : italian("visit-entry-no-address"),
    floor ? italian("visit-entry-floor", { floor: escapeHtml(floor) }) : "",
    entry.phone ? italian("visit-entry-phone", { phone: escapeHtml(entry.phone) }) : "",
    italian("visit-entry-worker", { who: staffWho(visit) }),
    visit.notes ? italian("visit-entry-notes", { notes: escapeHtml(visit.notes) }) : "",
    italian("visit-entry-status", { status: visit.status }),
  ].filter(Boolean);
  if (visit.status !== "confirmed") return { text: lines.join("\n") };
  const keyboard = new InlineKeyboard();
  if (visit.latitude !== null && visit.longitude !== null) keyboard.text(italian("visit-button-map"), visitMap.pack({ visitId: visit.id }));
  else if (visit.address) keyboard.url(italian("visit-button-map"), mapsLink(visit.address));
  keyboard
    .text(italian("visit-button-calendar"), workerCalendar.pack({ visitId: visit.id }))
    .row()
    .text(italian("visit-button-done"), visitOutcome.pack({ outcome: "done", visitId: visit.id }))
    .text(italian("visit-button-not-home"), visitOutcome.pack({ outcome: "not-home", visitId: visit.id }))
    .row()
    .text(italian("visit-button-rescheduled"), visitOutcome.pack({ outcome: "rescheduled", visitId: visit.id }));
  return { text: lines.join("\n"), keyboard };
}

/** "🏠 Visite a domicilio: 5 pianificate · 3 fatte · 1 non in casa · 1 spostate o annullate", and per team when there are several. */
export function visitStatsLines(italian: Italian, counts: VisitCounts[]): string[] {
  const sum = (rows: VisitCounts[]) =>
    rows.reduce((a, r) => ({ planned: a.planned + r.planned, done: a.done + r.done, notHome: a.notHome + r.notHome, moved: a.moved + r.movedOrCancelled }), {
      planned: 0,
      done: 0,
      notHome: 0,
      moved: 0,
    });
  const teams = [...new Set(counts.map((c) => c.team))];
  const lines = [italian("visit-stats-line", sum(counts))];
  if (teams.length > 1) {
    for (const team of teams) lines.push(italian("visit-stats-team", { team: escapeHtml(team ?? italian("visit-team-default")), ...sum(counts.filter((c) => c.team === team)) }));
  }
  return lines;
}
