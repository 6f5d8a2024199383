import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "#src/logger.js";
import { INACCESSIBLE_AFTER_MS } from "#src/playground/emulator.js";
import { minuteChores } from "#src/scheduler/jobs.js";
import { type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

/**
 * Buttons meant to be pressed later, pressed as Telegram delivers them a day later: the press carries an
 * InaccessibleMessage (date 0, only chat and message_id, no text, no keyboard). Each must still do what it offered,
 * because the desk kept on the server what it offered on that message; what was never offered stays refused.
 */

let desk: TestDesk;
afterEach(() => desk?.close());

const DAY = 86_400_000;

function session(at: { month: number; day: number; hour: number }, seats = 5, activityId = "italian-a1") {
  const created = desk.deps.services.booking.createSessions(
    { activityId, date: { year: 2026, month: at.month, day: at.day }, time: { hour: at.hour, minute: 0 }, minutes: 90, place: null, seats, weeks: 1 },
    { id: 1, name: "Giulia" },
  );
  if ("error" in created) throw new Error(created.error);
  return created[0]!;
}

/** The press a resident makes on a message, as the emulator (like Telegram) delivers it now. */
function pressOn(r: Resident, label: string) {
  const update = r.pressUpdate(label);
  return { update, inaccessible: update.callback_query?.message?.date === 0 && !("text" in (update.callback_query?.message ?? {})) };
}

async function pressesLater(r: Resident, label: string) {
  const { update, inaccessible } = pressOn(r, label);
  // The point of these tests: Telegram no longer sends this message with the press.
  expect(inaccessible).toBe(true);
  const before = r.inbox.length;
  await desk.handle(update);
  await desk.dispatch();
  return r.inbox.slice(before);
}

function files(r: Resident, locale: string, text: string) {
  return r.filesRequest(locale, { say: [text] });
}

describe("the emulator delivers presses on older messages as Telegram does", () => {
  it("a message younger than the age comes whole; an older one comes inaccessible (date 0, no text, no keyboard)", async () => {
    desk = new TestDesk();
    const amina = desk.resident("Amina", "en");
    await amina.says("/start");
    const fresh = amina.pressUpdate("English").callback_query!.message!;
    expect(fresh.date).toBeGreaterThan(0);
    expect("text" in fresh && "reply_markup" in fresh).toBe(true);
    desk.clock.advance(INACCESSIBLE_AFTER_MS + 1000);
    const old = amina.pressUpdate("English").callback_query!.message!;
    expect(old).toEqual({ chat: expect.objectContaining({ id: amina.chatId }), message_id: fresh.message_id, date: 0 });
    // And the first step still works from it: the language was offered on that message.
    await desk.handle(amina.pressUpdate("English"));
    expect(amina.buttons().length).toBeGreaterThan(0);
    expect(desk.deps.services.residents.get(amina.user.id)?.language).toBe("en");
  });
});

describe("a day later, each long-lived button still does what it offered", () => {
  it("a waiting-list offer accepted the next morning takes the seat", async () => {
    desk = new TestDesk({ env: { WAITLIST_HOLD_HOURS: "48" } });
    const s = session({ month: 11, day: 30, hour: 17 }, 1);
    const ana = desk.resident("Ana", "es");
    const olena = desk.resident("Olena", "uk");
    await ana.onboards();
    await olena.onboards();
    const seat = desk.deps.services.booking.book(ana.user.id, s.id);
    desk.deps.services.booking.joinWaitlist(olena.user.id, s.id);
    if (seat.ok) desk.deps.services.booking.cancel(ana.user.id, seat.booking.id);
    await desk.dispatch();
    expect(olena.buttons()).toContain(t("uk", "offer-accept"));

    desk.clock.advance(DAY - 3_600_000);
    minuteChores(desk.app, createLogger("silent"));
    const answer = await pressesLater(olena, t("uk", "offer-accept"));
    expect(answer.length).toBeGreaterThan(0);
    expect(answer.map((m) => unmarked(m.plain ?? "")).join("\n")).not.toContain(t("uk", "button-stale"));
    expect(desk.deps.services.booking.roster(s.id)!.seated.map((r) => r.firstName)).toEqual(["Olena"]);
  });

  it("a waiting-list offer declined a day later frees the seat for the next in line", async () => {
    desk = new TestDesk({ env: { WAITLIST_HOLD_HOURS: "48" } });
    const s = session({ month: 11, day: 30, hour: 17 }, 1);
    const [ana, ion, li] = [desk.resident("Ana", "es"), desk.resident("Ion", "ro"), desk.resident("Li", "zh")];
    for (const r of [ana, ion, li]) await r.onboards();
    const seat = desk.deps.services.booking.book(ana.user.id, s.id);
    desk.deps.services.booking.joinWaitlist(ion.user.id, s.id);
    desk.deps.services.booking.joinWaitlist(li.user.id, s.id);
    if (seat.ok) desk.deps.services.booking.cancel(ana.user.id, seat.booking.id);
    await desk.dispatch();

    desk.clock.advance(DAY);
    const answer = await pressesLater(ion, t("ro", "offer-decline"));
    expect(answer.map((m) => m.plain)).toContain(t("ro", "offer-declined"));
    await desk.dispatch();
    expect(li.buttons()).toContain(t("zh", "offer-accept"));
  });

  it("the 24-hour reminder: 'I can't come' a day later frees the seat; 'I'll come' is thanked", async () => {
    desk = new TestDesk();
    const s = session({ month: 11, day: 27, hour: 17 }, 2);
    const amira = desk.resident("Amira", "ar");
    const john = desk.resident("John", "en");
    await amira.onboards();
    await john.onboards();
    desk.deps.services.booking.book(amira.user.id, s.id);
    desk.deps.services.booking.book(john.user.id, s.id);
    desk.clock.set("2026-11-26T16:00:00Z");
    await desk.dispatch();
    expect(amira.buttons()).toContain(t("ar", "reminder-not-coming"));

    // The next day at 14:30, after the two-hour reminder came too: the first reminder's buttons still work.
    desk.clock.set("2026-11-27T14:30:00Z");
    await desk.dispatch();
    const firstReminder = (r: Resident) => r.inbox.find((m) => m.reply_markup?.inline_keyboard?.length && m.plain?.includes("⏰"))!;
    const cant = desk.em.buttons(firstReminder(amira)).find((b) => b.text === t("ar", "reminder-not-coming"))!;
    const update = desk.em.press(amira.user.id, amira.chatId, firstReminder(amira).message_id, cant.data!);
    expect(update.callback_query!.message!.date).toBe(0);
    await desk.handle(update);
    expect(unmarked(amira.last.plain)).toBe(t("ar", "reminder-freed"));
    expect(desk.deps.services.booking.roster(s.id)!.seated.map((r) => r.firstName)).toEqual(["John"]);

    const coming = desk.em.buttons(firstReminder(john)).find((b) => b.text === t("en", "reminder-coming"))!;
    await desk.handle(desk.em.press(john.user.id, john.chatId, firstReminder(john).message_id, coming.data!));
    expect(john.last.plain).toBe(t("en", "reminder-thanks"));
  });

  it("a booking cancelled a day later from the list of bookings", async () => {
    desk = new TestDesk();
    const s = session({ month: 12, day: 3, hour: 17 });
    const john = desk.resident("John", "en");
    await john.onboards();
    desk.deps.services.booking.book(john.user.id, s.id);
    await john.says("/menu");
    await john.presses(t("en", "menu-mine"));
    const cancel = john.buttons().find((b) => b.startsWith("✖️"))!;
    expect(cancel).toBeDefined();

    desk.clock.advance(DAY);
    await pressesLater(john, cancel);
    expect(unmarked(john.last.plain)).toContain(unmarked(t("en", "booking-cancel-ask", { activity: "X", when: "Y" })).split("X")[0]!);
    await john.presses(t("en", "booking-cancel-yes"));
    // The answer names what was cancelled (issue 30).
    expect(unmarked(john.last.plain)).toMatch(/^✖️ Cancelled: Italian A1, /);
    expect(desk.deps.services.booking.roster(s.id)!.seated).toEqual([]);
  });

  it("the satisfaction question answered a day later", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    const request = await files(olena, "uk", "Не працює опалення");
    await desk.giulia.says("/close", { topic: request.topicId! });
    desk.clock.advance(61_000);
    await desk.dispatch();
    expect(olena.buttons()).toEqual(["😊 Так", "😐 Частково", "🙁 Ні"]);

    desk.clock.advance(DAY);
    const answer = await pressesLater(olena, "😊");
    expect(answer.map((m) => m.plain)).toContain(t("uk", "sat-thanks"));
    expect(desk.deps.services.requests.get(request.id)!.satisfaction).toBe("yes");
    // The question keeps its words and loses its buttons, as on the day.
    const asked = olena.inbox.find((m) => m.plain?.includes("Чи допомогли"))!;
    expect(desk.em.buttons(asked)).toEqual([]);
  });

  it("'Send this to the desk?' answered a day later opens the form with the message in it", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.says("No me llega el recibo del alquiler");
    expect(ana.last.plain).toBe(t("es", "held-ask"));

    desk.clock.advance(DAY);
    const answer = await pressesLater(ana, ana.buttons()[0]!);
    expect(answer.map((m) => m.plain ?? "").join("\n")).not.toContain(t("es", "button-stale"));
    // The topic is asked first (issue 30), then her message is the description.
    await ana.presses(t("es", "cat-rent"));
    await ana.presses(t("es", "req-visit-desk"));
    await ana.presses(t("es", "req-send"));
    expect(desk.deps.services.requests.messages(1).map((m) => m.text)).toEqual(["No me llega el recibo del alquiler"]);
  });
});

