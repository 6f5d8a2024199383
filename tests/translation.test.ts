// Conversations across languages (issue 18): residents' texts reach staff in Italian with the original folded below,
// staff answers reach residents in their language, voice notes arrive with a transcript; an engine that is down or slow
// degrades a message (untranslated, with a note), never loses or holds it.
import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, } from "./harness/desk.js";
import { t } from "./harness/texts.js";
import { type FakeEngine, PHRASES, startFakeDeepL, startFakeLibreTranslate, startFakeTranscriber } from "./harness/fake-engines.js";

let desk: TestDesk | undefined;
const engines: FakeEngine[] = [];
afterEach(async () => {
  desk?.close();
  desk = undefined;
  for (const e of engines.splice(0)) await e.close();
});

const RENT = PHRASES[0]!;
const APPOINTMENT = PHRASES[1]!;


async function libre(): Promise<FakeEngine> {
  const fake = await startFakeLibreTranslate();
  engines.push(fake);
  return fake;
}

function deskWith(env: Record<string, string>): TestDesk {
  desk = new TestDesk({ forum: true, env });
  return desk;
}

/** Files a listening-desk request with the given texts and returns its topic id. */
async function fileRequest(r: Resident, locale: string, say: string[]): Promise<number> {
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, "cat-rent"));
  for (const text of say) await r.says(text);
  await r.presses(t(locale, "req-visit-desk"));
  await r.presses(t(locale, "req-send"));
  await desk!.dispatch();
  // What follows is a follow-up, not part of the form (the form's pieces share the request's instant).
  desk!.clock.advance(60_000);
  const topics = [...desk!.em.topics(OPERATOR_CHAT_ID)];
  return topics.at(-1)![0];
}

const card = (topicId: number) => desk!.group(topicId)[0]!;
const lastPost = (topicId: number) => desk!.group(topicId).filter((m) => m.fromBot).at(-1)!;
const translateCalls = (fake: FakeEngine) => fake.callsTo("/translate") + fake.callsTo("/detect");

