/**
 * Issue 16, the booking side: a calm chat that edits in place, stale buttons that say what is true now,
 * cancelling that asks first, a way on after every answer, a whole course in one tap, waiting-list offers
 * that do not lapse overnight, dates as each resident writes them, a command menu in the chosen language,
 * and a playground that tells a newcomer what to do.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { labelWidth } from "./harness/labels.js";
import { LOCALES } from "#src/domain/policy.js";
import { publishCommands, residentCommands } from "#src/bot/features/menu/publish-commands.js";
import { formatShortWhen, formatWhen } from "#src/text/dates.js";
import { createLogger } from "#src/logger.js";
import type { EmulatorEvent, StoredMessage } from "#src/playground/emulator.js";
import { minuteChores } from "#src/scheduler/jobs.js";
import { OPERATOR_CHAT_ID, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());

/** A text as the resident reads it (Fluent's isolation marks are invisible). */

const GIULIA = { id: 1, name: "Giulia" };

/** Staff create a course: `weeks` weekly lessons from a date (Rome time). */
function course(activityId: string, seats: number, weeks: number, date: { month: number; day: number; year?: number }, hour = 17) {
  const created = desk.deps.services.booking.createSessions(
    { activityId, date: { year: date.year ?? 2026, month: date.month, day: date.day }, time: { hour, minute: 0 }, minutes: 90, place: null, seats, weeks },
    GIULIA,
  );
  if (!Array.isArray(created)) throw new Error(created.error);
  return created;
}

const labels = (m: StoredMessage) => desk.em.buttons(m).map((b) => unmarked(b.text));
/** A message's text as read: the bidi isolation marks around placeables are invisible. */
const read = (m: StoredMessage | undefined) => unmarked(m?.plain ?? "");
const edits = (m: StoredMessage) => desk.em.calls.filter((c) => c.method === "editMessageText" && Number(c.params.message_id) === m.message_id).length;
const rows = () =>
  desk.db.$client.prepare("SELECT session_id, resident_id, status FROM bookings ORDER BY id").all() as Array<{ session_id: number; resident_id: number; status: string }>;

describe("a calm chat: one message that changes", () => {
  it("menu → Italian → A1 → a date → confirmation is one message; a used keyboard goes; 🏠 Menu keeps the confirmation", async () => {
    desk = new TestDesk();
    course("italian-a1", 3, 4, { month: 12, day: 2 });
    const ana = desk.resident("Ana", "es");
    await ana.onboards();

    // Ana: /menu
    await ana.says("/menu");
    const screen = ana.last;
    const count = ana.inbox.length;
    // Ana taps "Clases de italiano": the menu becomes the list of levels.
    await ana.presses(t("es", "menu-italian"));
    expect(ana.last.message_id).toBe(screen.message_id);
    expect(ana.last.plain).toBe(t("es", "book-choose-level"));
    // She taps "Italiano A1": the same message lists the dates, with the seats left, and the whole course.
    await ana.presses(t("es", "act-italian-a1"));
    expect(ana.last.plain).toContain(t("es", "act-italian-a1-desc"));
    expect(labels(ana.last)).toEqual([
      "mié 2 dic 17:00 · 3 lugares",
      "mié 9 dic 17:00 · 3 lugares",
      "mié 16 dic 17:00 · 3 lugares",
      "mié 23 dic 17:00 · 3 lugares",
      t("es", "book-course-button", { count: 4 }),
      t("es", "menu-back"),
    ]);
    // She taps the first date: the same message is now the confirmation, and only "🏠 Menú" is left under it.
    await ana.presses("2 dic");
    expect(ana.inbox.length).toBe(count);
    expect(read(ana.last).split("\n")[0]).toBe(t("es", "book-confirmed", { activity: "", when: "", place: "" }).split("\n")[0]);
    expect(read(ana.last)).toContain("miércoles 2 de diciembre a las 17:00");
    expect(labels(ana.last)).toEqual([t("es", "menu-back")]);
    expect(edits(screen)).toBe(3);

    // "🏠 Menú" under the confirmation: the confirmation stays to be read again, the menu comes below it.
    await ana.presses(t("es", "menu-back"));
    const confirmation = ana.inbox.find((m) => m.message_id === screen.message_id)!;
    expect(read(confirmation)).toContain(t("es", "act-italian-a1"));
    expect(labels(confirmation)).toEqual([]);
    expect(ana.inbox.length).toBe(count + 1);
    expect(ana.last.plain).toBe(t("es", "menu-title"));

    // A flow that goes on in new messages (the request form) leaves the menu without buttons.
    const menu = ana.last;
    await ana.presses(t("es", "menu-desk"));
    expect(labels(ana.inbox.find((m) => m.message_id === menu.message_id)!)).toEqual([]);
  });
});

