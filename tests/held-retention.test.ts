import { afterEach, describe, expect, it } from "vitest";
import { TestDesk } from "./harness/desk.js";
import { t } from "./harness/texts.js";

/**
 * Messages the desk holds while it waits — for consent, or for the answer to "Send this to the desk?" — are personal
 * data like any other: the nightly retention job trims what has waited longer than the retention period.
 */

let desk: TestDesk;
afterEach(() => desk?.close());

const DAY = 86_400_000;

describe("held messages under retention", () => {
  it("what Ion wrote before agreeing waits at most the period: when he agrees, he is asked about the newer message only", async () => {
    desk = new TestDesk({ env: { RETENTION_DAYS: "30" } });
    const ion = desk.resident("Ion", "ro");
    await ion.says("/start");
    await ion.presses("✅ Română");
    await ion.says("Am o problemă cu chiria");
    desk.clock.advance(25 * DAY);
    await ion.says("Mă puteți ajuta?");
    const newer = desk.em.messages(ion.chatId).filter((m) => !m.fromBot).at(-1)!;
    desk.clock.advance(6 * DAY);
    // The nightly job: the first message has waited 31 days, the second 6.
    desk.deps.services.privacy.applyRetention();
    // The notice of a month ago is old: /start shows it again, and he agrees.
    await ion.says("/start");
    await ion.presses(/✅/);
    // One message asked about (not "your messages (2)"), under the newer one.
    expect(ion.last.plain).toBe(t("ro", "held-ask"));
    expect(ion.last.reply_to_message?.message_id).toBe(newer.message_id);
  });

  it("Ana's words held after 'Send this to the desk?' went unanswered are erased after the period; a new message starts afresh", async () => {
    desk = new TestDesk({ env: { RETENTION_DAYS: "30" } });
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.says("Mi casero no me devuelve la fianza del piso");
    expect(ana.last.plain).toBe(t("es", "held-ask"));
    // She goes on using the desk without answering the question.
    desk.clock.advance(20 * DAY);
    await ana.says("/menu");
    desk.deps.services.privacy.applyRetention();
    expect(desk.everyText()).toContain("fianza del piso");
    desk.clock.advance(11 * DAY);
    await ana.says("/menu");
    desk.deps.services.privacy.applyRetention();
    expect(desk.everyText()).not.toContain("fianza del piso");
    // What she writes now is asked about on its own.
    await ana.says("Hay humedad en el baño");
    expect(ana.last.plain).toBe(t("es", "held-ask"));
  });

  it("a message held before holding times were kept goes one period after the first run that sees it", async () => {
    desk = new TestDesk({ env: { RETENTION_DAYS: "30" } });
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    // As an earlier version stored it: no time.
    desk.repos.residents.update(ana.user.id, { pendingFlow: 'held:{"pieces":[{"kind":"text","messageId":7,"text":"recibo de la luz"}]}' });
    desk.deps.services.privacy.applyRetention();
    expect(desk.everyText()).toContain("recibo de la luz");
    desk.clock.advance(29 * DAY);
    desk.deps.services.privacy.applyRetention();
    expect(desk.everyText()).toContain("recibo de la luz");
    desk.clock.advance(2 * DAY);
    desk.deps.services.privacy.applyRetention();
    expect(desk.everyText()).not.toContain("recibo de la luz");
    expect(desk.repos.residents.get(ana.user.id)!.pendingFlow).toBeNull();
  });
});

describe("held messages and a poster's link", () => {
  it("Ion writes before agreeing, then opens a poster's link to the desk: his message is still asked about, not dropped", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    await ion.says("/start");
    await ion.presses("✅ Română");
    await ion.says("Am o problemă cu chiria");
    const written = desk.em.messages(ion.chatId).filter((m) => !m.fromBot).at(-1)!;
    // The poster in the stairwell: t.me/<bot>?start=sportello.
    await ion.says("/start sportello");
    await ion.presses(/✅/);
    expect(ion.last.plain).toBe(t("ro", "held-ask"));
    expect(ion.last.reply_to_message?.message_id).toBe(written.message_id);
  });
});
