import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

/**
 * What the outbox sends on the desk's own initiative — a reminder to a resident, a post for staff — may have its
 * answer lost (the connection dropped after Telegram carried it out), or be on its way when the process dies. The
 * outbox looks for it before sending it again: the resident and staff get it once, never twice, never not at all.
 */

let desk: TestDesk;
afterEach(() => desk?.close());

function session(d: TestDesk, at: { month: number; day: number; hour: number }) {
  const created = d.deps.services.booking.createSessions(
    { activityId: "italian-a1", date: { year: 2026, month: at.month, day: at.day }, time: { hour: at.hour, minute: 0 }, minutes: 90, place: null, seats: 5, weeks: 1 },
    { id: 1, name: "Giulia" },
  );
  if ("error" in created) throw new Error(created.error);
  return created[0]!;
}

/** Amira books a lesson on Friday 27 at 17:00 through the bot; the reminder the day before is due on Thursday at 17:00. */
async function bookedAmira(): Promise<Resident> {
  const s = session(desk, { month: 11, day: 27, hour: 17 });
  const amira = desk.resident("Amira", "ar");
  await amira.onboards();
  const booked = desk.deps.services.booking.book(amira.user.id, s.id);
  expect(booked.ok).toBe(true);
  await amira.says("/menu");
  return amira;
}

const reminderHead = () => t("ar", "reminder-24h", { when: "", activity: "", place: "" }).split("\n")[0]!.trim().slice(0, 5);
const isReminder = (r: Resident) => (method: string, params: Record<string, any>) =>
  method === "sendMessage" && Number(params.chat_id) === r.chatId && unmarked(String(params.text)).startsWith(reminderHead());
/** The reminders Telegram showed Amira (each send carried out counts, whatever the desk heard back). */
const remindersShown = (r: Resident) => desk.em.messages(r.chatId).filter((m) => m.fromBot && !m.deleted && (m.plain ?? "").startsWith(reminderHead())).length;
const dayBefore = () => desk.clock.set(new Date("2026-11-26T16:00:00Z"));

describe("a reminder whose answer was lost", () => {
  it("Telegram showed it but the answer never came: the retry finds it, Amira reads it once", async () => {
    desk = new TestDesk();
    const amira = await bookedAmira();
    let lost = false;
    desk.em.dropAnswer = (method, params) => {
      if (lost || !isReminder(amira)(method, params)) return false;
      lost = true;
      return true;
    };
    dayBefore();
    await desk.dispatch(600_000);
    expect(lost).toBe(true);
    expect(remindersShown(amira)).toBe(1);
    const row = desk.repos.outbox.all().find((r) => r.kind === "reminder-24h")!;
    expect(row.status).toBe("sent");
    // Its buttons work: "I can't come" frees the seat.
    expect(amira.buttons().length).toBeGreaterThan(0);
  });
});

describe("the desk dies while the outbox is sending", () => {
  it("a reminder on its way when the process died, never carried out: after the restart Amira gets it, once", async () => {
    desk = new TestDesk();
    const amira = await bookedAmira();
    desk.em.latency = { ms: (m, p) => (isReminder(amira)(m, p) ? 1 : 0), wait: (ms) => (ms ? new Promise<void>(() => undefined) : Promise.resolve()) };
    dayBefore();
    void desk.app.dispatcher.run();
    for (let i = 0; i < 200 && !desk.em.calls.some((c) => isReminder(amira)(c.method, c.params)); i++) await new Promise((r) => setImmediate(r));
    desk.restart();
    desk.em.latency = undefined;
    desk.app.dispatcher.recover();
    await desk.dispatch(600_000);
    expect(remindersShown(amira)).toBe(1);
    expect(desk.repos.outbox.all().find((r) => r.kind === "reminder-24h")!.status).toBe("sent");
  });

  it("a reminder carried out whose answer had not come when the process died: after the restart it is found, not sent again", async () => {
    desk = new TestDesk();
    const amira = await bookedAmira();
    desk.em.holdAnswer = (m, p) => isReminder(amira)(m, p);
    dayBefore();
    void desk.app.dispatcher.run();
    for (let i = 0; i < 200 && remindersShown(amira) === 0; i++) await new Promise((r) => setImmediate(r));
    desk.restart();
    desk.em.holdAnswer = undefined;
    desk.app.dispatcher.recover();
    await desk.dispatch(600_000);
    expect(remindersShown(amira)).toBe(1);
    expect(desk.repos.outbox.all().find((r) => r.kind === "reminder-24h")!.status).toBe("sent");
  });

  it("a resident's follow-up on its way to staff when the process died, never carried out: after the restart staff see it, once", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    const request = await ana.filesRequest("es", { say: ["No me llega el recibo del alquiler"] });
    const isPost = (m: string, p: Record<string, any>) => m === "sendMessage" && Number(p.chat_id) === OPERATOR_CHAT_ID && String(p.text).includes("el contador también");
    desk.em.latency = { ms: (m, p) => (isPost(m, p) ? 1 : 0), wait: (ms) => (ms ? new Promise<void>(() => undefined) : Promise.resolve()) };
    void ana.says("Seguito: el contador también");
    for (let i = 0; i < 200 && !desk.em.calls.some((c) => isPost(c.method, c.params)); i++) await new Promise((r) => setImmediate(r));
    desk.restart();
    desk.em.latency = undefined;
    desk.app.dispatcher.recover();
    await desk.dispatch(600_000);
    const posts = desk.group(request.topicId!).filter((m) => m.fromBot && (m.plain ?? "").includes("el contador también"));
    expect(posts).toHaveLength(1);
  });

  it("a follow-up carried out whose answer had not come when the process died: after the restart staff see it once", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    const request = await ana.filesRequest("es", { say: ["No me llega el recibo del alquiler"] });
    const isPost = (m: string, p: Record<string, any>) => m === "sendMessage" && Number(p.chat_id) === OPERATOR_CHAT_ID && String(p.text).includes("el contador también");
    desk.em.holdAnswer = isPost;
    void ana.says("Seguito: el contador también");
    const posts = () => desk.group(request.topicId!).filter((m) => m.fromBot && !m.deleted && (m.plain ?? "").includes("el contador también"));
    for (let i = 0; i < 200 && posts().length === 0; i++) await new Promise((r) => setImmediate(r));
    expect(posts()).toHaveLength(1);
    desk.restart();
    desk.em.holdAnswer = undefined;
    desk.app.dispatcher.recover();
    await desk.dispatch(600_000);
    expect(posts()).toHaveLength(1);
    expect(desk.repos.outbox.groupBacklog().count).toBe(0);
  });
});
