import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "#src/db/client.js";
import { GroupCommit } from "#src/db/group-commit.js";
import { afterCommit } from "#src/delivery/after-commit.js";
import { replayUnfinished } from "#src/delivery/inbox.js";
import { createLogger } from "#src/logger.js";
import { type Resident, TestDesk } from "./harness/desk.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const t = (key: string) => desk.app.i18n.t("it", key).replace(/[\u2066-\u2069]/g, "");
/** The first line of "booked!", the same whatever the lesson. */
const booked = () => desk.app.i18n.t("it", "book-confirmed", { activity: "", when: "", place: "" }).split("\n")[0]!;

/** Residents with the dates of an Italian lesson of `seats` seats on screen, ready to press "book". */
async function residentsAtTheDates(count: number, seats: number): Promise<{ people: Resident[]; sessionId: number }> {
  const created = desk.deps.services.booking.createSessions(
    { activityId: "italian-a1", date: { year: 2026, month: 12, day: 2 }, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats, weeks: 1 },
    { id: 1, name: "Giulia" },
  );
  if (!Array.isArray(created)) throw new Error(created.error);
  const people = Array.from({ length: count }, (_, i) => desk.resident(`G${i}`, "it"));
  for (const r of people) {
    await r.onboards();
    await r.opensDates("it");
  }
  return { people, sessionId: created[0]!.id };
}

/**
 * Every commit the connection makes, not only the group's: COMMIT statements (the turn's, better-sqlite3's own
 * transactions') and writes run outside any transaction (each a commit, and an fsync, of its own).
 */
function countCommits(sqlite: Database.Database) {
  const proto = Object.getPrototypeOf(sqlite.prepare("SELECT 1")) as Record<"run" | "get" | "all", (...args: unknown[]) => unknown>;
  const original = { run: proto.run, get: proto.get, all: proto.all };
  let commits = 0;
  for (const method of ["run", "get", "all"] as const) {
    proto[method] = function (this: Database.Statement, ...args: unknown[]) {
      if (this.database === sqlite && (/^\s*COMMIT/i.test(this.source) || (!this.readonly && !this.database.inTransaction && !/^\s*(BEGIN|SAVEPOINT|RELEASE|ROLLBACK|PRAGMA)/i.test(this.source)))) commits++;
      return original[method].apply(this, args);
    };
  }
  return {
    stop(): number {
      Object.assign(proto, original);
      return commits;
    },
  };
}

