import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { floorAndStair, parseDay, parseProposal, parseWindows, visitReminderTimes } from "../src/domain/visits.js";
import { type Resident, TestDesk, unmarked } from "./harness/desk.js";

/**
 * Home visits, told as chats (issue 21). The desk's clock starts on Wednesday 25 November 2026 at 10:00 in Rome;
 * Marco (a member of the operator group) is the neighbourhood nurse, Giulia (an administrator) coordinates.
 */

let desk: TestDesk;
afterEach(() => desk?.close());

const t = (locale: string, key: string, vars?: Record<string, string | number>) => unmarked(desk.app.i18n.t(locale, key, vars));
const ROME = "Europe/Rome";

/** A resident files a request for a home visit: at an address, or at a shared location. */
async function asksForHomeVisit(r: Resident, locale: string, where: { address?: string; location?: [number, number] }, phone?: string) {
  await r.onboards();
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, "cat-homecare"));
  await r.says("Mia madre non cammina più, serve l'infermiere per le medicazioni.");
  await r.presses(t(locale, "req-done"));
  await r.presses(t(locale, "req-visit-home"));
  if (where.location) await r.sharesLocation(...where.location);
  else await r.says(where.address!);
  if (phone) {
    await r.presses(t(locale, "req-contact-phone"));
    await r.sharesContact(phone);
  } else {
    await r.presses(t(locale, "req-contact-chat"));
  }
  await r.presses(t(locale, "req-send"));
  await desk.dispatch();
  return desk.deps.services.requests.openFor(r.user.id)!;
}

const topicOf = (requestId: number) => desk.deps.services.requests.get(requestId)!.topicId!;
const topic = (requestId: number) => desk.groupTexts(topicOf(requestId));
const card = (requestId: number) => desk.group().find((m) => m.message_id === desk.deps.services.requests.get(requestId)!.cardMessageId)!.plain!;
const pending = (kind: string) =>
  desk.deps.repos.outbox
    .all()
    .filter((r) => r.kind === kind && r.status === "pending")
    .map((r) => r.dueAt.toISOString());

/** An .ics file as a calendar app reads it: its own VTIMEZONE registered, the event's times as instants. */
function readCalendar(bytes: Uint8Array) {
  const text = Buffer.from(bytes).toString("utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return {
    text,
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    location: event.location,
    description: event.description,
    zone: event.startDate.timezone,
    local: event.startDate.toString(),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
  };
}

describe("staff propose, the resident chooses in their language", () => {
  it("Marco proposes two windows; Olena picks the second in Ukrainian; both sides see it confirmed", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    const request = await asksForHomeVisit(olena, "uk", { address: "Via Casale 12, scala B, piano 3" }, "+39 333 1234567");

    // The card offers the visit; its button shows how to propose one, with a command ready to copy.
    expect(desk.em.buttons(desk.group().find((m) => m.message_id === request.cardMessageId)!).map((b) => b.text)).toContain("🏠 Visita");
    await desk.marco.presses("🏠 Visita");
    const help = topic(request.id).at(-1)!;
    expect(help).toContain("🏠 Visita a domicilio per #1");
    expect(help).toContain("/visita 1 gio 26/11 10:00-11:00; ven 27/11 15:00-16:00 | Marco");

    await desk.marco.says("/visita gio 26/11 10:00-11:00; ven 27/11 15:00-16:00 | l'infermiere di quartiere | citofono Kovalenko", { topic: topicOf(request.id) });
    await desk.dispatch();
    expect(topic(request.id).at(-1)).toBe(
      "📨 Visita #1 proposta · chi va: Marco (l'infermiere di quartiere) · fasce: 1) gio 26/11 10:00–11:00 · 2) ven 27/11 15:00–16:00. Aspettiamo la scelta della persona.",
    );
    expect(card(request.id)).toContain("🗓 Visita proposta (Marco (l'infermiere di quartiere)): gio 26/11 10:00–11:00 · ven 27/11 15:00–16:00 · in attesa della scelta");

    // Olena reads it in Ukrainian, with a button per window and one for "none of these".
    expect(unmarked(olena.last.plain)).toBe(
      "🏠 Візит додому за вашим зверненням номер 1\nХто прийде: патронажна медсестра району.\nКоли ви вдома? Виберіть час:",
    );
    expect(olena.buttons()).toEqual(["чт 26 лист. 10:00–11:00", "пт 27 лист. 15:00–16:00", "❌ Жоден час не підходить"]);

    const answer = await olena.presses("пт 27 лист.");
    expect(unmarked(answer.at(-1)!.plain!)).toBe(
      "✅ Візит додому підтверджено: пʼятниця, 27 листопада, з 15:00 до 16:00.\nХто прийде: патронажна медсестра району.\nМи нагадаємо вам за день і за годину до візиту.",
    );
    expect(olena.buttons()).toEqual(["📅 Додати в календар"]);
    // The proposal keeps its words and loses its buttons: a second press changes nothing.
    const proposal = olena.inbox.find((m) => m.plain?.startsWith("🏠"))!;
    expect(proposal.reply_markup?.inline_keyboard ?? []).toEqual([]);

    await desk.dispatch();
    expect(topic(request.id).at(-1)).toBe(
      "✅ Visita #1 confermata: ven 27/11 15:00–16:00 · chi va: Marco (l'infermiere di quartiere). Promemoria alla persona il giorno prima e un'ora prima.",
    );
    // The worker is named with a mention, so Telegram tells Marco.
    const confirmation = desk.group(topicOf(request.id)).at(-1)!;
    expect(confirmation.text).toContain(`<a href="tg://user?id=${desk.marco.user.id}">Marco</a>`);
    expect(card(request.id)).toContain("🗓 Visita: ✅ ven 27/11 15:00–16:00 · Marco (l'infermiere di quartiere)");
    // Reminders wait in the outbox: the day before at the same time, and one hour before.
    expect(pending("visit-reminder-day")).toEqual(["2026-11-26T14:00:00.000Z"]);
    expect(pending("visit-reminder-hour")).toEqual(["2026-11-27T13:00:00.000Z"]);
    // Everything is in the request's audit trail.
    expect(desk.deps.services.requests.auditTrail(request.id).map((a) => a.action)).toEqual(expect.arrayContaining(["visit-propose", "visit-confirm"]));
  });
});
