/**
 * Issue 30, point 1: the language guarantee. A staff text that would reach a resident in a language they did not
 * choose (no engine, the engine failed, translation off, "=") is held, and staff are warned in the topic first, with
 * the quick replies translated by people as buttons; the card says whether translation is on; a resident's words
 * that reach staff untranslated are marked "non tradotto", with the language.
 */
import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";
import { type FakeEngine, PHRASES, startFakeLibreTranslate } from "./harness/fake-engines.js";

let desk: TestDesk | undefined;
const engines: FakeEngine[] = [];
afterEach(async () => {
  desk?.close();
  desk = undefined;
  for (const e of engines.splice(0)) await e.close();
});

const SAFETY = "Buongiorno Oksana, lunedì chiamiamo il tecnico ATC. Intanto chiuda l'acqua e non tocchi la presa.";

/** Oksana files a request about a leaking ceiling, in Ukrainian; returns its topic. */
async function leakingCeiling(r: Resident, locale = "uk", words = "Стеля протікає у ванній, вода біля розетки."): Promise<number> {
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, "cat-housing"));
  await r.says(words);
  await r.presses(t(locale, "req-visit-desk"));
  await r.presses(t(locale, "req-send"));
  await desk!.dispatch();
  desk!.clock.advance(60_000);
  return [...desk!.em.topics(OPERATOR_CHAT_ID)].at(-1)![0];
}

const posts = (topic: number) => desk!.group(topic).filter((m) => m.fromBot);
const lastPost = (topic: number) => posts(topic).at(-1)!;
const buttonsOf = (m: { reply_markup?: unknown }) => desk!.em.buttons(m as never).map((b) => unmarked(b.text));

