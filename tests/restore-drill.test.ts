import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { stripIsolation as unmarked } from "#src/text/format.js";
import { BotApiEmulator } from "#src/playground/emulator.js";
import { litestreamBinary } from "#src/replica/litestream.js";
import { eventually, seedLesson, serveEmulator } from "./harness/process.js";
import { t } from "./harness/texts.js";

// The restore drill: the disk under the desk dies. Litestream (deploy/litestream.yml, started by
// deploy/run-with-litestream.sh exactly as the Docker image and the systemd unit start it) has been shipping every
// commit to a replica on another disk. The desk and Litestream are killed at once, the data directory is deleted,
// and the desk is started again the same way: it restores the database from the replica and carries on.

const GROUP = -1001234567890;
/** deploy/litestream.yml: Litestream looks for new frames every second and ships them at most a second later. */
const REPLICATION_INTERVAL_MS = 2000;
/** Litestream and the desk share two busy cores with other test files: its loops may start a little late. */
const SCHEDULING_SLACK_MS = 1000;

/** What an Italian-speaking resident reads. */
const italian = (key: string, vars?: Record<string, string | number>) => t("it", key, vars);

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The emulator served over HTTP, as Telegram is to the real process (stopped after the test). */
async function serve(em: BotApiEmulator): Promise<string> {
  const served = await serveEmulator(em);
  cleanups.push(served.close);
  return served.url;
}

