import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "#src/db/client.js";
import { BotApiEmulator } from "#src/playground/emulator.js";
import { type DeskProcess, eventually, seedLesson, startDeskProcess, serveEmulator } from "./harness/process.js";
import { OPERATOR_CHAT_ID } from "./harness/desk.js";

const GROUP = OPERATOR_CHAT_ID;
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

describe("durable delivery in the real process", () => {
  it("SIGKILL after ten answers of a 100-resident booking burst: after the restart every resident has an answer, without pressing again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "noi-desk-kill-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, "desk.sqlite");

    // The desk's world: a lesson with 40 seats and 100 residents who agreed to the notice.
    const em = new BotApiEmulator();
    em.queueUpdates = true;
    em.addGroup({ id: GROUP, title: "Operatori", isForum: true });
    const people = Array.from({ length: 100 }, (_, i) => em.addUser({ id: 600_000 + i, first_name: `P${i}`, language_code: "it" }));
    const sessionId = seedLesson(path, { seats: 40, group: GROUP, residents: people });
    // Each resident has the list of dates on screen, and presses the same date.
    for (const p of people) {
      await em.call("sendMessage", { chat_id: p.id, text: "Italiano A1", reply_markup: { inline_keyboard: [[{ text: "Prenota", callback_data: `b:${sessionId}` }]] } });
    }
    const answered = new Set<number>();
    em.subscribe((e) => {
      if ((e.type === "message" || e.type === "edit") && e.chatId > 0 && e.message.fromBot && e.message.text !== "Italiano A1") answered.add(e.chatId);
    });
    // Telegram is slow today: every call takes 30 ms, and only ten residents' answers get through before it
    // stalls, so however fast the desk is, the burst is still in hand when the process dies.
    let stalled = true;
    const admitted = new Set<number>();
    const stalls = (method: string, params: Record<string, unknown>) => {
      const chatId = Number(params.chat_id);
      if (!stalled || !["sendMessage", "editMessageText"].includes(method) || !(chatId > 0) || admitted.has(chatId)) return false;
      if (admitted.size >= 10) return true;
      admitted.add(chatId);
      return false;
    };
    em.latency = {
      ms: (method, params) => (method === "getUpdates" ? 0 : stalls(method, params) ? Number.POSITIVE_INFINITY : 30),
      // A stalled call never comes back, like one whose connection died with the process.
      wait: (ms) => new Promise((r) => (Number.isFinite(ms) ? setTimeout(r, ms) : undefined)),
    };
    for (const p of people) {
      const dates = em.messages(p.id).find((m) => m.fromBot)!;
      em.press(p.id, p.id, dates.message_id, `b:${sessionId}`);
    }

    const apiRoot = await serve(em);
    const env = { BOT_TOKEN: em.token, OPERATOR_CHAT_ID: String(GROUP), TELEGRAM_API_ROOT: apiRoot, DATABASE_PATH: path, LOG_LEVEL: "error" };
    const first: DeskProcess = startDeskProcess(env);
    cleanups.push(() => first.stop());
    await eventually(() => answered.size >= 10, "ten answers", 20_000);
    first.child.kill("SIGKILL");
    await new Promise((r) => first.child.once("exit", r));
    const beforeRestart = answered.size;
    expect(beforeRestart).toBeLessThan(100);

    stalled = false;
    const second = startDeskProcess(env);
    cleanups.push(() => second.stop());
    await eventually(() => answered.size === 100, `all 100 answered (${answered.size} so far; ${beforeRestart} before the kill)`, 30_000);
    await second.stop();

    const check = openDatabase(path);
    const q = (sql: string) => check.$client.prepare(sql).all() as Array<Record<string, number>>;
    expect(q(`SELECT count(*) n FROM bookings WHERE session_id = ${sessionId} AND status = 'booked'`)[0]!.n).toBe(40);
    expect(q("SELECT resident_id FROM bookings WHERE status IN ('booked', 'waiting', 'offered') GROUP BY session_id, resident_id, seat_key HAVING count(*) > 1")).toEqual([]);
    expect(q("SELECT count(*) n FROM inbox WHERE status IN ('pending', 'processing')")[0]!.n).toBe(0);
    check.$client.close();
  }, 90_000);
});
