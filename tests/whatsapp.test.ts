import { afterEach, describe, expect, it } from "vitest";
import { WHATSAPP_CHAT_BASE } from "#src/db/repositories/whatsapp.js";
import { OPERATOR_CHAT_ID, TestDesk, } from "./harness/desk.js";
import { t } from "./harness/texts.js";
import { approveTemplates, WhatsAppResident } from "./harness/whatsapp.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const HOUR = 60 * 60 * 1000;

function session(d: TestDesk, at: { month: number; day: number; hour: number }, seats = 5) {
  const created = d.deps.services.booking.createSessions(
    { activityId: "italian-a1", date: { year: 2026, month: at.month, day: at.day }, time: { hour: at.hour, minute: 0 }, minutes: 90, place: null, seats, weeks: 1 },
    { id: 1, name: "Giulia" },
  );
  if ("error" in created) throw new Error(created.error);
  return created[0]!;
}

/** From the first "hello" to the menu, in Arabic. */
async function onboardsInArabic(r: WhatsAppResident) {
  const [picker] = await r.says("مرحبا");
  // Nine languages do not fit three reply buttons: WhatsApp shows them as a list. Her Arabic words are greeted in
  // Arabic, with Arabic ticked first (issue 30).
  expect(picker!.text).toContain(t("ar", "first-contact-greeting"));
  expect(picker!.action).toBe(t("it", "wa-list-button"));
  expect(picker!.choices.map((c) => c.title)).toEqual(["✅ العربية", "Italiano", "English", "Français", "Español", "Română", "Shqip", "Українська", "中文"]);
  const [notice] = await r.presses("العربية");
  // The notice names Meta, the channel's processor.
  expect(notice!.text).toContain(t("ar", "wa-privacy-note", { eu: "no" }));
  // Two reply buttons: "I agree", and voice for someone who would rather hear the desk (issue 32).
  expect(notice!.choices.map((c) => c.title)).toEqual([t("ar", "privacy-agree"), t("ar", "voice-first-contact-short")]);
  await r.presses(t("ar", "privacy-agree"));
  // What they wrote before agreeing is not lost: they are asked whether it goes to the desk.
  expect(r.last.choices.map((c) => c.title)).toContain(t("ar", "held-no"));
  await r.presses(t("ar", "held-no"));
}

