import { afterEach, describe, expect, it } from "vitest";
import type { EmulatorEvent } from "#src/playground/emulator.js";
import { type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());


const GIULIA = { id: 1, name: "Giulia" };

function createSession(activityId: string, seats: number, day = 2) {
  const created = desk.deps.services.booking.createSessions(
    { activityId, date: { year: 2026, month: 12, day }, time: { hour: 16, minute: 30 }, minutes: 90, place: null, seats, weeks: 1 },
    GIULIA,
  );
  if (!Array.isArray(created)) throw new Error(created.error);
  return created[0]!;
}

function bookingRows() {
  return desk.db.$client.prepare("SELECT session_id, resident_id, child_name, status FROM bookings ORDER BY id").all() as Array<{
    session_id: number;
    resident_id: number;
    child_name: string | null;
    status: string;
  }>;
}

/** What the bot said in the small pop-up over the chat when a button was answered. */
function popups() {
  const seen: string[] = [];
  desk.em.subscribe((e: EmulatorEvent) => {
    if (e.type === "callback-answer" && e.text) seen.push(e.text);
  });
  return seen;
}

/** A modified client presses a button the bot never drew, under a message that has a keyboard. */
async function forges(r: Resident, data: string) {
  const target = [...r.inbox].reverse().find((m) => m.reply_markup?.inline_keyboard?.length);
  if (!target) throw new Error("no message with a keyboard");
  await desk.handle(desk.em.press(r.user.id, r.chatId, target.message_id, data));
}

/** The tutoring form up to the list of dates, for one child. */
async function tutoringUpToDates(r: Resident, child: string) {
  await r.says(child);
  await r.presses(t("ar", "class-p3"));
  await r.presses(t("ar", "subject-maths"));
}

