import { afterEach, describe, expect, it } from "vitest";
import { type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

/**
 * Inside a form, Telegram carries out a question but its answer never comes back (the connection dropped after the
 * call ran). The desk cannot tell that from a question never sent: whatever it does, the resident sees each question
 * once, and the form goes on as usual (the conversations plugin replays the form from its log at every step).
 */

let desk: TestDesk;
afterEach(() => desk?.close());

/** Drops the answer to the first message to `r` that says `text` (Telegram shows it; the desk never hears back). */
function loseAnswerTo(r: Resident, text: string) {
  let done = false;
  const previous = desk.em.dropAnswer;
  desk.em.dropAnswer = (method, params) => {
    if (!done && method === "sendMessage" && Number(params.chat_id) === r.chatId && unmarked(String(params.text)) === text) {
      done = true;
      return true;
    }
    return previous?.(method, params) ?? false;
  };
  return () => done;
}

/** How many times the desk put this text in the resident's chat (a message edited since still counts once). */
const shown = (r: Resident, text: string) =>
  desk.em.calls.filter((c) => c.method === "sendMessage" && Number(c.params.chat_id) === r.chatId && unmarked(String(c.params.text)) === text).length;

describe("a question inside a form whose answer was lost", () => {
  it("the topics question lands with its answer lost: Ana sees it once, and the form goes on to the end", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    const lost = loseAnswerTo(ana, t("es", "req-choose-category-explained"));
    await ana.presses(t("es", "menu-desk"));
    expect(lost()).toBe(true);
    expect(shown(ana, t("es", "req-choose-category-explained"))).toBe(1);
    expect(ana.buttons()).toContain(t("es", "cat-rent"));
    // The next steps replay the form from its log: no step is out of place, nothing asked twice.
    await ana.presses(t("es", "cat-rent"));
    expect(ana.last.plain).toBe(t("es", "req-describe-open"));
    await ana.says("No me llega el recibo del alquiler");
    await ana.presses(t("es", "req-visit-desk"));
    await ana.presses(t("es", "req-send"));
    await desk.dispatch();
    const request = desk.deps.services.requests.openFor(ana.user.id);
    expect(request).toBeDefined();
    expect(shown(ana, t("es", "req-choose-category-explained"))).toBe(1);
    expect(shown(ana, t("es", "req-describe-open"))).toBe(1);
  });

  it("the description question lands with its answer lost, mid-form: asked once, her words reach staff", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.presses(t("es", "menu-desk"));
    const lost = loseAnswerTo(ana, t("es", "req-describe-open"));
    await ana.presses(t("es", "cat-rent"));
    expect(lost()).toBe(true);
    expect(shown(ana, t("es", "req-describe-open"))).toBe(1);
    await ana.says("No me llega el recibo del alquiler");
    await ana.presses(t("es", "req-visit-desk"));
    await ana.presses(t("es", "req-send"));
    await desk.dispatch();
    expect(shown(ana, t("es", "req-describe-open"))).toBe(1);
    const request = desk.deps.services.requests.openFor(ana.user.id)!;
    expect(desk.groupTexts(request.topicId!).join("\n")).toContain("No me llega el recibo del alquiler");
  });

  it("the question lands with its answer lost, then the desk restarts: her press on it still goes on", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    loseAnswerTo(ana, t("es", "req-choose-category-explained"));
    await ana.presses(t("es", "menu-desk"));
    desk.restart();
    await ana.presses(t("es", "cat-rent"));
    expect(ana.last.plain).toBe(t("es", "req-describe-open"));
    expect(shown(ana, t("es", "req-choose-category-explained"))).toBe(1);
  });
});
