import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "#src/clock.js";
import { type Resident, type Staff, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());


/** Staff walk /newsession in the group. */
async function createSessions(staff: Staff, o: { activity: string; date: string; time: string; minutes: string; seats: string; weeks: string }) {
  await staff.says("/newsession");
  await staff.presses(o.activity);
  await staff.says(o.date);
  await staff.says(o.time);
  await staff.presses(o.minutes);
  await staff.presses("Sportello");
  await staff.says(o.seats);
  await staff.presses(o.weeks);
  return staff.presses("Crea");
}

describe("classes", () => {
  it("/newsession reads a date without its year on the desk's clock, not the machine's", async () => {
    // The desk's clock is in February 2027, whatever the machine's says: "15/03" is 15 March 2027, still to come.
    desk = new TestDesk({ clock: new ManualClock("2027-02-01T09:00:00Z") });
    const [created] = await createSessions(desk.giulia, { activity: "Italiano A1", date: "15/03", time: "17:00", minutes: "90 min", seats: "2", weeks: "Solo questa" });
    expect(created!.plain).toContain("Italiano A1");
    expect(desk.deps.services.booking.listUpcoming(60).map((s) => s.startsAt.toISOString())).toEqual(["2027-03-15T16:00:00.000Z"]);
  });

  it("runs a weekly A1 course: booking, waiting list, a freed seat offered in the resident's language, roster", async () => {
    desk = new TestDesk();
    const [created] = await createSessions(desk.giulia, { activity: "Italiano A1", date: "02/12/2026", time: "17:00", minutes: "90 min", seats: "2", weeks: "4 settimane" });
    expect(created!.plain).toContain("Create 4 sessioni di Italiano A1");
    const sessions = desk.deps.services.booking.listUpcoming(60);
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-12-02T16:00:00.000Z",
      "2026-12-09T16:00:00.000Z",
      "2026-12-16T16:00:00.000Z",
      "2026-12-23T16:00:00.000Z",
    ]);
    expect(sessions.every((s) => s.seats === 2)).toBe(true);
    const [list] = await desk.marco.says("/sessions");
    expect(list!.plain).toContain("Prossime sessioni (30 giorni): 4");
    expect(list!.plain).toContain(`#${sessions[0]!.id} · Italiano A1 · mer 02/12, 17:00 · 0/2 posti`);

    const amira = desk.resident("Amira", "ar");
    const ion = desk.resident("Ion", "ro");
    const li = desk.resident("Li", "zh");
    for (const r of [amira, ion, li]) await r.onboards();

    await amira.opensDates("ar");
    // The list of dates becomes the confirmation: one message that changes.
    const before = amira.inbox.length;
    await amira.presses(/٢|2/);
    expect(amira.inbox.length).toBe(before);
    expect(unmarked(amira.last.plain)).toContain(t("ar", "act-italian-a1"));
    expect(unmarked(amira.last.plain)).toContain(t("ar", "place-desk", { address: "via Gandolfi 20" }));

    await ion.opensDates("ro");
    await ion.presses(/2/);
    expect(ion.last.plain).toContain("17:00");

    await li.opensDates("zh");
    expect(li.buttons()[0]).toContain(t("zh", "book-session-full", { when: "" }).split(" · ")[1]!);
    await li.presses(/12/);
    expect(li.last.plain).toBe(t("zh", "book-waitlisted", { position: 1 }));

    // Ion cancels from "my bookings" (asked first); Li gets the offer in Chinese.
    await ion.says("/menu");
    await ion.presses(t("ro", "menu-mine"));
    await ion.presses("✖️");
    expect(ion.texts.at(-2)!.split("\n")[0]).toBe(t("ro", "booking-cancel-ask", { activity: "", when: "" }).split("\n")[0]);
    await ion.presses(t("ro", "booking-cancel-yes"));
    // The answer names what was cancelled (issue 30).
    expect(ion.texts.some((x) => x.startsWith(t("ro", "booking-cancelled-which", { activity: "", when: "" }).split(":")[0]!))).toBe(true);
    await desk.dispatch();
    expect(li.last.plain).toContain(t("zh", "act-italian-a1"));
    expect(li.last.plain.split("\n")[0]).toBe(t("zh", "waitlist-offer", { activity: "A", when: "W", place: "P", until: "U" }).split("\n")[0]);
    await li.presses(t("zh", "offer-accept"));
    expect(li.last.plain).toContain(t("zh", "act-italian-a1"));

    const [roster] = await desk.giulia.says(`/roster ${sessions[0]!.id}`);
    expect(roster!.plain).toContain("Posti: 2/2");
    expect(roster!.plain).toMatch(/1\. ▫️ Amira\n2\. ▫️ Li/);
    expect(roster!.plain).not.toContain("Ion");

    await desk.giulia.presses("✅ 1");
    expect(desk.group().at(-1)!.plain).toMatch(/1\. ✅ Amira/);
    expect(desk.repos.audit.all().map((a) => a.action)).toContain("attendance");
  });

  it("gives the last seat to exactly one of 50 residents pressing Book at the same moment", async () => {
    desk = new TestDesk();
    const s = desk.deps.services.booking.createSessions(
      { activityId: "macrame", date: { year: 2026, month: 12, day: 3 }, time: { hour: 15, minute: 0 }, minutes: 120, place: null, seats: 1, weeks: 1 },
      { id: 1, name: "Giulia" },
    );
    const sessionId = (s as { id: number }[])[0]!.id;
    const residents: Resident[] = [];
    for (let i = 0; i < 50; i++) {
      const r = desk.resident(`R${i}`, ["it", "en", "ar", "ro", "uk"][i % 5]);
      await r.onboards();
      await r.says("/menu");
      await r.presses(t(["it", "en", "ar", "ro", "uk"][i % 5]!, "menu-activities"));
      await r.presses(t(["it", "en", "ar", "ro", "uk"][i % 5]!, "act-macrame"));
      residents.push(r);
    }
    const presses = residents.map((r) => r.pressUpdate(`b:${sessionId}`));
    await Promise.all(presses.map((u) => desk.handle(u)));

    const seated = desk.deps.services.booking.roster(sessionId)!.seated;
    expect(seated).toHaveLength(1);
    const answers = residents.map((r, i) => ({ text: r.last.plain, locale: ["it", "en", "ar", "ro", "uk"][i % 5]! }));
    const confirmed = answers.filter((a) => a.text!.includes(t(a.locale, "act-macrame")) && a.text!.startsWith("✅"));
    const refused = answers.filter((a) => a.text === t(a.locale, "book-full"));
    expect(confirmed).toHaveLength(1);
    expect(refused).toHaveLength(49);
  });

  it("lets a parent book tutoring for two children, keeping only first name and class", async () => {
    desk = new TestDesk();
    desk.deps.services.booking.createSessions(
      { activityId: "tutoring-primary", date: { year: 2026, month: 12, day: 1 }, time: { hour: 16, minute: 30 }, minutes: 90, place: "Aula studio, via Gandolfi 20", seats: 8, weeks: 2 },
      { id: 1, name: "Giulia" },
    );
    const fatima = desk.resident("Fatima", "ar");
    await fatima.onboards();
    await fatima.says("/menu");
    await fatima.presses(t("ar", "menu-tutoring"));
    expect(fatima.last.plain).toBe(t("ar", "tutoring-child-name"));
    await fatima.says("Youssef Ben Ali Ahmed Mohamed Karim Abdallah el-Fassi the third");
    expect(fatima.last.plain).toBe(t("ar", "tutoring-child-name-invalid"));
    await fatima.says("Youssef");
    await fatima.presses(t("ar", "class-p3"));
    await fatima.presses(t("ar", "subject-maths"));
    await fatima.presses(/٨|8/);
    expect(fatima.texts.at(-2)).toContain("Youssef");
    await fatima.presses(t("ar", "tutoring-another-yes"));
    await fatima.says("Salma");
    await fatima.presses(t("ar", "class-p1"));
    await fatima.presses(t("ar", "subject-homework"));
    await fatima.presses(/٨|8/);
    await fatima.presses(t("ar", "tutoring-another-no"));

    const rows = desk.db.$client.prepare("SELECT child_name, child_class, subject, status FROM bookings ORDER BY id").all();
    expect(rows).toEqual([
      { child_name: "Youssef", child_class: "p3", subject: "maths", status: "booked" },
      { child_name: "Salma", child_class: "p1", subject: "homework", status: "booked" },
    ]);
    const columns = (desk.db.$client.prepare("PRAGMA table_info(bookings)").all() as { name: string }[]).map((c) => c.name);
    expect(columns.filter((c) => c.startsWith("child"))).toEqual(["child_name", "child_class"]);
  });

  it("tells everyone booked, each in their own language, when staff cancel a session", async () => {
    desk = new TestDesk();
    const [s] = desk.deps.services.booking.createSessions(
      { activityId: "caregiver", date: { year: 2026, month: 12, day: 4 }, time: { hour: 10, minute: 0 }, minutes: 120, place: null, seats: 10, weeks: 1 },
      { id: 1, name: "Giulia" },
    ) as { id: number }[];
    const people = [desk.resident("Olena", "uk"), desk.resident("Elira", "sq"), desk.resident("Rosa", "es")];
    const locales = ["uk", "sq", "es"];
    for (const r of people) {
      await r.onboards();
      desk.deps.services.booking.book(r.user.id, s!.id);
    }
    const [answer] = await desk.giulia.says(`/cancelsession ${s!.id}`);
    expect(answer!.plain).toContain("3 persone");
    await desk.dispatch();
    people.forEach((r, i) => {
      expect(r.last.plain.split("\n")[0]).toContain(t(locales[i]!, "act-caregiver"));
      expect(r.last.plain.split("\n")[1]).toBe(t(locales[i]!, "session-cancelled", { activity: "", when: "" }).split("\n")[1]);
    });
    // Their reminders went with it.
    expect(desk.repos.outbox.all().filter((r) => r.kind.startsWith("reminder") && r.status === "pending")).toEqual([]);
  });

  it("refuses politely to book a session that has started or was cancelled, or twice", async () => {
    desk = new TestDesk();
    const [a, b] = desk.deps.services.booking.createSessions(
      { activityId: "italian-a2", date: { year: 2026, month: 11, day: 25 }, time: { hour: 11, minute: 0 }, minutes: 90, place: null, seats: 5, weeks: 2 },
      { id: 1, name: "Giulia" },
    ) as { id: number }[];
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.opensDates("es", "act-italian-a2");
    const bookFirst = ana.pressUpdate(`b:${a!.id}`);
    // Two quick taps on the same date: Telegram delivers both before the list becomes the confirmation.
    const tap = ana.pressUpdate(`b:${b!.id}`);
    const secondTap = ana.pressUpdate(`b:${b!.id}`);
    await desk.handle(tap);
    const confirmation = ana.last.plain;
    await desk.handle(secondTap);
    // The second tap books nothing more and answers with the booking she has.
    expect(desk.deps.services.booking.roster(b!.id)!.seated).toHaveLength(1);
    expect(confirmation.startsWith("✅")).toBe(true);
    expect(ana.last.plain).toBe(confirmation);
    desk.clock.set("2026-11-25T10:30:00Z");
    await desk.handle(bookFirst);
    // Refused, then the dates still open.
    expect(ana.last.plain.split("\n\n")[0]).toBe(t("es", "book-started"));
    expect(ana.last.plain).toContain(t("es", "act-italian-a2"));
    await desk.giulia.says(`/cancelsession ${b!.id}`);
    // The dates list she was shown still carries the button of the cancelled date.
    // (Her booking on it was cancelled too, and she was told in a message of its own.)
    const list = ana.pressUpdate(`b:${b!.id}`);
    await desk.handle(list);
    const answer = ana.inbox.find((m) => m.message_id === list.callback_query!.message!.message_id)!;
    expect(answer.plain!.split("\n\n")[0]).toBe(t("es", "book-session-cancelled"));
  });
});
