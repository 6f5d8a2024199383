import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "#src/clock.js";
import { ConfigError, loadConfig } from "#src/settings.js";
import { queueDigest } from "#src/scheduler/jobs.js";
import { COORDINATORS_CHAT_ID, OPERATOR_CHAT_ID, type Resident, SALUTE_CHAT_ID, TestDesk, TWO_TEAMS, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());


/**
 * Two desks of one network: the Cristo desk in Alessandria (every activity) and a desk in Casale Monferrato, 30 km
 * away, with its own address, hours and only two activities (Italian A1 and the course for family carers).
 */
const TWO_DESKS = {
  ...TWO_TEAMS,
  desks: [
    {
      id: "cristo",
      name: "Cristo",
      town: "Alessandria",
      address: "via Gandolfi 20",
      venue: "Via Gandolfi 20, 15121 Alessandria",
      location: { latitude: 44.8969, longitude: 8.6236 },
      teams: ["sportello", "salute"],
    },
    {
      id: "casale",
      name: "Casale Monferrato",
      town: "Casale Monferrato",
      address: "via Lanza 10",
      location: { latitude: 45.1335, longitude: 8.4526 },
      openingHours: { timezone: "Europe/Rome", weekly: { tue: ["9:00-12:00"], thu: ["14:00-17:00"] } },
      teams: ["sportello", "salute"],
      activities: ["italian-a1", "caregiver"],
    },
  ],
};

/** A session of an activity at a desk, created as staff would with /newsession. */
function session(activityId: string, deskId: string, day: number, month = 12) {
  const created = desk.deps.services.booking.createSessions(
    { activityId, date: { year: 2026, month, day }, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats: 10, weeks: 1, deskId },
    { id: 900_001, name: "Giulia" },
  );
  if ("error" in created) throw new Error(created.error);
  return created[0]!;
}

/** Language and consent; where there are several desks, the desk picker comes next. */
async function meets(r: Resident, start = "/start") {
  await r.says(start);
  await r.presses("✅");
  return r.presses(/✅/);
}

/** Files a request through the form, coming to the desk and answered in the chat; returns the request's number. */
async function files(r: Resident, locale: string, category: string, say: string[]): Promise<number> {
  await r.says("/menu");
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, `cat-${category}`));
  for (const text of say) await r.says(text);
  await r.presses(t(locale, "req-visit-desk"));
  await r.presses(t(locale, "req-send"));
  await desk.dispatch();
  return desk.deps.services.requests.openFor(r.user.id)!.id;
}

/** Rosa's request for home care (Azimut's) and John's about housing (the desk's); their numbers. */
async function careAndHousing() {
  const rosa = desk.resident("Rosa", "it");
  const john = desk.resident("John", "en");
  await rosa.onboards();
  await john.onboards();
  return {
    care: await files(rosa, "it", "homecare", ["Servono le medicazioni a casa"]),
    housing: await files(john, "en", "housing", ["Broken heating"]),
  };
}

/** A one-hour home visit for a request, proposed by a worker and taken by its resident. */
function agreedVisit(requestId: number, worker: { user: { id: number } }, name: string, startsAt: string, notes: string) {
  const start = new Date(startsAt);
  const proposed = desk.deps.services.visits.propose({
    requestId,
    windows: [{ startsAt: start, endsAt: new Date(start.getTime() + 3600_000) }],
    worker: { id: worker.user.id, name },
    notes,
  });
  if (!proposed.ok) throw new Error(`not proposed: ${proposed.reason}`);
  const residentId = desk.deps.services.visits.residentOf(proposed.visit.id)!;
  expect(desk.deps.services.visits.choose(residentId, proposed.visit.id, 1)).toMatchObject({ ok: true });
  return proposed.visit;
}

/** The topic of a request in its team's group. */
const topicOf = (requestId: number) => desk.deps.services.requests.get(requestId)!.topicId!;
/** Everything the bot shows in a group, as one text. */
const shown = (chatId: number) => desk.groupTextsOf(chatId).join("\n");

