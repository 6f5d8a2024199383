/**
 * Issue 30, point 4: an old button of a finished step. Before, pressing one said "send /menu to start again" while the
 * form was still open — as a chat message in French, as a toast in Ukrainian. Now the toast under the finger and the
 * chat both say the step is done and what became of what the resident said: kept while the form is open (with the
 * form's question quoted, one tap away), safe with the desk once the request is filed (with its number).
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const read = (m: { plain?: string } | undefined) => unmarked(m?.plain ?? "");
/** The toast Telegram shows under the finger after the latest press. */
const toast = () => unmarked(desk.em.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)?.params.text ?? "");
const liveControls = (r: Resident) => r.inbox.filter((m) => (m.reply_markup?.inline_keyboard ?? []).length > 0);

/** The data of a button as it was drawn, to press it later from a phone that still shows it. */
function dataOf(r: Resident, label: string) {
  for (const m of [...r.inbox].reverse()) {
    const button = desk.em.buttons(m).find((b) => unmarked(b.text) === label || unmarked(b.text).startsWith(`${label} `));
    if (button?.data) return { messageId: m.message_id, data: button.data };
  }
  throw new Error(`no button ${label}`);
}

/** Presses an old button again (a phone that has not redrawn the message, or a press a day later). */
const pressesAgain = (r: Resident, old: { messageId: number; data: string }) =>
  desk.handle(desk.em.press(r.user.id, r.chatId, old.messageId, old.data));

describe("an old button of a finished step says the step is done, and that the request is safe", () => {
  it("Ukrainian, request filed: the visit answer pressed again — toast and chat say request 1 is safe; nothing changes", async () => {
    desk = new TestDesk();
    const oksana = desk.resident("Oksana", "uk");
    await oksana.onboards();
    await oksana.presses(t("uk", "menu-desk"));
    const topic = dataOf(oksana, t("uk", "cat-housing"));
    await oksana.presses(t("uk", "cat-housing"));
    await oksana.says("Стеля протікає.");
    const visit = dataOf(oksana, t("uk", "req-visit-desk"));
    await oksana.presses(t("uk", "req-visit-desk"));
    const send = dataOf(oksana, t("uk", "req-send"));
    await oksana.presses(t("uk", "req-send"));
    await desk.dispatch();

    for (const old of [visit, send, topic]) {
      const before = oksana.inbox.length;
      await pressesAgain(oksana, old);
      expect(toast()).toBe(t("uk", "old-button-toast-request"));
      expect(oksana.inbox.slice(before).map(read)).toEqual([t("uk", "old-button-request", { number: "1" })]);
      expect(oksana.buttons().map(unmarked)).toEqual([t("uk", "menu-back")]);
      // One live control: the "🏠 Menu" under this answer; the one under "request sent" went.
      expect(liveControls(oksana).map((m) => m.message_id)).toEqual([oksana.last.message_id]);
    }
    // Never "start again"; one request, as filed.
    expect(oksana.texts.map(unmarked).join("\n")).not.toContain(t("uk", "button-expired"));
    expect(desk.deps.services.requests.forResident(oksana.user.id)).toHaveLength(1);
    expect(desk.deps.services.requests.messages(1).filter((m) => m.direction === "in").map((m) => m.text)).toEqual(["Стеля протікає."]);
  });

  it("French, form still open: an earlier step's button — what she said is kept, the form's question is quoted, she goes on", async () => {
    desk = new TestDesk();
    const amelie = desk.resident("Amélie", "fr");
    await amelie.onboards();
    await amelie.presses(t("fr", "menu-desk"));
    const topic = dataOf(amelie, t("fr", "cat-housing"));
    await amelie.presses(t("fr", "cat-housing"));
    await amelie.says("La fuite continue dans la salle de bains.");
    const receipt = amelie.last;

    const before = amelie.inbox.length;
    await pressesAgain(amelie, topic);
    expect(toast()).toBe(t("fr", "old-button-toast-form"));
    const [answer, ...more] = amelie.inbox.slice(before);
    expect(more).toEqual([]);
    expect(read(answer)).toBe(t("fr", "button-stale-form"));
    // The question she is at is quoted under the answer, and it keeps its buttons: one tap away.
    expect(answer!.reply_to_message?.message_id).toBe(receipt.message_id);
    expect(liveControls(amelie).map((m) => m.message_id)).toEqual([receipt.message_id]);
    expect(amelie.texts.map(unmarked).join("\n")).not.toContain(t("fr", "button-expired"));

    // Nothing was lost: she answers the question and sends the request with her words.
    await amelie.presses(t("fr", "req-visit-desk"));
    await amelie.presses(t("fr", "req-send"));
    expect(desk.deps.services.requests.get(1)).toMatchObject({ category: "housing" });
    expect(desk.deps.services.requests.messages(1).map((m) => m.text)).toContain("La fuite continue dans la salle de bains.");
  });

  it("French, while changing her request: the 'what to change?' button pressed again — kept, the question she is at is quoted", async () => {
    desk = new TestDesk();
    const amelie = desk.resident("Amélie", "fr");
    await amelie.onboards();
    await amelie.presses(t("fr", "menu-desk"));
    await amelie.presses(t("fr", "cat-rent"));
    await amelie.says("Je n'ai pas reçu la facture.");
    await amelie.presses(t("fr", "req-visit-desk"));
    await amelie.presses(t("fr", "req-edit"));
    const edit = dataOf(amelie, t("fr", "req-edit-contact"));
    await amelie.presses(t("fr", "req-edit-visit"));
    const asked = amelie.last;
    // The "what to change?" message shows her choice and no buttons; a phone that has not redrawn it presses one.
    await pressesAgain(amelie, edit);
    expect(toast()).toBe(t("fr", "old-button-toast-form"));
    expect(read(amelie.last)).toBe(t("fr", "button-stale-form"));
    expect(amelie.last.reply_to_message?.message_id).toBe(asked.message_id);
    await amelie.presses(t("fr", "req-visit-desk"));
    await amelie.presses(t("fr", "req-send"));
    expect(desk.deps.services.requests.get(1)).toMatchObject({ category: "rent", visit: "desk", contact: "chat" });
  });

  it("Arabic, a day later: the closing question's old button says the request is safe, and her answer stands", async () => {
    desk = new TestDesk();
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    await amira.filesRequest("ar", { say: ["الإيجار مرتفع جدًا"] });
    const topic = [...desk.em.topics(desk.giulia.home)].at(-1)![0];
    await desk.giulia.says("/close", { topic });
    desk.clock.advance(61_000);
    await desk.dispatch();
    const sad = dataOf(amira, "🙁");
    await amira.presses("😊");
    // A day later Telegram sends the old message without its content; the press is checked against what the desk
    // recorded, and answered.
    desk.clock.advance(24 * 3_600_000);
    const before = amira.inbox.length;
    await pressesAgain(amira, sad);
    expect(toast()).toBe(t("ar", "old-button-toast-request"));
    expect(amira.inbox.slice(before).map(read)).toEqual([t("ar", "old-button-request", { number: "1" })]);
    // Her first answer stands.
    expect(desk.repos.requests.get(1)!.satisfaction).toBe("yes");
  });

  it("an old menu is not a request's step: it does nothing now, and the menu is at hand", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    const info = dataOf(ion, t("ro", "menu-info"));
    await ion.says("/menu");
    await pressesAgain(ion, info);
    expect(read(ion.last)).toBe(t("ro", "button-stale"));
    expect(ion.buttons().map(unmarked)).toEqual([t("ro", "menu-back")]);
    expect(liveControls(ion)).toHaveLength(1);
  });
});
