import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dailyJobs } from "#src/scheduler/jobs.js";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, } from "./harness/desk.js";
import { t } from "./harness/texts.js";
import { longDateTime } from "#src/text/dates.js";

/**
 * Security review, issue 13: privacy and robustness. Each test is named after the attack (or
 * the failure) it shows can no longer happen.
 */

let desk: TestDesk;
afterEach(() => desk?.close());


/** Every text cell of every table. */
const everyText = (d: TestDesk) => d.everyText();

/** The database file and its WAL as they are on disk. */
function rawBytes(d: TestDesk): Buffer {
  const path = d.config.databasePath;
  return Buffer.concat([path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p)));
}

/** Every message Telegram still shows in the operator group and in the staff's private chats. */
function whatStaffStillSee(d: TestDesk): string {
  const chats = [OPERATOR_CHAT_ID, d.giulia.user.id, d.marco.user.id].filter((id) => d.em.chats.has(id));
  return chats
    .flatMap((id) => d.em.messages(id))
    .map((m) => `${m.text ?? ""} ${m.caption ?? ""} ${m.plain ?? ""}`)
    .join("\n");
}

const FATIMA = ["Fatima", "+39 347 7654321", "Khadija", "Casalbagliano", "Youssef", "Salma"];

async function fileRequest(r: Resident, locale: string, say: string[], category = "cat-homecare") {
  await r.says("/menu");
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, category));
  for (const s of say) await r.says(s);
}

/** Fatima: a home-care request with an address, a phone, a voice note; two children booked for tutoring. */
async function fatimaWithHistory(): Promise<Resident> {
  const [past, future] = desk.deps.services.booking.createSessions(
    { activityId: "tutoring-primary", date: { year: 2026, month: 11, day: 26 }, time: { hour: 16, minute: 0 }, minutes: 90, place: null, seats: 5, weeks: 2 },
    { id: 1, name: "Giulia" },
  ) as { id: number }[];
  const fatima = desk.resident("Fatima", "ar");
  await fatima.onboards();
  await fileRequest(fatima, "ar", ["Mia madre Khadija ha bisogno di un'infermiera"]);
  await fatima.presses(t("ar", "req-visit-home"));
  await fatima.says("Via Casalbagliano 7, scala C");
  await fatima.presses(t("ar", "req-call-me-instead"));
  await fatima.sharesContact("+39 347 7654321");
  await fatima.presses(t("ar", "req-send"));
  await fatima.sendsVoice();
  await fatima.says("Khadija non cammina più da sola");
  const b1 = desk.deps.services.booking.book(fatima.user.id, past!.id, { name: "Youssef", schoolClass: "p3", subject: "maths" });
  const b2 = desk.deps.services.booking.book(fatima.user.id, future!.id, { name: "Salma", schoolClass: "p1", subject: "homework" });
  if (!b1.ok || !b2.ok) throw new Error("booking failed");
  return fatima;
}