describe("safety of seats: every press is checked against what was offered", () => {
  it("attack: a forged waiting-list button for a tutoring date takes no seat", async () => {
    desk = new TestDesk();
    const tutoring = createSession("tutoring-primary", 1);
    createSession("italian-a1", 5);
    const mallory = desk.resident("Mallory", "en");
    await mallory.onboards();
    const said = popups();
    await mallory.says("/menu");
    await mallory.presses(t("en", "menu-italian"));
    await mallory.presses(t("en", "act-italian-a1"));

    await forges(mallory, `w:${tutoring.id}`);
    await forges(mallory, `b:${tutoring.id}`);

    expect(bookingRows()).toEqual([]);
    // Refused, each with what to do now: no form is open, so the menu.
    expect(said).toEqual([]);
    expect(mallory.texts.slice(-2)).toEqual([t("en", "button-stale"), t("en", "button-stale")]);
    expect(mallory.buttons()).toEqual([t("en", "menu-back")]);
  });

  it("attack: the domain refuses a tutoring seat without a child, and a child in an adult class, whatever the handler", async () => {
    desk = new TestDesk();
    const tutoring = createSession("tutoring-primary", 3);
    const italian = createSession("italian-a1", 3);
    const mallory = desk.resident("Mallory", "en");
    await mallory.onboards();
    const { booking } = desk.deps.services;
    const child = { name: "Anna", schoolClass: "p3", subject: "maths" };
    expect(booking.book(mallory.user.id, tutoring.id)).toEqual({ ok: false, reason: "not-allowed" });
    expect(booking.joinWaitlist(mallory.user.id, tutoring.id)).toEqual({ ok: false, reason: "not-allowed" });
    expect(booking.book(mallory.user.id, italian.id, child)).toEqual({ ok: false, reason: "not-allowed" });
    expect(booking.book(mallory.user.id, tutoring.id, { ...child, schoolClass: "m2" })).toEqual({ ok: false, reason: "not-allowed" });
    expect(booking.book(mallory.user.id, tutoring.id, { ...child, subject: "anything" })).toEqual({ ok: false, reason: "not-allowed" });
    expect(bookingRows()).toEqual([]);
    expect(booking.book(mallory.user.id, tutoring.id, child).ok).toBe(true);
  });

  it("attack: in the tutoring form a forged date (an Italian class) and a forged subject are refused", async () => {
    desk = new TestDesk();
    const tutoring = createSession("tutoring-primary", 8);
    const italian = createSession("italian-a1", 8);
    const fatima = desk.resident("Fatima", "ar");
    await fatima.onboards();
    await fatima.says("/menu");
    await fatima.presses(t("ar", "menu-tutoring"));
    await fatima.says("Youssef");
    await fatima.presses(t("ar", "class-p3"));

    await forges(fatima, "f:sub:anything");
    // Refused, and she is sent back to her open form, never told to start again.
    expect(unmarked(fatima.last.plain)).toBe(t("ar", "button-stale-form"));
    await fatima.presses(t("ar", "subject-maths"));

    await forges(fatima, `f:s:${italian.id}`);
    await forges(fatima, `f:w:${italian.id}`);
    expect(bookingRows()).toEqual([]);

    // The form is still waiting for a real choice, and takes it.
    await fatima.presses(/٨|8/);
    expect(bookingRows()).toEqual([{ session_id: tutoring.id, resident_id: fatima.user.id, child_name: "Youssef", status: "booked" }]);
  });

  it("attack: a button of an earlier step cannot answer a later one", async () => {
    desk = new TestDesk();
    createSession("tutoring-primary", 8);
    const fatima = desk.resident("Fatima", "ar");
    await fatima.onboards();
    await fatima.says("/menu");
    await fatima.presses(t("ar", "menu-tutoring"));
    await fatima.says("Youssef");
    const [classQuestion] = await fatima.presses(t("ar", "class-p3"));
    // The class keyboard is gone; pressing its data again under the subject question does nothing.
    expect(classQuestion!.plain).toContain("Youssef");
    await forges(fatima, "f:cls:p5");
    expect(fatima.buttons()).toContain(t("ar", "subject-maths"));
  });

  it("attack: invented children's names cannot empty a class — at most three children per family", async () => {
    desk = new TestDesk();
    const tutoring = createSession("tutoring-primary", 10);
    const mallory = desk.resident("Mallory", "ar");
    await mallory.onboards();
    await mallory.says("/menu");
    await mallory.presses(t("ar", "menu-tutoring"));
    for (const [i, name] of ["Anna", "Bruno", "Carla", "Dario"].entries()) {
      if (i > 0) await mallory.presses(t("ar", "tutoring-another-yes"));
      await tutoringUpToDates(mallory, name);
      await mallory.presses(/١٠|10|٩|9|٨|8|٧|7/);
    }
    expect(mallory.texts.at(-2)).toBe(t("ar", "book-limit", { max: 3 }));
    expect(bookingRows().map((r) => r.child_name)).toEqual(["Anna", "Bruno", "Carla"]);
    expect(desk.deps.services.booking.session(tutoring.id)!.taken).toBe(3);
  });

  it("lets staff take one booking off a roster, asking first; the person is told in their language and the seat moves on", async () => {
    desk = new TestDesk();
    const session = createSession("italian-a1", 1);
    const olena = desk.resident("Olena", "uk");
    const ion = desk.resident("Ion", "ro");
    for (const r of [olena, ion]) await r.onboards();
    expect(desk.deps.services.booking.book(olena.user.id, session.id).ok).toBe(true);
    expect(desk.deps.services.booking.joinWaitlist(ion.user.id, session.id).ok).toBe(true);

    const [roster] = await desk.giulia.says(`/roster ${session.id}`);
    expect(desk.em.buttons(roster!).map((b) => b.text)).toEqual(["✅ 1", "❌ 1", "🗑 1", "🗑 attesa 1"]);
    const [ask] = await desk.giulia.presses("🗑 1");
    expect(ask!.plain).toBe(
      `Togliere la prenotazione di Olena dalla sessione #${session.id}? La persona riceve un avviso nella sua lingua e il posto passa al primo in lista d'attesa.`,
    );
    // A stranger who got hold of the button cannot use it.
    const stranger = desk.stranger("Eve");
    await desk.handle(desk.em.press(stranger.user.id, desk.giulia.chatId, ask!.message_id, desk.em.buttons(ask!)[0]!.data!));
    expect(bookingRows()[0]!.status).toBe("booked");

    const [done, redrawn] = await desk.giulia.presses("Sì, togli");
    expect(done!.plain).toBe(`🗑 Prenotazione tolta dalla sessione #${session.id}. Avviso in arrivo alla persona.`);
    expect(redrawn!.plain).toContain("Ion (offerta in attesa di risposta)");
    await desk.dispatch();
    expect(olena.last.plain).toContain(t("uk", "act-italian-a1"));
    expect(olena.last.plain.split("\n")[1]).toBe(t("uk", "booking-removed", { activity: "", when: "" }).split("\n")[1]);
    expect(ion.last.plain).toContain(t("ro", "act-italian-a1"));
    const audit = desk.db.$client.prepare("SELECT action, actor_name FROM audit WHERE action = 'remove-booking'").all();
    expect(audit).toEqual([{ action: "remove-booking", actor_name: "Giulia" }]);
  });
});
