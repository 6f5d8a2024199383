import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "#src/clock.js";
import { floorAndStair, parseDayRange, parseProposal, parseWindows } from "#src/domain/staff-input/visits.js";
import { visitReminderTimes } from "#src/domain/visits/notices.js";
import { seedSampleVisits } from "#src/playground/world.js";
import { type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

/**
 * Home visits, told as chats (issue 21). The desk's clock starts on Wednesday 25 November 2026 at 10:00 in Rome;
 * Marco (a member of the operator group) is the neighbourhood nurse, Giulia (an administrator) coordinates.
 */

let desk: TestDesk;
afterEach(() => desk?.close());

const ROME = "Europe/Rome";

/** A resident files a request for a home visit: at an address, or at a shared location. */
async function asksForHomeVisit(r: Resident, locale: string, where: { address?: string; location?: [number, number] }, phone?: string) {
  await r.onboards();
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, "cat-homecare"));
  await r.says("Mia madre non cammina più, serve l'infermiere per le medicazioni.");
  await r.presses(t(locale, "req-visit-home"));
  if (where.location) await r.sharesLocation(...where.location);
  else await r.says(where.address!);
  if (phone) {
    await r.presses(t(locale, "req-call-me-instead"));
    await r.sharesContact(phone);
  }
  await r.presses(t(locale, "req-send"));
  await desk.dispatch();
  return desk.deps.services.requests.openFor(r.user.id)!;
}

