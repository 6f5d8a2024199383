import { afterEach, describe, expect, it } from "vitest";
import { reminderTimes } from "#src/domain/reminders.js";
import { createLogger } from "#src/logger.js";
import { closeIdleFlows, minuteChores, queueDigest } from "#src/scheduler/jobs.js";
import { TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());


function session(d: TestDesk, at: { month: number; day: number; hour: number }, seats = 5, activityId = "italian-a1") {
  const created = d.deps.services.booking.createSessions(
    { activityId, date: { year: 2026, month: at.month, day: at.day }, time: { hour: at.hour, minute: 0 }, minutes: 90, place: null, seats, weeks: 1 },
    { id: 1, name: "Giulia" },
  );
  if ("error" in created) throw new Error(created.error);
  return created[0]!;
}

const reminders = (d: TestDesk) => d.repos.outbox.all().filter((r) => r.kind.startsWith("reminder"));

describe("reminders and the outbox", () => {
  it("plans the 24 h and 2 h reminders on booking and cancels them with the booking", async () => {
    desk = new TestDesk();
    const s = session(desk, { month: 11, day: 30, hour: 17 });
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    const booked = desk.deps.services.booking.book(amira.user.id, s.id);
    expect(booked.ok).toBe(true);
    expect(reminders(desk).map((r) => [r.kind, r.dueAt.toISOString(), r.status])).toEqual([
      ["reminder-24h", "2026-11-29T16:00:00.000Z", "pending"],
      ["reminder-2h", "2026-11-30T14:00:00.000Z", "pending"],
    ]);
    if (booked.ok) desk.deps.services.booking.cancel(amira.user.id, booked.booking.id);
    expect(reminders(desk).map((r) => r.status)).toEqual(["cancelled", "cancelled"]);
  });

  it("skips the 24 h reminder when booking less than a day ahead", async () => {
    desk = new TestDesk();
    const s = session(desk, { month: 11, day: 25, hour: 19 });
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    desk.deps.services.booking.book(ion.user.id, s.id);
    expect(reminders(desk).map((r) => r.kind)).toEqual(["reminder-2h"]);
  });

  it("keeps local time across the October change: a Sunday 10:00 class is reminded on Saturday at 10:00", () => {
    const sunday = new Date("2026-10-25T09:00:00Z"); // 10:00 in Rome, first day of winter time
    const [dayBefore, twoHours] = reminderTimes(sunday, new Date("2026-10-20T00:00:00Z"), "Europe/Rome");
    expect(dayBefore!.dueAt.toISOString()).toBe("2026-10-24T08:00:00.000Z"); // 10:00 summer time
    expect(twoHours!.dueAt.toISOString()).toBe("2026-10-25T07:00:00.000Z");
    const march = reminderTimes(new Date("2026-03-29T08:00:00Z"), new Date("2026-03-20T00:00:00Z"), "Europe/Rome");
    expect(march[0]!.dueAt.toISOString()).toBe("2026-03-28T09:00:00.000Z");
  });

  it("sends the reminder in the resident's language when due; 'I can't come' frees the seat for the next in line", async () => {
    desk = new TestDesk();
    const s = session(desk, { month: 11, day: 27, hour: 17 }, 1);
    const amira = desk.resident("Amira", "ar");
    const olena = desk.resident("Olena", "uk");
    await amira.onboards();
    await olena.onboards();
    desk.deps.services.booking.book(amira.user.id, s.id);
    desk.deps.services.booking.joinWaitlist(olena.user.id, s.id);
    await desk.dispatch();
    expect(amira.texts.some((x) => x.includes("⏰"))).toBe(false);

    desk.clock.set("2026-11-26T16:00:00Z");
    await desk.dispatch();
    expect(amira.last.plain.split("\n")[0]).toContain(t("ar", "reminder-24h", { when: "", activity: "", place: "" }).split("\n")[0]!.trim().slice(0, 5));
    expect(unmarked(amira.last.plain)).toContain(t("ar", "act-italian-a1"));
    await amira.presses(t("ar", "reminder-not-coming"));
    expect(amira.last.plain).toBe(t("ar", "reminder-freed"));
    await desk.dispatch();
    expect(olena.last.plain).toContain(t("uk", "act-italian-a1"));
    expect(olena.buttons()).toContain(t("uk", "offer-accept"));
    // Amira's 2 h reminder went with her booking.
    desk.clock.set("2026-11-27T14:00:00Z");
    const before = amira.inbox.length;
    await desk.dispatch();
    expect(amira.inbox.length).toBe(before);
  });

  it("sends nothing twice after a restart in the middle of dispatching", async () => {
    desk = new TestDesk();
    const people = [];
    for (let i = 0; i < 5; i++) {
      const r = desk.resident(`P${i}`, "it");
      await r.onboards();
      people.push(r);
    }
    for (const r of people) desk.deps.services.notifications.toResident(r.user.id, "test", null, { type: "t", key: "reminder-thanks" });
    // A dispatcher claimed all five and had started sending the first when the process died.
    const claimed = desk.repos.outbox.claimDue(desk.clock.now(), 10);
    await desk.em.call("sendMessage", { chat_id: claimed[0]!.chatId, text: "Grazie! A presto." });
    desk.repos.outbox.mark(claimed[0]!.id, { sendStartedAt: desk.clock.now() });

    desk.restart();
    expect(desk.app.dispatcher.recover()).toEqual({ requeued: 4, uncertain: 1 });
    await desk.dispatch();
    for (const r of people) expect(r.texts.filter((x) => x === "Grazie! A presto.")).toHaveLength(1);
    expect(desk.repos.outbox.get(claimed[0]!.id)!.status).toBe("failed");
  });

  it("never sends a row twice when two dispatch runs overlap, even from two bot instances", async () => {
    desk = new TestDesk();
    const r = desk.resident("Ana", "es");
    await r.onboards();
    for (let i = 0; i < 3; i++) desk.deps.services.notifications.toResident(r.user.id, "test", null, { type: "t", key: "reminder-thanks" });
    const other = desk.secondInstance();
    await Promise.all([desk.app.dispatcher.run(), desk.app.dispatcher.run(), other.dispatcher.run()]);
    await desk.dispatch();
    expect(r.texts.filter((x) => x === t("es", "reminder-thanks"))).toHaveLength(3);
  });

  it("gives up at once on 403, keeps the reason, and queues nothing more for that resident", async () => {
    desk = new TestDesk();
    const s = session(desk, { month: 11, day: 30, hour: 17 });
    const r = desk.resident("Ana", "es");
    await r.onboards();
    desk.deps.services.booking.book(r.user.id, s.id);
    desk.deps.services.notifications.toResident(r.user.id, "test", null, { type: "t", key: "reminder-thanks" });
    desk.em.block(r.user.id);
    await desk.dispatch();
    const rows = desk.repos.outbox.all();
    const test = rows.find((x) => x.kind === "test")!;
    expect(test).toMatchObject({ status: "failed", attempts: 1, lastError: "Forbidden: bot was blocked by the user" });
    expect(rows.filter((x) => x.kind.startsWith("reminder")).map((x) => x.status)).toEqual(["cancelled", "cancelled"]);
    expect(desk.repos.residents.get(r.user.id)!.blockedReason).toBe("Forbidden: bot was blocked by the user");
    expect(desk.deps.services.notifications.toResident(r.user.id, "test", null, { type: "t", key: "reminder-thanks" })).toBe(false);
    expect(desk.em.calls.filter((c) => c.method === "sendMessage" && c.params.chat_id === r.user.id && c.params.text === t("es", "reminder-thanks"))).toHaveLength(1);
  });

  it("waits the retry_after of a 429 for that chat only", async () => {
    desk = new TestDesk();
    const a = desk.resident("Ana", "es");
    const b = desk.resident("Ion", "ro");
    await a.onboards();
    await b.onboards();
    let refused = false;
    desk.em.fault = (method, params) => {
      if (method === "sendMessage" && params.chat_id === a.user.id && !refused) {
        refused = true;
        return { ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } };
      }
      return undefined;
    };
    desk.deps.services.notifications.toResident(a.user.id, "test", null, { type: "t", key: "reminder-thanks" });
    desk.deps.services.notifications.toResident(b.user.id, "test", null, { type: "t", key: "reminder-thanks" });
    const start = desk.clock.now().getTime();
    await desk.app.dispatcher.run();
    expect(b.last.plain).toBe(t("ro", "reminder-thanks"));
    const row = desk.repos.outbox.all().find((x) => x.chatId === a.user.id)!;
    expect(row.status).toBe("pending");
    expect(row.dueAt.getTime() - start).toBe(3000);
    desk.clock.advance(2999);
    await desk.app.dispatcher.run();
    expect(desk.repos.outbox.get(row.id)!.status).toBe("pending");
    desk.clock.advance(1);
    await desk.app.dispatcher.run();
    expect(a.last.plain).toBe(t("es", "reminder-thanks"));
  });

  it("retries 5xx with back-off, then gives up after a bound", async () => {
    desk = new TestDesk();
    const a = desk.resident("Ana", "es");
    await a.onboards();
    desk.em.fault = (method) => (method === "sendMessage" ? { ok: false, error_code: 502, description: "Bad Gateway" } : undefined);
    desk.deps.services.notifications.toResident(a.user.id, "test", null, { type: "t", key: "reminder-thanks" });
    await desk.dispatch(24 * 3600_000);
    const row = desk.repos.outbox.all()[0]!;
    expect(row).toMatchObject({ status: "failed", attempts: 5, lastError: "Bad Gateway" });
  });

  it("after downtime sends a reminder whose session has not started, and expires one whose session has", async () => {
    desk = new TestDesk();
    const soon = session(desk, { month: 11, day: 26, hour: 17 });
    const earlier = session(desk, { month: 11, day: 26, hour: 9 });
    const r = desk.resident("Ana", "es");
    await r.onboards();
    desk.deps.services.booking.book(r.user.id, soon.id);
    desk.deps.services.booking.book(r.user.id, earlier.id);
    desk.restart();
    desk.clock.set("2026-11-26T12:00:00Z"); // the bot was down all night
    desk.app.dispatcher.recover();
    await desk.dispatch();
    const rows = reminders(desk).map((x) => [x.ref, x.kind, x.status]);
    expect(rows).toEqual([
      ["booking:1", "reminder-24h", "sent"],
      ["booking:1", "reminder-2h", "pending"],
      ["booking:2", "reminder-2h", "expired"],
    ]);
  });

  it("queues the staff digest once a day with today's rosters and requests waiting over 48 hours", async () => {
    desk = new TestDesk();
    const s = session(desk, { month: 11, day: 27, hour: 17 });
    const r = desk.resident("Ana", "es");
    await r.onboards();
    desk.deps.services.booking.book(r.user.id, s.id);
    desk.deps.services.requests.file({ residentId: r.user.id, category: "rent", language: "es", visit: "desk", contact: "chat", pieces: [{ kind: "text", text: "Hola", messageId: 1 }] });
    desk.clock.set("2026-11-27T10:00:00Z");
    expect(queueDigest(desk.app)).toBe(true);
    expect(queueDigest(desk.app)).toBe(false);
    await desk.dispatch();
    // The request's card went out in the same run: the digest is found among the group's posts.
    const digest = desk.groupTexts().find((x) => x.includes("Buongiorno") || x.includes("Oggi,"))!;
    expect(digest).toContain("Oggi, venerdì 27 novembre");
    expect(digest).toMatch(/17:00 · Italiano A1.*1\/5 posti/);
    expect(digest).toContain("• Ana");
    expect(digest).toContain("#1 · 💶 Affitto, bollette e documenti · es · da 49 h");
  });
});