describe("one resident cannot take the desk down", () => {
  it("a flood of 250 messages on one request stores 200, then one notice in her language, staff told once", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await fileRequest(ana, "es", ["Ruido toda la noche"], "cat-neighbours");
    await ana.presses(t("es", "req-visit-desk"));
    await ana.presses(t("es", "req-send"));

    for (let i = 0; i < 250; i++) await desk.handle(desk.em.send(ana.user.id, ana.chatId, { text: `mensaje ${i}` }));

    const stored = desk.deps.services.requests.messages(1).filter((m) => m.direction === "in");
    expect(stored).toHaveLength(200);
    expect(ana.texts.filter((x) => x === t("es", "store-limit-request", { max: 200, address: "via Gandolfi 20" }))).toHaveLength(1);
    const staffNotices = desk.groupTexts().filter((x) => x.includes("ha raggiunto il limite di 200 messaggi salvati"));
    expect(staffNotices).toHaveLength(1);
    // Relays stop too: nothing past the limit reaches the group.
    expect(desk.groupTexts().some((x) => x.includes("mensaje 249"))).toBe(false);
  });

  it("spreading a flood over new requests hits the daily limit: one notice, nothing more stored", async () => {
    desk = new TestDesk({ env: { STORED_PER_REQUEST: "50", STORED_PER_DAY: "60", RATE_LIMIT_PER_MINUTE: "600" } });
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    const { requests } = desk.deps.services;
    const first = requests.file({ residentId: ana.user.id, category: "rent", language: "es", visit: "desk", contact: "chat", pieces: [{ kind: "text", text: "uno", messageId: 1 }] }).request;
    for (let i = 0; i < 60; i++) requests.incoming(first.id, { kind: "text", text: `a${i}` });
    requests.close(first.id, { id: 1, name: "Giulia" });
    desk.deps.services.requests.file({ residentId: ana.user.id, category: "rent", language: "es", visit: "desk", contact: "chat", pieces: [{ kind: "text", text: "dos", messageId: 2 }] });
    for (let i = 0; i < 20; i++) await ana.says(`b${i}`);

    const mine = requests.forResident(ana.user.id).flatMap((r) => requests.messages(r.id)).filter((m) => m.direction === "in");
    expect(mine).toHaveLength(60);
    expect(ana.texts.filter((x) => x === t("es", "store-limit-day", { max: 60, address: "via Gandolfi 20" }))).toHaveLength(1);
    expect(desk.groupTexts().filter((x) => x.includes("limite di 60 messaggi salvati nelle ultime 24 ore"))).toHaveLength(1);
    // A day later she is heard again.
    desk.clock.advance(25 * 3_600_000);
    const answers = await ana.says("mañana");
    // Stored again the next day (Thursday morning, when the desk is closed the notice follows).
    expect(answers[0]!.plain).toBe(t("es", "relay-delivered"));
  });

  it("/mydata of 10,000 long stored messages is written within the desk's 128 MB heap (the old one-string JSON is not)", () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    const db = desk.db.$client;
    desk.deps.services.residents.chooseLanguage(olena.user.id, "uk");
    desk.deps.services.residents.consent(olena.user.id, "Olena");
    const { request } = desk.deps.services.requests.file({
      residentId: olena.user.id, category: "housing", language: "uk", visit: "desk", contact: "chat",
      pieces: [{ kind: "text", text: "Протікає дах", messageId: 1 }],
    });
    // Inserted directly: 10,000 messages of 3,000 Cyrillic characters (60 MB on disk).
    const long = "Ї".repeat(2990);
    const insert = db.prepare("INSERT INTO request_messages (request_id, direction, kind, text, created_at) VALUES (?, 'in', 'text', ?, ?)");
    db.transaction(() => {
      for (let i = 0; i < 10_000; i++) insert.run(request.id, `№${i}|${long}`, Date.parse("2026-11-25T10:00:00Z") + i * 1000);
    })();
    db.pragma("wal_checkpoint(TRUNCATE)");
    const out = join(desk.dir, "copy.txt");
    const run = (...extra: string[]) =>
      spawnSync(
        process.execPath,
        ["--max-old-space-size=128", "--max-semi-space-size=8", "--import", "tsx", "tests/fixtures/mydata-under-pressure.ts", desk.config.databasePath, String(olena.user.id), out, ...extra],
        { encoding: "utf8", timeout: 120_000 },
      );

    const streamed = run();
    expect(streamed.stderr).not.toMatch(/heap out of memory/i);
    expect(streamed.status).toBe(0);
    const size = statSync(out).size;
    expect(size).toBeGreaterThan(10_000 * 2990 * 2);
    const tail = readFileSync(out, "utf8").slice(-200_000);
    expect(tail).toContain("№9999|");

    // The control: building it as one JSON string, as /mydata used to, dies under the same limit.
    const allAtOnce = run("--all-at-once");
    expect(allAtOnce.status).not.toBe(0);
    expect(allAtOnce.stderr).toMatch(/heap out of memory|Invalid string length/i);
  }, 180_000);

  it("/request on a request with 1,000 stored messages shows the last 20 in one message, ⬆️ precedenti for the rest", async () => {
    desk = new TestDesk({ env: { STORED_PER_REQUEST: "5000", STORED_PER_DAY: "5000" } });
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    const { request } = desk.deps.services.requests.file({
      residentId: ana.user.id, category: "rent", language: "es", visit: "desk", contact: "chat",
      pieces: [{ kind: "text", text: "Recibo <b>luz</b>", messageId: 1 }],
    });
    // A long history already stored (and long since posted in the group).
    for (let i = 1; i < 1000; i++) desk.deps.services.requests.incoming(request.id, { kind: "text", text: `mensaje ${i} ${"x".repeat(300)}` }, { relay: false });

    await desk.dispatch(); // its topic and card are posted first
    const before = desk.group().length;
    const answer = await desk.giulia.says(`/request ${request.id}`);
    expect(answer).toHaveLength(1);
    expect(desk.group().length - before).toBe(2); // the command and one answer
    const page = answer[0]!;
    expect(page.text!.length).toBeLessThanOrEqual(4096);
    expect(page.plain).toContain("981–1000 di 1000");
    expect(page.plain).toContain("mensaje 999 ");
    expect(page.plain).not.toContain("mensaje 979 ");
    expect(desk.em.buttons(page).map((b) => b.text)).toEqual(["⬆️ precedenti"]);

    await desk.giulia.presses("⬆️ precedenti", { in: page });
    const earlier = desk.group().find((m) => m.message_id === page.message_id)!;
    expect(earlier.plain).toContain("961–980 di 1000");
    expect(earlier.plain).toContain("mensaje 979 ");
    expect(desk.em.buttons(earlier).map((b) => b.text)).toEqual(["⬆️ precedenti", "⬇️ successivi"]);
    expect(desk.group().length - before).toBe(2);
  });
});