const topicOf = (requestId: number) => desk.deps.services.requests.get(requestId)!.topicId!;
const topic = (requestId: number) => desk.groupTexts(topicOf(requestId));
const card = (requestId: number) => desk.group().find((m) => m.message_id === desk.deps.services.requests.get(requestId)!.cardMessageId)!.plain!;
const pending = (kind: string) =>
  desk.repos.outbox
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
    zone: event.startDate.zone?.tzid,
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
      "📨 Visita V1 proposta · chi va: Marco (l'infermiere di quartiere) · fasce: 1) gio 26/11 10:00–11:00 · 2) ven 27/11 15:00–16:00. Aspettiamo la scelta della persona.",
    );
    expect(card(request.id)).toContain("🗓 Visita proposta (Marco (l'infermiere di quartiere)): gio 26/11 10:00–11:00 · ven 27/11 15:00–16:00 · in attesa della scelta");

    // Olena reads it in Ukrainian, with a button per window and one for "none of these".
    expect(unmarked(olena.last.plain)).toBe(
      "🏠 Візит додому за вашим зверненням номер 1\nХто прийде: патронажна медсестра району.\nКоли ви вдома? Виберіть час:",
    );
    expect(olena.buttons()).toEqual(["чт 26 листоп. 10:00–11:00", "пт 27 листоп. 15:00–16:00", "❌ Жоден час не підходить"]);

    const answer = await olena.presses("пт 27 листоп.");
    expect(unmarked(answer.at(-1)!.plain!)).toBe(
      "✅ Візит додому підтверджено: п'ятниця, 27 листопада, з 15:00 до 16:00.\nХто прийде: патронажна медсестра району.\nМи нагадаємо вам за день і за годину до візиту.",
    );
    expect(olena.buttons()).toEqual(["📅 Додати в календар"]);
    // The proposal keeps its words and loses its buttons: a second press changes nothing.
    const proposal = olena.inbox.find((m) => m.plain?.startsWith("🏠"))!;
    expect(proposal.reply_markup?.inline_keyboard ?? []).toEqual([]);

    await desk.dispatch();
    expect(topic(request.id).at(-1)).toBe(
      "✅ Visita V1 confermata: ven 27/11 15:00–16:00 · chi va: Marco (l'infermiere di quartiere). Promemoria alla persona il giorno prima e un'ora prima.",
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

/** Staff send /visita in the request's topic; the outbox posts what it queued. */
async function proposes(staff: TestDesk["marco"], requestId: number, text: string) {
  const replies = await staff.says(`/visita ${text}`, { topic: topicOf(requestId) });
  await desk.dispatch();
  return replies;
}

describe("reminders", () => {
  it("the day before and one hour before, in the resident's language; [OK] tells the topic, [I can't] tells staff at once and reopens scheduling", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    const request = await asksForHomeVisit(olena, "uk", { address: "Via Casale 12" });
    await proposes(desk.marco, request.id, "ven 27/11 15:00-16:00 | l'infermiere di quartiere");
    await olena.presses("пт 27 листоп.");
    await desk.dispatch();
    const before = olena.inbox.length;

    // Thursday 15:00 in Rome: the day before, at the visit's own time.
    desk.clock.set("2026-11-26T13:59:00Z");
    await desk.dispatch();
    expect(olena.inbox.length).toBe(before);
    desk.clock.set("2026-11-26T14:00:00Z");
    await desk.dispatch();
    expect(unmarked(olena.last.plain)).toBe(
      "⏰ Нагадування: завтра візит додому, п'ятниця, 27 листопада, з 15:00 до 16:00.\nХто прийде: патронажна медсестра району.",
    );
    expect(olena.buttons()).toEqual(["👍 Добре", "✖️ Не можу"]);
    const ok = await olena.presses("👍 Добре");
    expect(unmarked(ok.at(-1)!.plain!)).toBe("Дякуємо! До зустрічі.");
    await desk.dispatch();
    expect(topic(request.id).at(-1)).toBe("👍 La persona conferma la visita V1 (ven 27/11 15:00–16:00).");

    // Friday 14:00: one hour before.
    desk.clock.set("2026-11-27T13:00:00Z");
    await desk.dispatch();
    expect(unmarked(olena.last.plain)).toBe("⏰ Сьогодні о 15:00 візит додому.\nХто прийде: патронажна медсестра району.");

    const cant = await olena.presses("✖️ Не можу");
    expect(unmarked(cant.at(-1)!.plain!)).toBe(
      "Добре, ми повідомили офіс. Скажіть нам, коли ви вдома: напишіть повідомлення або надішліть голосове повідомлення.",
    );
    await desk.dispatch();
    expect(topic(request.id).at(-1)).toBe(
      "⚠️ La persona non può alla visita V1 (ven 27/11 15:00–16:00). Marco: la visita è tolta dal tuo giro. Proponete altre fasce con /visita.",
    );
    expect(desk.group(topicOf(request.id)).at(-1)!.text).toContain(`tg://user?id=${desk.marco.user.id}`);
    expect(card(request.id)).toContain("🗓 Visita del ven 27/11 15:00–16:00: ⚠️ la persona non può · da riprogrammare");
    // What she writes next reaches the topic, as everything she writes on an open request.
    await olena.says("Я вдома щодня після 17:00");
    await desk.dispatch();
    expect(topic(request.id).at(-1)).toContain("Я вдома щодня після 17:00");

    // Her time is free again in Marco's day, and a new proposal continues the same calendar series.
    expect(desk.deps.services.visits.day(new Date("2026-11-27T00:00:00Z"), new Date("2026-11-28T00:00:00Z"), desk.marco.user.id)).toEqual([]);
    await proposes(desk.marco, request.id, "lun 30/11 17:30-18:30");
    const next = desk.deps.services.visits.latestFor(request.id)!;
    expect([next.id, next.series, next.sequence, next.status]).toEqual([2, 1, 1, "proposed"]);
    expect(olena.buttons()).toEqual(["пн 30 листоп. 17:30–18:30", "❌ Жоден час не підходить"]);
  });

  it("a reminder is planned only while it is still ahead, and keeps the local time across the October change", () => {
    // Monday 26 October 2026, 10:00 in Rome (winter time): the day before is Sunday 10:00, 25 real hours earlier.
    const times = visitReminderTimes(new Date("2026-10-26T09:00:00Z"), new Date("2026-10-20T00:00:00Z"), ROME);
    expect(times.map((r) => [r.notice, r.dueAt.toISOString()])).toEqual([
      ["reminder-day", "2026-10-25T09:00:00.000Z"],
      ["reminder-hour", "2026-10-26T08:00:00.000Z"],
    ]);
    expect(visitReminderTimes(new Date("2026-10-26T09:00:00Z"), new Date("2026-10-26T07:30:00Z"), ROME).map((r) => r.notice)).toEqual(["reminder-hour"]);
    expect(visitReminderTimes(new Date("2026-10-26T09:00:00Z"), new Date("2026-10-26T08:30:00Z"), ROME)).toEqual([]);
  });

  it("'None of these works' tells staff and lets the resident say when they are at home, by voice too", async () => {
    desk = new TestDesk();
    const amira = desk.resident("Amira", "ar");
    const request = await asksForHomeVisit(amira, "ar", { address: "Via Casalbagliano 7, scala C" });
    await proposes(desk.marco, request.id, "gio 26/11 10-11; gio 26/11 16-17 | la badante");
    expect(amira.buttons().at(-1)).toBe(t("ar", "visit-none"));
    const reply = await amira.presses(t("ar", "visit-none"));
    expect(unmarked(reply.at(-1)!.plain!)).toBe(t("ar", "visit-tell-when"));
    await desk.dispatch();
    expect(topic(request.id).at(-1)).toBe(
      "❌ Visita V1: nessuna fascia va bene. La persona scriverà qui quando è in casa; proponete altre fasce con /visita.",
    );
    expect(card(request.id)).toContain("🗓 Visita: ❌ nessuna fascia va bene · proporre altre fasce");
    await amira.sendsVoice(8);
    await desk.dispatch();
    expect(desk.group(topicOf(request.id)).at(-1)!.voice).toBeDefined();
    // The buttons of the answered proposal are gone; pressing an old one again is refused.
    expect(desk.deps.services.visits.choose(amira.user.id, 1, 1)).toEqual({ ok: false, reason: "expired" });
  });
});

/** A resident who asked for a home visit and picked the first window staff proposed. */
async function confirmedVisit(staff: TestDesk["marco"], name: string, locale: string, where: { address?: string; location?: [number, number] }, windows: string, phone?: string) {
  const r = desk.resident(name, locale);
  const request = await asksForHomeVisit(r, locale, where, phone);
  await proposes(staff, request.id, windows);
  await r.presses(r.buttons()[0]!);
  await desk.dispatch();
  return { resident: r, request, visit: desk.deps.services.visits.latestFor(request.id)! };
}

