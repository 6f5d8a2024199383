/**
 * Issue 30, point 11 and point 16: the smaller things a newcomer meets, each as they meet it — "ATC" explained where
 * the topic is chosen, a way to a person instead of agreeing to write to a bot, sample lessons that never fall on a
 * day the desk is closed, stickers from the playground answered, and the README saying how its clock and its two
 * kinds of coordinators work.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "#src/clock.js";
import { createPlaygroundServer } from "#src/playground/server.js";
import { seedSampleSessions } from "#src/playground/world.js";
import { TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());
const read = (m: { plain?: string } | undefined) => unmarked(m?.plain ?? "");

describe("choosing a topic", () => {
  it("the question says what ATC is, since two topics name it", async () => {
    desk = new TestDesk();
    const oksana = desk.resident("Oksana", "uk");
    await oksana.onboards();
    await oksana.presses(t("uk", "menu-desk"));
    expect(read(oksana.last)).toBe(t("uk", "req-choose-category-explained"));
    expect(read(oksana.last)).toContain("ATC —");
    expect(oksana.buttons().map(unmarked)).toContain(t("uk", "cat-housing"));
  });
});

describe("the privacy notice is not the only way", () => {
  it("'I'd rather talk to a person' gives the desk's place and hours, keeps nothing, and 'I agree' still works", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    await ion.says("/start");
    await ion.presses("✅");
    const notice = ion.last;
    expect(ion.buttons().map(unmarked)).toContain(t("ro", "privacy-prefer-person"));
    const [answer, ...more] = await ion.presses(t("ro", "privacy-prefer-person"));
    expect(more).toEqual([]);
    expect(read(answer)).toContain(t("ro", "privacy-person-answer"));
    expect(read(answer)).toMatch(/via Gandolfi 20/i);
    // Nothing agreed, nothing kept beyond the language: the menu is not open to him.
    expect(desk.deps.services.residents.needsConsent(desk.deps.services.residents.get(ion.user.id))).toBe(true);
    // The notice keeps its "I agree": he can still choose to write here.
    expect(desk.em.buttons(ion.inbox.find((m) => m.message_id === notice.message_id)!).map((b) => unmarked(b.text))).toContain(t("ro", "privacy-agree"));
    await ion.presses(t("ro", "privacy-agree"));
    expect(read(ion.last)).toBe(t("ro", "menu-title"));
  });
});

describe("the playground's sample lessons", () => {
  it("none falls on the Immacolata or in the Christmas closure the desk announces", () => {
    desk = new TestDesk({ clock: new ManualClock("2026-12-04T09:00:00Z") });
    const { booking, desks } = desk.deps.services;
    seedSampleSessions(booking, desk.clock.now(), desk.config.timezone, desks.main.hours);
    const ids = booking.catalog.all.map((a) => a.id);
    const sessions = booking.upcoming(ids, 1000);
    expect(sessions.length).toBeGreaterThan(10);
    const days = sessions.map((s) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", month: "2-digit", day: "2-digit" }).format(s.startsAt));
    expect(days.filter((d) => d === "12-08" || d >= "12-24" || d <= "01-06")).toEqual([]);
    // Every one of them is on a day the desk is open.
    for (const s of sessions) expect(desks.main.hours.closureAt(s.startsAt)?.reason ?? "open").not.toMatch(/closure|holiday/);
  });
});

describe("stickers", () => {
  it("the playground sends a sticker as Telegram does, and the desk answers it without losing the form", async () => {
    desk = new TestDesk();
    const amina = desk.resident("Amina", "ar");
    await amina.onboards();
    await amina.presses(t("ar", "menu-desk"));
    const server = createPlaygroundServer({ em: desk.em, groupId: -1001234567890, residents: [amina.user.id] });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const port = (server.address() as AddressInfo).port;
      const res = await fetch(`http://127.0.0.1:${port}/api/send`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ userId: amina.user.id, chatId: amina.user.id, sticker: true }),
      });
      expect(res.status).toBe(200);
    } finally {
      server.close();
    }
    const sent = desk.em.messages(amina.user.id).filter((m) => !m.fromBot).at(-1)!;
    expect(sent.sticker).toMatchObject({ emoji: "👍", type: "regular" });
    // Delivered to the desk as Telegram would: a kind answer, and the topic question still live.
    const [answer] = await amina.sends({ sticker: sent.sticker });
    expect(read(answer)).toBe(t("ar", "input-sticker"));
    expect(amina.buttons().map(unmarked)).toContain(t("ar", "cat-housing"));
  });
});

describe("the README, for someone trying the desk", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  it("says FAKE_NOW only sets the start and the clock runs on", () => {
    expect(readme).toMatch(/`FAKE_NOW` sets where the clock starts; from there it runs on/);
  });
  it("names the two kinds of coordinators apart, and says how to write an internal note", () => {
    expect(readme).toContain("**visit coordinators**");
    expect(readme).toContain("**coordinators' group**");
    expect(readme).toMatch(/`\/note`/);
    expect(readme).toMatch(/`!`/);
  });
});