describe("erasure leaves nothing behind", () => {
  it("after /forget the name, phone, words, address and children's names are not in the database file's bytes nor its WAL", async () => {
    desk = new TestDesk();
    const fatima = await fatimaWithHistory();
    for (const s of FATIMA) expect(rawBytes(desk).includes(Buffer.from(s))).toBe(true);

    await fatima.says("/forget");
    await fatima.presses(t("ar", "forget-yes"));

    const disk = rawBytes(desk);
    for (const s of FATIMA) expect({ s, found: disk.includes(Buffer.from(s)) }).toEqual({ s, found: false });
    expect(desk.db.$client.pragma("secure_delete", { simple: true })).toBe(1);
  });

  it("after /forget no message in the operator group or a staff chat shows her name, phone, address or words", async () => {
    desk = new TestDesk();
    const fatima = await fatimaWithHistory();
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];
    await desk.giulia.answers("Arriviamo giovedì mattina", { topic: topicId });
    await desk.giulia.says("/request 1", { topic: topicId });
    await desk.giulia.saysPrivately("/request 1");
    for (const session of desk.deps.services.booking.listUpcoming(30)) await desk.marco.says(`/roster ${session.id}`);
    for (const s of ["Fatima", "Khadija", "Casalbagliano", "+39 347 7654321", "Salma"]) expect(whatStaffStillSee(desk)).toContain(s);

    await fatima.says("/forget");
    await fatima.presses(t("ar", "forget-yes"));

    const seen = whatStaffStillSee(desk);
    for (const s of FATIMA) expect({ s, shown: seen.includes(s) }).toEqual({ s, shown: false });
    expect(desk.group(topicId)[0]!.plain).toContain("persona anonimizzata");
    expect(desk.groupTexts(topicId).at(-1)).toContain("ha chiesto di essere dimenticata");
    expect(desk.db.$client.prepare("SELECT count(*) n FROM group_posts").get()).toEqual({ n: 0 });
  });

  it("when Telegram refuses to delete (older than 48 h), /forget redacts every post instead", async () => {
    desk = new TestDesk({ forum: false });
    const fatima = await fatimaWithHistory();
    await desk.giulia.says("/request 1");
    const sessionId = desk.deps.services.booking.listUpcoming(30)[0]!.id;
    await desk.giulia.says(`/roster ${sessionId}`);
    desk.em.fault = (method) =>
      method === "deleteMessage" ? { ok: false, error_code: 400, description: "Bad Request: message can't be deleted for everyone" } : undefined;

    await fatima.says("/forget");
    await fatima.presses(t("ar", "forget-yes"));

    const botPosts = desk.group().filter((m) => m.fromBot);
    for (const s of FATIMA) expect({ s, shown: botPosts.some((m) => `${m.text} ${m.plain}`.includes(s)) }).toEqual({ s, shown: false });
    expect(botPosts.filter((m) => m.plain?.startsWith("🗑 Messaggio rimosso")).length).toBeGreaterThanOrEqual(4);
  });
});