describe("machine translation in conversations", () => {
  it("an Arabic text reaches staff in Italian, with the original folded in an expandable quote", async () => {
    const fake = await libre();
    deskWith({ TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url });
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const topicId = await fileRequest(amira, "ar", [RENT.ar!]);

    // The card shows the description in Italian first, the Arabic below, and says it was machine-translated.
    const shown = card(topicId);
    expect(shown.plain).toContain(RENT.it!);
    expect(shown.plain).toContain("tradotto automaticamente dall'arabo");
    expect(shown.text).toContain(`<blockquote expandable>${RENT.ar}</blockquote>`);
    expect(shown.plain!.indexOf(RENT.it!)).toBeLessThan(shown.plain!.indexOf(RENT.ar!));
    expect(shown.plain).toContain("Traduzione automatica attiva");

    // A follow-up in the chat: the same, in its own post.
    await amira.says(APPOINTMENT.ar!);
    const post = lastPost(topicId);
    expect(post.plain).toContain(APPOINTMENT.it!);
    expect(post.text).toContain(`<blockquote expandable>${APPOINTMENT.ar}</blockquote>`);
    expect(post.plain).toContain("🌐 tradotto automaticamente dall'arabo");

    // Kept on the message row: the original untouched, the translation beside it.
    const rows = desk!.deps.services.requests.messages(1).filter((m) => m.direction === "in");
    expect(rows.map((r) => [r.text, r.translation, r.translatedFrom])).toEqual([
      [RENT.ar, RENT.it, "ar"],
      [APPOINTMENT.ar, APPOINTMENT.it, "ar"],
    ]);
    // Only the message goes to the engine: no name, no ids.
    expect(JSON.stringify(fake.requests.map((r) => r.body))).not.toContain("Amira");
    expect(desk!.app.engines.status()).toEqual([expect.objectContaining({ role: "translation", state: "ok" })]);
  });

  it("an Italian staff answer reaches the resident in Arabic, with the Italian below and a note; staff see what was sent", async () => {
    const fake = await libre();
    deskWith({ TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url });
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const topicId = await fileRequest(amira, "ar", [RENT.ar!]);

    await desk!.giulia.says(APPOINTMENT.it!, { topic: topicId });
    const got = amira.last;
    expect(got.plain).toContain(t("ar", "relay-staff-prefix"));
    expect(got.plain).toContain(APPOINTMENT.ar!);
    expect(got.text).toContain(`<blockquote expandable>${APPOINTMENT.it}</blockquote>`);
    expect(got.plain).toContain(t("ar", "translation-machine-note"));
    expect(got.plain!.indexOf(APPOINTMENT.ar!)).toBeLessThan(got.plain!.indexOf(APPOINTMENT.it!));

    expect(lastPost(topicId).plain).toContain(`🌐 inviato in arabo:\n${APPOINTMENT.ar}`);
    const answer = desk!.deps.services.requests.messages(1).find((m) => m.direction === "out")!;
    expect([answer.text, answer.translation, answer.translatedFrom]).toEqual([APPOINTMENT.it, APPOINTMENT.ar, "it"]);
    // The staff's /help explains how to send a text untranslated.
    await desk!.giulia.says("/help");
    expect(desk!.groupTexts().at(-1)).toContain("Con «=» all'inizio il testo parte così com'è");
  });

  it("a photo's Arabic caption reaches staff in Italian under the photo, with the original folded", async () => {
    const fake = await libre();
    deskWith({ TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url });
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const topicId = await fileRequest(amira, "ar", [RENT.ar!]);
    await amira.sendsPhoto(APPOINTMENT.ar!);
    const photo = desk!.group(topicId).filter((m) => m.fromBot && m.photo).at(-1)!;
    expect(photo.caption).toContain(APPOINTMENT.it!);
    expect(photo.caption).toContain("tradotto automaticamente dall'arabo");
    expect(photo.caption).toContain(`<blockquote expandable>${APPOINTMENT.ar}</blockquote>`);
  });

  it("a leading = sends the staff text as it is, without the =, and asks no engine (once staff confirm the warning)", async () => {
    const fake = await libre();
    deskWith({ TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url });
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const topicId = await fileRequest(amira, "ar", [RENT.ar!]);
    const calls = translateCalls(fake);

    await desk!.giulia.answers("=مرحبا Amira, via Gandolfi 20", { topic: topicId });
    expect(amira.last.plain).toBe(`${t("ar", "relay-staff-prefix")}\nمرحبا Amira, via Gandolfi 20`);
    expect(translateCalls(fake)).toBe(calls);
    expect(desk!.deps.services.requests.messages(1).find((m) => m.direction === "out")!.text).toBe("مرحبا Amira, via Gandolfi 20");
  });

  it("a voice note arrives with its transcript and the transcript's Italian translation; a long one with a note", async () => {
    const fake = await libre();
    const whisper = await startFakeTranscriber();
    engines.push(whisper);
    deskWith({
      TRANSLATION_ENGINE: "libretranslate",
      TRANSLATION_URL: fake.url,
      TRANSCRIPTION_URL: whisper.url,
      TRANSCRIPTION_MODEL: "whisper-1",
      TRANSCRIPTION_MAX_SECONDS: "60",
    });
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const topicId = await fileRequest(amira, "ar", ["..."]);

    // The fake "hears" the audio's bytes as text.
    desk!.em.files.set("voice-rent", { name: "voice.ogg", mime: "audio/ogg", bytes: new TextEncoder().encode(RENT.ar!) });
    await amira.sends({ voice: { file_id: "voice-rent", file_unique_id: "voice-rent", duration: 6 } });
    await desk!.dispatch();
    const posts = desk!.group(topicId).filter((m) => m.fromBot);
    const voice = posts.findIndex((m) => m.voice);
    expect(voice).toBeGreaterThan(0);
    const transcript = posts[voice + 1]!;
    expect(transcript.plain).toContain("trascrizione automatica del vocale");
    expect(transcript.plain).toContain(RENT.it!);
    expect(transcript.text).toContain(`<blockquote expandable>${RENT.ar}</blockquote>`);
    const form = whisper.lastBody as { language?: string; model?: string; filename?: string };
    expect(form).toMatchObject({ language: "ar", model: "whisper-1" });
    const row = desk!.deps.services.requests.messages(1).find((m) => m.kind === "voice")!;
    expect([row.transcript, row.translation]).toEqual([RENT.ar, RENT.it]);

    // Longer than TRANSCRIPTION_MAX_SECONDS: relayed as always, with a note, and nothing sent to the engine.
    const heard = whisper.calls;
    desk!.em.files.set("voice-long", { name: "voice.ogg", bytes: new TextEncoder().encode("long") });
    await amira.sends({ voice: { file_id: "voice-long", file_unique_id: "voice-long", duration: 300 } });
    await desk!.dispatch();
    const after = desk!.group(topicId).filter((m) => m.fromBot);
    expect(after.filter((m) => m.voice)).toHaveLength(2);
    expect(after.at(-1)!.plain).toContain("non disponibile (vocale più lungo di 60 secondi)");
    expect(whisper.calls).toBe(heard);
  });

  it("with the engine down (500) or too slow, texts go at once untranslated with a note; nothing is lost", async () => {
    const fake = await libre();
    deskWith({ TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url, TRANSLATION_TIMEOUT_MS: "300" });
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const topicId = await fileRequest(amira, "ar", [RENT.ar!]);

    fake.failWith("server-error");
    await amira.says("شكرا جزيلا");
    expect(lastPost(topicId).plain).toBe("💬 Amira (#1):\nشكرا جزيلا\n🌐 traduzione non disponibile (motore non raggiungibile)");
    expect(desk!.app.engines.status()[0]).toMatchObject({ state: "failing", lastError: "unavailable" });

    fake.failWith("slow");
    fake.delayMs = 3000;
    const started = performance.now();
    await amira.says("أين المكتب؟");
    expect(performance.now() - started).toBeLessThan(2500);
    expect(lastPost(topicId).plain).toContain("أين المكتب؟\n🌐 traduzione non disponibile (il motore non ha risposto in tempo)");
    expect(desk!.deps.services.requests.messages(1).find((m) => m.text === "أين المكتب؟")!.translationNote).toBe("timeout");

    // Staff answers are held and staff told why (the language guarantee); sent in Italian once they confirm.
    fake.failWith("server-error");
    const [warning] = await desk!.giulia.says("Vi aspettiamo giovedì.", { topic: topicId });
    expect(warning!.plain).toContain("la traduzione automatica non è riuscita (motore non raggiungibile)");
    await desk!.giulia.presses("📤 Invia comunque", { in: warning });
    expect(amira.last.plain).toBe(`${t("ar", "relay-staff-prefix")}\nVi aspettiamo giovedì.`);
    expect(desk!.group(topicId).find((m) => m.message_id === warning!.message_id)!.plain).toBe("📤 Inviato così com'è, confermato da Giulia.");

    // Every message reached the group, once.
    const texts = desk!.groupTexts(topicId);
    for (const said of ["شكرا جزيلا", "أين المكتب؟"]) expect(texts.filter((x) => x.includes(said))).toHaveLength(1);
    expect(desk!.repos.outbox.all().filter((r) => r.status !== "sent")).toEqual([]);
  });

  it("the card's 🌐 button turns translation off for one request (audited) and on again", async () => {
    const fake = await libre();
    deskWith({ TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url });
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const topicId = await fileRequest(amira, "ar", [RENT.ar!]);

    await desk!.giulia.presses("Non tradurre", { in: card(topicId) });
    expect(desk!.deps.services.requests.get(1)!.translate).toBe(false);
    expect(card(topicId).plain).toContain("Traduzione automatica disattivata");
    expect(desk!.deps.services.requests.auditTrail(1).map((a) => a.action)).toContain("translation-off");

    const calls = translateCalls(fake);
    await amira.says(APPOINTMENT.ar!);
    expect(lastPost(topicId).plain).toBe(`💬 Amira (#1) · 🌐 non tradotto · arabo:\n${APPOINTMENT.ar}`);
    await desk!.giulia.answers("Va bene.", { topic: topicId });
    expect(amira.last.plain).toBe(`${t("ar", "relay-staff-prefix")}\nVa bene.`);
    expect(translateCalls(fake)).toBe(calls);

    await desk!.giulia.presses("Traduci", { in: card(topicId) });
    expect(desk!.deps.services.requests.get(1)!.translate).toBe(true);
    expect(desk!.deps.services.requests.auditTrail(1).map((a) => a.action)).toContain("translation-on");
  });

  it("the same text twice is translated once (cache, per person)", async () => {
    const fake = await libre();
    deskWith({ TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url });
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const topicId = await fileRequest(amira, "ar", [RENT.ar!]);

    await amira.says(APPOINTMENT.ar!);
    const calls = translateCalls(fake);
    await amira.says(APPOINTMENT.ar!);
    expect(translateCalls(fake)).toBe(calls);
    expect(desk!.groupTexts(topicId).filter((x) => x.includes(APPOINTMENT.it!))).toHaveLength(2);
    expect(desk!.app.engines.status()[0]!.cacheHits).toBe(1);
    expect(desk!.repos.translations.count(amira.user.id)).toBeGreaterThanOrEqual(2);
  });

  it("/forget erases the translations, transcripts and cache entries of the person", async () => {
    const fake = await libre();
    deskWith({ TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url });
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const topicId = await fileRequest(amira, "ar", [RENT.ar!]);
    await amira.says(APPOINTMENT.ar!);
    await desk!.giulia.says(APPOINTMENT.it!, { topic: topicId });
    const omar = desk!.resident("Omar", "ar");
    await omar.onboards();
    await fileRequest(omar, "ar", [RENT.ar!]);
    expect(desk!.repos.translations.count(amira.user.id)).toBeGreaterThan(0);
    const omarsEntries = desk!.repos.translations.count(omar.user.id);

    await amira.says("/forget");
    await amira.presses(t("ar", "forget-yes"));

    expect(desk!.repos.translations.count(amira.user.id)).toBe(0);
    expect(desk!.repos.translations.count(omar.user.id)).toBe(omarsEntries);
    const left = desk!.db.$client
      .prepare("SELECT count(*) FROM request_messages WHERE request_id = 1 AND (translation IS NOT NULL OR transcript IS NOT NULL OR text IS NOT NULL)")
      .pluck()
      .get();
    expect(left).toBe(0);
  });

  it("Italian text is not translated: from a resident who chose Italian, or one whose text is clearly Italian", async () => {
    const fake = await libre();
    deskWith({ TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url });
    const lucia = desk!.resident("Lucia", "it");
    await lucia.onboards();
    const topicId = await fileRequest(lucia, "it", [RENT.it!]);
    expect(card(topicId).plain).toContain(RENT.it!);
    expect(card(topicId).plain).not.toContain("tradotto");
    expect(card(topicId).reply_markup?.inline_keyboard.flat().map((b) => b.text)).not.toContain("🌐 Non tradurre");
    expect(fake.callsTo("/translate")).toBe(0);
    await desk!.giulia.says("Arrivo.", { topic: topicId });
    expect(lucia.last.plain).toBe(`${t("it", "relay-staff-prefix")}\nArrivo.`);

    // Chose Arabic, writes Italian: detection (0.95) says Italian, so it goes as it is.
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const second = await fileRequest(amira, "ar", [APPOINTMENT.it!]);
    expect(card(second).plain).toContain(APPOINTMENT.it!);
    expect(card(second).plain).not.toContain("tradotto");
    expect(fake.callsTo("/translate")).toBe(0);
  });

  it("nothing goes to an engine for a person who has not accepted the notice that names it", async () => {
    const fake = await libre();
    deskWith({ TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url });
    expect(desk!.config.privacyNoticeVersion).toBe(2);
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    expect(desk!.deps.services.residents.get(amira.user.id)!.consentVersion).toBe(2);
    // The notice they accepted says where their words go.
    expect(amira.texts.some((x) => x.includes(t("ar", "privacy-engines-local").replace(/<[^>]+>/g, "")))).toBe(true);
    const topicId = await fileRequest(amira, "ar", [RENT.ar!]);
    const calls = translateCalls(fake);

    // As if they had accepted only the notice from before the engine was on.
    desk!.repos.residents.update(amira.user.id, { consentVersion: 1 });
    desk!.deps.services.requests.incoming(1, { kind: "text", text: APPOINTMENT.ar! });
    await desk!.dispatch();
    expect(lastPost(topicId).plain).toBe(`💬 Amira (#1):\n${APPOINTMENT.ar}`);
    expect(translateCalls(fake)).toBe(calls);
  });

  it("DeepL is wired too: the resident's chosen language is the source", async () => {
    const deepl = await startFakeDeepL({ albanian: true });
    engines.push(deepl);
    deskWith({ TRANSLATION_ENGINE: "deepl", TRANSLATION_URL: deepl.url, TRANSLATION_API_KEY: "test-key:fx" });
    const amira = desk!.resident("Amira", "ar");
    await amira.onboards();
    const topicId = await fileRequest(amira, "ar", [RENT.ar!]);
    expect(card(topicId).plain).toContain(RENT.it!);
    expect(card(topicId).plain).toContain("tradotto automaticamente dall'arabo");
    expect(deepl.callsTo("/v2/translate")).toBe(1);
    expect(deepl.lastBody).toMatchObject({ source_lang: "AR", target_lang: "IT" });

    await desk!.giulia.says(RENT.it!, { topic: topicId });
    expect(amira.last.plain).toContain(RENT.ar!);
  });
});