describe("home visits a day later", () => {
  async function asksForHomeVisit(r: Resident, locale: string) {
    await r.onboards();
    await r.presses(t(locale, "menu-desk"));
    await r.presses(t(locale, "cat-homecare"));
    await r.says("Mia madre non cammina più, serve l'infermiere.");
    await r.presses(t(locale, "req-visit-home"));
    await r.says("Via Casale 12");
    await r.presses(t(locale, "req-send"));
    await desk.dispatch();
    return desk.deps.services.requests.openFor(r.user.id)!;
  }

  it("a window chosen the next day confirms the visit; 'none of these works' a day later tells staff", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    const request = await asksForHomeVisit(olena, "uk");
    await desk.marco.says("/visita ven 27/11 15:00-16:00; lun 30/11 10:00-11:00", { topic: request.topicId! });
    await desk.dispatch();
    expect(olena.buttons()).toEqual(["пт 27 листоп. 15:00–16:00", "пн 30 листоп. 10:00–11:00", "❌ Жоден час не підходить"]);

    desk.clock.advance(DAY);
    const answer = await pressesLater(olena, "пн 30 листоп.");
    expect(unmarked(answer[0]!.plain!)).toContain("✅");
    expect(desk.deps.services.visits.latestFor(request.id)!.status).toBe("confirmed");

    const ion = desk.resident("Ion", "ro");
    const second = await asksForHomeVisit(ion, "ro");
    await desk.marco.says("/visita lun 30/11 15:00-16:00", { topic: second.topicId! });
    await desk.dispatch();
    desk.clock.advance(DAY);
    await pressesLater(ion, "❌");
    await desk.dispatch();
    expect(desk.groupTexts(second.topicId!).join("\n")).toContain("#2");
    expect(desk.deps.services.visits.latestFor(second.id)!.status).not.toBe("proposed");
  });

  it("the visit reminder's OK and I can't, pressed the next day", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    const request = await asksForHomeVisit(olena, "uk");
    await desk.marco.says("/visita lun 30/11 15:00-16:00", { topic: request.topicId! });
    await desk.dispatch();
    await olena.presses("пн 30 листоп.");
    // The day before (Sunday 15:00), the reminder with OK / I can't; she answers on Monday morning.
    desk.clock.set("2026-11-29T14:00:00Z");
    await desk.dispatch();
    expect(olena.buttons()).toEqual(["👍 Добре", "✖️ Не можу"]);
    desk.clock.set("2026-11-30T08:00:00Z");
    const ok = await pressesLater(olena, "👍 Добре");
    expect(unmarked(ok.at(-1)!.plain!)).toBe("Дякуємо! До зустрічі.");
    await desk.dispatch();
    expect(desk.groupTexts(request.topicId!).at(-1)).toContain("👍 La persona conferma la visita");

    // Her hour-before reminder, answered hours after the visit: the alert says it no longer applies and what to do.
    desk.clock.set("2026-11-30T13:00:00Z");
    await desk.dispatch();
    const alerts: string[] = [];
    desk.em.subscribe((e) => {
      if (e.type === "callback-answer" && e.text) alerts.push(e.text);
    });
    desk.clock.set("2026-11-30T18:00:00Z");
    await pressesLater(olena, "✖️ Не можу");
    expect(alerts.map(unmarked)).toEqual([t("uk", "visit-expired")]);

    // Ion's visit is on Wednesday; he says "I can't" from Tuesday's reminder on Wednesday morning: staff are told.
    const ion = desk.resident("Ion", "ro");
    const second = await asksForHomeVisit(ion, "ro");
    await desk.marco.says("/visita mer 2/12 17:00-18:00", { topic: second.topicId! });
    await desk.dispatch();
    await ion.presses(ion.buttons()[0]!);
    desk.clock.set("2026-12-01T16:00:00Z");
    await desk.dispatch();
    desk.clock.set("2026-12-02T07:30:00Z");
    const cant = await pressesLater(ion, t("ro", "visit-cant"));
    expect(unmarked(cant.at(-1)!.plain!)).toBe(t("ro", "visit-cant-told"));
    await desk.dispatch();
    expect(desk.groupTexts(second.topicId!).at(-1)).toContain("⚠️ La persona non può alla visita");
  });
});

