import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "#src/clock.js";
import { createLogger } from "#src/logger.js";
import { minuteChores, queueDigest } from "#src/scheduler/jobs.js";
import { type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

/**
 * Service levels, told as chats. The desk (data/opening-hours.json) opens Monday, Wednesday and Friday 9:00–12:00,
 * Tuesday and Thursday 14:00–17:00, Europe/Rome; closed on Italian holidays, on 10 November (San Baudolino) and
 * in the August and Christmas closures.
 */

let desk: TestDesk;
afterEach(() => desk?.close());


/** Walks the resident through the request form and sends it. */
async function files(r: Resident, locale: string, text: string) {
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, "cat-rent"));
  await r.says(text);
  await r.presses(t(locale, "req-visit-desk"));
  return r.presses(t(locale, "req-send"));
}

const topicOf = (requestId: number) => desk.deps.services.requests.get(requestId)!.topicId!;
const card = (requestId: number) => desk.group().find((m) => m.message_id === desk.deps.services.requests.get(requestId)!.cardMessageId)!;
const chores = () => minuteChores(desk.app, createLogger("silent"));

describe("outside opening hours", () => {
  it("on Saturday night the resident is told once that the desk reads it on Monday from 9:00; staff have it at once", async () => {
    // Saturday 28 November 2026, 22:00 in Rome.
    desk = new TestDesk({ clock: new ManualClock("2026-11-28T21:00:00Z"), env: { EMERGENCY_SOCIAL_NUMBER: "0131 515111" } });
    const john = desk.resident("John", "en");
    await john.onboards();

    const replies = await files(john, "en", "The boiler is broken and it is cold");
    expect(replies.map((m) => unmarked(m.plain ?? ""))).toEqual([
      t("en", "req-sent", { number: "1" }),
      "The desk is closed now. We will read your message on Monday 30 November from 9:00.\n" +
        "If it is urgent, call 112 or the town's social emergency service: 0131 515111.",
    ]);
    // Nothing waits for Monday: the topic and its card are already in the group.
    expect(card(1).plain).toContain("The boiler is broken and it is cold");

    // Later the same night: relayed, acknowledged, no second notice.
    desk.clock.set("2026-11-29T01:30:00Z");
    const again = await john.says("It is getting colder");
    expect(again.map((m) => unmarked(m.plain ?? ""))).toEqual([t("en", "relay-delivered")]);
    expect(desk.groupTexts(topicOf(1)).at(-1)).toContain("It is getting colder");

    // Monday 10:00, open: no notice. Monday 13:00, closed again: told about Tuesday 14:00.
    desk.clock.set("2026-11-30T09:00:00Z");
    expect((await john.says("Hello?")).map((m) => unmarked(m.plain ?? ""))).toEqual([t("en", "relay-delivered")]);
    desk.clock.set("2026-11-30T12:00:00Z");
    const afterNoon = await john.says("Are you there?");
    expect(unmarked(afterNoon.at(-1)!.plain!)).toContain("We will read your message on Tuesday 1 December from 14:00.");
  });

  it("the municipal number comes from the desk file's policy; the environment variable, when set, overrides it", async () => {
    const network = { teams: [{ id: "sportello", name: "Sportello N.O.I." }], policy: { emergencySocialNumber: "0131 222333" } };
    desk = new TestDesk({ clock: new ManualClock("2026-11-28T21:00:00Z"), network });
    const john = desk.resident("John", "en");
    await john.onboards();
    expect(unmarked((await files(john, "en", "The boiler is broken")).at(-1)!.plain!)).toContain("social emergency service: 0131 222333.");
    desk.close();

    desk = new TestDesk({ clock: new ManualClock("2026-11-28T21:00:00Z"), network, env: { EMERGENCY_SOCIAL_NUMBER: "0131 515111" } });
    const ana = desk.resident("Ana", "en");
    await ana.onboards();
    expect(unmarked((await files(ana, "en", "No hot water")).at(-1)!.plain!)).toContain("social emergency service: 0131 515111.");
  });

  it("without a municipal number only 112 is given", async () => {
    desk = new TestDesk({ clock: new ManualClock("2026-11-28T21:00:00Z") });
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    const replies = await files(ana, "es", "Recibo de la luz");
    expect(unmarked(replies.at(-1)!.plain!)).toBe(
      "La oficina ahora está cerrada. Leeremos su mensaje el lunes 30 de noviembre a partir de las 9:00.\nSi es urgente, llame al 112.",
    );
  });

  it("Easter Monday and 10 November (San Baudolino) are closed days", async () => {
    // Easter 2027 is 28 March: Monday 29 March, 10:30 in Rome (summer time), would be an opening hour.
    desk = new TestDesk({ clock: new ManualClock("2027-03-29T08:30:00Z") });
    const hours = desk.deps.services.serviceLevels.hours;
    expect(hours.isOpen(new Date("2027-03-29T08:30:00Z"))).toBe(false);
    expect(hours.closureAt(new Date("2027-03-29T08:30:00Z"))).toMatchObject({ reason: "holiday", holiday: { id: "easter-monday" } });
    // Tuesday 10 November 2026, 15:00: the patron day. Tuesday 17 November, 15:00: open.
    expect(hours.closureAt(new Date("2026-11-10T14:00:00Z"))).toMatchObject({ reason: "holiday", holiday: { id: "patron-saint" } });
    expect(hours.isOpen(new Date("2026-11-17T14:00:00Z"))).toBe(true);

    const olena = desk.resident("Olena", "en");
    await olena.onboards();
    const replies = await files(olena, "en", "Question about my contract");
    expect(unmarked(replies.at(-1)!.plain!)).toContain("We will read your message on Tuesday 30 March from 14:00.");

    // The info text shows the configured week in the resident's language, and the closed days.
    await olena.says("/menu");
    await olena.presses(t("en", "menu-info"));
    const info = olena.texts.find((x) => x.includes("Via Gandolfi 20"))!;
    expect(unmarked(info)).toContain("Monday, Wednesday and Friday 9:00–12:00\nTuesday and Thursday 14:00–17:00");
    expect(unmarked(info)).toContain("Closed on public holidays and on 10 November, the feast of the town's patron saint.");
    expect(unmarked(info)).toContain("Closed from 24 December to 6 January.");
  });
});