describe("stale buttons answer with what is true now", () => {
  it("a date that filled up while the list was open offers the waiting list in the same answer; a double tap books once", async () => {
    desk = new TestDesk();
    const [macrame] = course("macrame", 1, 1, { month: 12, day: 3 }, 15);
    const ion = desk.resident("Ion", "ro");
    const olena = desk.resident("Olena", "uk");
    for (const r of [ion, olena]) await r.onboards();
    await ion.opensDates("ro", "act-macrame", "menu-activities");
    await olena.opensDates("uk", "act-macrame", "menu-activities");
    expect(labels(olena.last)[0]).toBe("чт 3 груд. 15:00 · 1 місце");

    // Ion takes the last seat.
    await ion.presses("15:00");
    expect(ion.last.plain.startsWith("✅")).toBe(true);
    // Olena's list still shows it free; her tap says it is now full and offers the waiting list, right there.
    await olena.presses("15:00");
    expect(olena.last.plain).toBe(t("uk", "book-full"));
    expect(labels(olena.last)).toEqual([t("uk", "book-join-waitlist"), t("uk", "menu-back")]);
    // Two quick taps on "join": one place in line, and the second answers with it.
    const first = olena.pressUpdate(t("uk", "book-join-waitlist"));
    const second = olena.pressUpdate(t("uk", "book-join-waitlist"));
    await desk.handle(first);
    await desk.handle(second);
    expect(olena.last.plain).toBe(t("uk", "book-waitlisted", { position: 1 }));
    expect(labels(olena.last)).toEqual([t("uk", "menu-back")]);
    expect(rows()).toEqual([
      { session_id: macrame!.id, resident_id: ion.user.id, status: "booked" },
      { session_id: macrame!.id, resident_id: olena.user.id, status: "waiting" },
    ]);

    // Ion taps his date again on an older list (he had opened it twice): the booking he has, not a second one.
    await ion.opensDates("ro", "act-macrame", "menu-activities");
    const before = ion.inbox.length;
    await desk.handle(ion.pressUpdate(`w:${macrame!.id}`));
    expect(ion.inbox.length).toBe(before);
    expect(ion.last.plain.startsWith("✅")).toBe(true);
    expect(read(ion.last)).toContain(t("ro", "act-macrame"));
    expect(rows().filter((r) => r.resident_id === ion.user.id)).toHaveLength(1);
  });

  it("an offer pressed after it lapsed says so, then that the lesson is full, with the waiting list to join", async () => {
    desk = new TestDesk();
    const [s] = course("italian-a2", 1, 1, { month: 12, day: 4 });
    const [rosa, li, ana] = [desk.resident("Rosa", "es"), desk.resident("Li", "zh"), desk.resident("Ana", "es")];
    for (const r of [rosa, li, ana]) await r.onboards();
    const { booking } = desk.deps.services;
    const seat = booking.book(rosa.user.id, s!.id);
    booking.joinWaitlist(li.user.id, s!.id);
    booking.joinWaitlist(ana.user.id, s!.id);
    if (seat.ok) booking.cancel(rosa.user.id, seat.booking.id);
    await desk.dispatch();
    expect(labels(li.last)).toContain(t("zh", "offer-accept"));
    desk.clock.set("2026-11-26T11:01:00Z");
    minuteChores(desk.app, createLogger("silent"));
    await desk.dispatch();

    // Li taps the offer she had: it is gone, and the seat is held for Ana now.
    await li.presses(t("zh", "offer-accept"));
    const answer = li.inbox.find((m) => read(m).startsWith(t("zh", "offer-gone")))!;
    expect(read(answer)).toBe(`${t("zh", "offer-gone")}\n\n${t("zh", "book-full")}`);
    expect(labels(answer)).toEqual([t("zh", "book-join-waitlist"), t("zh", "menu-back")]);
    await li.presses(t("zh", "book-join-waitlist"));
    expect(li.texts).toContain(t("zh", "book-waitlisted", { position: 1 }));
    expect(booking.roster(s!.id)!.seated.map((r) => r.firstName)).toEqual(["Ana"]);
  });
});

