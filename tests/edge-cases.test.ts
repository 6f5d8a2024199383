import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

// Found in review: each test is a scenario that went wrong before.

let desk: TestDesk;
afterEach(() => desk?.close());


async function openRequest(locale = "es", name = "Ana") {
  const r = desk.resident(name, locale);
  await r.onboards();
  await r.filesRequest(locale, { say: ["No me llega el recibo"] });
  return r;
}

describe("review fixes", () => {
  it("/forget typed in the middle of a form leaves the form and asks for confirmation, nothing is filed", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.presses(t("es", "menu-desk"));
    await ana.presses(t("es", "cat-rent"));
    await ana.says("/forget");
    expect(ana.last.plain).toBe(t("es", "forget-confirm"));
    expect(desk.repos.conversations.read(String(ana.user.id))).toBeUndefined();
  });

  it("a photo captioned with '!' stays an internal note", async () => {
    desk = new TestDesk();
    const ana = await openRequest();
    const [topic] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];
    const before = ana.inbox.length;
    await desk.giulia.sends({ photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }], caption: "! non dirle del sopralluogo" }, { topic });
    expect(ana.inbox.length).toBe(before);
    expect(desk.deps.services.requests.messages(1).at(-1)).toMatchObject({ direction: "note", text: "non dirle del sopralluogo" });
  });

  it("staff answers follow the language the resident uses now, not the one they filed in", async () => {
    desk = new TestDesk();
    const ana = await openRequest();
    await ana.says("/language");
    await ana.presses("Français");
    await desk.giulia.says("/close 1");
    desk.clock.advance(61_000);
    await desk.dispatch();
    expect(ana.last.plain).toBe(t("fr", "sat-question", { number: 1 }));
  });

  it("a booking for a session that already took place cannot be cancelled, and is not listed to cancel", async () => {
    desk = new TestDesk();
    const [s] = desk.deps.services.booking.createSessions(
      { activityId: "macrame", date: { year: 2026, month: 11, day: 26 }, time: { hour: 15, minute: 0 }, minutes: 120, place: null, seats: 5, weeks: 1 },
      { id: 1, name: "Giulia" },
    ) as { id: number }[];
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    const booked = desk.deps.services.booking.book(ana.user.id, s!.id);
    if (!booked.ok) throw new Error("not booked");
    desk.clock.set("2026-11-26T16:00:00Z");
    desk.deps.services.booking.markAttendance(booked.booking.id, "present", { id: 1, name: "Giulia" });
    expect(desk.deps.services.booking.cancel(ana.user.id, booked.booking.id).ok).toBe(false);
    await ana.says("/menu");
    await ana.presses(t("es", "menu-mine"));
    expect(ana.texts).toContain(t("es", "my-bookings-none"));
    const [answer] = await desk.giulia.says(`/cancelsession ${s!.id}`);
    expect(answer!.plain).toContain("già iniziata");
    expect(desk.deps.services.booking.booking(booked.booking.id)).toMatchObject({ status: "booked", attendance: "present" });
  });

  it("keeps no names in the outbox once a message is sent (the staff digest names people)", async () => {
    desk = new TestDesk();
    desk.deps.services.notifications.toStaff("digest", "digest:x", "☀️ Oggi: • Fatima → Youssef (p3)");
    await desk.dispatch();
    expect(desk.groupTexts().at(-1)).toContain("Youssef");
    expect(JSON.stringify(desk.repos.outbox.all())).not.toContain("Youssef");
  });

  it("a reopened request whose old content was erased is erased again after its next close", async () => {
    desk = new TestDesk({ env: { RETENTION_DAYS: "30" } });
    await openRequest();
    const staff = { id: 900_001, name: "Giulia" };
    desk.deps.services.requests.close(1, staff);
    desk.clock.advance(31 * 86_400_000);
    expect(desk.deps.services.privacy.applyRetention()).toBe(1);
    desk.deps.services.requests.reopen(1, staff);
    desk.deps.services.requests.incoming(1, { kind: "text", text: "SEGRETO" });
    desk.deps.services.requests.close(1, staff);
    desk.clock.advance(31 * 86_400_000);
    expect(desk.deps.services.privacy.applyRetention()).toBe(1);
    expect(JSON.stringify(desk.deps.services.requests.messages(1))).not.toContain("SEGRETO");
  });

  it("a resident who blocked the bot and comes back gets reminders again", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    desk.deps.services.residents.markUnreachable(ana.user.id, "Forbidden: bot was blocked by the user");
    await ana.says("/menu");
    expect(desk.deps.services.notifications.toResident(ana.user.id, "test", null, { type: "t", key: "reminder-thanks" })).toBe(true);
  });

  it("agreeing to an old privacy notice shows the one in force instead", async () => {
    desk = new TestDesk({ env: { PRIVACY_NOTICE_VERSION: "2" } });
    const ana = desk.resident("Ana", "es");
    await ana.says("/start");
    await ana.presses("✅ Español");
    // The notice on screen is one the desk sent under version 1 (its button says so): she agrees to that one.
    const notice = ana.last;
    (notice.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data = "consent:1";
    await desk.handle(desk.em.press(ana.user.id, ana.chatId, notice.message_id, "consent:1"));
    expect(ana.last.message_id).not.toBe(notice.message_id);
    expect(desk.repos.residents.get(ana.user.id)!.consentAt).toBeNull();
    expect(unmarked(ana.last.plain)).toBe(
      `${t("es", "privacy-notice", { address: "via Gandolfi 20" })}\n${t("es", "privacy-voice")}`.replace(/<\/?b>/g, ""),
    );
  });

  it("a staff member in the middle of /newsession can still answer a resident by replying to the card", async () => {
    desk = new TestDesk({ forum: false });
    const ana = await openRequest();
    const card = desk.group().find((m) => m.plain?.startsWith("#1"))!;
    await desk.giulia.says("/newsession");
    await desk.giulia.answers("Arrivo subito", { replyTo: card.message_id });
    expect(ana.last.plain).toContain("Arrivo subito");
    const [queue] = await desk.giulia.says("/queue");
    expect(queue!.plain).toContain("Coda");
    await desk.giulia.says("/cancel");
    expect(desk.groupTexts().at(-1)).toBe("Creazione annullata. Non ho creato niente.");
  });
});
