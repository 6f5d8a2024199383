import { afterEach, describe, expect, it } from "vitest";
import { replayUnfinished } from "#src/delivery/inbox.js";
import { createLogger } from "#src/logger.js";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

/**
 * A staff update runs again — after a crash (the inbox hands it over at start-up) or after Telegram trouble that
 * outlasted the retries (deferred) — and what its first run already sent to the resident is not sent a second time:
 * the operator board's direct sends (a quick reply, a closing notice, a relayed answer) go through the update's Api and
 * its reply journal, like the handlers' own replies.
 */

let desk: TestDesk;
afterEach(() => desk?.close());

/** Lets the event loop run until `done` holds (the update in hand goes as far as it can). */
async function until(done: () => boolean) {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(done()).toBe(true);
}

const quickReply = (locale: string) => `${t(locale, "relay-staff-prefix")}\n${t(locale, "qr-more-info")}`;
const times = (r: Resident, text: string) => r.texts.filter((x) => unmarked(x) === unmarked(text)).length;

/** Ana's request in its topic, taken by Giulia, with the quick replies open under the card. */
async function quickRepliesOpen() {
  desk = new TestDesk({ forum: true });
  const ana = desk.resident("Ana", "es");
  await ana.onboards();
  await ana.filesRequest("es", { say: ["No me llega el recibo del alquiler"] });
  const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID)][0]!;
  await desk.giulia.presses("Prendo", { in: desk.group(topicId)[0]! });
  await desk.giulia.presses("Risposta rapida", { in: desk.group(topicId)[0]! });
  return { ana, topicId };
}

/** The panel's "sent" line (an edit in the group, after the quick reply went to the resident). */
const panelEdit = (method: string, params: Record<string, any>) => method === "editMessageText" && Number(params.chat_id) === OPERATOR_CHAT_ID && String(params.text).includes("inviata");

describe("a staff update that runs again", () => {
  it("the desk dies after Giulia's quick reply reached Ana and before its panel was updated: after the restart Ana has it once", async () => {
    const { ana } = await quickRepliesOpen();
    // The panel's edit hangs on its way to Telegram, and the process dies meanwhile.
    desk.em.latency = { ms: (method, params) => (panelEdit(method, params) ? 1 : 0), wait: (ms) => (ms ? new Promise<void>(() => undefined) : Promise.resolve()) };
    const press = desk.giulia.pressUpdate("❓ Servono più informazioni");
    desk.repos.inbox.journal([press], desk.clock.now());
    void desk.app.bot.handleUpdate(press);
    await until(() => times(ana, quickReply("es")) === 1 && desk.em.calls.some((c) => panelEdit(c.method, c.params)));
    desk.restart();
    desk.em.latency = undefined;
    // The reply journal kept where the quick reply went, for the update that runs again.
    expect(JSON.stringify(desk.db.$client.prepare("SELECT update_id FROM reply_journal").all())).toContain(`${press.update_id}`);
    await replayUnfinished(desk.app.bot, desk.repos.inbox, desk.clock, createLogger("silent"));
    await desk.dispatch(600_000);
    expect(times(ana, quickReply("es"))).toBe(1);
    // The rerun finished the update: the panel says it went, the journal is forgotten, nothing is left in the inbox.
    expect(desk.group().some((m) => m.fromBot && (m.plain ?? "").includes("inviata"))).toBe(true);
    expect(desk.db.$client.prepare("SELECT count(*) AS n FROM reply_journal").get()).toEqual({ n: 0 });
    expect(desk.repos.inbox.backlog().count).toBe(0);
  });

  it("Telegram fails the panel's edit past the retries: the press is handled again later, and Ana still has the quick reply once", async () => {
    const { ana } = await quickRepliesOpen();
    // Telegram answers 502 to the panel's edit for a good while (longer than the retries wait), then recovers.
    let failing = true;
    desk.em.fault = (method, params) => (failing && panelEdit(method, params) ? { ok: false, error_code: 502, description: "Bad Gateway" } : undefined);
    await desk.giulia.presses("❓ Servono più informazioni");
    expect(times(ana, quickReply("es"))).toBe(1);
    failing = false;
    desk.clock.advance(10 * 60_000);
    await desk.dispatch(600_000);
    expect(times(ana, quickReply("es"))).toBe(1);
    expect(desk.group().some((m) => m.fromBot && (m.plain ?? "").includes("inviata"))).toBe(true);
    expect(desk.db.$client.prepare("SELECT count(*) AS n FROM reply_journal").get()).toEqual({ n: 0 });
  });
});