describe("cancelling asks first; booking buttons start with the date", () => {
  it("✖️ Скасувати ср 2 груд. → 'Cancel …?' [Yes, cancel] [No]; No keeps it, Yes cancels and says what happens", async () => {
    desk = new TestDesk();
    const [a1] = course("italian-a1", 5, 1, { month: 12, day: 2 });
    const [carers] = course("caregiver", 5, 1, { month: 12, day: 4 }, 10);
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    desk.deps.services.booking.book(olena.user.id, a1!.id);
    desk.deps.services.booking.book(olena.user.id, carers!.id);

    // Olena: /menu → "My bookings and requests"
    await olena.says("/menu");
    await olena.presses(t("uk", "menu-mine"));
    const list = olena.inbox.find((m) => m.plain?.startsWith(t("uk", "my-bookings-title").replace(/<\/?b>/g, "")))!;
    expect(labels(list)).toEqual([
      // The verb and the day (issue 30): the line above each names the lesson in full.
      // The day as the session list writes it ("2 груд."), not "02.12".
      "✖️ Скасувати ср 2 груд.",
      "✖️ Скасувати пт 4 груд.",
      t("uk", "menu-back"),
    ]);

    // She taps the first: she is asked, with the lesson in full.
    await olena.presses("ср 2 груд.", { in: list });
    const asked = olena.inbox.find((m) => m.message_id === list.message_id)!;
    expect(read(asked)).toBe(t("uk", "booking-cancel-ask", { activity: t("uk", "act-italian-a1"), when: "середа, 2 грудня о 17:00" }));
    expect(labels(asked)).toEqual([t("uk", "booking-cancel-yes"), t("uk", "booking-cancel-no")]);
    // "No": back to her bookings, nothing cancelled.
    await olena.presses(t("uk", "booking-cancel-no"), { in: asked });
    expect(labels(olena.inbox.find((m) => m.message_id === list.message_id)!)).toHaveLength(3);
    expect(rows().map((r) => r.status)).toEqual(["booked", "booked"]);
    // Again, and "Yes, cancel": cancelled, the seat goes on, and a way back to the menu.
    await olena.presses("ср 2 груд.", { in: olena.inbox.find((m) => m.message_id === list.message_id)! });
    await olena.presses(t("uk", "booking-cancel-yes"), { in: olena.inbox.find((m) => m.message_id === list.message_id)! });
    const done = olena.inbox.find((m) => m.message_id === list.message_id)!;
    // It names what was cancelled (issue 30).
    expect(read(done)).toBe(t("uk", "booking-cancelled-which", { activity: t("uk", "act-italian-a1"), when: "середа, 2 грудня о 17:00" }).replace(/<\/?b>/g, ""));
    expect(labels(done)).toEqual([t("uk", "menu-back")]);
    expect(rows().map((r) => r.status)).toEqual(["cancelled", "booked"]);
  });
});