describe("teams: each request in the group of the team that handles it", () => {
  it("a health request reaches only Azimut's group; a housing request only the desk's", async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const amira = desk.resident("Amira", "ar");
    const john = desk.resident("John", "en");
    await amira.onboards();
    await john.onboards();

    const health = await files(amira, "ar", "health", ["أحتاج إلى موعد مع طبيب القلب"]);
    const housing = await files(john, "en", "housing", ["The lift has been broken for a week"]);
    expect(desk.deps.services.requests.get(health)!.teamId).toBe("salute");
    expect(desk.deps.services.requests.get(housing)!.teamId).toBe("sportello");

    // Azimut's group: the topic and card of the health request, nothing of the housing one.
    const [, topic] = [...desk.em.topics(SALUTE_CHAT_ID)][0]!;
    expect(topic.name).toBe(`#${health} · Sanità · arabo`);
    expect(shown(SALUTE_CHAT_ID)).toContain("أحتاج إلى موعد مع طبيب القلب");
    expect(shown(SALUTE_CHAT_ID)).not.toContain("lift");
    // The desk's group: the housing request only; the health details are not there.
    expect(shown(OPERATOR_CHAT_ID)).toContain("The lift has been broken for a week");
    expect(shown(OPERATOR_CHAT_ID)).not.toContain("طبيب");
    expect([...desk.em.topics(OPERATOR_CHAT_ID)].map(([, t]) => t.name)).toEqual([`#${housing} · Casa · inglese`]);

    // What the resident writes next goes to the same group, and Luca's answer in the topic reaches her.
    await amira.says("الموعد عاجل");
    await desk.dispatch();
    expect(desk.groupTextsOf(SALUTE_CHAT_ID, topicOf(health)).at(-1)).toContain("الموعد عاجل");
    expect(shown(OPERATOR_CHAT_ID)).not.toContain("الموعد عاجل");
    await desk.luca.answers("Domani alle 10 con l'infermiere", { topic: topicOf(health) });
    expect(amira.last.plain).toContain("Domani alle 10 con l'infermiere");

    // Azimut's quick replies are its own, in the resident's language.
    const card = desk.groupOf(SALUTE_CHAT_ID, topicOf(health))[0]!;
    await desk.luca.presses("Risposta rapida", { in: card });
    expect(desk.luca.buttons()).toEqual(expect.arrayContaining(["🧓 Cerchiamo una badante", "🚑 Urgente: 112"]));
    expect(desk.luca.buttons()).not.toContain("📄 Portare documenti");
    await desk.luca.presses("Medico di famiglia");
    expect(amira.last.plain).toContain(t("ar", "qr-family-doctor"));
  });

  it("a transfer moves the request with its history to the other team and tells the resident in Arabic", async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    // Filed as a rent matter, it is about her mother's care at home.
    const id = await files(amira, "ar", "rent", ["لا أستطيع دفع الإيجار لأن أمي مريضة"]);
    await amira.says("تحتاج أمي إلى ممرضة في البيت");
    await desk.giulia.answers("Buongiorno, passiamo la richiesta ai colleghi dell'assistenza", { topic: topicOf(id) });
    await desk.giulia.says("!la mamma vive con lei, scala B", { topic: topicOf(id) });
    await amira.sendsPhoto("وصفة الطبيب");
    await desk.dispatch();
    const oldTopic = topicOf(id);
    expect(shown(OPERATOR_CHAT_ID)).toContain("تحتاج أمي إلى ممرضة في البيت");

    // Giulia presses ➡️ on the card and chooses Azimut's team.
    const card = desk.group(oldTopic)[0]!;
    await desk.giulia.presses("Trasferisci", { in: card });
    await desk.giulia.presses("Salute e assistenza (Azimut)");
    await desk.dispatch();

    // The desk's group keeps one line, without the content: the topic went with everything in it.
    expect([...desk.em.topics(OPERATOR_CHAT_ID)]).toEqual([]);
    expect(desk.group(oldTopic)).toEqual([]);
    const left = shown(OPERATOR_CHAT_ID);
    expect(left).toContain(`➡️ #${id} trasferita alla squadra «Salute e assistenza (Azimut)» da Giulia`);
    expect(left).not.toMatch(/أمي|scala B|passiamo/);

    // Azimut's group: a new topic, the card, and the history (her words, Giulia's answer, the internal note, the photo).
    const newTopic = topicOf(id);
    expect(desk.deps.services.requests.get(id)).toMatchObject({ teamId: "salute", status: "open" });
    const there = desk.groupTextsOf(SALUTE_CHAT_ID, newTopic).join("\n");
    expect(there).toContain("لا أستطيع دفع الإيجار لأن أمي مريضة");
    expect(there).toContain(`Storia di #${id}`);
    expect(there).toContain("تحتاج أمي إلى ممرضة في البيت");
    expect(there).toContain("Giulia: Buongiorno, passiamo la richiesta ai colleghi dell'assistenza");
    expect(there).toContain("(nota interna): la mamma vive con lei, scala B");
    expect(desk.groupOf(SALUTE_CHAT_ID, newTopic).some((m) => m.photo)).toBe(true);

    // The resident is told in Arabic who follows her now (the team as residents read it, never its Italian name); audited.
    expect(unmarked(amira.last.plain)).toBe(`طلبك رقم ${id} يتابعه الآن فريق الصحة والرعاية. سيردّون عليك هنا، في هذه المحادثة.`);
    expect(desk.deps.services.requests.auditTrail(id).map((a) => [a.actorName, a.action, a.detail])).toContainEqual([
      "Giulia",
      "transfer",
      "sportello → salute",
    ]);

    // From now on her words reach Azimut, and Luca's answer reaches her; the desk's staff no longer see it.
    await amira.says("شكرًا");
    await desk.dispatch();
    expect(desk.groupTextsOf(SALUTE_CHAT_ID, newTopic).at(-1)).toContain("شكرًا");
    expect(shown(OPERATOR_CHAT_ID)).not.toContain("شكرًا");
    await desk.elena.answers("Ci sentiamo domani", { topic: newTopic });
    expect(amira.last.plain).toContain("Ci sentiamo domani");
    const [refused] = await desk.giulia.saysPrivately(`/request ${id}`);
    expect(refused!.plain).toContain(`La richiesta #${id} è seguita dalla squadra «Salute e assistenza (Azimut)»`);
  });

  it("a transfer in a group without topics deletes the card and the relays, and answers /transfer 42 salute", async () => {
    desk = new TestDesk({ network: TWO_TEAMS, forum: false });
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    const id = await files(ion, "ro", "social", ["Mama mea are nevoie de îngrijire acasă"]);
    await ion.says("Nu poate merge singură");
    await desk.dispatch();
    expect(shown(OPERATOR_CHAT_ID)).toContain("Nu poate merge singură");

    await desk.giulia.says(`/transfer ${id} salute`);
    await desk.dispatch();
    expect(shown(OPERATOR_CHAT_ID)).toContain(`#${id} trasferita alla squadra «Salute e assistenza (Azimut)». La persona è stata avvisata`);
    expect(shown(OPERATOR_CHAT_ID)).toContain(`➡️ #${id} trasferita alla squadra «Salute e assistenza (Azimut)» da Giulia`);
    expect(shown(OPERATOR_CHAT_ID)).not.toMatch(/Mama|singură/);
    expect(desk.groupTextsOf(SALUTE_CHAT_ID).join("\n")).toContain("Nu poate merge singură");
    // Replying to the history page in Azimut's group reaches Ion.
    const page = desk.groupOf(SALUTE_CHAT_ID).find((m) => m.plain?.includes(`Storia di #${id}`))!;
    await desk.luca.answers("Vă sunăm mâine", { replyTo: page.message_id });
    expect(ion.last.plain).toContain("Vă sunăm mâine");
  });

  it("a staff member of one team cannot take or read another team's request", async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    const id = await files(amira, "ar", "homecare", ["أمي لا تستطيع الاستحمام وحدها"]);
    const notYours = `La richiesta #${id} è seguita dalla squadra «Salute e assistenza (Azimut)»`;

    // Giulia works for the desk's team: /take, /request and /note are refused, here and in private.
    expect((await desk.giulia.says(`/take ${id}`))[0]!.plain).toContain(notYours);
    expect((await desk.giulia.says(`/request ${id}`))[0]!.plain).toContain(notYours);
    expect((await desk.giulia.saysPrivately(`/request ${id}`))[0]!.plain).toContain(notYours);
    expect((await desk.giulia.saysPrivately(`/note ${id} visto`))[0]!.plain).toContain(notYours);
    expect(JSON.stringify(desk.em.messages(OPERATOR_CHAT_ID))).not.toContain("الاستحمام");
    // A forged press on the card in Azimut's group, from someone outside that group, changes nothing.
    const card = desk.groupOf(SALUTE_CHAT_ID, topicOf(id))[0]!;
    await desk.handle(desk.em.press(desk.giulia.user.id, SALUTE_CHAT_ID, card.message_id, `d:take:${id}`));
    expect(desk.deps.services.requests.get(id)).toMatchObject({ status: "open", assigneeId: null });
    // The coordinators see figures, not contents.
    expect((await desk.paola.saysPrivately(`/request ${id}`))[0]!.plain).toContain(notYours);

    // Luca, of Azimut's team, takes it; and cannot take a request of the desk's team.
    await desk.luca.says(`/take ${id}`);
    expect(desk.deps.services.requests.get(id)).toMatchObject({ status: "taken", assigneeName: "Luca" });
    const john = desk.resident("John", "en");
    await john.onboards();
    const housing = await files(john, "en", "housing", ["Mould in the bathroom"]);
    expect((await desk.luca.says(`/take ${housing}`))[0]!.plain).toContain(`La richiesta #${housing} è seguita dalla squadra «Sportello (Coompany&)»`);
    expect(desk.deps.services.requests.get(housing)!.status).toBe("open");
  });

  it("per-team /queue and /stats; the coordinators see every team's figures, never a request's content", async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const residents = ["Amira", "Olena", "John"].map((name) => desk.resident(name, "en"));
    for (const r of residents) await r.onboards();
    const health = await files(residents[0]!, "en", "health", ["Blood test results"]);
    const care = await files(residents[1]!, "en", "homecare", ["A carer for my father"]);
    const housing = await files(residents[2]!, "en", "housing", ["Broken heating"]);

    const [lucaQueue] = await desk.luca.says("/queue");
    expect(lucaQueue!.plain).toContain("Coda · aperte: 2 · prese: 0");
    expect(lucaQueue!.plain).toMatch(new RegExp(`#${health} .*\n#${care} `));
    expect(lucaQueue!.plain).not.toContain(`#${housing} `);
    const [giuliaQueue] = await desk.giulia.says("/queue");
    expect(giuliaQueue!.plain).toContain("Coda · aperte: 1 · prese: 0");
    expect(giuliaQueue!.plain).toContain(`#${housing} `);
    expect(giuliaQueue!.plain).not.toContain(`#${health} `);

    // Coordinators: counts per team, no request lines.
    const [counts] = await desk.paola.says("/queue");
    expect(counts!.plain).toContain("Sportello (Coompany&) · aperte: 1");
    expect(counts!.plain).toContain("Salute e assistenza (Azimut) · aperte: 2");
    expect(counts!.plain).not.toMatch(/#\d/);

    // /stats: each team its own; the coordinators the whole network, with each team's share.
    await desk.luca.says("/stats");
    const lucaStats = desk.groupOf(SALUTE_CHAT_ID).at(-1)!;
    expect(lucaStats.caption).toContain("Squadra: Salute e assistenza (Azimut)");
    expect(lucaStats.caption).toContain("Richieste ricevute: 2");
    await desk.giulia.says("/stats");
    expect(desk.group().at(-1)!.caption).toContain("Richieste ricevute: 1");
    await desk.paola.says("/stats");
    const all = desk.groupOf(COORDINATORS_CHAT_ID).at(-1)!;
    expect(all.caption).toContain("Richieste ricevute: 3");
    // The caption as sent (HTML): the team's "&" is escaped.
    expect(all.caption).toContain("Sportello (Coompany&amp;) 1 · Salute e assistenza (Azimut) 2");
  });
});