/** deploy/run-with-litestream.sh in its own process group: Litestream, and the desk as its child. */
function startReplicated(env: Record<string, string>): { child: ChildProcess; output: () => string; stop: () => Promise<void> } {
  let output = "";
  const child = spawn("sh", ["deploy/run-with-litestream.sh"], {
    detached: true,
    env: {
      PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}`,
      HOME: process.env.HOME ?? "/tmp",
      LOG_LEVEL: "error",
      METRICS_PORT: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
      await exited;
    },
  };
}

describe("restore drill", () => {
  it("the disk dies under a busy desk: restored from the replica, nothing older than the replication interval is lost and the unconfirmed updates are answered", async () => {
    const dir = mkdtempSync(join(tmpdir(), "noi-desk-drill-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dataDir = join(dir, "data");
    mkdirSync(dataDir);
    const path = join(dataDir, "desk.sqlite");
    const replicaDir = join(dir, "other-disk");

    // The desk's world: a lesson with 200 seats and 84 residents who agreed to the notice.
    const em = new BotApiEmulator();
    em.queueUpdates = true;
    em.addGroup({ id: GROUP, title: "Operatori", isForum: true });
    const person = (i: number) => em.addUser({ id: 610_000 + i, first_name: `P${i}`, language_code: "it" });
    const filers = Array.from({ length: 4 }, (_, i) => person(i));
    const bookers = Array.from({ length: 70 }, (_, i) => person(100 + i));
    const unconfirmed = Array.from({ length: 10 }, (_, i) => person(200 + i));
    const sessionId = seedLesson(path, { seats: 200, group: GROUP, residents: [...filers, ...bookers, ...unconfirmed] });
    // Bookers have the lesson's dates on screen.
    for (const p of [...bookers, ...unconfirmed]) {
      await em.call("sendMessage", { chat_id: p.id, text: "Italiano A1", reply_markup: { inline_keyboard: [[{ text: "Prenota", callback_data: `b:${sessionId}` }]] } });
    }
    const book = (p: { id: number }) => {
      const dates = em.messages(p.id).find((m) => m.fromBot)!;
      em.press(p.id, p.id, dates.message_id, `b:${sessionId}`);
    };
    // When each resident first had the desk's answer: the desk answers only once its writes are committed.
    const answeredAt = new Map<number, number>();
    em.subscribe((e) => {
      if ((e.type === "message" || e.type === "edit") && e.chatId > 0 && e.message.fromBot && e.message.text !== "Italiano A1" && !answeredAt.has(e.chatId)) {
        answeredAt.set(e.chatId, Date.now());
      }
    });
    // Telegram never carries the answers to the ten "unconfirmed" residents: their updates are journaled and their
    // seats taken, but handling never finishes before the disk dies.
    let stalling = true;
    const stalled = new Set(unconfirmed.map((p) => p.id));
    em.latency = {
      ms: (method, params) => (stalling && ["sendMessage", "editMessageText"].includes(method) && stalled.has(Number(params.chat_id)) ? Number.POSITIVE_INFINITY : 0),
      wait: (ms) => new Promise((r) => (Number.isFinite(ms) ? setTimeout(r, ms) : undefined)),
    };

    const apiRoot = await serve(em);
    const env = {
      BOT_TOKEN: em.token,
      OPERATOR_CHAT_ID: String(GROUP),
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_PATH: path,
      REPLICA_URL: `file://${replicaDir}`,
    };
    const first = startReplicated(env);
    cleanups.push(() => first.stop());

    // Four residents file a request through the form while thirty book a seat.
    const press = async (userId: number, label: string) => {
      const [message, data] = await eventually(() => {
        for (const m of [...em.messages(userId)].reverse()) {
          const b = m.fromBot && !m.deleted ? em.buttons(m).find((x) => unmarked(x.text) === label) : undefined;
          if (b?.data) return [m, b.data] as const;
        }
        return undefined;
      }, `button "${label}" for ${userId}`);
      em.press(userId, userId, message.message_id, data);
    };
    const waitFor = (userId: number, text: string) =>
      eventually(() => em.messages(userId).some((m) => m.fromBot && unmarked(m.plain ?? "") === text), `"${text}" for ${userId}`, 20_000);
    const fileRequest = async (p: { id: number }, i: number) => {
      em.send(p.id, p.id, { text: "/start" });
      await press(p.id, italian("menu-desk"));
      await press(p.id, italian("cat-housing"));
      em.send(p.id, p.id, { text: `Perdita d'acqua in bagno, scala ${i}` });
      await waitFor(p.id, italian("req-pieces-then-visit", { count: 1, address: "via Gandolfi 20" }));
      await press(p.id, italian("req-visit-desk"));
      await press(p.id, italian("req-send"));
      const sent = filers.map((_, n) => italian("req-sent", { number: String(n + 1) }));
      await eventually(() => em.messages(p.id).some((m) => m.fromBot && sent.includes(unmarked(m.plain ?? ""))), "the request's number", 20_000);
    };
    const pace = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await Promise.all([
      ...filers.map((p, i) => fileRequest(p, i)),
      (async () => {
        for (const p of bookers.slice(0, 30)) {
          book(p);
          await pace(50);
        }
      })(),
    ]);
    await eventually(() => bookers.slice(0, 30).every((p) => answeredAt.has(p.id)), "the first thirty bookings answered", 20_000);

    // The ten unconfirmed presses, then bookings keep coming, one every 100 ms, until the disk dies.
    for (const p of unconfirmed) book(p);
    const heldSince = Date.now();
    let k = 30;
    while (Date.now() - heldSince < REPLICATION_INTERVAL_MS + SCHEDULING_SLACK_MS + 1000 && k < bookers.length) {
      book(bookers[k++]!);
      await pace(100);
    }
    const killedAt = Date.now();
    process.kill(-first.child.pid!, "SIGKILL");
    await first.stop();
    expect(stalled.size).toBe(10);
    expect(unconfirmed.some((p) => answeredAt.has(p.id))).toBe(false);

    // The disk is gone: the database, its WAL and Litestream's own files beside it.
    rmSync(dataDir, { recursive: true, force: true });
    expect(existsSync(path)).toBe(false);

    // What the replica holds, restored to a side file first, as an operator checks a replica.
    const bin = litestreamBinary();
    const copy = join(dir, "check.sqlite");
    const ls = { ...process.env, DATABASE_PATH: path, REPLICA_URL: env.REPLICA_URL, REPLICA_ENDPOINT: "" };
    execFileSync(bin, ["restore", "-config", "deploy/litestream.yml", "-o", copy, path], { env: ls, stdio: "pipe" });
    const restored = new Database(copy, { readonly: true });
    expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
    const booked = new Set((restored.prepare(`SELECT resident_id r FROM bookings WHERE session_id = ? AND status = 'booked'`).all(sessionId) as Array<{ r: number }>).map((x) => x.r));
    const withRequest = new Set((restored.prepare("SELECT resident_id r FROM requests").all() as Array<{ r: number }>).map((x) => x.r));
    const unfinished = restored.prepare("SELECT count(*) n FROM inbox WHERE status IN ('pending', 'processing')").get() as { n: number };
    restored.close();

    // Every booking answered more than the replication interval before the kill is there; what was answered in the
    // last interval may be lost (it is the price of an asynchronous replica), and is counted.
    const bound = killedAt - REPLICATION_INTERVAL_MS - SCHEDULING_SLACK_MS;
    const older = bookers.filter((p) => (answeredAt.get(p.id) ?? Number.POSITIVE_INFINITY) < bound);
    expect(older.length).toBeGreaterThanOrEqual(30);
    expect(older.filter((p) => !booked.has(p.id)).map((p) => p.id)).toEqual([]);
    for (const p of filers) expect(withRequest.has(p.id)).toBe(true);
    // The unconfirmed presses were journaled well before the kill: their seats and their inbox rows are there.
    for (const p of unconfirmed) expect(booked.has(p.id)).toBe(true);
    expect(unfinished.n).toBeGreaterThanOrEqual(unconfirmed.length);

    // Start again, the same way: the script restores the database itself, and the inbox replays what was unfinished.
    stalling = false;
    const second = startReplicated(env);
    cleanups.push(() => second.stop());
    await eventually(() => unconfirmed.every((p) => answeredAt.has(p.id)), `the ten unconfirmed residents answered (${unconfirmed.filter((p) => answeredAt.has(p.id)).length} so far)`, 30_000);
    // Presses Telegram still held at the kill are handled too.
    await eventually(() => bookers.slice(0, k).every((p) => answeredAt.has(p.id)), "every booker answered", 20_000);
    await second.stop();
    expect(second.output()).not.toMatch(/error|panic/i);

    const after = new Database(path, { readonly: true });
    expect(after.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(after.prepare("SELECT count(*) n FROM inbox WHERE status IN ('pending', 'processing')").get()).toEqual({ n: 0 });
    expect(after.prepare("SELECT resident_id FROM bookings WHERE status = 'booked' GROUP BY session_id, resident_id HAVING count(*) > 1").all()).toEqual([]);
    after.close();
  }, 60_000);
});