describe("closing a request", () => {
  it("calls off its visit still to come: the resident is told why in their language, reminders and day list lose it, the topic says so", async () => {
    desk = new TestDesk();
    const { resident: olena, request, visit } = await confirmedVisit(desk.marco, "Olena", "uk", { address: "Via Casale 12" }, "ven 27/11 15:00-16:00 | l'infermiere di quartiere");
    expect(pending("visit-reminder-day")).toEqual(["2026-11-26T14:00:00.000Z"]);

    await desk.marco.says("/close", { topic: topicOf(request.id) });
    await desk.dispatch();
    expect(desk.deps.services.visits.get(visit.id)!.status).toBe("cancelled");
    const told = olena.texts.find((x) => unmarked(x).includes("скасовано"))!;
    expect(unmarked(told)).toMatch(/^Візит додому, запланований на .*27.*15:00.*, скасовано, бо ваше звернення номер 1 закрито\./);
    expect(pending("visit-reminder-day")).toEqual([]);
    expect(pending("visit-reminder-hour")).toEqual([]);
    expect(topic(request.id)).toContain(
      "🚫 Visita V1 annullata (ven 27/11 15:00–16:00) perché la richiesta è chiusa: la persona è avvisata. Marco: la visita è tolta dal tuo giro.",
    );
    expect(desk.deps.services.requests.auditTrail(request.id).find((a) => a.action === "visit-cancel")).toMatchObject({
      actorId: desk.marco.user.id,
      detail: "visita V1 · richiesta chiusa",
    });
    desk.clock.set("2026-11-27T07:00:00Z");
    expect((await desk.marco.says("/visite"))[0]!.plain).toBe("🗓 Le tue visite · venerdì 27 novembre: nessuna");
  });

  it("withdraws a proposal still waiting for the resident's choice; a visit that already took place stays as it was", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    const request = await asksForHomeVisit(ion, "ro", { address: "Via Marengo 40" });
    await proposes(desk.marco, request.id, "ven 27/11 15:00-16:00");
    const window = ion.buttons()[0]!;
    await desk.marco.says(`/close ${request.id}`);
    await desk.dispatch();
    expect(ion.texts.map(unmarked)).toContain(
      "Intervalele propuse pentru vizita acasă nu mai sunt valabile, pentru că cererea cu numărul 1 a fost închisă. Dacă mai aveți nevoie de ajutor, scrieți aici.",
    );
    expect(topic(request.id)).toContain("🚫 Proposta di visita V1 ritirata perché la richiesta è chiusa: la persona è avvisata.");
    // The old proposal's button no longer books a time.
    await ion.presses(window);
    expect(desk.deps.services.visits.latestFor(request.id)!.status).toBe("cancelled");

    const done = await confirmedVisit(desk.marco, "Olena", "uk", { address: "Via Casale 12" }, "gio 26/11 9:00-10:00");
    desk.clock.set("2026-11-26T10:30:00Z");
    const [, entry] = await desk.marco.says("/visite");
    await desk.marco.presses("✅ Fatta", { in: entry });
    const before = done.resident.inbox.length;
    await desk.marco.says(`/close ${done.request.id}`);
    await desk.dispatch();
    expect(desk.deps.services.visits.get(done.visit.id)!.status).toBe("done");
    expect(done.resident.texts.slice(before).some((x) => x.includes("скасовано"))).toBe(false);
  });
});

