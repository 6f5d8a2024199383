import { afterEach, describe, expect, it } from "vitest";
import { type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());

/** What the resident's open flow keeps (a flow's replay log; the request form's own state beside it): read on every step. */
const storedFlow = (r: Resident) =>
  (desk.db.$client
    .prepare(
      `SELECT coalesce((SELECT length(state) FROM conversation_states WHERE key = @key), 0)
            + coalesce((SELECT length(piece) FROM flow_pieces WHERE key = @key AND message_id = -1), 0)`,
    )
    .pluck()
    .get({ key: String(r.user.id) }) as number) ?? 0;

describe("a description in many messages", () => {
  it("twenty texts: the stored flow is as small after the twentieth as after the first, and the card shows all twenty in order", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await ion.presses(t("ro", "menu-desk"));
    await ion.presses(t("ro", "cat-housing"));
    await ion.says("Bucata 1: apa curge din tavan.");
    const afterOne = storedFlow(ion);
    for (let i = 2; i <= 20; i++) {
      // One "received" message counts the pieces, edited as they come (issue 30): nothing new in the chat.
      expect(await ion.says(`Bucata ${i}: apa curge din tavan.`)).toEqual([]);
      expect(unmarked(ion.last.plain)).toBe(t("ro", "req-pieces-then-visit", { count: i, address: "via Gandolfi 20" }));
    }
    expect(afterOne).toBeGreaterThan(0);
    expect(storedFlow(ion)).toBe(afterOne);

    const [summary] = await ion.presses(t("ro", "req-visit-desk"));
    expect(summary!.plain).toContain("20");
    await ion.presses(t("ro", "req-send"));
    await desk.dispatch();

    const card = desk.groupTexts()[0]!;
    const order = Array.from({ length: 20 }, (_, i) => card.indexOf(`Bucata ${i + 1}: apa`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The form is over: nothing of its pieces stays beside it.
    expect(desk.db.$client.prepare("SELECT count(*) FROM flow_pieces").pluck().get()).toBe(0);
  });

  it("a piece whose answer met Telegram trouble is kept once when its update runs again; past the length limit one is refused, with the reason", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.presses(t("es", "menu-desk"));
    await ana.presses(t("es", "cat-rent"));
    // Telegram fails every message to Ana for a while: "received" cannot be said, the update waits.
    let failures = 0;
    desk.em.fault = (method, params) => {
      if (method !== "sendMessage" || Number(params.chat_id) !== ana.user.id || failures >= 8) return undefined;
      failures++;
      return { ok: false, error_code: 502, description: "Bad Gateway" };
    };
    await ana.says("La factura de la luz es muy alta.");
    expect(failures).toBeGreaterThanOrEqual(5);
    expect(desk.repos.inbox.nextRetry()).toBeDefined();
    await desk.dispatch(600_000);
    expect(unmarked(ana.last.plain)).toBe(t("es", "req-pieces-then-visit", { count: 1, address: "via Gandolfi 20" }));
    const [tooLong] = await ana.says("x".repeat(12_001));
    expect(tooLong!.plain).toBe(t("es", "req-description-too-long"));
    await ana.presses(t("es", "req-visit-desk"));
    await ana.presses(t("es", "req-send"));
    await desk.dispatch();
    const card = desk.groupTexts()[0]!;
    expect(card.split("La factura de la luz es muy alta.")).toHaveLength(2);
    expect(card).not.toContain("xxxx");
  });

  it("/forget in the middle of a description: none of its words stay", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    await olena.presses(t("uk", "menu-desk"));
    await olena.presses(t("uk", "cat-social"));
    await olena.says("Мій сусід Петро Іваненко кричить уночі");
    expect(desk.everyText()).toContain("Петро Іваненко");
    await olena.says("/forget");
    await olena.presses(t("uk", "forget-yes"));
    expect(olena.last.plain).toBe(t("uk", "forget-done"));
    expect(desk.everyText()).not.toContain("Петро Іваненко");
  });
});

describe("a form of many steps", () => {
  it("the form keeps the step in hand, not the steps before it: as small at the summary as at the topic, across a restart", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await ion.presses(t("ro", "menu-desk"));
    const sizes = [storedFlow(ion)];
    await ion.presses(t("ro", "cat-housing"));
    sizes.push(storedFlow(ion));
    await ion.says("Apa curge din tavan.");
    sizes.push(storedFlow(ion));
    await ion.presses(t("ro", "req-visit-home"));
    sizes.push(storedFlow(ion));
    // The address, typed: the summary comes with it.
    const [summary] = await ion.says("Via Gandolfi 20, scala B");
    expect(summary!.plain).toContain("Via Gandolfi 20, scala B");
    sizes.push(storedFlow(ion));
    desk.restart();
    // Changing the contact after the restart: the form goes on from the summary it had shown.
    await ion.presses(t("ro", "req-call-me-instead"));
    const [back] = await ion.says("333 123 4567");
    expect(back!.plain).toContain("333");
    sizes.push(storedFlow(ion));
    // What the form keeps is the step in hand (its question with its buttons, the answers so far, the update that
    // opened the form): it does not grow with the steps behind it, as a replayed conversation's log would.
    expect(Math.max(...sizes)).toBeLessThan(3_000);
    expect(sizes.at(-1)).toBeLessThan(sizes[0]! + 1_500);

    await ion.presses(t("ro", "req-send"));
    await desk.dispatch();
    const card = desk.groupTexts()[0]!;
    expect(card).toContain("Apa curge din tavan.");
    expect(card).toContain("Via Gandolfi 20, scala B");
    expect(card).toMatch(/333\s?123\s?4567/);
    expect(storedFlow(ion)).toBe(0);
  });

  it("a form begun before the desk kept forms this way (a flow with no form beside it): Ion is told it closed, and his words are not lost", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    // What the conversations plugin stored for a form in progress before the update: its replay log only.
    const replayed = { interrupts: [1], replay: { send: [{ payload: "wait" }, { payload: "wait" }], receive: [{ send: 0, returnValue: { update_id: 1 } }] } };
    desk.db.$client
      .prepare("INSERT INTO conversation_states (key, state, updated_at) VALUES (?, ?, ?)")
      .run(String(ion.user.id), JSON.stringify({ version: [0, 1], state: { fileRequest: [replayed] } }), desk.clock.now().getTime());
    const answers = await ion.says("Apa curge din tavan.");
    expect(answers[0]!.plain).toBe(t("ro", "req-form-lost"));
    // What he wrote is read as a new message: he is asked whether it goes to the desk.
    expect(answers.at(-1)!.plain).toBe(t("ro", "held-ask"));
    expect(storedFlow(ion)).toBe(0);
  });
});
