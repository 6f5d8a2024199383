import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, TestDesk } from "./harness/desk.js";
import { WhatsAppResident } from "./harness/whatsapp.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const t = (key: string) => desk.app.i18n.t("it", key);

/** The staff message in the topic with this text, as the group sees it (with the bot's reaction). */
const staffMessage = (text: string) => desk.em.messages(OPERATOR_CHAT_ID).find((m) => !m.fromBot && m.text === text)!;

describe("staff see what WhatsApp delivered and read", () => {
  it("👌 on a staff answer once it is on the phone, 👀 once read; out-of-order or repeated statuses change nothing", async () => {
    desk = new TestDesk({ whatsapp: true });
    const amina = new WhatsAppResident(desk, "Amina");
    await amina.onboards();
    await amina.says("/menu");
    await amina.presses(t("menu-desk"));
    await amina.presses(t("cat-rent"));
    await amina.says("Non riesco a pagare l'affitto");
    await amina.presses(t("req-visit-desk"));
    await amina.presses(t("req-send"));
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];

    await desk.giulia.answers("Passi giovedì alle 10.", { topic: topicId });
    // Accepted by Meta, not yet on the phone: no mark.
    expect(staffMessage("Passi giovedì alle 10.").reaction).toBeUndefined();
    await desk.wa!.flushStatuses();
    expect(staffMessage("Passi giovedì alle 10.").reaction).toEqual(["👌"]);
    await desk.wa!.reads(amina.waId);
    expect(staffMessage("Passi giovedì alle 10.").reaction).toEqual(["👀"]);
    // Meta retries the "delivered" after the "read": the message does not go back.
    const row = desk.db.$client.prepare("SELECT wamid FROM whatsapp_messages WHERE staff_message_id IS NOT NULL").get() as { wamid: string };
    await desk.wa!.deliver(desk.wa!.envelope({ statuses: [{ id: row.wamid, status: "delivered", timestamp: "0", recipient_id: amina.waId }] }));
    expect(staffMessage("Passi giovedì alle 10.").reaction).toEqual(["👀"]);
    expect(desk.db.$client.prepare("SELECT status FROM whatsapp_messages WHERE wamid = ?").get(row.wamid)).toEqual({ status: "read" });
  });
});