describe("always a way on", () => {
  it("every final answer of the booking flows carries 🏠 Menu and says what happens next", async () => {
    desk = new TestDesk();
    const [full] = course("macrame", 1, 1, { month: 12, day: 3 }, 15);
    const [soon, later] = course("italian-b1", 4, 2, { month: 11, day: 25 }, 11);
    const elira = desk.resident("Elira", "sq");
    const rosa = desk.resident("Rosa", "es");
    for (const r of [elira, rosa]) await r.onboards();
    desk.deps.services.booking.book(rosa.user.id, full!.id);
    const menu = t("sq", "menu-back");

    // Booked: when, where, and the reminders to come.
    await elira.opensDates("sq", "act-italian-b1", "menu-italian");
    const bookSoon = elira.pressUpdate(`b:${soon!.id}`);
    await elira.opensDates("sq", "act-italian-b1", "menu-italian");
    await elira.presses(`b:${later!.id}`);
    expect(read(elira.last)).toContain(t("sq", "book-confirmed", { activity: "", when: "", place: "" }).split("\n").at(-1)!);
    expect(labels(elira.last)).toEqual([menu]);
    // On the older list, a lesson that has started meanwhile: said, then the dates still open.
    desk.clock.set("2026-11-25T10:30:00Z");
    await desk.handle(bookSoon);
    const older = elira.inbox.find((m) => m.message_id === bookSoon.callback_query!.message!.message_id)!;
    expect(read(older).split("\n\n")[0]).toBe(t("sq", "book-started"));
    expect(labels(older).at(-1)).toBe(menu);
    // On the waiting list: her number, and that we will write.
    await elira.opensDates("sq", "act-macrame", "menu-activities");
    await elira.presses("15:00");
    expect(read(elira.last)).toBe(t("sq", "book-waitlisted", { position: 1 }));
    expect(labels(elira.last)).toEqual([menu]);
    // An offer declined: the seat goes to the next person.
    const rosaSeat = desk.deps.services.booking.upcomingFor(rosa.user.id)[0]!.booking;
    desk.deps.services.booking.cancel(rosa.user.id, rosaSeat.id);
    await desk.dispatch();
    await elira.presses(t("sq", "offer-decline"));
    expect(read(elira.last)).toBe(t("sq", "offer-declined"));
    expect(labels(elira.last)).toEqual([menu]);
    // No bookings left to list: said, with the way back.
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await ion.says("/menu");
    await ion.presses(t("ro", "menu-mine"));
    const none = ion.inbox.find((m) => m.plain === t("ro", "my-bookings-none"))!;
    expect(labels(none)).toEqual([t("ro", "menu-back")]);
  });
});

describe("a whole course in one tap", () => {
  it("books every date shown, waits in line where full, plans each date's reminders and says how each date went", async () => {
    desk = new TestDesk();
    const dates = course("italian-a2", 2, 4, { month: 12, day: 2 });
    const { booking } = desk.deps.services;
    const [x, y] = [desk.resident("X", "it"), desk.resident("Y", "it")];
    for (const r of [x, y]) await r.onboards();
    booking.book(x.user.id, dates[2]!.id);
    booking.book(y.user.id, dates[2]!.id);
    booking.book(x.user.id, dates[1]!.id);
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();

    await amira.opensDates("ar", "act-italian-a2", "menu-italian");
    // The seats left are on every date.
    expect(labels(amira.last).slice(0, 4).map((l) => l.split(" · ")[1])).toEqual([
      t("ar", "book-session-free", { when: "", free: 2 }).split(" · ")[1],
      t("ar", "book-session-free", { when: "", free: 1 }).split(" · ")[1],
      t("ar", "book-session-full", { when: "" }).split(" · ")[1],
      t("ar", "book-session-free", { when: "", free: 2 }).split(" · ")[1],
    ]);
    const tap = amira.pressUpdate(t("ar", "book-course-button", { count: 4 }));
    const again = amira.pressUpdate(t("ar", "book-course-button", { count: 4 }));
    await desk.handle(tap);
    const answer = read(amira.last);
    const at = (i: number) => formatShortWhen(dates[i]!.startsAt, "ar", "Europe/Rome", desk.clock.now());
    expect(answer.split("\n")).toEqual([
      t("ar", "book-course-title", { activity: t("ar", "act-italian-a2") }).replace(/<\/?b>/g, ""),
      t("ar", "book-course-line-booked", { when: at(0) }),
      t("ar", "book-course-line-booked", { when: at(1) }),
      t("ar", "book-course-line-waiting", { when: at(2), position: 1 }),
      t("ar", "book-course-line-booked", { when: at(3) }),
      `📍 ${t("ar", "place-desk", { address: "via Gandolfi 20" })}`,
      t("ar", "book-course-next-waiting"),
    ]);
    expect(labels(amira.last)).toEqual([t("ar", "menu-back")]);
    const mine = rows().filter((r) => r.resident_id === amira.user.id);
    expect(mine.map((r) => [r.session_id, r.status])).toEqual([
      [dates[0]!.id, "booked"],
      [dates[1]!.id, "booked"],
      [dates[2]!.id, "waiting"],
      [dates[3]!.id, "booked"],
    ]);
    const reminders = desk.repos.outbox.all().filter((r) => r.chatId === amira.user.id && r.kind.startsWith("reminder"));
    expect(reminders).toHaveLength(6);

    // A second tap (or an old list) books nothing twice and answers the same.
    await desk.handle(again);
    expect(rows().filter((r) => r.resident_id === amira.user.id)).toHaveLength(4);
    expect(read(amira.last)).toBe(answer);
  });
});