describe("the field worker's day", () => {
  it("/visite domani: the worker's own visits in time order, with address, floor and stair, phone, and a map button", async () => {
    desk = new TestDesk();
    const late = await confirmedVisit(desk.marco, "Fatima", "ar", { location: [44.9031, 8.6012] }, "gio 26/11 15:00-16:00 | l'infermiere di quartiere");
    const early = await confirmedVisit(
      desk.marco,
      "Olena",
      "uk",
      { address: "Via Casale 12, scala B, piano 3" },
      "gio 26/11 9:30-10:30 | l'infermiere di quartiere | citofono Kovalenko",
      "+39 333 1234567",
    );
    const giulias = await confirmedVisit(desk.giulia, "Ion", "ro", { address: "Via Marengo 40" }, "gio 26/11 11:00-12:00");
    // Another day does not count.
    await confirmedVisit(desk.marco, "Ana", "es", { address: "Via Bensi 3" }, "ven 27/11 9:00-10:00");

    const list = await desk.marco.says("/visite domani");
    expect(list.map((m) => m.plain)).toEqual([
      "🗓 Le tue visite · giovedì 26 novembre: 2",
      [
        `🏠 09:30–10:30 · visita V${early.visit.id} · richiesta #${early.request.id}`,
        "👤 Olena · 🌍 ucraino",
        "📍 Via Casale 12, scala B, piano 3",
        "🏢 scala B · piano 3",
        "📞 +39 333 1234567",
        "🧑‍⚕️ Chi va: Marco (l'infermiere di quartiere)",
        "📝 citofono Kovalenko",
        "⏳ Da fare",
      ].join("\n"),
      [
        `🏠 15:00–16:00 · visita V${late.visit.id} · richiesta #${late.request.id}`,
        "👤 Fatima · 🌍 arabo",
        "📍 posizione condivisa (pulsante Mappa)",
        "🧑‍⚕️ Chi va: Marco (l'infermiere di quartiere)",
        "⏳ Da fare",
      ].join("\n"),
    ]);
    // An address without coordinates opens a maps search; shared coordinates come as a venue in the chat.
    const [, first, second] = list;
    const mapOf = (m: (typeof list)[number]) => desk.em.buttons(m).find((b) => b.text === "📍 Mappa")!;
    expect(mapOf(first!).url).toBe("https://www.google.com/maps/search/?api=1&query=Via%20Casale%2012%2C%20scala%20B%2C%20piano%203%2C%20Alessandria");
    expect(desk.em.buttons(second!).map((b) => b.text)).toEqual(["📍 Mappa", "📅 Calendario", "✅ Fatta", "🚪 Non in casa", "🔁 Da spostare"]);
    const [venue] = await desk.marco.presses("📍 Mappa", { in: second });
    expect(venue!.venue).toMatchObject({ location: { latitude: 44.9031, longitude: 8.6012 }, title: `Visita V${late.visit.id} · richiesta #${late.request.id}` });

    // Giulia coordinates (she is an administrator of the group): she sees everyone's day, hers included.
    const all = await desk.giulia.says("/visite domani");
    expect(all[0]!.plain).toBe("🗓 Visite di tutti · giovedì 26 novembre: 3");
    expect(all.slice(1).map((m) => m.plain!.split("\n")[0])).toEqual([
      `🏠 09:30–10:30 · visita V${early.visit.id} · richiesta #${early.request.id}`,
      `🏠 11:00–12:00 · visita V${giulias.visit.id} · richiesta #${giulias.request.id}`,
      `🏠 15:00–16:00 · visita V${late.visit.id} · richiesta #${late.request.id}`,
    ]);
    expect((await desk.giulia.says("/visite domani mie"))[0]!.plain).toBe("🗓 Le tue visite · giovedì 26 novembre: 1");

    // In a private chat with the bot, the same list for its worker only; other people get nothing.
    const privately = await desk.marco.saysPrivately("/visite 26/11");
    expect(privately.map((m) => m.plain!.split("\n")[0])).toEqual([
      "🗓 Le tue visite · giovedì 26 novembre: 2",
      `🏠 09:30–10:30 · visita V${early.visit.id} · richiesta #${early.request.id}`,
      `🏠 15:00–16:00 · visita V${late.visit.id} · richiesta #${late.request.id}`,
    ]);
    const stranger = desk.stranger("Luca");
    const refused = await stranger.saysPrivately("/visite domani");
    expect(refused.map((m) => m.plain)).toEqual([t("it", "staff-only")]);
    expect(desk.repos.audit.all().filter((a) => a.actorId === stranger.user.id)).toEqual([]);

    // Marco cannot mark a colleague's visit from her list; a coordinator may mark his.
    const giuliasEntry = all.find((m) => m.plain!.includes(`visita V${giulias.visit.id}`))!;
    desk.clock.set("2026-11-26T10:10:00Z");
    await desk.marco.presses("✅ Fatta", { in: giuliasEntry });
    expect(desk.deps.services.visits.get(giulias.visit.id)!.status).toBe("confirmed");
    expect(desk.em.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)!.params.text).toBe(
      "Questa visita è di Giulia: possono segnarla solo chi va e i coordinatori.",
    );
  });

  it("'not at home' is audited, shown in the topic, and the resident is asked in their language whether to set another visit", async () => {
    desk = new TestDesk();
    const { resident: olena, request, visit } = await confirmedVisit(
      desk.marco,
      "Olena",
      "uk",
      { address: "Via Casale 12" },
      "gio 26/11 9:30-10:30 | l'infermiere di quartiere",
    );
    const [, entry] = await desk.marco.says("/visite domani");

    // Too early to say nobody was at home: the visit starts tomorrow at 9:30.
    await desk.marco.presses("🚪 Non in casa", { in: entry });
    expect(desk.deps.services.visits.get(visit.id)!.status).toBe("confirmed");

    desk.clock.set("2026-11-26T08:45:00Z"); // 9:45 in Rome
    await desk.marco.presses("🚪 Non in casa", { in: entry });
    // It messages Olena and cannot be undone: Marco confirms.
    await desk.marco.presses("✅ Sì, confermo", { in: desk.group().find((m) => m.message_id === entry!.message_id)! });
    expect(desk.deps.services.visits.get(visit.id)!.status).toBe("not-home");
    // The entry stays, without buttons, saying what happened.
    const marked = desk.group().find((m) => m.message_id === entry!.message_id)!;
    expect(marked.plain!.split("\n").at(-1)).toBe("🚪 Persona non in casa");
    expect(marked.reply_markup?.inline_keyboard ?? []).toEqual([]);
    await desk.dispatch();
    expect(topic(request.id).at(-1)).toBe(
      "🚪 Visita V1 (gio 26/11 09:30–10:30): persona non in casa, segnata da Marco. Le abbiamo chiesto se vuole un nuovo appuntamento.",
    );
    expect(desk.deps.services.requests.auditTrail(request.id).at(-1)).toMatchObject({ actorName: "Marco", action: "visit-not-home", detail: "visita V1" });

    expect(unmarked(olena.last.plain)).toBe(
      "🚪 Ми приходили на візит додому (четвер, 26 листопада, з 09:30 до 10:30), але нікого не було вдома.\nХочете домовитися про новий візит?",
    );
    expect(olena.buttons()).toEqual(["📅 Так, іншого дня", "Ні, дякую"]);
    const yes = await olena.presses("📅 Так, іншого дня");
    expect(unmarked(yes.at(-1)!.plain!)).toBe(t("uk", "visit-again-yes-told"));
    await desk.dispatch();
    expect(topic(request.id).at(-1)).toBe("📅 Dopo la visita mancata V1, la persona chiede un nuovo appuntamento: proponete nuove fasce con /visita.");
    expect(card(request.id)).toContain("🗓 Visita del gio 26/11 09:30–10:30: 🚪 persona non in casa · chiede un nuovo appuntamento");
    // Answered once only.
    expect(desk.deps.services.visits.answerAgain(olena.user.id, visit.id, "no")).toEqual({ ok: false, reason: "expired" });
  });

  it("'done' and 'to be moved' are marked from the list; moving tells the resident a new time will come", async () => {
    desk = new TestDesk();
    const a = await confirmedVisit(desk.marco, "Olena", "uk", { address: "Via Casale 12" }, "gio 26/11 9:30-10:30");
    const b = await confirmedVisit(desk.marco, "Ion", "ro", { address: "Via Marengo 40" }, "gio 26/11 15:00-16:00");
    const [, first, second] = await desk.marco.says("/visite domani");
    desk.clock.set("2026-11-26T09:00:00Z");
    await desk.marco.presses("✅ Fatta", { in: first });
    await desk.marco.presses("🔁 Da spostare", { in: second });
    await desk.marco.presses("✅ Sì, confermo", { in: desk.group().find((m) => m.message_id === second!.message_id)! });
    await desk.dispatch();
    expect(desk.deps.services.visits.get(a.visit.id)!.status).toBe("done");
    expect(topic(a.request.id).at(-1)).toBe("✔️ Visita V1 (gio 26/11 09:30–10:30) fatta: segnata da Marco.");
    expect(desk.deps.services.visits.get(b.visit.id)!.status).toBe("rescheduled");
    expect(unmarked(b.resident.last.plain)).toBe(
      "Vizita acasă programată pentru joi, 26 noiembrie, între 15:00 și 16:00 a fost reprogramată. Biroul vă va propune în curând o nouă programare.",
    );
    // Its reminder will not go out.
    expect(pending("visit-reminder-hour")).toEqual([]);
    expect(card(b.request.id)).toContain("🔁 da riprogrammare");
  });
});

