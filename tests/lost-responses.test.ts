import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

/**
 * Telegram carried a call out but its answer never came back (or the connection dropped before it ran): the desk
 * cannot know which. Whatever it does next, no resident's words may show in another resident's topic or card,
 * nothing may be posted twice, nothing lost, and no topic left empty beside a second one.
 */

let desk: TestDesk;
afterEach(() => desk?.close());


async function files(r: Resident, locale: string, text: string) {
  await r.onboards();
  return r.filesRequest(locale, { say: [text] });
}

/** Every text the bot shows in the group, by topic (0: the general chat), deleted ones left out. */
function byTopic(): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const m of desk.em.messages(OPERATOR_CHAT_ID)) {
    if (!m.fromBot || m.deleted) continue;
    const key = m.message_thread_id ?? 0;
    out.set(key, [...(out.get(key) ?? []), m.plain ?? m.caption ?? ""]);
  }
  return out;
}

const count = (texts: string[], needle: string) => texts.filter((x) => x.includes(needle)).length;

/** Drops the first call matching `match`: before Telegram saw it, or after it ran (its answer lost). */
function dropOnce(kind: "request" | "answer", match: (method: string, params: Record<string, any>) => boolean) {
  let done = false;
  const drop = (method: string, params: Record<string, any>) => {
    if (done || !match(method, params)) return false;
    done = true;
    return true;
  };
  if (kind === "request") {
    const previous = desk.em.dropRequest;
    desk.em.dropRequest = (m, p) => drop(m, p) || (previous?.(m, p) ?? false);
  } else {
    const previous = desk.em.dropAnswer;
    desk.em.dropAnswer = (m, p) => drop(m, p) || (previous?.(m, p) ?? false);
  }
  return () => done;
}

const postOf = (needle: string) => (method: string, params: Record<string, any>) =>
  Number(params.chat_id) < 0 && (method === "sendMessage" || method === "copyMessage") && String(params.text ?? params.caption ?? "").includes(needle);