describe("waiting-list offers do not lapse overnight", () => {
  async function offerAt(now: string, sessionDay: { month: number; day: number; hour: number }, env: Record<string, string> = {}) {
    desk = new TestDesk({ env });
    desk.clock.set(now);
    const [s] = course("italian-a1", 1, 1, { month: sessionDay.month, day: sessionDay.day }, sessionDay.hour);
    const [a, b] = [desk.resident("Ana", "es"), desk.resident("Ion", "ro")];
    for (const r of [a, b]) await r.onboards();
    const { booking } = desk.deps.services;
    const seat = booking.book(a.user.id, s!.id);
    booking.joinWaitlist(b.user.id, s!.id);
    if (seat.ok) booking.cancel(a.user.id, seat.booking.id);
    await desk.dispatch();
    const offered = booking.roster(s!.id)!.seated[0]!.booking;
    return { b, expires: booking.booking(offered.id)!.offerExpiresAt!.toISOString() };
  }

  it("an offer sent on Friday evening is kept until 12:00 on Monday, the desk's next opening day, and says so", async () => {
    const { b, expires } = await offerAt("2026-11-27T19:00:00Z", { month: 12, day: 1, hour: 17 });
    expect(expires).toBe("2026-11-30T11:00:00.000Z");
    expect(read(b.last)).toContain("luni, 30 noiembrie la 12:00");
    // Saturday morning, when 12 hours have passed: still his.
    desk.clock.set("2026-11-28T08:00:00Z");
    minuteChores(desk.app, createLogger("silent"));
    expect(desk.deps.services.booking.upcomingFor(b.user.id)[0]!.booking.status).toBe("offered");
    desk.clock.set("2026-11-30T11:01:00Z");
    minuteChores(desk.app, createLogger("silent"));
    expect(desk.deps.services.booking.upcomingFor(b.user.id)).toEqual([]);
  });

  it("never past the lesson's start; the time of day is configurable; a long hold by day stays as long", async () => {
    expect((await offerAt("2026-11-27T19:00:00Z", { month: 11, day: 30, hour: 10 })).expires).toBe("2026-11-30T09:00:00.000Z");
    desk.close();
    expect((await offerAt("2026-11-27T19:00:00Z", { month: 12, day: 4, hour: 17 }, { WAITLIST_HOLD_UNTIL: "17:00" })).expires).toBe(
      "2026-11-30T16:00:00.000Z",
    );
    desk.close();
    // Wednesday 10:00 with a 48-hour hold: Friday 10:00 is later than Thursday noon.
    expect((await offerAt("2026-11-25T09:00:00Z", { month: 12, day: 4, hour: 17 }, { WAITLIST_HOLD_HOURS: "48" })).expires).toBe(
      "2026-11-27T09:00:00.000Z",
    );
  });
});