describe("teams: activities, digests and erasure", () => {
  it("each team's activities: Azimut's course reaches Azimut's group (digest, roster); the desk's lessons the desk's", async () => {
    desk = new TestDesk({ network: TWO_TEAMS, clock: new ManualClock("2026-11-25T06:00:00Z") });
    const course = session("caregiver", "cristo", 25, 11);
    const lesson = session("italian-a1", "cristo", 25, 11);
    const fatima = desk.resident("Fatima", "ar");
    const olena = desk.resident("Olena", "uk");
    await fatima.onboards();
    await olena.onboards();
    desk.deps.services.booking.book(fatima.user.id, course.id);
    desk.deps.services.booking.book(olena.user.id, lesson.id);

    // The morning digest: each group its own sessions, with their rosters.
    expect(desk.deps.services.booking.roster(course.id)!.seated).toHaveLength(1);
    expect(queueDigest(desk.app)).toBe(true);
    await desk.dispatch();
    const digestOf = (chatId: number) => desk.groupTextsOf(chatId).find((x) => x.startsWith("☀️"))!;
    expect(digestOf(SALUTE_CHAT_ID)).toContain("Fatima");
    expect(digestOf(SALUTE_CHAT_ID)).not.toContain("Olena");
    expect(digestOf(OPERATOR_CHAT_ID)).toContain("Olena");
    expect(digestOf(OPERATOR_CHAT_ID)).not.toContain("Fatima");
    expect(queueDigest(desk.app)).toBe(false);

    // /sessions and /roster: each team its own; another team's roster is refused.
    const [lucaSessions] = await desk.luca.says("/sessions");
    expect(lucaSessions!.plain).toContain(`#${course.id} `);
    expect(lucaSessions!.plain).not.toContain(`#${lesson.id} `);
    expect((await desk.luca.says(`/roster ${course.id}`))[0]!.plain).toContain("Fatima");
    expect((await desk.luca.says(`/roster ${lesson.id}`))[0]!.plain).toContain(`La sessione #${lesson.id} è della squadra «Sportello (Coompany&)»`);
    expect((await desk.giulia.says(`/roster ${course.id}`))[0]!.plain).not.toContain("Fatima");

    // A new session from Azimut's group offers Azimut's activities only.
    await desk.luca.says("/newsession");
    expect(desk.luca.buttons()).toEqual([t("it", "act-caregiver")]);
  });

  it("home visits are coordinated per team: the desk's coordinator does not see Azimut's visits and addresses", async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const rosa = desk.resident("Rosa", "it");
    await rosa.onboards();
    const id = await files(rosa, "it", "homecare", ["Servono le medicazioni a casa"]);
    const tomorrow = { startsAt: new Date("2026-11-26T09:00:00Z"), endsAt: new Date("2026-11-26T10:00:00Z") };
    const proposed = desk.deps.services.visits.propose({
      requestId: id,
      windows: [tomorrow],
      worker: { id: desk.elena.user.id, name: "Elena" },
      notes: "Via Casale 12, scala B",
    });
    if (!proposed.ok) throw new Error("not proposed");
    expect(desk.deps.services.visits.choose(rosa.user.id, proposed.visit.id, 1)).toMatchObject({ ok: true });

    // Luca administers Azimut's group: he sees Elena's visit. Giulia administers the desk's: not Azimut's.
    const luca = await desk.luca.says("/visite domani");
    expect(luca[0]!.plain).toContain(": 1");
    expect(luca.map((m) => m.plain).join("\n")).toContain(`richiesta #${id}`);
    const giulia = await desk.giulia.says("/visite domani");
    expect(giulia.map((m) => m.plain).join("\n")).not.toContain(`richiesta #${id}`);
    expect(giulia[0]!.plain).toBe("🗓 Visite di tutti · giovedì 26 novembre: nessuna");
    // Nor may she propose one for it.
    expect((await desk.giulia.says(`/visita ${id}`))[0]!.plain).toContain(`La richiesta #${id} è seguita dalla squadra «Salute e assistenza (Azimut)»`);
  });

  it("home-visit figures follow the team: one team's /stats and /export show its visits only; the coordinators see all", async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const { care, housing } = await careAndHousing();
    agreedVisit(care, desk.elena, "Elena", "2026-11-26T09:00:00Z", "Via Casale 12, scala B");

    const stats = async (who: typeof desk.luca) => (await who.says("/stats")).find((m) => m.file)!.plain;
    expect(await stats(desk.luca)).toContain("🏠 Visite a domicilio: 1 pianificata ·");
    expect(await stats(desk.giulia)).toContain("🏠 Visite a domicilio: 0 pianificate ·");
    expect(await stats(desk.paola)).toContain("🏠 Visite a domicilio: 1 pianificata ·");

    const csv = (files: { file?: { name: string; bytes: Uint8Array } }[], prefix: string) =>
      parse(Buffer.from(files.find((m) => m.file?.name.startsWith(prefix))!.file!.bytes), { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    const lucas = await desk.luca.says("/export 2026-11-01 2026-11-30");
    expect(csv(lucas, "visite").map((r) => [r.Squadra, r["Visite pianificate"]])).toEqual([["salute", "1"]]);
    // The requests file says which team handles each request: a team id, no person.
    expect(csv(lucas, "richieste").map((r) => [r.Numero, r.Squadra])).toEqual([[String(care), "salute"]]);
    const giulias = await desk.giulia.says("/export 2026-11-01 2026-11-30");
    expect(csv(giulias, "visite")).toEqual([]);
    expect(csv(giulias, "richieste").map((r) => [r.Numero, r.Squadra])).toEqual([[String(housing), "sportello"]]);
    const paolas = await desk.paola.says("/export 2026-11-01 2026-11-30");
    expect(csv(paolas, "visite").map((r) => [r.Squadra, r["Visite pianificate"]])).toEqual([["salute", "1"]]);
    expect(csv(paolas, "richieste").map((r) => r.Squadra).sort()).toEqual(["salute", "sportello"]);
  });

  it("the morning digest lists each team's home visits of the day (time, worker, request) and past ones still unmarked, no address", async () => {
    desk = new TestDesk({ network: TWO_TEAMS, clock: new ManualClock("2026-11-25T06:00:00Z") });
    const { care, housing } = await careAndHousing();
    // Marco's visit for the desk's team, yesterday and never marked; Elena's for Azimut, this morning.
    agreedVisit(housing, desk.marco, "Marco", "2026-11-25T09:00:00Z", "Via Marengo 40");
    agreedVisit(care, desk.elena, "Elena", "2026-11-26T09:30:00Z", "Via Casale 12, scala B");

    desk.clock.set("2026-11-26T06:00:00Z");
    expect(queueDigest(desk.app)).toBe(true);
    await desk.dispatch();
    const digestOf = (chatId: number) => desk.groupTextsOf(chatId).find((x) => x.startsWith("☀️"))!;
    expect(digestOf(SALUTE_CHAT_ID)).toContain(`🏠 Visite a domicilio di oggi: 1\n   • 10:30 · Elena · richiesta #${care}`);
    expect(digestOf(SALUTE_CHAT_ID)).not.toContain("da segnare");
    expect(digestOf(OPERATOR_CHAT_ID)).not.toContain("Visite a domicilio di oggi");
    expect(digestOf(OPERATOR_CHAT_ID)).toContain(`⚠️ Visite passate ancora da segnare (fatta o non in casa): 1\n   • mer 25/11, 10:00 · Marco · richiesta #${housing}`);
    for (const chatId of [SALUTE_CHAT_ID, OPERATOR_CHAT_ID]) {
      for (const address of ["Via Casale", "Via Marengo"]) expect(digestOf(chatId)).not.toContain(address);
    }
  });

  it("/forget reaches every group that handled the person's requests", async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    const housing = await files(amira, "ar", "housing", ["الماء يتسرب من السقف"]);
    await desk.giulia.says(`/close ${housing}`);
    const health = await files(amira, "ar", "health", ["أحتاج إلى دواء للسكري"]);
    await amira.says("الصيدلية مغلقة");
    await desk.dispatch();
    expect(shown(OPERATOR_CHAT_ID)).toContain("الماء يتسرب من السقف");
    expect(shown(SALUTE_CHAT_ID)).toContain("الصيدلية مغلقة");

    await amira.says("/forget");
    await amira.presses(t("ar", "forget-yes"));
    await desk.dispatch();
    for (const chatId of [OPERATOR_CHAT_ID, SALUTE_CHAT_ID]) {
      expect(shown(chatId)).not.toMatch(/Amira|الماء|السكري|الصيدلية/);
    }
    expect(desk.groupOf(SALUTE_CHAT_ID, topicOf(health))[0]!.plain).toContain("persona anonimizzata");
    expect(desk.groupOf(OPERATOR_CHAT_ID, topicOf(housing))[0]!.plain).toContain("persona anonimizzata");
    expect(desk.everyText()).not.toContain("الصيدلية");
  });
});