describe("rules", () => {
  it("two visits of the same worker never overlap: refused with a clear message, and checked again when the resident picks", async () => {
    desk = new TestDesk();
    const first = await confirmedVisit(desk.marco, "Olena", "uk", { address: "Via Casale 12" }, "gio 26/11 10:00-11:00");
    const ion = desk.resident("Ion", "ro");
    const second = await asksForHomeVisit(ion, "ro", { address: "Via Marengo 40" });
    const [refusal] = await desk.marco.says("/visita gio 26/11 10:30-11:30", { topic: topicOf(second.id) });
    expect(refusal!.plain).toBe(
      `⛔ Visita non proposta: la fascia gio 26/11 10:30–11:30 si sovrappone a un'altra visita di Marco, la #${first.visit.id} (richiesta #${first.request.id}, gio 26/11 10:00–11:00). Scegli un altro orario.`,
    );
    expect(desk.deps.services.visits.latestFor(second.id)).toBeUndefined();
    // Back to back is fine; another worker at the same time too.
    await proposes(desk.marco, second.id, "gio 26/11 11:00-12:00; ven 27/11 9:00-10:00");
    expect(desk.deps.services.visits.latestFor(second.id)!.status).toBe("proposed");

    // Two proposals may offer the same free hour; whoever picks it second is offered what is left.
    const ana = desk.resident("Ana", "es");
    const third = await asksForHomeVisit(ana, "es", { address: "Via Bensi 3" });
    await proposes(desk.marco, third.id, "gio 26/11 11:00-12:00; gio 26/11 16:00-17:00");
    await ion.presses(ion.buttons()[0]!);
    const late = await ana.presses(ana.buttons()[0]!);
    expect(unmarked(late.at(-1)!.plain!)).toBe(t("es", "visit-unavailable"));
    expect(ana.buttons()).toEqual(["jue 26 nov 16:00–17:00", t("es", "visit-none")]);
    // Besnik was offered that hour only (by "Anna & Marco", a name staff typed, shown as it is).
    const besnik = desk.resident("Besnik", "sq");
    const fourth = await asksForHomeVisit(besnik, "sq", { address: "Via Tortona 9" });
    await proposes(desk.marco, fourth.id, "gio 26/11 16:00-17:00 | Anna & Marco");
    expect(unmarked(besnik.last.plain)).toContain("Kush vjen: Anna & Marco, nga zyra N.O.I.");
    await ana.presses("jue 26 nov 16:00–17:00");
    expect(desk.deps.services.visits.latestFor(third.id)).toMatchObject({ status: "confirmed", startsAt: new Date("2026-11-26T15:00:00Z") });
    // Nothing left for him: he is asked when he is at home, and staff see that no window worked.
    const none = await besnik.presses("enj 26 nën 16:00–17:00");
    expect(unmarked(none.at(-1)!.plain!)).toBe(t("sq", "visit-unavailable-all"));
    await desk.dispatch();
    expect(topic(fourth.id).at(-1)).toContain("nessuna fascia va bene");
  });

  it("no visit in the past, no weekday that does not match its date, no hour the spring change skips", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    const request = await asksForHomeVisit(olena, "uk", { address: "Via Casale 12" });
    const say = async (text: string) => (await desk.marco.says(`/visita ${text}`, { topic: topicOf(request.id) }))[0]!.plain;
    expect(await say("mer 25/11 9:00-10:00")).toBe("«mer 25/11 9:00-10:00» è già passata: non si può proporre una visita nel passato.");
    expect(await say("mar 26/11 9:00-10:00")).toBe("In «mar 26/11 9:00-10:00» il giorno della settimana non torna: quella data è giovedì.");
    expect(await say("dom 28/3/2027 2:30-3:30")).toBe(
      "«dom 28/3/2027 2:30-3:30» cade nell'ora che salta con il passaggio all'ora legale: scegli un altro orario.",
    );
    expect(await say("gio 26/11 10-11; ven 27/11 10-11; lun 30/11 10-11; mar 1/12 10-11")).toBe("Al massimo 3 fasce per proposta (ne hai scritte 4).");
    expect(await say("26/11 11:00-10:00")).toBe("In «26/11 11:00-10:00» la fine viene prima dell'inizio.");
    expect(desk.deps.services.visits.latestFor(request.id)).toBeUndefined();
    expect(olena.texts.some((x) => x.startsWith("🏠"))).toBe(false);

    // A closed request takes no visit; a request without an address needs one written after a second "|".
    await desk.marco.says(`/close ${request.id}`);
    expect(await say("gio 26/11 10-11")).toBe(`La richiesta #${request.id} è chiusa: riapritela con /reopen ${request.id} per proporre una visita.`);
  });

  it("reads windows and days as staff write them, in Rome's time, across the changes of March and October", () => {
    const now = new Date("2026-11-25T09:00:00Z"); // Wednesday 25 November, 10:00
    const read = (text: string) => {
      const parsed = parseWindows(text, now, ROME);
      return parsed.ok ? parsed.value.map((w) => `${w.startsAt.toISOString()}/${w.endsAt.toISOString()}`) : parsed.problem;
    };
    expect(read("mar 1/12 10:00-11:00")).toEqual(["2026-12-01T09:00:00.000Z/2026-12-01T10:00:00.000Z"]);
    expect(read("martedì 1 dicembre dalle 10 alle 11:30")).toEqual(["2026-12-01T09:00:00.000Z/2026-12-01T10:30:00.000Z"]);
    expect(read("domani 9.30")).toEqual(["2026-11-26T08:30:00.000Z/2026-11-26T09:30:00.000Z"]);
    expect(read("ven 15–16")).toEqual(["2026-11-27T14:00:00.000Z/2026-11-27T15:00:00.000Z"]);
    expect(read("oggi 17-18\ngio 26/11 9-10")).toEqual(["2026-11-25T16:00:00.000Z/2026-11-25T17:00:00.000Z", "2026-11-26T08:00:00.000Z/2026-11-26T09:00:00.000Z"]);
    // A day-month already past this year means next year's.
    expect(read("3/1 10-11")).toEqual(["2027-01-03T09:00:00.000Z/2027-01-03T10:00:00.000Z"]);
    // Summer time in Rome is UTC+2; the autumn night has an hour twice (a window's length is real time).
    expect(read("sab 24/10/2027 10-11")).toMatchObject({ kind: "weekday" });
    expect(read("dom 31/10/2027 1:00-4:00")).toEqual(["2027-10-30T23:00:00.000Z/2027-10-31T03:00:00.000Z"]);
    expect(read("dom 28/3/2027 1:00-4:00")).toEqual(["2027-03-28T00:00:00.000Z/2027-03-28T02:00:00.000Z"]);
    expect(read("gio 26/11 10-20")).toMatchObject({ kind: "too-long" });
    expect(read("giovedì")).toMatchObject({ kind: "unreadable" });
    expect(read("10-11")).toMatchObject({ kind: "no-day" });
    expect(read("31/2 10-11")).toMatchObject({ kind: "bad-date" });

    const day = (text: string) => {
      const parsed = parseDayRange(text, now, ROME);
      return parsed.ok ? [parsed.value.from.toISOString(), parsed.value.to.toISOString()] : parsed.problem.kind;
    };
    expect(day("")).toEqual(["2026-11-24T23:00:00.000Z", "2026-11-25T23:00:00.000Z"]);
    expect(day("domani")).toEqual(["2026-11-25T23:00:00.000Z", "2026-11-26T23:00:00.000Z"]);
    expect(day("lun")).toEqual(["2026-11-29T23:00:00.000Z", "2026-11-30T23:00:00.000Z"]);
    expect(day("2027-03-28")).toEqual(["2027-03-27T23:00:00.000Z", "2027-03-28T22:00:00.000Z"]); // a 23-hour day
    expect(day("3 dicembre")).toEqual(["2026-12-02T23:00:00.000Z", "2026-12-03T23:00:00.000Z"]);
    expect(day("ieri")).toBe("unreadable");

    expect(parseProposal("#12 gio 26/11 10-11 | l'infermiere di quartiere | scala B, piano 3 | citofono 5")).toEqual({
      requestId: 12,
      windows: "gio 26/11 10-11",
      who: "l'infermiere di quartiere",
      notes: "scala B, piano 3 | citofono 5",
    });
    expect(parseProposal("26/11 10-11")).toEqual({ windows: "26/11 10-11" });
    expect(floorAndStair("Via Casale 12, scala b", "3° piano, int. 7")).toBe("scala B · piano 3 · interno 7");
    expect(floorAndStair("Via Casale 12")).toBeUndefined();
  });
});