describe("dates as each resident writes them", () => {
  const wednesday = new Date("2026-12-02T16:00:00Z");
  const january = new Date("2027-01-13T08:30:00Z");
  const now = new Date("2026-11-25T09:00:00Z");

  it("24-hour time in every language, English as in Europe, the year only when it is not this year's", () => {
    expect(formatWhen(wednesday, "en", "Europe/Rome", now)).toBe("Wednesday 2 December at 17:00");
    expect(formatWhen(january, "en", "Europe/Rome", now)).toBe("Wednesday, 13 January 2027 at 09:30");
    expect(formatShortWhen(wednesday, "it", "Europe/Rome", now)).toBe("mer 2 dic 17:00");
    // On a button, another year's date drops the weekday to stay short.
    expect(formatShortWhen(january, "it", "Europe/Rome", now)).toBe("13/01/2027 09:30");
    for (const locale of LOCALES) {
      expect(formatWhen(wednesday, locale, "Europe/Rome", now), locale).toMatch(/17:00|١٧:٠٠/);
      expect(formatShortWhen(wednesday, locale, "Europe/Rome", now), locale).toMatch(/17:00|١٧:٠٠/);
      expect(formatWhen(wednesday, locale, "Europe/Rome", now), locale).not.toMatch(/2026|PM|下午/);
      expect(formatWhen(january, locale, "Europe/Rome", now), locale).toMatch(/2027/);
    }
  });

  it("an English confirmation reads 'Wednesday, 13 January 2027 at 09:00' for a lesson next year", async () => {
    desk = new TestDesk();
    course("italian-a0a1", 4, 1, { year: 2027, month: 1, day: 13 }, 9);
    const tom = desk.resident("Tom", "en");
    await tom.onboards();
    await tom.opensDates("en", "act-italian-a0a1", "menu-italian");
    expect(labels(tom.last)[0]).toBe("13/01/2027 09:00 · 4 places");
    await tom.presses("13/01/2027");
    expect(read(tom.last)).toContain("📅 Wednesday, 13 January 2027 at 09:00");
  });
});

describe("the command menu follows the resident's language", () => {
  it("picking a language sets that chat's commands in it; /language changes them again", async () => {
    desk = new TestDesk();
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    const chatCommands = () => desk.em.commands.get(`chat:${amira.user.id}`) as Array<{ command: string; description: string }>;
    expect(chatCommands()).toEqual(residentCommands((key) => desk.app.i18n.t("ar", key)));
    expect(chatCommands().find((c) => c.command === "language")!.description).toBe(t("ar", "cmd-language"));

    await amira.says("/language");
    await amira.presses("Українська");
    expect(chatCommands().find((c) => c.command === "menu")!.description).toBe(t("uk", "cmd-menu"));
    const call = desk.em.calls.filter((c) => c.method === "setMyCommands").at(-1)!;
    expect(call.params.scope).toEqual({ type: "chat", chat_id: amira.user.id });
  });

  it("the published Arabic description keeps the marks that hold Latin names in order", async () => {
    desk = new TestDesk();
    await publishCommands(desk.app.bot.api, desk.app.i18n, createLogger("silent"), OPERATOR_CHAT_ID);
    const arabic = desk.em.descriptions.get("description:ar")!;
    expect(arabic).toContain("\u2068Cristo\u2069");
    expect(arabic).not.toContain("\ufffd");
  });
});

// ------------------------------------------------------------------ button widths

const width = labelWidth;

