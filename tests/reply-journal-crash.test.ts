import { afterEach, describe, expect, it } from "vitest";
import { replayUnfinished } from "#src/delivery/inbox.js";
import { createLogger } from "#src/logger.js";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

/**
 * The desk dies in the middle of an update, after some of its answers went: at start-up the inbox hands the update
 * over again, and the resident gets each answer once — what went before the crash is not sent again (the reply
 * journal is in SQLite), what had not gone yet comes now.
 */

let desk: TestDesk;
afterEach(() => desk?.close());

const delivered = (r: Resident) => r.texts.filter((x) => x === t("es", "relay-delivered")).length;
const isAck = (r: Resident) => (method: string, params: Record<string, any>) =>
  method === "sendMessage" && Number(params.chat_id) === r.chatId && unmarked(String(params.text)) === t("es", "relay-delivered");

/** Lets the event loop run until `done` holds (the update in hand goes as far as it can). */
async function until(done: () => boolean) {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(done()).toBe(true);
}

describe("a crash in the middle of an update", () => {
  it("the desk dies after '✔️ Sent to the desk' went and before the closed-desk notice: after the restart Ana reads each once", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.filesRequest("es", { say: ["No me llega el recibo del alquiler"] });
    // Wednesday 12:30: the desk has just closed, so after "✔️ Sent" Ana is told when it opens.
    desk.clock.set(new Date("2026-11-25T11:30:00Z"));
    // That notice hangs on its way to Telegram, and the process dies meanwhile.
    const hangs = (method: string, params: Record<string, any>) => method === "sendMessage" && Number(params.chat_id) === ana.chatId && !isAck(ana)(method, params);
    desk.em.latency = { ms: (method, params) => (hangs(method, params) ? 1 : 0), wait: (ms) => (ms ? new Promise<void>(() => undefined) : Promise.resolve()) };
    const update = desk.em.send(ana.user.id, ana.chatId, { text: "Seguito: el contador también" });
    desk.repos.inbox.journal([update], desk.clock.now());
    void desk.app.bot.handleUpdate(update);
    await until(() => delivered(ana) === 1 && desk.em.calls.some((c) => hangs(c.method, c.params)));
    desk.restart();
    desk.em.latency = undefined;
    // What the journal kept of the acknowledgement: where it went, never its words.
    const kept = JSON.stringify(desk.db.$client.prepare("SELECT * FROM reply_journal").all());
    expect(kept).toContain(`"update_id":${update.update_id}`);
    expect(kept).not.toContain(t("es", "relay-delivered").slice(2, 12));
    await replayUnfinished(desk.app.bot, desk.repos.inbox, desk.clock, createLogger("silent"));
    await desk.dispatch(600_000);
    expect(delivered(ana)).toBe(1);
    expect(ana.texts.filter((x) => x.startsWith(t("es", "closed-notice-later").split(".")[0]!))).toHaveLength(1);
    // Staff have her words once, and the journal keeps nothing once the update is done.
    const group = desk.em.messages(OPERATOR_CHAT_ID).filter((m) => m.fromBot && (m.plain ?? "").includes("Seguito: el contador también"));
    expect(group).toHaveLength(1);
    expect(desk.db.$client.prepare("SELECT count(*) AS n FROM reply_journal").get()).toEqual({ n: 0 });
    expect(desk.repos.inbox.backlog().count).toBe(0);
  });
});

describe("the reply journal's own commit", () => {
  it("a send kept outside any update's transaction is in the database, and the desk stays at synchronous=FULL", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { openDatabase } = await import("#src/db/client.js");
    const { replyJournalRepository } = await import("#src/db/repositories/reply-journal.js");
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    try {
      const db = openDatabase(join(dir, "desk.sqlite"));
      const journal = replyJournalRepository(db);
      expect(db.$client.pragma("synchronous", { simple: true })).toBe(2);
      journal.put(41, 0, { key: "k", result: '{"message_id":7}' }, new Date("2026-11-25T11:30:00Z"));
      // Committed at once (no transaction open), at NORMAL for that commit only.
      expect(db.$client.inTransaction).toBe(false);
      expect(db.$client.pragma("synchronous", { simple: true })).toBe(2);
      db.$client.close();
      const reopened = openDatabase(join(dir, "desk.sqlite"));
      expect(replyJournalRepository(reopened).get(41, 0)).toEqual({ key: "k", result: '{"message_id":7}' });
      reopened.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