describe("calendar files", () => {
  it("the resident's and the worker's .ics parse back with the right times across the October change, and a move updates the same event", async () => {
    // Tuesday 20 October 2026, 10:00 in Rome (summer time, UTC+2); winter time starts on Sunday 25.
    desk = new TestDesk({ clock: new ManualClock("2026-10-20T08:00:00Z") });
    const olena = desk.resident("Olena", "uk");
    const request = await asksForHomeVisit(olena, "uk", { address: "Via Casale 12, scala B" }, "+39 333 1234567");
    await proposes(desk.marco, request.id, "ven 23/10 10:00-11:00 | l'infermiere di quartiere");
    await olena.presses("пт 23 жовт.");
    const [file] = await olena.presses("📅 Додати в календар");
    expect(file!.file!.name).toBe("візит-додому.ics");
    expect(unmarked(file!.plain!)).toBe(t("uk", "visit-calendar-caption"));
    const before = readCalendar(file!.file!.bytes);
    expect(before).toMatchObject({
      uid: "visit-1@noi-desk",
      sequence: 0,
      summary: "Візит додому – офіс N.O.I.",
      location: "Via Casale 12, scala B",
      description: "Хто прийде: патронажна медсестра району (звернення номер 1). Офіс N.O.I., via Gandolfi 20, Alessandria.",
      zone: "Europe/Rome",
      local: "2026-10-23T10:00:00",
      start: "2026-10-23T08:00:00.000Z",
      end: "2026-10-23T09:00:00.000Z",
    });
    expect(before.text).toContain("DTSTART;TZID=Europe/Rome:20261023T100000");
    expect(before.text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);

    // Marco moves it to Monday after the change: she is told, picks the new time, and the file comes again,
    // the same event (UID) in a newer version, at 10:00 local which is now 09:00 UTC.
    await proposes(desk.marco, request.id, "lun 26/10 10:00-11:00 | l'infermiere di quartiere");
    expect(unmarked(olena.inbox.at(-2)!.plain!)).toBe(
      "Візит додому, запланований на п'ятниця, 23 жовтня, з 10:00 до 11:00, перенесено. Офіс незабаром запропонує вам новий час.",
    );
    const answer = await olena.presses("пн 26 жовт.");
    expect(unmarked(answer[0]!.plain!)).toContain("понеділок, 26 жовтня, з 10:00 до 11:00");
    const updated = answer.find((m) => m.document)!;
    expect(unmarked(updated.plain!)).toBe(t("uk", "visit-calendar-updated"));
    expect(readCalendar(updated.file!.bytes)).toMatchObject({
      uid: "visit-1@noi-desk",
      sequence: 1,
      local: "2026-10-26T10:00:00",
      start: "2026-10-26T09:00:00.000Z",
      end: "2026-10-26T10:00:00.000Z",
    });

    // Marco takes it from his list: Italian, with where to go and the phone.
    const [, entry] = await desk.marco.says("/visite lun 26/10");
    const [workerFile] = await desk.marco.presses("📅 Calendario", { in: entry });
    expect(workerFile!.file!.name).toBe("visita-V2.ics");
    expect(readCalendar(workerFile!.file!.bytes)).toMatchObject({
      uid: "visit-1@noi-desk",
      sequence: 1,
      summary: "Visita a domicilio V2 · Olena",
      location: "Via Casale 12, scala B",
      description: "Via Casale 12, scala B\nTelefono: +39 333 1234567\nChi va: l'infermiere di quartiere · richiesta #1",
      start: "2026-10-26T09:00:00.000Z",
    });
  });
});