describe("scheduled chores", () => {
  it("offers a lapsed waiting-list seat to the next person in line", async () => {
    desk = new TestDesk({ env: { WAITLIST_HOLD_HOURS: "12" } });
    const s = session(desk, { month: 11, day: 30, hour: 17 }, 1);
    const [a, b, c] = [desk.resident("Ana", "es"), desk.resident("Ion", "ro"), desk.resident("Li", "zh")];
    for (const r of [a, b, c]) await r.onboards();
    const seat = desk.deps.services.booking.book(a.user.id, s.id);
    desk.deps.services.booking.joinWaitlist(b.user.id, s.id);
    desk.deps.services.booking.joinWaitlist(c.user.id, s.id);
    if (seat.ok) desk.deps.services.booking.cancel(a.user.id, seat.booking.id);
    await desk.dispatch();
    expect(b.buttons()).toContain(t("ro", "offer-accept"));

    // Offered on Wednesday at 10:00: the 12 hours would end at night, so the seat is kept until 12:00 of
    // Thursday, the desk's next opening day.
    desk.clock.advance(12 * 3600_000 + 60_000);
    minuteChores(desk.app, createLogger("silent"));
    await desk.dispatch();
    expect(b.buttons()).toContain(t("ro", "offer-accept"));
    desk.clock.set("2026-11-26T11:01:00Z");
    minuteChores(desk.app, createLogger("silent"));
    await desk.dispatch();
    expect(b.last.plain).toContain(t("ro", "act-italian-a1"));
    expect(b.last.plain.split(" ")[0]).toBe(t("ro", "offer-lapsed", { activity: "X", when: "Y" }).split(" ")[0]);
    expect(c.buttons()).toContain(t("zh", "offer-accept"));
    // Ion's old button no longer takes the seat; it says what is true now: the lesson is full, he may queue again.
    await b.presses(t("ro", "offer-accept"));
    expect(b.texts).toContain(`${t("ro", "offer-gone")}\n\n${t("ro", "book-full")}`);
    expect(b.buttons()).toContain(t("ro", "book-join-waitlist"));
    await c.presses(t("zh", "offer-accept"));
    expect(desk.deps.services.booking.roster(s.id)!.seated.map((r) => r.firstName)).toEqual(["Li"]);
  });

  it("closes a form left idle and tells the resident without waiting for them to write", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.presses(t("es", "menu-desk"));
    desk.clock.advance(3 * 3600_000 + 60_000);
    expect(closeIdleFlows(desk.app)).toBe(1);
    await desk.dispatch();
    expect(ana.last.plain).toBe(t("es", "flow-expired"));
    await ana.says("hola");
    expect(ana.last.plain).toBe(t("es", "held-ask"));
  });

  it("never sends more than 20 messages a minute to the operator group", async () => {
    desk = new TestDesk({ env: { GROUP_POSTS_PER_MINUTE: "20" } });
    for (let i = 0; i < 25; i++) desk.deps.services.notifications.toStaff("test", null, `avviso ${i}`);
    const start = desk.clock.now().getTime();
    await desk.dispatch(120_000);
    const times = desk.repos.outbox.all().map((r) => r.sentAt!.getTime() - start).sort((x, y) => x - y);
    expect(times).toHaveLength(25);
    expect(times[19]! - times[0]!).toBeLessThan(60_000);
    expect(times[20]! - times[0]!).toBeGreaterThanOrEqual(60_000);
  });
});