describe("every button a resident sees in these flows fits in 32", () => {
  it("in all nine languages: dates with two-digit seats, the course, bookings, cancel, offers, waiting list", async () => {
    desk = new TestDesk();
    course("italian-a1", 15, 4, { month: 12, day: 2 });
    const [carers] = course("caregiver", 12, 1, { month: 12, day: 16 }, 10);
    const [full] = course("macrame", 1, 1, { month: 12, day: 17 }, 15);
    course("italian-a0a1", 1, 1, { year: 2027, month: 1, day: 13 }, 9);
    const seen = new Map<string, string>();
    const residents = new Map<number, string>();
    desk.em.subscribe((e: EmulatorEvent) => {
      if ((e.type === "message" || e.type === "edit") && residents.has(e.chatId)) {
        for (const label of desk.em.buttons(e.message).map((b) => b.text)) seen.set(`${residents.get(e.chatId)}:${unmarked(label)}`, label);
      }
    });
    const holder = desk.resident("Holder", "it");
    await holder.onboards();
    desk.deps.services.booking.book(holder.user.id, full!.id);

    for (const locale of LOCALES) {
      const r = desk.resident(`R-${locale}`, locale);
      residents.set(r.user.id, locale);
      await r.onboards();
      const { booking } = desk.deps.services;
      booking.book(r.user.id, carers!.id);
      await r.opensDates(locale, "act-italian-a1", "menu-italian");
      await r.presses(t(locale, "book-course-button", { count: 4 }));
      await r.opensDates(locale, "act-italian-a0a1", "menu-italian");
      await r.opensDates(locale, "act-macrame", "menu-activities");
      await r.presses(`w:${full!.id}`);
      await r.says("/menu");
      await r.presses(t(locale, "menu-mine"));
      await r.presses("✖️");
      await r.presses(t(locale, "booking-cancel-no"));
    }
    // Seat offers and reminders, under messages the desk sends on its own.
    const first = desk.deps.services.booking.roster(full!.id)!.seated[0]!.booking;
    desk.deps.services.booking.removeBooking(first.id, GIULIA);
    await desk.dispatch();
    desk.clock.set("2026-12-01T16:00:00Z");
    await desk.dispatch();

    const tooLong = [...seen.entries()].filter(([, label]) => width(label) > 32).map(([key, label]) => `${key} (${width(label)})`);
    expect(tooLong).toEqual([]);
    // The flows were really walked in every language.
    for (const locale of LOCALES) {
      const mine = [...seen.keys()].filter((k) => k.startsWith(`${locale}:`)).map((k) => k.slice(locale.length + 1));
      expect(mine, locale).toContain(unmarked(desk.app.i18n.t(locale, "booking-cancel-yes")));
      expect(mine, locale).toContain(unmarked(desk.app.i18n.t(locale, "book-course-button", { count: 4 })));
      expect(mine.some((l) => l.includes("2027")), locale).toBe(true);
      expect(mine, locale).toContain(t(locale, "reminder-not-coming"));
    }
    expect(seen.has(`it:${t("it", "offer-accept")}`)).toBe(true);
  });
});

// ------------------------------------------------------------------ the playground for a newcomer

/** Runs the desk from source without a token (the playground), as `npm start` does, and collects its output. */
function startPlayground(port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", PLAYGROUND_PORT: String(port), METRICS_PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr!.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("a newcomer's first minute", () => {
  it("npm start without a token prints the address first, in words, and how to stop; Ctrl+C stops it", async () => {
    const port = await freePort();
    const playground = startPlayground(port);
    const deadline = Date.now() + 25_000;
    while (!playground.out().includes("Ctrl+C") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const firstLine = playground.out().trim().split("\n")[0];
    expect(firstLine).toBe(`NOI Desk playground: http://127.0.0.1:${port} – open this address in a browser. Press Ctrl+C to stop.`);
    expect(playground.out() + playground.err()).not.toContain('"level"');
    playground.child.kill("SIGINT");
    expect(await playground.exited).toBe(0);
  }, 40_000);

  it("a taken port is said in one line naming PLAYGROUND_PORT, and start-up stops", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const playground = startPlayground(port);
      expect(await playground.exited).toBe(1);
      expect(playground.err().trim()).toBe(
        `Port ${port} on 127.0.0.1 is already in use (is another playground still running?). Stop that program, or start on another port: PLAYGROUND_PORT=8081 npm start`,
      );
      expect(playground.out()).toBe("");
    } finally {
      blocker.close();
    }
  }, 40_000);
});
