import { afterEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "#src/clock.js";
import type { OutboxPayload } from "#src/domain/notifications.js";
import { type Resident, TestDesk } from "./harness/desk.js";

/**
 * Whether a date shows its year is decided against the desk's clock, never the machine's: the same queued
 * messages, sent with the desk's clock in 2026 and in 2027, read the same whatever year the machine is in.
 */
describe("dates rendered against the desk's clock", () => {
  afterEach(() => vi.useRealTimers());

  const lesson = new Date("2026-12-02T16:00:00Z"); // Wednesday 2 December 2026, 17:00 in Rome
  const payloads: OutboxPayload[] = [
    { type: "t", key: "reminder-24h", vars: { activity: "Italiano", place: "via Gandolfi 20" }, dates: { when: lesson.toISOString() } },
    {
      type: "visit",
      notice: "reminder-day",
      visitId: 1,
      requestId: 7,
      who: { role: "nurse" },
      from: lesson.toISOString(),
      to: new Date(lesson.getTime() + 3_600_000).toISOString(),
    } as OutboxPayload,
  ];

  async function sent(deskNow: string, machineNow: string): Promise<string[]> {
    // Only Date is faked: the machine believes it is `machineNow`, the desk's clock says `deskNow`.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(machineNow) });
    const desk = new TestDesk({ clock: new ManualClock(deskNow) });
    try {
      const amina: Resident = desk.resident("Amina", "en");
      await amina.onboards("English");
      const before = amina.inbox.length;
      for (const payload of payloads) {
        desk.repos.outbox.insert({
          dueAt: desk.clock.now(),
          chatId: amina.chatId,
          kind: "reminder",
          payload: JSON.stringify(payload),
          status: "pending",
          createdAt: desk.clock.now(),
        });
      }
      await desk.dispatch();
      return amina.inbox.slice(before).map((m) => m.plain ?? "");
    } finally {
      desk.close();
    }
  }

  it("in 2026 the desk leaves this year's date without its year, even when the machine is already in 2027", async () => {
    const texts = await sent("2026-11-30T09:00:00Z", "2027-01-01T08:00:00Z");
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain("Wednesday 2 December at 17:00");
    expect(texts[1]).toContain("Wednesday 2 December");
    for (const text of texts) expect(text).not.toContain("2026");
  });

  it("in 2027 the same messages name 2026, even when the machine is still in 2026", async () => {
    const texts = await sent("2027-01-02T09:00:00Z", "2026-11-30T09:00:00Z");
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain("2 December 2026 at 17:00");
    expect(texts[1]).toContain("2 December 2026");
  });
});