describe("group commit: one commit for the updates of a turn, nothing said before it", () => {
  it("forty residents press the same date at once: a handful of commits, and each outcome is shown only once its booking is saved", async () => {
    desk = new TestDesk();
    const { people, sessionId } = await residentsAtTheDates(40, 30);
    const presses = people.map((r) => r.pressUpdate(`b:${sessionId}`));
    // Another connection sees only what is committed, as the desk would after a crash.
    const reader = new Database(desk.config.databasePath, { readonly: true });
    const saved = reader.prepare("SELECT count(*) FROM bookings WHERE resident_id = ? AND session_id = ?").pluck();
    const shownUnsaved: number[] = [];
    const residents = new Set(people.map((r) => r.user.id));
    const stop = desk.em.subscribe((e) => {
      // "Booked!" on screen while the booking could still be lost.
      if (e.type !== "edit" && e.type !== "message") return;
      if (residents.has(e.chatId) && (e.message.text ?? "").startsWith(booked()) && saved.get(e.chatId, sessionId) === 0) shownUnsaved.push(e.chatId);
    });
    const commitsBefore = desk.db.$commits.commits;
    await Promise.all(presses.map((u) => desk.app.bot.handleUpdate(u)));
    stop();
    reader.close();

    expect(shownUnsaved).toEqual([]);
    const outcomes = people.map((r) => r.last.plain);
    expect(outcomes.filter((x) => x.startsWith(booked()))).toHaveLength(30);
    expect(outcomes.filter((x) => x.includes(t("book-full")))).toHaveLength(10);
    expect(desk.deps.services.booking.session(sessionId)!.taken).toBe(30);
    // Forty presses, each a claim, a booking and a done: written in a few shared commits, not 120.
    expect(desk.db.$commits.commits - commitsBefore).toBeLessThanOrEqual(12);
  });

  it("forty presses at once: what each answer leaves behind (the buttons it offers, the booking's message, the update done) shares the turns' commits", async () => {
    desk = new TestDesk();
    const { people, sessionId } = await residentsAtTheDates(40, 30);
    const presses = people.map((r) => r.pressUpdate(`b:${sessionId}`));
    const counting = countCommits(desk.db.$client);
    await Promise.all(presses.map((u) => desk.app.bot.handleUpdate(u)));
    const commits = counting.stop();
    expect(people.map((r) => r.last.plain).filter((x) => x.startsWith(booked()))).toHaveLength(30);
    // Nothing commits alone (an fsync each, every other update waiting): not the buttons each answer offers, not the
    // booking's confirmation message, not the journal forgetting the update at its end. There were 73 commits so;
    // only the reply journal's "this went to Telegram" still commits at once when no turn is open to take it.
    expect(commits).toBeLessThanOrEqual(12);
  });

  it("a crash before the turn's commit: nobody was told anything, nothing is half-saved, and the restart answers everyone once", async () => {
    desk = new TestDesk();
    const { people, sessionId } = await residentsAtTheDates(20, 30);
    const presses = people.map((r) => r.pressUpdate(`b:${sessionId}`));
    desk.repos.inbox.journal(presses, desk.clock.now());
    const mark = desk.em.calls.length;
    // The process takes the twenty presses in hand and dies before the end of the turn.
    for (const u of presses) void desk.app.bot.handleUpdate(u);
    for (let i = 0; i < 20; i++) await Promise.resolve();
    desk.restart();
    // Only spinners may have stopped (an empty answer to a press says nothing, and goes without waiting: see below).
    const told = desk.em.calls.slice(mark).filter((c) => !(c.method === "answerCallbackQuery" && !(c.params as { text?: string }).text));
    expect(told).toEqual([]);
    expect(desk.deps.services.booking.session(sessionId)!.taken).toBe(0);

    await replayUnfinished(desk.app.bot, desk.repos.inbox, desk.clock, createLogger("silent"));
    expect(desk.deps.services.booking.session(sessionId)!.taken).toBe(20);
    for (const r of people) expect(r.last.plain.startsWith(booked())).toBe(true);
    expect(desk.repos.inbox.backlog().count).toBe(0);
  });

  it("a domain transaction that fails inside the turn's transaction undoes only its own writes", async () => {
    const dir = (await import("node:fs")).mkdtempSync(`${(await import("node:os")).tmpdir()}/noi-desk-gc-`);
    const db = openDatabase(`${dir}/gc.sqlite`);
    const sqlite = db.$client;
    sqlite.exec("CREATE TABLE t (x INTEGER)");
    const commits = new GroupCommit(sqlite);
    commits.enter();
    commits.join();
    sqlite.prepare("INSERT INTO t VALUES (1)").run();
    expect(() =>
      commits.transaction(() => {
        sqlite.prepare("INSERT INTO t VALUES (2)").run();
        throw new Error("seat taken meanwhile");
      }),
    ).toThrow("seat taken meanwhile");
    commits.transaction(() => sqlite.prepare("INSERT INTO t VALUES (3)").run());
    const other = new Database(`${dir}/gc.sqlite`, { readonly: true });
    // Nothing is visible before the turn ends; then the surviving writes, together.
    expect(other.prepare("SELECT count(*) FROM t").pluck().get()).toBe(0);
    const done = commits.settled();
    await new Promise((r) => setImmediate(r));
    await done;
    expect(other.prepare("SELECT x FROM t ORDER BY x").pluck().all()).toEqual([1, 3]);
    commits.leave();
    other.close();
    sqlite.close();
  });

  it("a press's empty answer (it only stops the spinner) goes before the turn's commit; an answer with words waits for it", async () => {
    const sqlite = new Database(":memory:");
    sqlite.exec("CREATE TABLE t (x INTEGER)");
    const commits = new GroupCommit(sqlite);
    const sent: string[] = [];
    const call = afterCommit(commits);
    const prev = (async (method: string, payload: { text?: string }) => {
      sent.push(`${method}${payload.text ? `: ${payload.text}` : ""}`);
      return { ok: true, result: true };
    }) as never;
    commits.enter();
    commits.join();
    sqlite.prepare("INSERT INTO t VALUES (1)").run();
    const empty = call(prev, "answerCallbackQuery", { callback_query_id: "1" } as never);
    const toast = call(prev, "answerCallbackQuery", { callback_query_id: "2", text: "Prenotato!" } as never);
    const reply = call(prev, "sendMessage", { chat_id: 1, text: "Prenotato per martedì" } as never);
    await Promise.resolve();
    expect(sent).toEqual(["answerCallbackQuery"]);
    expect(commits.pending).toBe(true);
    await Promise.all([empty, toast, reply]);
    expect(sent).toEqual(["answerCallbackQuery", "answerCallbackQuery: Prenotato!", "sendMessage: Prenotato per martedì"]);
    expect(commits.pending).toBe(false);
    commits.leave();
    sqlite.close();
  });
});