describe("staff card buttons a day later", () => {
  it("Take and Close on a card posted yesterday", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    const request = await files(ana, "es", "No me llega el recibo del alquiler");
    const card = desk.group().find((m) => m.message_id === request.cardMessageId)!;

    desk.clock.advance(DAY);
    const take = desk.em.buttons(card).find((b) => b.text === "🙋 Prendo")!;
    const update = desk.em.press(desk.giulia.user.id, desk.giulia.chatId, card.message_id, take.data!);
    expect(update.callback_query!.message!.date).toBe(0);
    await desk.handle(update);
    await desk.dispatch();
    expect(desk.deps.services.requests.get(request.id)).toMatchObject({ status: "taken", assigneeName: "Giulia" });

    desk.clock.advance(DAY);
    // The card was redrawn with "Take over" in place of "Take": what it offers now is what counts.
    const redrawn = desk.group().find((m) => m.message_id === request.cardMessageId)!;
    const close = desk.em.buttons(redrawn).find((b) => b.text === "✅ Chiudi")!;
    await desk.handle(desk.em.press(desk.giulia.user.id, desk.giulia.chatId, card.message_id, close.data!));
    await desk.dispatch();
    expect(desk.deps.services.requests.get(request.id)!.status).toBe("closed");
    // A forged action on the old card (never offered on it) is refused.
    await desk.handle(desk.em.press(desk.marco.user.id, desk.marco.chatId, card.message_id, `d:take:${request.id}`));
    expect(desk.deps.services.requests.get(request.id)!.status).toBe("closed");
  });
});