describe("no resident receives staff's Italian without staff having been warned first", () => {
  it("no engine: Giulia's Italian safety instruction is held, she is warned in the topic, sends a quick reply instead", async () => {
    desk = new TestDesk();
    const oksana = desk.resident("Oksana", "uk");
    await oksana.onboards();
    const topic = await leakingCeiling(oksana);

    // The card says there is no machine translation and that Oksana reads Ukrainian.
    const card = desk.group(topic)[0]!;
    expect(card.plain).toContain("🌐 Nessuna traduzione automatica: Oksana ha scelto di leggere in ucraino.");
    // Her words reach staff as she wrote them, marked as not translated, with the language.
    expect(card.plain).toContain("🌐 non tradotto · ucraino");
    await oksana.says("Досі тече.");
    await desk.dispatch();
    expect(lastPost(topic).plain).toMatch(/^💬 Oksana \(#1\) · 🌐 non tradotto · ucraino:\nДосі тече\.$/);

    // Giulia writes the safety instruction in Italian in the topic.
    const before = oksana.inbox.length;
    await desk.giulia.says(SAFETY, { topic });
    // Nothing reached Oksana: the topic warns first, as a reply to Giulia's message.
    expect(oksana.inbox.length).toBe(before);
    const warning = lastPost(topic);
    expect(warning.plain).toContain("⚠️ Non ancora inviato. La persona ha scelto di leggere in ucraino");
    expect(warning.plain).toContain("questo sportello non ha la traduzione automatica");
    const held = desk.em.messages(OPERATOR_CHAT_ID).find((m) => m.message_id === warning.reply_to_message?.message_id);
    expect(held?.text).toBe(SAFETY);
    // The buttons: the quick replies that fit (no phone: no "we'll call you"), send anyway, don't send.
    expect(buttonsOf(warning)).toContain("❓ Servono più informazioni");
    expect(buttonsOf(warning)).not.toContain("📞 Vi richiamiamo");
    expect(warning.plain).toContain("📞 Vi richiamiamo (nessun numero di telefono)");
    expect(buttonsOf(warning).slice(-2)).toEqual(["📤 Invia comunque", "✖️ Non inviare"]);

    // Giulia picks a quick reply: Oksana reads it in Ukrainian, the warning says what went instead.
    await desk.giulia.presses("🏠 Visita a casa", { in: warning });
    expect(oksana.last.plain).toContain(t("uk", "qr-home-visit"));
    expect(oksana.texts.some((x) => x.includes("chiuda l'acqua"))).toBe(false);
    const decided = desk.em.messages(OPERATOR_CHAT_ID).find((m) => m.message_id === warning.message_id)!;
    expect(decided.plain).toContain("⚡ Al posto del messaggio: risposta rapida inviata da Giulia (in ucraino)");
    expect(buttonsOf(decided)).toEqual([]);
    // A second press on the same warning (a colleague's, from an older screen) sends nothing more.
    const sent = oksana.inbox.length;
    await desk.handle(desk.em.press(desk.marco.user.id, OPERATOR_CHAT_ID, warning.message_id, "lg:1:send"));
    expect(oksana.inbox.length).toBe(sent);
  });

  it("'send anyway' sends the text as written, once; 'don't send' keeps it from the resident", async () => {
    desk = new TestDesk();
    const oksana = desk.resident("Oksana", "uk");
    await oksana.onboards();
    const topic = await leakingCeiling(oksana);

    await desk.giulia.says("Oksana, добре, зрозуміло.", { topic });
    const first = lastPost(topic);
    await desk.giulia.presses("📤 Invia comunque", { in: first });
    expect(oksana.last.plain).toBe(`${t("uk", "relay-staff-prefix")}\nOksana, добре, зрозуміло.`);
    expect(desk.em.messages(OPERATOR_CHAT_ID).find((m) => m.message_id === first.message_id)!.plain).toBe("📤 Inviato così com'è, confermato da Giulia.");
    expect(desk.deps.services.requests.messages(1).filter((m) => m.direction === "out").map((m) => [m.text, m.staffName])).toEqual([
      ["Oksana, добре, зрозуміло.", "Giulia"],
    ]);

    await desk.marco.says("Chiamo io domani mattina", { topic });
    const second = lastPost(topic);
    const count = oksana.inbox.length;
    await desk.marco.presses("✖️ Non inviare", { in: second });
    expect(oksana.inbox.length).toBe(count);
    expect(desk.em.messages(OPERATOR_CHAT_ID).find((m) => m.message_id === second.message_id)!.plain).toBe("✖️ Non inviato (Marco).");
    // What was held and not sent is not kept.
    expect(desk.everyText()).not.toContain("Chiamo io domani mattina");
  });

  it("an Italian-speaking resident gets staff's Italian at once, with no warning", async () => {
    desk = new TestDesk();
    const rosa = desk.resident("Rosa", "it");
    await rosa.onboards();
    const topic = await leakingCeiling(rosa, "it", "Perde il soffitto del bagno.");
    expect(desk.group(topic)[0]!.plain).not.toContain("Nessuna traduzione");
    expect(lastPost(topic).plain).not.toContain("non tradotto");
    await desk.giulia.says("Lunedì chiamiamo il tecnico.", { topic });
    expect(rosa.last.plain).toContain("Lunedì chiamiamo il tecnico.");
  });

  it("with an engine: translated answers go at once; an engine failure, '=' and translation off are held first", async () => {
    const fake = await startFakeLibreTranslate();
    engines.push(fake);
    desk = new TestDesk({ env: { TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url } });
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    const topic = await leakingCeiling(amira, "ar", PHRASES[0]!.ar!);
    expect(desk.group(topic)[0]!.plain).toContain("Traduzione automatica attiva");

    // Translated: no warning, Amira reads Arabic.
    await desk.giulia.says(PHRASES[1]!.it!, { topic });
    expect(amira.last.plain).toContain(PHRASES[1]!.ar!);

    // The engine fails: held, and the warning says why.
    fake.failWith("server-error");
    const count = amira.inbox.length;
    await desk.giulia.says("Ci vediamo domani allo sportello.", { topic });
    expect(amira.inbox.length).toBe(count);
    expect(lastPost(topic).plain).toContain("la traduzione automatica non è riuscita");
    fake.failWith(undefined);

    // "=": held too (the desk cannot know staff wrote Arabic).
    await desk.giulia.says("=مرحبا", { topic });
    expect(amira.inbox.length).toBe(count);
    expect(lastPost(topic).plain).toContain("con «=» all'inizio");
    await desk.giulia.presses("📤 Invia comunque", { in: lastPost(topic) });
    expect(amira.last.plain).toBe(`${t("ar", "relay-staff-prefix")}\nمرحبا`);

    // Translation turned off for the request (the card's 🌐): held, and the warning says so.
    await desk.giulia.presses("🌐", { in: desk.group(topic)[0]! });
    const sent = amira.inbox.length;
    await desk.giulia.says(PHRASES[1]!.it!, { topic });
    expect(amira.inbox.length).toBe(sent);
    expect(lastPost(topic).plain).toContain("la traduzione automatica è spenta per questa richiesta");
  });
});