describe("lost answers in the operator group", () => {
  it("one post never reached Telegram, the next one landed with its answer lost: each text stays in its own topic, once", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    const ion = desk.resident("Ion", "ro");
    const a = await files(ana, "es", "No me llega el recibo del alquiler");
    const b = await files(ion, "ro", "Nu pot plăti chiria");

    const lostA = dropOnce("request", postOf("Seguito de Ana"));
    const lostB = dropOnce("answer", postOf("Continuare de la Ion"));
    await ana.says("Seguito de Ana: el contador también");
    await ion.says("Continuare de la Ion: și gazul");
    await desk.dispatch(600_000);
    expect([lostA(), lostB()]).toEqual([true, true]);

    const topics = byTopic();
    const inA = topics.get(a.topicId!)!;
    const inB = topics.get(b.topicId!)!;
    expect(count(inA, "Seguito de Ana")).toBe(1);
    expect(count(inB, "Continuare de la Ion")).toBe(1);
    expect(count(inB, "Seguito de Ana")).toBe(0);
    expect(count(inA, "Continuare de la Ion")).toBe(0);
    expect(desk.repos.outbox.groupBacklog().count).toBe(0);
  });

  it("two posts land with their answers lost, one after the other: both found, neither shown twice or in the other's topic", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    const ion = desk.resident("Ion", "ro");
    const a = await files(ana, "es", "No me llega el recibo del alquiler");
    const b = await files(ion, "ro", "Nu pot plăti chiria");

    dropOnce("answer", postOf("Seguito de Ana"));
    dropOnce("answer", postOf("Continuare de la Ion"));
    await ana.says("Seguito de Ana: el contador también");
    await ion.says("Continuare de la Ion: și gazul");
    await desk.dispatch(600_000);

    const topics = byTopic();
    expect(count(topics.get(a.topicId!)!, "Seguito de Ana")).toBe(1);
    expect(count(topics.get(b.topicId!)!, "Continuare de la Ion")).toBe(1);
    expect(count(topics.get(b.topicId!)!, "Seguito de Ana")).toBe(0);
    expect(count(topics.get(a.topicId!)!, "Continuare de la Ion")).toBe(0);
  });

  it("the answer to createForumTopic is lost: the topic is found again, no second (empty) one", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    // The morning's first words in the group: the desk knows where its ids stand.
    await desk.giulia.says("Buongiorno a tutti");
    const lost = dropOnce("answer", (method, params) => method === "createForumTopic" && Number(params.chat_id) < 0);
    const a = await files(ana, "es", "No me llega el recibo del alquiler");
    await desk.dispatch(600_000);
    expect(lost()).toBe(true);
    expect(desk.em.topics(OPERATOR_CHAT_ID).size).toBe(1);
    const request = desk.deps.services.requests.get(a.id)!;
    expect([...desk.em.topics(OPERATOR_CHAT_ID).keys()]).toEqual([request.topicId]);
    expect(count(byTopic().get(request.topicId!)!, "No me llega el recibo del alquiler")).toBe(1);
  });

  it("one failed getChat is not taken as 'no topics': the next requests still get their topics", async () => {
    desk = new TestDesk();
    let failures = 0;
    desk.em.fault = (method) => {
      if (method !== "getChat" || failures >= 1) return undefined;
      failures++;
      return { ok: false, error_code: 502, description: "Bad Gateway" };
    };
    const people = ["Ana", "Ion", "Li"].map((name) => desk.resident(name, "es"));
    const requests = [];
    for (const [i, r] of people.entries()) requests.push(await files(r, "es", `Problema número ${i}`));
    await desk.dispatch(600_000);
    expect(failures).toBe(1);
    for (const r of requests) expect(desk.deps.services.requests.get(r.id)!.topicId).toBeTruthy();
    expect(desk.em.topics(OPERATOR_CHAT_ID).size).toBe(3);
  });

  it("the answer to the card is lost: one card, with the description, in the request's topic", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    const lost = dropOnce("answer", postOf("No me llega el recibo"));
    await desk.giulia.says("Buongiorno a tutti");
    const a = await files(ana, "es", "No me llega el recibo del alquiler");
    await desk.dispatch(600_000);
    expect(lost()).toBe(true);
    const request = desk.deps.services.requests.get(a.id)!;
    expect(count([...byTopic().values()].flat(), "No me llega el recibo del alquiler")).toBe(1);
    const card = desk.group().find((m) => m.message_id === request.cardMessageId)!;
    expect(card.plain).toContain("No me llega el recibo del alquiler");
    expect(card.message_thread_id).toBe(request.topicId);
  });

  it("a group without topics: a lost card and a lost follow-up are each shown once, under the right card", async () => {
    desk = new TestDesk({ forum: false });
    const ana = desk.resident("Ana", "es");
    const ion = desk.resident("Ion", "ro");
    await desk.giulia.says("Buongiorno a tutti");
    dropOnce("answer", postOf("No me llega el recibo"));
    const a = await files(ana, "es", "No me llega el recibo del alquiler");
    const b = await files(ion, "ro", "Nu pot plăti chiria");
    dropOnce("request", postOf("Seguito de Ana"));
    dropOnce("answer", postOf("Continuare de la Ion"));
    await ana.says("Seguito de Ana: el contador también");
    await ion.says("Continuare de la Ion: și gazul");
    await desk.dispatch(600_000);

    const posts = desk.group().filter((m) => m.fromBot && !m.deleted);
    const cardA = desk.deps.services.requests.get(a.id)!.cardMessageId;
    const cardB = desk.deps.services.requests.get(b.id)!.cardMessageId;
    expect(posts.filter((m) => m.plain?.includes("No me llega el recibo del alquiler")).map((m) => m.message_id)).toEqual([cardA]);
    const followA = posts.filter((m) => m.plain?.includes("Seguito de Ana"));
    const followB = posts.filter((m) => m.plain?.includes("Continuare de la Ion"));
    expect(followA.map((m) => m.reply_to_message?.message_id)).toEqual([cardA]);
    expect(followB.map((m) => m.reply_to_message?.message_id)).toEqual([cardB]);
  });

  it("a voice note's copy lands with its answer lost: one copy, in its own topic", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    const ion = desk.resident("Ion", "ro");
    const a = await files(ana, "es", "No me llega el recibo del alquiler");
    const b = await files(ion, "ro", "Nu pot plăti chiria");
    const lost = dropOnce("answer", (method, params) => method === "copyMessage" && Number(params.chat_id) < 0);
    await ana.sendsVoice(9);
    await ion.says("Continuare de la Ion: și gazul");
    await desk.dispatch(600_000);
    expect(lost()).toBe(true);
    const voices = desk.group().filter((m) => m.fromBot && !m.deleted && m.voice);
    expect(voices.map((m) => m.message_thread_id)).toEqual([a.topicId]);
    expect(count(byTopic().get(b.topicId!)!, "Continuare de la Ion")).toBe(1);
    expect(count(byTopic().get(a.topicId!)!, "Continuare de la Ion")).toBe(0);
  });
});

describe("a form whose opening was deferred", () => {
  it("Telegram fails while the form opens: later 'Go on' shows the question again with its buttons, never a dead end", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.says("/menu");
    // Every message to Ana fails for a while: the form's first question cannot be sent.
    let down = true;
    desk.em.fault = (method, params) =>
      down && method === "sendMessage" && Number(params.chat_id) === ana.chatId ? { ok: false, error_code: 502, description: "Bad Gateway" } : undefined;
    await desk.handle(ana.pressUpdate(t("es", "menu-desk")));
    down = false;
    await desk.dispatch(600_000);
    // Whatever she is shown now, there is a way on: the question with its topics, or the choice to go on.
    if (ana.buttons().includes(t("es", "unfinished-continue"))) await ana.presses(t("es", "unfinished-continue"));
    expect(ana.buttons()).toContain(t("es", "cat-rent"));
    // Asked once, below her choice: not "answer the question above" with nothing above.
    expect(ana.texts.filter((x) => x === t("es", "req-choose-category-explained"))).toHaveLength(1);
    expect(ana.texts).not.toContain(t("es", "unfinished-continued"));
    await ana.presses(t("es", "cat-rent"));
    expect(ana.last.plain).toBe(t("es", "req-describe-open"));
  });

  it("'Go on' with a form waiting for its description asks for it again", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.presses(t("es", "menu-desk"));
    await ana.presses(t("es", "cat-rent"));
    await ana.says("/menu");
    expect(ana.last.plain).toBe(t("es", "unfinished-request"));
    await ana.presses(t("es", "unfinished-continue"));
    // Nothing said yet: the question, with no button (the visit question comes with the first piece).
    expect(ana.last.plain).toBe(t("es", "req-describe-open"));
    expect(desk.em.buttons(ana.last)).toEqual([]);
    // With something already said, she is told it arrived and may add more.
    await ana.says("No me llega el recibo");
    await ana.says("/menu");
    await ana.presses(t("es", "unfinished-continue"));
    expect(unmarked(ana.last.plain)).toBe(t("es", "req-pieces-then-visit", { count: 1, address: "via Gandolfi 20" }));
  });
});

