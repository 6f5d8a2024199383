import { afterEach, describe, expect, it } from "vitest";
import { TestDesk, unmarked } from "./harness/desk.js";
import { WhatsAppResident } from "./harness/whatsapp.js";

let desk: TestDesk | undefined;
afterEach(() => {
  desk?.close();
  desk = undefined;
});

describe("WhatsApp webhooks in a burst", () => {
  it("forty people write at once (Meta posts their webhooks side by side): each webhook is journaled and answered 200, each person gets the language list", async () => {
    desk = new TestDesk({ whatsapp: true });
    const people = Array.from({ length: 40 }, (_, i) => new WhatsAppResident(desk!, `P${i}`));
    // Meta does not wait for one webhook's handling before posting the next: all forty are in flight together, so
    // each arrives while others are being handled (their writes in the turn's open transaction).
    const statuses = await Promise.all(people.map((p) => p.em.says(p.waId, "Buongiorno").then((r) => r.status)));
    expect(statuses).toEqual(people.map(() => 200));
    await desk.dispatch();
    const greeting = unmarked(desk.app.i18n.t("it", "first-contact-greeting"));
    for (const p of people) expect(p.inbox.some((m) => unmarked(m.text).includes(greeting))).toBe(true);
    expect(desk.db.$client.prepare("SELECT count(*) n FROM inbox WHERE status <> 'done'").get()).toEqual({ n: 0 });
  });
});