describe("figures and privacy", () => {
  it("/stats and /export count visits planned, done and not at home by month, without names or addresses", async () => {
    desk = new TestDesk();
    const done = await confirmedVisit(desk.marco, "Olena", "uk", { address: "Via Casale 12" }, "gio 26/11 9:00-10:00");
    const away = await confirmedVisit(desk.marco, "Ion", "ro", { address: "Via Marengo 40" }, "gio 26/11 11:00-12:00");
    const moved = await confirmedVisit(desk.marco, "Ana", "es", { address: "Via Bensi 3" }, "gio 26/11 15:00-16:00");
    await confirmedVisit(desk.marco, "Amira", "ar", { address: "Via Casalbagliano 7" }, "ven 27/11 9:00-10:00");
    // Proposed but never chosen: not planned.
    const pendingOne = desk.resident("Xiaoling", "zh");
    const open = await asksForHomeVisit(pendingOne, "zh", { address: "Via Tortona 9" });
    await proposes(desk.marco, open.id, "lun 30/11 9:00-10:00");

    desk.clock.set("2026-11-26T10:30:00Z");
    const [, e1, e2, e3] = await desk.marco.says("/visite");
    await desk.marco.presses("✅ Fatta", { in: e1 });
    await desk.marco.presses("🚪 Non in casa", { in: e2 });
    await desk.marco.presses("✅ Sì, confermo", { in: desk.group().find((m) => m.message_id === e2!.message_id)! });
    await desk.marco.presses("🔁 Da spostare", { in: e3 });
    await desk.marco.presses("✅ Sì, confermo", { in: desk.group().find((m) => m.message_id === e3!.message_id)! });
    expect([done, away, moved].map((v) => desk.deps.services.visits.get(v.visit.id)!.status)).toEqual(["done", "not-home", "rescheduled"]);

    const [photo] = await desk.giulia.says("/stats");
    expect(photo!.plain).toContain("🏠 Visite a domicilio: 4 pianificate · 1 fatta · 1 con persona non in casa · 1 spostata o annullata");

    const files = await desk.giulia.says("/export 2026-11-01 2026-11-30");
    const visits = files.find((m) => m.file?.name === "visite-2026-11-01_2026-11-30.csv")!;
    expect(visits.plain).toBe("📄 Visite a domicilio dal 01/11/2026 al 30/11/2026: 1 righe per mese e squadra (solo numeri: senza nomi, indirizzi né note).");
    const csv = Buffer.from(visits.file!.bytes).toString("utf8");
    expect(parse(csv, { delimiter: ";", bom: true })).toEqual([
      ["Mese", "Squadra", "Visite pianificate", "Fatte", "Persona non in casa", "Spostate o annullate"],
      ["2026-11", "sportello", "4", "1", "1", "1"],
    ]);
    for (const personal of ["Olena", "Ion", "Via Casale", "Marco", "+39"]) expect(csv).not.toContain(personal);
  });

  it("/forget erases the visit's address and notes, calls off what was still to happen and deletes the list entries; retention erases them too", async () => {
    desk = new TestDesk();
    const { resident: olena, request } = await confirmedVisit(
      desk.marco,
      "Olena",
      "uk",
      { address: "Via Casale 12, scala B" },
      "gio 26/11 9:30-10:30 | l'infermiere di quartiere | citofono Kovalenko",
    );
    const [, entry] = await desk.marco.says("/visite domani");
    expect(entry!.plain).toContain("citofono Kovalenko");

    // Her copy of her data lists the visit and what came of it; staff's note for the worker is not handed out.
    const [copy] = await olena.says("/mydata");
    const doc = Buffer.from(copy!.file!.bytes).toString("utf8");
    expect(doc).toMatch(/Візит додому: 26 листопада 2026 р\. о 9:30, підтверджено/);
    expect(doc).not.toContain("Kovalenko");

    await olena.says("/forget");
    await olena.presses(t("uk", "forget-yes"));
    await desk.dispatch();
    const everything = desk.everyText();
    for (const gone of ["Via Casale", "Kovalenko"]) expect(everything).not.toContain(gone);
    expect(desk.deps.services.visits.latestFor(request.id)).toMatchObject({ status: "cancelled", address: null, notes: null });
    // The list entry that showed where she lives is gone from the group.
    expect(desk.group().find((m) => m.message_id === entry!.message_id)).toBeUndefined();
    expect(pending("visit-reminder-day")).toEqual([]);
    expect((await desk.marco.says("/visite domani"))[0]!.plain).toBe("🗓 Le tue visite · giovedì 26 novembre: nessuna");

    // Retention: a closed request's visit keeps its figures and loses where it was.
    const ion = await confirmedVisit(desk.marco, "Ion", "ro", { address: "Via Marengo 40" }, "ven 27/11 9:00-10:00 | | scala A");
    await desk.marco.says(`/close ${ion.request.id}`);
    desk.clock.set(new Date(desk.clock.now().getTime() + 400 * 86_400_000));
    desk.deps.services.privacy.applyRetention();
    expect(desk.deps.services.visits.get(ion.visit.id)).toMatchObject({ status: "cancelled", address: null, notes: null });
    expect(desk.everyText()).not.toContain("Via Marengo");
  });
});