describe("a truly stale press says what to do now", () => {
  it("a keyboard the desk removed, pressed a day later: refused, with the menu at hand", async () => {
    desk = new TestDesk();
    const s = session({ month: 12, day: 3, hour: 17 }, 1);
    const ana = desk.resident("Ana", "es");
    const ion = desk.resident("Ion", "ro");
    await ana.onboards();
    await ion.onboards();
    const seat = desk.deps.services.booking.book(ana.user.id, s.id);
    desk.deps.services.booking.joinWaitlist(ion.user.id, s.id);
    if (seat.ok) desk.deps.services.booking.cancel(ana.user.id, seat.booking.id);
    await desk.dispatch();
    const offer = [...ion.inbox].reverse().find((m) => desk.em.buttons(m).some((b) => b.text === t("ro", "offer-accept")))!;
    await ion.presses(t("ro", "offer-accept"));
    // Answered: the offer's buttons went (its message now says the seat is booked).
    expect(desk.em.buttons(offer).map((b) => b.data)).not.toContain(expect.stringMatching(/^o[ad]:/));

    desk.clock.advance(DAY);
    // A modified client sends the offer's data again on the old message, whose keyboard is gone.
    const bookingId = desk.db.$client.prepare("SELECT id FROM bookings WHERE resident_id = ?").pluck().get(ion.user.id) as number;
    await desk.handle(desk.em.press(ion.user.id, ion.chatId, offer.message_id, `od:${bookingId}`));
    expect(unmarked(ion.last.plain)).toBe(t("ro", "button-stale"));
    expect(ion.buttons()).toEqual([t("ro", "menu-back")]);
    expect(desk.deps.services.booking.roster(s.id)!.seated.map((r) => r.firstName)).toEqual(["Ion"]);
  });

  it("forged data on an old message is refused, and while a form is open she is sent back to it, never told to start again", async () => {
    desk = new TestDesk();
    const s = session({ month: 12, day: 3, hour: 17 }, 1);
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    desk.deps.services.booking.book(ana.user.id, s.id);
    desk.clock.set("2026-12-02T16:00:00Z");
    await desk.dispatch();
    const reminder = ana.inbox.at(-1)!;
    expect(desk.em.buttons(reminder).length).toBe(2);
    desk.clock.advance(DAY / 2);
    await ana.says("/menu");
    await ana.presses(t("es", "menu-desk"));
    // Forged: a booking that is not hers, on the old reminder.
    await desk.handle(desk.em.press(ana.user.id, ana.chatId, reminder.message_id, "rx:999"));
    expect(unmarked(ana.last.plain)).toBe(t("es", "button-stale-form"));
    expect(ana.texts.join("\n")).not.toContain(t("es", "button-expired"));
    // The form is still where it was.
    await ana.presses(t("es", "cat-rent"));
    expect(ana.last.plain).toBe(t("es", "req-describe-open"));
  });

  it("a long-lived button pressed while a form is open is answered, and the form goes on where it was", async () => {
    desk = new TestDesk();
    const s = session({ month: 11, day: 27, hour: 17 }, 1);
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    desk.deps.services.booking.book(amira.user.id, s.id);
    desk.clock.set("2026-11-26T16:00:00Z");
    await desk.dispatch();
    const reminder = amira.inbox.at(-1)!;
    desk.clock.advance(3 * 3_600_000);
    await amira.says("/menu");
    await amira.presses(t("ar", "menu-desk"));
    await amira.presses(t("ar", "cat-rent"));
    const coming = desk.em.buttons(reminder).find((b) => b.text === t("ar", "reminder-coming"))!;
    await desk.handle(desk.em.press(amira.user.id, amira.chatId, reminder.message_id, coming.data!));
    expect(unmarked(amira.last.plain)).toBe(t("ar", "reminder-thanks"));
    // Still describing her problem: the form took none of this.
    await amira.says("الإيجار مرتفع جدا");
    expect(amira.buttons()).toContain(t("ar", "req-visit-desk"));
  });
});

describe("what the desk offered is erased with the person", () => {
  it("/forget erases the buttons kept for their chat", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.says("/menu");
    expect(desk.repos.offeredButtons.countIn(ana.chatId)).toBeGreaterThan(0);
    await ana.says("/forget");
    await ana.presses(t("es", "forget-yes"));
    expect(desk.repos.offeredButtons.countIn(ana.chatId)).toBe(0);
  });
});