describe("desks: places, each with its address, hours and activities", () => {
  it("with one desk nothing about desks is shown: the menu comes straight after consent, without 📍 My desk", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    const after = await meets(ion);
    expect(after.map((m) => m.plain)).toContain(t("ro", "menu-title"));
    expect(ion.buttons()).not.toContain(t("ro", "menu-place"));
    expect(ion.texts.some((x) => x === t("ro", "desk-choose"))).toBe(false);
  });

  it("two desks with different addresses and activities: each resident reads their own desk's address, hours and lessons", async () => {
    desk = new TestDesk({ network: TWO_DESKS });
    session("italian-a1", "cristo", 1);
    session("italian-a1", "casale", 3);
    session("italian-a2", "cristo", 2);

    // First contact: language, consent, then the desk, by its neighbourhood or town.
    const amira = desk.resident("Amira", "ar");
    const picker = (await meets(amira)).at(-1)!;
    expect(unmarked(picker.plain ?? "")).toBe(t("ar", "desk-choose"));
    expect(amira.buttons()).toEqual(["Cristo · Alessandria", "Casale Monferrato", t("ar", "desk-nearest-button")]);
    const chosen = await amira.presses("Casale Monferrato");
    expect(unmarked(chosen[0]!.plain ?? "")).toBe(t("ar", "desk-chosen", { name: "Casale Monferrato", address: "via Lanza 10" }));
    expect(chosen.at(-1)!.plain).toBe(t("ar", "menu-title"));
    // No after-school help in Casale; "My desk" is in the menu.
    expect(amira.buttons()).not.toContain(t("ar", "menu-tutoring"));
    expect(amira.buttons()).toContain(t("ar", "menu-place"));

    // Info: Casale's address, its hours (Tuesday and Thursday), its map pin.
    await amira.presses(t("ar", "menu-info"));
    const info = unmarked(amira.inbox.at(-2)!.plain ?? "");
    expect(info).toContain("Via Lanza 10, Casale Monferrato");
    expect(info).not.toContain("Gandolfi");
    const pin = amira.inbox.at(-1)!;
    expect(pin).toMatchObject({ venue: { location: { latitude: 45.1335, longitude: 8.4526 }, address: "Via Lanza 10, Casale Monferrato" } });

    // Italian lessons: only A1 is held in Casale, and only Casale's dates are offered.
    await amira.says("/menu");
    await amira.presses(t("ar", "menu-italian"));
    expect(amira.buttons().map(unmarked).filter((b) => b !== t("ar", "menu-back"))).toEqual([t("ar", "act-italian-a1")]);
    await amira.presses(t("ar", "act-italian-a1"));
    const dates = amira.buttons().filter((b) => b.includes("3"));
    expect(dates).toHaveLength(1);
    await amira.presses(dates[0]!);
    expect(unmarked(amira.last.plain)).toContain(t("ar", "place-desk", { address: "via Lanza 10" }));

    // A request: "Can you come to the desk at via Lanza 10?"
    await amira.says("/menu");
    await amira.presses(t("ar", "menu-desk"));
    await amira.presses(t("ar", "cat-rent"));
    await amira.says("فاتورة الكهرباء");
    expect(unmarked(amira.last.plain)).toBe(t("ar", "req-pieces-then-visit", { count: 1, address: "via Lanza 10" }));

    // A neighbour of the Cristo desk reads via Gandolfi 20 and gets the Cristo lessons.
    const olena = desk.resident("Olena", "uk");
    await meets(olena);
    await olena.presses("Cristo · Alessandria");
    expect(olena.buttons()).toContain(t("uk", "menu-tutoring"));
    await olena.presses(t("uk", "menu-info"));
    expect(unmarked(olena.inbox.at(-2)!.plain ?? "")).toContain(t("uk", "desk-cristo-directions"));
    expect(olena.inbox.at(-1)).toMatchObject({ venue: { address: "Via Gandolfi 20, 15121 Alessandria" } });
    await olena.says("/menu");
    await olena.presses(t("uk", "menu-italian"));
    expect(olena.buttons()).toEqual(expect.arrayContaining([t("uk", "act-italian-a1"), t("uk", "act-italian-a2")]));
  });

  it("a poster's deep link /start desk_casale chooses the desk: no picker, Casale's address from the start", async () => {
    desk = new TestDesk({ network: TWO_DESKS });
    const ana = desk.resident("Ana", "es");
    const after = await meets(ana, "/start desk_casale");
    expect(desk.repos.residents.get(ana.user.id)?.deskId).toBe("casale");
    expect(after.map((m) => m.plain)).toContain(t("es", "menu-title"));
    expect(ana.texts.some((x) => unmarked(x) === t("es", "desk-choose"))).toBe(false);
    // The privacy notice named Casale's address already.
    expect(ana.texts.some((x) => unmarked(x).includes("via Lanza 10"))).toBe(true);

    // A link naming a desk and a flow: the desk, then the flow after consent.
    const john = desk.resident("John", "en");
    await meets(john, "/start desk_cristo-corsi");
    expect(desk.repos.residents.get(john.user.id)?.deskId).toBe("cristo");
    expect(john.last.plain).toBe(t("en", "book-choose-level"));
  });

  it("location → nearest desk: the resident shares where they are and gets the nearest desk; the location is not kept", async () => {
    desk = new TestDesk({ network: TWO_DESKS });
    const ion = desk.resident("Ion", "ro");
    await meets(ion);
    const [ask] = await ion.presses(t("ro", "desk-nearest-button"));
    expect(ask!.plain).toBe(t("ro", "desk-send-location"));
    expect(JSON.stringify(ask!.keyboard)).toContain('"request_location":true');

    // Frassineto Po, a village 8 km from Casale and 20 from Alessandria.
    const answer = await ion.sharesLocation(45.1347, 8.5386);
    expect(unmarked(answer[0]!.plain ?? "")).toMatch(
      new RegExp(`^${t("ro", "desk-nearest", { name: "Casale Monferrato", address: "via Lanza 10", km: "KM" }).replace(/[()]/g, "\\$&").replace("KM", "[0-9]+(,[0-9])?")}$`),
    );
    expect(answer[0]!.keyboard).toEqual({ remove_keyboard: true });
    expect(desk.repos.residents.get(ion.user.id)?.deskId).toBe("casale");
    expect(desk.everyText()).not.toContain("8.5386");

    // Changed later from the menu: "📍 My desk" shows the current one and the choices.
    await ion.says("/menu");
    const [current] = await ion.presses(t("ro", "menu-place"));
    expect(unmarked(current!.plain ?? "")).toBe(t("ro", "desk-current", { name: "Casale Monferrato", address: "via Lanza 10" }));
    await ion.presses("Cristo · Alessandria");
    expect(desk.repos.residents.get(ion.user.id)?.deskId).toBe("cristo");
    expect(ion.last.plain).toBe(t("ro", "menu-title"));

    // Typing the town's name chooses it too, while choosing.
    const mei = desk.resident("Mei", "zh");
    await meets(mei);
    await mei.says("casale monferrato");
    expect(desk.repos.residents.get(mei.user.id)?.deskId).toBe("casale");
  });
});