describe("retention forgets people, not only texts", () => {
  it("a resident silent for RETENTION_DAYS is erased like /forget: name, phone, address, children, group posts", async () => {
    desk = new TestDesk({ env: { RETENTION_DAYS: "30" } });
    const fatima = await fatimaWithHistory();
    await desk.giulia.says("/close 1");
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    const counts = () => desk.db.$client.prepare("SELECT (SELECT count(*) FROM requests) r, (SELECT count(*) FROM bookings) b").get();
    const before = counts();

    // Thirty days after her last booked session; Ion wrote yesterday.
    desk.clock.set("2027-01-05T09:00:00Z");
    await ion.says("/menu");
    desk.clock.set("2027-01-06T03:30:00Z");
    await dailyJobs(desk.app).find((j) => j.name === "retention")!.run();

    const all = everyText(desk);
    for (const s of [...FATIMA, `"${fatima.user.id}"`, `:${fatima.user.id},`]) expect({ s, kept: all.includes(s) }).toEqual({ s, kept: false });
    const disk = rawBytes(desk);
    for (const s of FATIMA) expect({ s, onDisk: disk.includes(Buffer.from(s)) }).toEqual({ s, onDisk: false });
    const seen = whatStaffStillSee(desk);
    for (const s of FATIMA) expect({ s, shown: seen.includes(s) }).toEqual({ s, shown: false });
    expect(counts()).toEqual(before);
    expect(desk.repos.residents.get(ion.user.id)?.firstName).toBe("Ion");
  });

  it("the privacy notice says that people inactive for the period are erased too", async () => {
    desk = new TestDesk({ env: { RETENTION_DAYS: "90" } });
    const ana = desk.resident("Ana", "en");
    await ana.onboards();
    const [answer] = await ana.says("/privacy");
    expect(answer!.plain).toContain("If you do not use the desk for 90 days, we also delete your name, your phone number, your addresses");
  });
});