describe("the playground", () => {
  it("its sample world has a home-visit scenario a worker can train on", async () => {
    desk = new TestDesk();
    const rosa = desk.resident("Rosa", "it");
    const ion = desk.resident("Ion", "ro");
    seedSampleVisits(desk.deps.services, { rosa: rosa.user.id, ion: ion.user.id, worker: { id: desk.marco.user.id, name: "Marco" } }, desk.clock.now(), ROME);
    await desk.dispatch();
    // Ion's visit is today, confirmed (his proposal was answered before the playground opened); Rosa has hers to choose.
    expect(ion.inbox).toEqual([]);
    expect(rosa.buttons()).toEqual(["gio 26 nov 10:00–11:00", "gio 26 nov 15:00–16:00", "❌ Nessuno di questi orari"]);
    await rosa.presses("gio 26 nov 15:00–16:00");
    expect((await desk.marco.says("/visite domani")).map((m) => m.plain!.split("\n")[0])).toEqual([
      "🗓 Le tue visite · giovedì 26 novembre: 1",
      "🏠 15:00–16:00 · visita V1 · richiesta #1",
    ]);
    // Today, 10:00 in Rome: Ion's visit starts two minutes later; "not at home" once it has started, confirmed.
    const [title, entry] = await desk.marco.says("/visite");
    expect(title!.plain).toBe("🗓 Le tue visite · mercoledì 25 novembre: 1");
    expect(entry!.plain!.split("\n")[0]).toBe("🏠 10:02–11:02 · visita V2 · richiesta #2");
    desk.clock.advance(150_000);
    await desk.marco.presses("🚪 Non in casa", { in: entry });
    await desk.marco.presses("✅ Sì, confermo", { in: desk.group().find((m) => m.message_id === entry!.message_id)! });
    await desk.dispatch();
    expect(ion.buttons()).toEqual([t("ro", "visit-again-yes"), t("ro", "visit-again-no")]);
  });
});