describe("lost answers after a restart", () => {
  it("a follow-up lands with its answer lost, then the desk is killed and restarted: staff see it once", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    const a = await files(ana, "es", "No me llega el recibo del alquiler");
    const lost = dropOnce("answer", postOf("Seguito de Ana"));
    await ana.says("Seguito de Ana: el contador también");
    expect(lost()).toBe(true);
    // It is in the topic already; the desk does not know it. Killed now, started again on the same database.
    expect(count(byTopic().get(a.topicId!)!, "Seguito de Ana")).toBe(1);
    desk.restart();
    await desk.dispatch(600_000);
    expect(count(byTopic().get(a.topicId!)!, "Seguito de Ana")).toBe(1);
    expect(desk.repos.outbox.groupBacklog().count).toBe(0);
    // And what comes next is posted as usual.
    await ana.says("Otra cosa: la luz");
    await desk.dispatch(600_000);
    expect(count(byTopic().get(a.topicId!)!, "Otra cosa: la luz")).toBe(1);
  });

  it("two follow-ups of two residents land with their answers lost, and a restart: each once, in its own topic", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    const ion = desk.resident("Ion", "ro");
    const a = await files(ana, "es", "No me llega el recibo del alquiler");
    const b = await files(ion, "ro", "Nu pot plăti chiria");
    dropOnce("answer", postOf("Seguito de Ana"));
    dropOnce("answer", postOf("Continuare de la Ion"));
    await ana.says("Seguito de Ana: el contador también");
    await ion.says("Continuare de la Ion: și gazul");
    desk.restart();
    await desk.dispatch(600_000);
    const topics = byTopic();
    // Two losses side by side cannot be told apart: neither is touched, and no text reaches the other's topic.
    expect(count(topics.get(b.topicId!)!, "Seguito de Ana")).toBe(0);
    expect(count(topics.get(a.topicId!)!, "Continuare de la Ion")).toBe(0);
    expect(count(topics.get(a.topicId!)!, "Seguito de Ana")).toBeGreaterThanOrEqual(1);
    expect(count(topics.get(b.topicId!)!, "Continuare de la Ion")).toBeGreaterThanOrEqual(1);
  });
});

describe("the resident's acknowledgement, once", () => {
  const delivered = (r: Resident) => r.texts.filter((x) => x === t("es", "relay-delivered")).length;
  const isAck = (r: Resident) => (method: string, params: Record<string, any>) =>
    method === "sendMessage" && Number(params.chat_id) === r.chatId && unmarked(String(params.text)) === t("es", "relay-delivered");

  it("the answer to '✔️ Sent to the desk' is lost: the retry finds it, and Ana reads it once", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await files(ana, "es", "No me llega el recibo del alquiler");
    const lost = dropOnce("answer", isAck(ana));
    await ana.says("Seguito: el contador también");
    expect(lost()).toBe(true);
    expect(delivered(ana)).toBe(1);
    // The next message is acknowledged as usual.
    await ana.says("Y la luz");
    expect(delivered(ana)).toBe(2);
  });

  it("Telegram fails after the acknowledgement went (the closed-desk notice): the update runs again later, the acknowledgement is not repeated", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await files(ana, "es", "No me llega el recibo del alquiler");
    // Wednesday 12:30: the desk has just closed, so after "✔️ Sent" Ana is told when it opens — that is what fails.
    desk.clock.set(new Date("2026-11-25T11:30:00Z"));
    let down = true;
    desk.em.fault = (method, params) =>
      down && method === "sendMessage" && Number(params.chat_id) === ana.chatId && !isAck(ana)(method, params)
        ? { ok: false, error_code: 502, description: "Bad Gateway" }
        : undefined;
    await ana.says("Seguito: el contador también");
    expect(delivered(ana)).toBe(1);
    down = false;
    await desk.dispatch(600_000);
    expect(delivered(ana)).toBe(1);
    // The notice she was owed comes with the rerun, once.
    expect(ana.texts.filter((x) => x.startsWith(t("es", "closed-notice-later").split(".")[0]!))).toHaveLength(1);
    // Staff have her words once.
    expect(count([...byTopic().values()].flat(), "Seguito: el contador también")).toBe(1);
  });
});