describe("WhatsApp residents, staff in Telegram", () => {
  it("an Arabic resident writes on WhatsApp, files a request with a voice note and her location, and staff answer from the topic", async () => {
    desk = new TestDesk({ whatsapp: true });
    const amina = new WhatsAppResident(desk, "Amina");
    await onboardsInArabic(amina);
    expect(amina.chatId).toBeGreaterThanOrEqual(WHATSAPP_CHAT_BASE);

    await amina.presses("🏠");
    // The menu: ten entries (📄 letters and the neighbourhood's 🏘 among them), a list; a long label is cut into the row's title with the whole of it below.
    const menu = amina.last;
    // Ten rows, WhatsApp's most: "🔊 Listen" has its own, and the language and privacy share "⚙️ Settings".
    expect(menu.choices.length).toBe(10);
    expect(menu.choices.map((c) => c.title)).toContain(t("ar", "menu-voice-listen"));
    expect(menu.choices.map((c) => c.title).at(-1)).toBe(t("ar", "menu-settings"));
    expect(menu.choices.every((c) => c.title.length <= 24)).toBe(true);
    await amina.presses(t("ar", "menu-desk"));
    await amina.presses(t("ar", "cat-housing"));
    await amina.says("الماء يتسرب من السقف في الحمام");
    await amina.sendsVoice();
    await amina.presses(t("ar", "req-visit-home"));
    // Telegram's "share location" keyboard is WhatsApp's location request.
    expect(amina.last.action).toBe("location");
    await amina.sharesLocation(44.8969, 8.6236);
    await amina.presses(t("ar", "req-call-me-instead"));
    // WhatsApp already knows her number: one button sends it.
    expect(amina.last.choices.map((c) => c.title)).toEqual([t("ar", "wa-use-this-number")]);
    await amina.presses(t("ar", "wa-use-this-number"));
    expect(amina.last.text).toContain(`+${amina.waId}`);
    const summary = amina.last;
    await amina.presses(t("ar", "req-send"));
    expect(amina.texts).toContain(t("ar", "req-sent", { number: "1" }));

    // Staff work in Telegram as always; the topic and the card say the resident is on WhatsApp.
    const [topicId, topic] = [...desk.em.topics(OPERATOR_CHAT_ID)][0]!;
    expect(topic.name).toBe("#1 · Casa · arabo · 📱 WhatsApp");
    const card = desk.group(topicId)[0]!;
    expect(card.plain).toContain("👤 Amina · 🌍 العربية (ar) · 📱 WhatsApp");
    expect(card.plain).toContain("الماء يتسرب من السقف في الحمام");
    expect(card.plain).toContain(`+${amina.waId}`);
    // Her voice note reaches the topic as a voice note (fetched from Meta with the token); her shared place is on the card.
    expect(desk.group(topicId).some((m) => m.voice && m.file?.bytes[0] === 0x4f)).toBe(true);
    expect(card.plain).toContain("Visita a domicilio: posizione condivisa");

    // The summary's buttons were replaced: an old press gets a short answer and changes nothing.
    await amina.presses(t("ar", "req-send"), summary.wamid);
    expect(amina.last.text).toBe(t("ar", "wa-choice-expired"));
    expect(desk.repos.requests.forResident(amina.chatId)).toHaveLength(1);

    // Giulia answers in the topic (confirming the Italian: no engine here); Amina reads it on WhatsApp.
    await desk.giulia.answers("Domani alle 10 passa Marco per vedere il soffitto.", { topic: topicId });
    expect(amina.last.text).toBe(`${t("ar", "relay-staff-prefix")}\nDomani alle 10 passa Marco per vedere il soffitto.`);
    // A photo from staff arrives as a WhatsApp image (fetched from Telegram, uploaded to Meta).
    desk.em.files.set("staff-photo", { name: "modulo.jpg", mime: "image/jpeg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 1]) });
    await desk.giulia.sends({ photo: [{ file_id: "staff-photo", file_unique_id: "staff-photo", width: 10, height: 10 }], caption: "Il modulo ATC" }, { topic: topicId });
    // An Italian caption is held like a text (the language guarantee) until Giulia confirms it.
    await desk.giulia.presses("📤 Invia comunque");
    expect(amina.last.type).toBe("image");
    expect(amina.last.text).toContain("Il modulo ATC");
    expect(amina.last.media?.bytes).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 1]));
    // What Amina answers reaches the topic.
    await amina.says("شكرا، سأكون في البيت");
    expect(desk.groupTexts(topicId).at(-1)).toContain("شكرا، سأكون في البيت");
  });

  it("books a lesson on WhatsApp; the reminder goes as an approved template after the window closed, and answering it works", async () => {
    desk = new TestDesk({ whatsapp: true });
    approveTemplates(desk, ["ar"]);
    const s = session(desk, { month: 12, day: 2, hour: 17 });
    const amina = new WhatsAppResident(desk, "Amina");
    await onboardsInArabic(amina);
    // "menu" typed: WhatsApp has no slash menu.
    await amina.says("القائمة");
    await amina.presses(t("ar", "menu-italian"));
    await amina.presses(t("ar", "act-italian-a1"));
    await amina.presses(/2/);
    expect(amina.last.text).toContain(t("ar", "act-italian-a1"));
    const booking = desk.repos.bookings.forResident(amina.chatId)[0]!;
    expect(booking.booking.sessionId).toBe(s.id);

    // Six days pass without a word from her: free text may no longer go, only an approved template.
    desk.clock.set("2026-12-01T16:00:00Z");
    await desk.dispatch();
    const reminder = amina.last;
    expect(reminder.type).toBe("template");
    expect(reminder.template).toEqual({ name: "noi_reminder_day_before", language: "ar" });
    expect(reminder.text).toContain(t("ar", "act-italian-a1"));
    expect(reminder.text).toContain(t("ar", "wa-template-tail"));
    expect(reminder.choices.map((c) => c.title)).toEqual([t("ar", "reminder-coming"), t("ar", "reminder-not-coming")]);

    // Her answer on the template's button works, and opens the window again.
    await amina.presses(t("ar", "reminder-coming"));
    expect(amina.last.type).not.toBe("template");
    expect(amina.last.text).toBe(t("ar", "reminder-thanks"));
  });

  it("tells staff in the topic when the window is closed and nothing approved can carry the message", async () => {
    desk = new TestDesk({ whatsapp: true });
    const amina = new WhatsAppResident(desk, "Amina");
    await onboardsInArabic(amina);
    await amina.says("مرحبا، أحتاج مساعدة في الإيجار");
    await amina.says("/menu");
    await amina.presses(t("ar", "menu-desk"));
    await amina.presses(t("ar", "cat-rent"));
    await amina.says("لا أستطيع دفع الإيجار هذا الشهر");
    await amina.presses(t("ar", "req-visit-desk"));
    await amina.presses(t("ar", "req-send"));
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID)][0]!;

    // Two days later staff answer: WhatsApp would refuse free text, so nothing is sent and staff are told why.
    desk.clock.advance(48 * HOUR);
    const before = amina.inbox.length;
    await desk.giulia.answers("Venga giovedì con il contratto.", { topic: topicId });
    await desk.dispatch();
    expect(amina.inbox.length).toBe(before);
    expect(desk.groupTexts(topicId).at(-1)).toContain("Non inviato su WhatsApp (la risposta dello staff)");
    // She is not marked as having blocked the desk: once she writes, answers flow again.
    expect(desk.repos.residents.get(amina.chatId)?.blockedAt).toBeNull();
    await amina.says("هل من جديد؟");
    await desk.giulia.answers("Venga giovedì con il contratto.", { topic: topicId });
    expect(amina.last.text).toContain("Venga giovedì con il contratto.");
  });

  it("/forget typed as a word erases what the desk holds, the number included, and says what WhatsApp keeps", async () => {
    desk = new TestDesk({ whatsapp: true });
    const amina = new WhatsAppResident(desk, "Amina");
    await onboardsInArabic(amina);
    const chatId = amina.chatId;
    await amina.says("احذف بياناتي");
    expect(amina.last.text).toContain(t("ar", "forget-confirm").split("\n")[0]!);
    const [done] = await amina.presses(t("ar", "forget-yes"));
    expect(done!.text).toContain(t("ar", "forget-done"));
    expect(done!.text).toContain(t("ar", "wa-forget-limits"));
    // Neither her number nor her name nor what she wrote is left in the database.
    const all = desk.everyText();
    expect(all).not.toContain(amina.waId);
    expect(all).not.toContain("Amina");
    expect(all).not.toContain("مرحبا");
    // Writing again starts from the beginning, in the same chat.
    const [again] = await amina.says("مرحبا");
    expect(again!.choices.map((c) => c.title)).toContain("✅ العربية");
    expect(amina.chatId).toBe(chatId);
  });
});