describe("response times in opening hours", () => {
  it("a request filed on Friday at 11:00 and answered on Monday at 11:00 took 3 working hours, not 72", async () => {
    desk = new TestDesk({ clock: new ManualClock("2026-11-27T10:00:00Z") });
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await files(ion, "ro", "Factura la gaz");
    expect(card(1).plain).toContain("⏳ In attesa della prima risposta");

    // Monday 30 November, 11:00 in Rome: Friday 11–12 and Monday 9–11 are the working hours in between.
    desk.clock.set("2026-11-30T10:00:00Z");
    const [queue] = await desk.giulia.says("/queue");
    expect(queue!.plain).toContain("#1 · 3 g · 💶 Affitto, bollette e documenti · ro · aperta · ⏳ senza risposta da 3 ore lavorative");

    await desk.giulia.answers("Buongiorno, la chiamiamo oggi.", { topic: topicOf(1) });
    await desk.dispatch();
    expect(card(1).plain).toContain("⏱ Prima risposta dopo 3 ore lavorative");
    const [after] = await desk.giulia.says("/queue");
    expect(after!.plain).toContain("#1 · 3 g · 💶 Affitto, bollette e documenti · ro · aperta · ⏱ prima risposta dopo 3 ore lavorative");
  });

  it("a request waiting more than 16 working hours is flagged once in its topic and in the digest", async () => {
    // Monday 30 November, 9:00 in Rome.
    desk = new TestDesk({ clock: new ManualClock("2026-11-30T08:00:00Z") });
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    await files(amira, "ar", "الماء يتسرب من السقف");
    const flags = () => desk.groupTexts(topicOf(1)).filter((x) => x.includes("aspetta una prima risposta"));

    // Friday 4 December at noon: 15 working hours (Mon 3, Tue 3, Wed 3, Thu 3, Fri 3).
    desk.clock.set("2026-12-04T11:00:00Z");
    chores();
    await desk.dispatch();
    expect(flags()).toEqual([]);

    // Tuesday 8 December is a holiday (Immacolata); Monday 7 December at 10:30 makes 16.5.
    desk.clock.set("2026-12-07T09:30:00Z");
    chores();
    await desk.dispatch();
    expect(flags()).toEqual(["⏰ #1 aspetta una prima risposta da più di 16 ore lavorative (16,5 finora). Chi può rispondere?"]);
    expect(card(1).plain).toContain("⏰ In attesa da 16 ore lavorative");
    desk.clock.set("2026-12-07T10:30:00Z");
    chores();
    await desk.dispatch();
    expect(flags()).toHaveLength(1);
    expect(desk.deps.services.requests.get(1)!.staleFlaggedAt).toEqual(new Date("2026-12-07T09:30:00Z"));

    // The morning digest names it with both clocks.
    expect(queueDigest(desk.app)).toBe(true);
    await desk.dispatch();
    const digest = desk.groupTexts().find((x) => x.includes("Buongiorno"))!;
    expect(digest).toContain("Richieste senza risposta da più di 48 ore o da più di 16 ore lavorative: 1");
    expect(digest).toContain("#1 · 💶 Affitto, bollette e documenti · ar · da 170 h (17 ore lavorative ⏰ oltre le 16)");
  });
});