describe("/mydata hands out the person's data, not the staff's notes", () => {
  it("/mydata is a document in her language with Rome times: what she sent, what she was told, bookings, consent — no internal notes", async () => {
    desk = new TestDesk();
    const fatima = await fatimaWithHistory();
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];
    await desk.giulia.answers("Veniamo giovedì alle 10", { topic: topicId });
    await desk.giulia.says("/note 1 SEGRETO: il figlio è violento", { topic: topicId });
    await desk.giulia.says("!riservato: segnalare ai servizi", { topic: topicId });

    const [file] = await fatima.says("/mydata");
    expect(file!.file!.name).toBe(t("ar", "mydata-file-name"));
    const doc = Buffer.from(file!.file!.bytes).toString("utf8");
    // Dates as Arabic writes them: "25 نوفمبر 2026، الساعة 9:00" (the hour as the opening hours write it).
    const at = (d: Date) => longDateTime(d, "ar", "Europe/Rome");
    const request = desk.deps.services.requests.get(1)!;
    expect(at(request.createdAt)).toMatch(/^\d{1,2} \S+ 2026، الساعة \d{1,2}:\d\d$/);

    expect(doc).toContain(t("ar", "mydata-title"));
    expect(doc).toContain(`${t("ar", "mydata-name")}: Fatima`);
    expect(doc).toContain(`${t("ar", "mydata-phone")}: +39 347 7654321`);
    expect(doc).toContain(`${t("ar", "mydata-address")}: Via Casalbagliano 7, scala C`);
    expect(doc).toContain(`${t("ar", "mydata-opened")}: ${at(request.createdAt)}`);
    expect(doc).toContain(`${t("ar", "mydata-from-you")}: Mia madre Khadija ha bisogno di un'infermiera`);
    expect(doc).toContain(`${t("ar", "mydata-from-you")}: [${t("ar", "mydata-kind-voice")}]`);
    expect(doc).toContain(`${t("ar", "mydata-from-desk")}: Veniamo giovedì alle 10`);
    expect(doc).toContain(t("ar", "mydata-notes-exist"));
    expect(doc).toContain(t("ar", "mydata-child", { name: "Youssef", class: t("ar", "class-p3"), subject: t("ar", "subject-maths") }));
    expect(doc).toContain(t("ar", "mydata-booking-booked"));
    expect(doc).toContain(t("ar", "mydata-consent", { date: at(desk.repos.residents.get(fatima.user.id)!.consentAt!), version: "1" }));
    // Never the notes' content, never raw codes or UTC stamps.
    for (const hidden of ["SEGRETO", "violento", "riservato", "segnalare", "2026-11-", "T09:", "homecare", "tutoring-primary", '"status"', "staff note"]) {
      expect({ hidden, present: doc.includes(hidden) }).toEqual({ hidden, present: false });
    }
  });
});

describe("forwarded messages keep their origin", () => {
  it("a forwarded lawyer's text reaches staff marked '↪️ inoltrato da <name>', the name escaped; a hidden sender is said so", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    const lawyer = { id: 777, is_bot: false, first_name: "Avv. <b>Rossi</b>", last_name: "& Co" };
    await fileRequest(ana, "es", [], "cat-housing");
    await ana.sends({ text: "Sfratto esecutivo entro 30 giorni", forward_origin: { type: "user", sender_user: lawyer, date: 1_700_000_000 } });
    await ana.presses(t("es", "req-visit-desk"));
    await ana.presses(t("es", "req-send"));
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];
    const card = desk.group(topicId)[0]!;
    expect(card.plain).toContain("↪️ inoltrato da Avv. <b>Rossi</b> & Co\nSfratto esecutivo");
    expect(card.text).toContain("Avv. &lt;b&gt;Rossi&lt;/b&gt; &amp; Co");
    // On the card, so not posted a second time under it.
    expect(desk.group(topicId).filter((m) => m.plain?.includes("Sfratto"))).toHaveLength(1);

    await ana.sends({ text: "Ti mando il messaggio del padrone di casa", forward_origin: { type: "hidden_user", sender_user_name: "Padrone", date: 1_700_000_000 } });
    // Marked as not translated too (no engine here), with her language.
    expect(desk.groupTexts(topicId).at(-1)).toContain("↪️ inoltrato (mittente nascosto) · 🌐 non tradotto · spagnolo:");
    await ana.sends({ text: "Avviso ATC", forward_origin: { type: "channel", chat: { id: -100999, type: "channel", title: "ATC Piemonte Sud" }, message_id: 5, date: 1_700_000_000 } });
    expect(desk.groupTexts(topicId).at(-1)).toContain("↪️ inoltrato da ATC Piemonte Sud · 🌐 non tradotto · spagnolo:");
    await ana.says("Questo lo scrivo io");
    expect(desk.groupTexts(topicId).at(-1)).not.toContain("inoltrato");

    const [history] = await desk.giulia.says("/request 1", { topic: topicId });
    expect(history!.plain).toContain("inoltrato da Avv. <b>Rossi</b> & Co: Sfratto esecutivo");
    expect(history!.plain).toContain("inoltrato (mittente nascosto): Ti mando");
  });
});
