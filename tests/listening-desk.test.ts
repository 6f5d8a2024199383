import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());


/** Walks the resident through the request form up to the summary. */
async function fileRequest(
  r: Resident,
  locale: string,
  opts: { category: string; say?: string[]; voice?: boolean; address?: string; phone?: string },
) {
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, `cat-${opts.category}`));
  for (const text of opts.say ?? []) await r.says(text);
  if (opts.voice) await r.sendsVoice();
  if (opts.address) {
    await r.presses(t(locale, "req-visit-home"));
    await r.says(opts.address);
  } else {
    await r.presses(t(locale, "req-visit-desk"));
  }
  if (opts.phone) {
    await r.presses(t(locale, "req-call-me-instead"));
    await r.sharesContact(opts.phone);
  }
}

describe("listening desk", () => {
  it("an Arabic-speaking resident's home-care request with a voice note is handled end to end in a forum group", async () => {
    desk = new TestDesk({ forum: true });
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();

    await fileRequest(amira, "ar", { category: "homecare", voice: true, say: ["أمي مريضة ولا تستطيع المشي"], address: "Via Gandolfi 20, scala B, piano 3" });
    expect(amira.last.plain).toContain("Via Gandolfi 20, scala B, piano 3");
    const [sent] = await amira.presses(t("ar", "req-send"));
    expect(sent!.plain).toBe(t("ar", "req-sent", { number: "1" }));

    // The group gets a topic with the card, the text and the voice note.
    const [topicId, topic] = [...desk.em.topics(OPERATOR_CHAT_ID)][0]!;
    expect(topic.name).toBe("#1 · Assistenza · arabo");
    const card = desk.group(topicId)[0]!;
    expect(card.plain).toContain("#1 · 🧓 Infermiere o badante a casa");
    expect(card.plain).toContain("Amira · 🌍 العربية (ar)");
    expect(card.plain).toContain("Visita a domicilio: Via Gandolfi 20, scala B, piano 3");
    expect(card.plain).toContain("Contatto: in chat");
    expect(card.plain).toContain("أمي مريضة ولا تستطيع المشي");
    expect(card.plain).toContain("1 vocale");
    expect(desk.group(topicId).some((m) => m.voice)).toBe(true);

    // Giulia takes it: the card changes in place.
    await desk.giulia.presses("Prendo", { in: card });
    expect(desk.group(topicId)[0]!.plain).toContain("presa da Giulia");

    // A quick reply, chosen in Italian, reaches Amira in Arabic.
    await desk.giulia.presses("Risposta rapida", { in: desk.group(topicId)[0]! });
    // (She gave no phone: "we'll call you" is not offered.)
    await desk.giulia.presses("❓ Servono più informazioni");
    expect(amira.last.plain).toBe(`${t("ar", "relay-staff-prefix")}\n${t("ar", "qr-more-info")}`);

    // A free reply in the topic reaches her once Giulia confirms the Italian (no engine here); an internal note does not.
    await desk.giulia.answers("Domani alle 10 passa Marco, l'infermiere.", { topic: topicId });
    expect(amira.last.plain).toContain("Domani alle 10 passa Marco, l'infermiere.");
    const before = amira.inbox.length;
    await desk.giulia.says("! la figlia vive a Torino, chiamare lei se non risponde", { topic: topicId });
    await desk.giulia.says("/note la casa è al terzo piano senza ascensore", { topic: topicId });
    expect(amira.inbox.length).toBe(before);

    // What Amira writes reaches the topic.
    await amira.says("شكرا جزيلا");
    expect(desk.groupTexts(topicId).at(-1)).toContain("شكرا جزيلا");

    // Closing tells her, in Arabic, in one message that also asks whether we helped.
    await desk.giulia.presses("Chiudi", { in: desk.group(topicId)[0]! });
    desk.clock.advance(61_000);
    await desk.dispatch();
    expect(amira.last.plain).toBe(t("ar", "sat-question", { number: "1" }));
    expect(desk.group(topicId)[0]!.plain).toContain("chiusa");

    const history = desk.deps.services.requests.history(1)!;
    expect(history.messages.filter((m) => m.direction === "note").map((m) => m.text)).toEqual([
      "la figlia vive a Torino, chiamare lei se non risponde",
      "la casa è al terzo piano senza ascensore",
    ]);
    // Her Italian answer went after Giulia confirmed the language warning (held-sent).
    expect(history.audit.map((a) => a.action)).toEqual(["take", "quick-reply", "held-sent", "reply", "note", "note", "close"]);
    expect(history.request.firstAnswerAt).not.toBeNull();
  });

  it("posts a card in a group without topics, and staff answer by replying to it", async () => {
    desk = new TestDesk({ forum: false });
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await fileRequest(ion, "ro", { category: "rent", say: ["Nu pot plăti factura de gaz"], phone: "+39 333 1234567" });
    await ion.presses(t("ro", "req-send"));
    const card = desk.group().find((m) => m.plain?.startsWith("#1"))!;
    expect(card.plain).toContain("Telefono: +39 333 1234567");
    expect(desk.repos.residents.get(ion.user.id)!.phone).toBe("+39 333 1234567");

    await desk.marco.answers("Buongiorno Ion, la chiamo domani.", { replyTo: card.message_id });
    expect(ion.last.plain).toContain("Buongiorno Ion, la chiamo domani.");
    // Replying to a relayed resident message works too.
    await ion.says("Mulțumesc!");
    const relayed = desk.group().at(-1)!;
    expect(relayed.plain).toContain("Mulțumesc!");
    await desk.marco.answers("Prego!", { replyTo: relayed.message_id });
    expect(ion.last.plain).toContain("Prego!");
  });

  it("refuses staff functions to people outside the operator group, changing nothing", async () => {
    desk = new TestDesk();
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    await fileRequest(amira, "ar", { category: "housing", say: ["الماء يتسرب من السقف"] });
    await amira.presses(t("ar", "req-send"));

    const [refusal] = await amira.says("/queue");
    expect(refusal!.plain).toBe(t("ar", "staff-only"));
    const intruder = desk.stranger("Intruso");
    const [privately] = await intruder.saysPrivately("/take 1");
    expect(privately!.plain).toBe(t("it", "staff-only"));

    // Someone who left the group presses Take on the card.
    desk.em.setMember(OPERATOR_CHAT_ID, desk.marco.user.id, "left");
    const card = desk.group().find((m) => m.plain?.startsWith("#1"))!;
    await desk.marco.presses("Prendo", { in: card });
    expect(desk.deps.services.requests.get(1)!.status).toBe("open");
    expect(desk.repos.audit.all()).toEqual([]);
  });

  it("shows resident text literally on the card and relays a 10,000-character message whole", async () => {
    desk = new TestDesk({ forum: false });
    const li = desk.resident("Li <b>", "zh");
    await li.onboards();
    await fileRequest(li, "zh", { category: "other", say: ["<b>x</b> & <script>"] });
    await li.presses(t("zh", "req-send"));
    const card = desk.group().find((m) => m.plain?.startsWith("#1"))!;
    expect(card.plain).toContain("<b>x</b> & <script>");
    expect(card.plain).toContain("Li <b>");

    const long = Array.from({ length: 1200 }, (_, i) => `riga${String(i).padStart(4, "0")}`).join(" ");
    expect(long.length).toBeGreaterThan(10_000);
    await li.says(long);
    const parts = desk.group().filter((m) => m.plain?.includes("(#1)") && m.plain.includes("riga"));
    expect(parts.length).toBeGreaterThan(2);
    const body = parts.map((m) => m.plain!.split("\n").slice(1).join("\n")).join(" ");
    expect(body.split(/\s+/)).toEqual(long.split(" "));
  });

  it("creates one request when the Send press is delivered twice", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await fileRequest(ana, "es", { category: "school", say: ["Necesito ayuda con la inscripción"] });
    const update = ana.pressUpdate(t("es", "req-send"));
    await desk.handle(update);
    await desk.handle(update);
    expect(desk.deps.services.requests.forResident(ana.user.id)).toHaveLength(1);
    expect(desk.em.topics(OPERATOR_CHAT_ID).size).toBe(1);
  });

  it("resumes a half-filled request after a restart", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.presses(t("es", "menu-desk"));
    await ana.presses(t("es", "cat-rent"));
    await ana.says("No me llega el recibo del alquiler");

    desk.restart();

    // Nothing new in the chat: the one "received" message counts both pieces, after the restart too.
    expect(await ana.says("Y el contador de luz está roto")).toEqual([]);
    expect(unmarked(ana.last.plain)).toBe(t("es", "req-pieces-then-visit", { count: 2, address: "via Gandolfi 20" }));
    await ana.presses(t("es", "req-visit-desk"));
    await ana.presses(t("es", "req-send"));
    const texts = desk.deps.services.requests.messages(1).map((m) => m.text);
    expect(texts).toEqual(["No me llega el recibo del alquiler", "Y el contador de luz está roto"]);
  });

  it("ends an idle form politely and lets the resident start again", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.presses(t("es", "menu-desk"));
    desk.clock.advance(4 * 3600_000);
    const answers = await ana.says("hola");
    expect(answers[0]!.plain).toBe(t("es", "flow-expired"));
    // What she wrote is not dropped: she is asked whether it goes to the desk.
    expect(answers.at(-1)!.plain).toBe(t("es", "held-ask"));
  });

  it("lets the resident change the summary, or cancel with nothing sent", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await fileRequest(ana, "es", { category: "rent", say: ["Recibo"] });
    await ana.presses(t("es", "req-edit"));
    await ana.presses(t("es", "req-edit-category"));
    await ana.presses(t("es", "cat-housing"));
    expect(ana.last.plain).toContain(t("es", "cat-housing"));
    await ana.says("/cancel");
    expect(ana.texts).toContain(t("es", "cancel-done"));
    expect(desk.deps.services.requests.forResident(ana.user.id)).toHaveLength(0);
  });

  it("tells staff in the topic when the resident has blocked the bot", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await fileRequest(ana, "es", { category: "social", say: ["Hola"] });
    await ana.presses(t("es", "req-send"));
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];
    desk.em.block(ana.user.id);
    await desk.giulia.answers("Ci sei?", { topic: topicId });
    expect(desk.groupTexts(topicId).at(-1)).toContain("NON consegnato");
    expect(desk.repos.residents.get(ana.user.id)!.blockedAt).not.toBeNull();
  });

  it("gives staff the queue, their own requests and the full history; reopens when the resident writes again", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await fileRequest(ana, "es", { category: "rent", say: ["Recibo"] });
    await ana.presses(t("es", "req-send"));
    desk.clock.advance(3 * 86_400_000);
    const [queue] = await desk.giulia.says("/queue");
    expect(queue!.plain).toContain("aperte: 1 · prese: 0 · chiuse negli ultimi 30 giorni: 0");
    expect(queue!.plain).toContain("#1 · 3 g · 💶 Affitto, bollette e documenti · es · aperta · ⏳ senza risposta");
    await desk.giulia.says("/take 1");
    const [mine] = await desk.giulia.says("/mine");
    expect(mine!.plain).toContain("#1");
    await desk.giulia.says("/close 1");
    desk.clock.advance(61_000);
    await desk.dispatch();
    expect(ana.last.plain).toBe(t("es", "sat-question", { number: "1" }));
    await ana.says("Otra pregunta sobre el recibo");
    // A message after a close does not reopen silently: she says she still needs help (not told "closed" again).
    expect(ana.last.plain).toBe(t("es", "closed-anything-else", { number: "1" }));
    await ana.presses(t("es", "closed-help-yes"));
    expect(ana.last.plain).toBe(t("es", "request-reopened", { number: "1" }));
    expect(desk.deps.services.requests.get(1)!.status).toBe("taken");
    const [history] = await desk.giulia.says("/request 1");
    expect(history!.plain).toContain("Otra pregunta sobre el recibo");
    const [audit] = await desk.giulia.says("/audit 1");
    expect(audit!.plain).toMatch(/take[\s\S]*close[\s\S]*reopen/);

    const [again] = await desk.marco.says("/reopen 1");
    expect(again!.plain).toBe("La richiesta non è chiusa.");
    desk.clock.advance(8 * 86_400_000);
    await desk.giulia.says("/close 1");
    desk.clock.advance(8 * 86_400_000);
    await ana.says("Hola otra vez");
    expect(ana.last.plain).toBe(t("es", "held-ask"));
    const [reopened] = await desk.marco.says("/reopen 1");
    expect(reopened!.plain).toBe("🔁 #1 riaperta da Marco.");
    expect(desk.deps.services.requests.get(1)!.status).toBe("taken");
  });
});