describe("satisfaction in the chat", () => {
  it("after closing, a Ukrainian resident is asked in Ukrainian, answers 😐 and adds a voice note that reaches the topic", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    await files(olena, "uk", "Не працює опалення");
    const topic = topicOf(1);

    const before = olena.inbox.length;
    await desk.giulia.says("/close", { topic });
    expect(olena.inbox.length).toBe(before);
    // A minute later one message says it is closed and asks, with three large buttons.
    desk.clock.advance(61_000);
    await desk.dispatch();
    expect(unmarked(olena.last.plain)).toBe("Ваше звернення номер 1 закрито. Чи допомогли ми вам?");
    expect(olena.buttons()).toEqual(["😊 Так", "😐 Частково", "🙁 Ні"]);

    await olena.presses("😐");
    // Only partly: she is asked whether the problem is still there; she says no, and is thanked.
    expect(olena.last.plain).toBe(t("uk", "sat-sorry-reopen", { number: "1" }));
    await olena.presses(t("uk", "sat-reopen-no"));
    expect(olena.last.plain).toBe(t("uk", "sat-thanks"));
    const asked = olena.inbox.find((m) => m.plain?.includes("Чи допомогли"))!;
    expect(asked.plain).toContain("😐 Частково");
    expect(desk.em.buttons(asked)).toEqual([]);
    expect(desk.deps.services.requests.get(1)).toMatchObject({ satisfaction: "partly", status: "closed" });
    expect(desk.groupTexts(topic)).toContain("😐 Soddisfazione #1: la persona ha risposto «in parte».");

    // A voice note after a 😐 may say it is still broken: it reaches the topic, staff are flagged, she may reopen.
    const [reopenAsk] = await olena.sendsVoice(8);
    expect(reopenAsk!.plain).toBe(t("uk", "sat-sorry-reopen", { number: "1" }));
    expect(desk.groupTexts(topic)).toContain("🗣 Commento sulla soddisfazione #1 (la richiesta resta chiusa):");
    expect(desk.group(topic).at(-1)!.voice).toBeDefined();
    expect(desk.deps.services.requests.get(1)!.status).toBe("closed");

    // Asked once: the answer cannot be given twice, nor for someone else's request.
    const levels = desk.deps.services.serviceLevels;
    expect(levels.answerSatisfaction(olena.user.id, 1, "yes")).toEqual({ ok: false, reason: "already-answered" });
    expect(levels.answerSatisfaction(desk.giulia.user.id, 1, "no")).toEqual({ ok: false, reason: "not-found" });
    // A forged press on the old question is refused before any feature sees it.
    const question = olena.inbox.find((m) => m.plain?.includes("Чи допомогли"))!;
    await desk.handle(desk.em.press(olena.user.id, olena.user.id, question.message_id, "sat:y:1"));
    expect(desk.deps.services.requests.get(1)!.satisfaction).toBe("partly");
  });

  it("asks nothing after /forget, and nothing still queued survives it", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await files(ana, "es", "Una pregunta");
    // Erasure closes the open request: that is not a staff close.
    await ana.says("/forget");
    await ana.presses(t("es", "forget-yes"));
    desk.clock.advance(120_000);
    await desk.dispatch();
    expect(ana.texts.some((x) => x.includes("¿Le pudimos ayudar?"))).toBe(false);
    expect(desk.deps.services.requests.get(1)!.satisfactionAskedAt).toBeNull();

    // Closed by staff, then erased before the question went out: it never goes.
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await files(ion, "ro", "Altă întrebare");
    await desk.giulia.says("/close 2");
    await ion.says("/forget");
    await ion.presses(t("ro", "forget-yes"));
    desk.clock.advance(120_000);
    await desk.dispatch();
    expect(ion.texts.some((x) => x.includes("V-am ajutat?"))).toBe(false);
  });

  it("a request reopened before the question went out is not asked until it closes again", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await files(ana, "es", "Recibo");
    await desk.giulia.says("/close 1");
    await desk.giulia.says("/reopen 1");
    desk.clock.advance(120_000);
    await desk.dispatch();
    expect(ana.texts.some((x) => x.includes("¿Le pudimos ayudar?"))).toBe(false);
    await desk.giulia.says("/close 1");
    desk.clock.advance(61_000);
    await desk.dispatch();
    expect(unmarked(ana.last.plain)).toBe("Su solicitud número 1 está cerrada. ¿Le pudimos ayudar?");
  });
});