describe("the teams-and-desks file", () => {
  const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
  const problems = (network: unknown, env: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), "noi-desk-config-"));
    const file = join(dir, "desk.json");
    writeFileSync(file, typeof network === "string" ? network : JSON.stringify(network));
    try {
      loadConfig({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: String(OPERATOR_CHAT_ID), DESK_FILE: file, ...env });
      return "";
    } catch (error) {
      if (error instanceof ConfigError) return error.problems.join("\n");
      throw error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const [sportello, salute] = TWO_TEAMS.teams as [(typeof TWO_TEAMS.teams)[0], (typeof TWO_TEAMS.teams)[1]];

  it("without a file: one team in OPERATOR_CHAT_ID at the Cristo desk, every category and activity", () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: String(OPERATOR_CHAT_ID) });
    expect(config.networkFile).toBeUndefined();
    expect(config.network.teams.map((t) => [t.id, t.chatId])).toEqual([["sportello", undefined]]);
    expect(config.network.desks.map((d) => [d.id, d.address, d.teams])).toEqual([["cristo", "via Gandolfi 20", ["sportello"]]]);
    expect(config.network.desks[0]!.activities).toHaveLength(8);
  });

  it("names the file and what is wrong in it", () => {
    expect(problems("{ teams: ")).toMatch(/^DESK_FILE \(.*desk\.json\): not readable JSON/);
    expect(problems({ teams: [{ ...sportello, categories: ["housing", "pets"] }] })).toMatch(/teams\.0\.categories\.1/);
    expect(problems({ teams: [sportello, { ...salute, chatId: OPERATOR_CHAT_ID }] })).toMatch(/^OPERATOR_CHAT_ID: is the group of team "salute"/);
    expect(problems({ teams: [{ ...sportello, chatId: -1001 }, { ...salute, chatId: -1001 }] })).toContain('teams "sportello" and "salute" have the same group');
    expect(problems({ teams: [sportello, { ...salute, categories: ["health", "housing"] }] })).toContain('category "housing" is claimed by "sportello" and "salute"');
    expect(problems({ teams: [sportello, { ...salute, activities: ["knitting"] }] })).toContain('unknown activity "knitting"');
    expect(problems({ ...TWO_TEAMS, desks: [{ ...TWO_DESKS.desks[0], teams: ["sportello", "dentists"] }] })).toContain('unknown team "dentists"');
    expect(problems({ teams: [sportello, { ...salute, chatId: undefined }] })).toContain('team "salute" needs its operator group\'s chatId');
    expect(problems({ ...TWO_TEAMS, coordinatorsChatId: salute.chatId })).toContain("the coordinators' group must not be a team's group");
    expect(problems(TWO_DESKS)).toBe("");
  });
});