describe("figures", () => {
  it("/stats and /export show first answers in working hours and the satisfaction shares, with nothing personal", async () => {
    // Monday 2 November 2026, 10:00 in Rome.
    desk = new TestDesk({ clock: new ManualClock("2026-11-02T09:00:00Z") });
    const ana = desk.resident("Ana", "es");
    const ion = desk.resident("Ion", "ro");
    for (const r of [ana, ion]) await r.onboards();
    await files(ana, "es", "Recibo del gas");
    await files(ion, "ro", "Factura la gaz");
    // Ana answered at 11:00 (1 working hour), Ion on Tuesday at 15:00 (2 on Monday + 1 on Tuesday).
    desk.clock.set("2026-11-02T10:00:00Z");
    await desk.giulia.answers("Ciao Ana", { topic: topicOf(1) });
    desk.clock.set("2026-11-03T14:00:00Z");
    await desk.giulia.answers("Buongiorno Ion", { topic: topicOf(2) });
    for (const id of [1, 2]) await desk.giulia.says(`/close ${id}`);
    desk.clock.advance(61_000);
    await desk.dispatch();
    await ana.presses("😊");
    await ion.presses("🙁");

    desk.clock.set("2026-12-02T09:00:00Z");
    const [photo] = await desk.giulia.says("/stats 11/2026");
    expect(photo!.plain).toContain("⏱ Prima risposta: mediana 15 h (2 su 2 con risposta) · in orario di apertura: mediana 2 ore lavorative");
    expect(photo!.plain).toContain("💬 Soddisfazione: 2 risposte su 2 domande · 😊 sì 50% · 😐 in parte 0% · 🙁 no 50%");

    const [requestsFile] = await desk.giulia.says("/export 2026-11");
    const rows = parse(Buffer.from(requestsFile!.file!.bytes), { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.Numero, r["Ore alla prima risposta"], r["Ore lavorative alla prima risposta"], r.Soddisfazione])).toEqual([
      ["1", "1", "1", "sì"],
      ["2", "29", "3", "no"],
    ]);
    const csv = Buffer.from(requestsFile!.file!.bytes).toString("utf8");
    for (const personal of ["Ana", "Ion", "Recibo", "Factura", String(ana.user.id)]) expect(csv).not.toContain(personal);
  });
});
