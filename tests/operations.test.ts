import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase, dailyBackup } from "#src/db/backup.js";
import { openDatabase } from "#src/db/client.js";
import { ActivityCatalog } from "#src/domain/activities.js";
import { startHealthServer, startWebhookServer } from "#src/server/http.js";
import { createLogger } from "#src/logger.js";
import { TestDesk } from "./harness/desk.js";

let desk: TestDesk | undefined;
const dirs: string[] = [];
afterEach(() => {
  desk?.close();
  desk = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir() {
  const d = mkdtempSync(join(tmpdir(), "noi-desk-ops-"));
  dirs.push(d);
  return d;
}

async function listening(server: import("node:http").Server) {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("operations", () => {
  it("webhook: handles an update with the right secret, refuses a wrong or missing one with 401", async () => {
    desk = new TestDesk();
    const user = desk.em.addUser({ id: 4_000_001, first_name: "Ana", language_code: "es" });
    const server = startWebhookServer(desk.app, "s3cret-s3cret-s3cret", "/telegram", createLogger("silent"));
    const base = await listening(server);
    const post = (update: unknown, secret?: string) =>
      fetch(`${base}/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
        body: JSON.stringify(update),
      });
    try {
      const wrong = await post(desk.em.send(user.id, user.id, { text: "/start" }), "wrong-wrong-wrong-wrong");
      expect(wrong.status).toBe(401);
      const missing = await post(desk.em.send(user.id, user.id, { text: "/start" }));
      expect(missing.status).toBe(401);
      expect(desk.em.messages(user.id).filter((m) => m.fromBot)).toHaveLength(0);

      const right = await post(desk.em.send(user.id, user.id, { text: "/start" }), "s3cret-s3cret-s3cret");
      expect(right.status).toBe(200);
      // Telegram has its 200 once the update is journaled; the answer follows as the update is handled.
      const answered = () => desk!.em.messages(user.id).some((m) => m.fromBot);
      for (let i = 0; i < 500 && !answered(); i++) await new Promise((resolve) => setImmediate(resolve));
      expect(desk.em.messages(user.id).filter((m) => m.fromBot).at(-1)!.plain).toBe(desk.app.i18n.t("es", "language-prompt"));
    } finally {
      server.close();
    }
  });

  it("/metrics is Prometheus text that counts a handled update; /healthz reports database, last update and backlog", async () => {
    desk = new TestDesk();
    const health = startHealthServer(desk.app, "127.0.0.1", 0, createLogger("silent"));
    const base = await listening(health.server);
    try {
      const ana = desk.resident("Ana", "es");
      await ana.says("/start");
      const text = await (await fetch(`${base}/metrics`)).text();
      const families = parsePrometheusTextFormat(text) as Array<{ name: string; metrics: Array<{ value: string; labels?: Record<string, string> }> }>;
      const updates = families.find((f) => f.name === "noi_desk_updates_total")!;
      expect(updates.metrics.find((m) => m.labels?.type === "message")!.value).toBe("1");
      expect(families.map((f) => f.name)).toEqual(
        expect.arrayContaining(["noi_desk_update_errors_total", "noi_desk_outbox_messages", "noi_desk_requests_open", "noi_desk_outbox_dispatch_latency_seconds"]),
      );
      const healthz = await (await fetch(`${base}/healthz`)).json();
      expect(healthz).toMatchObject({ status: "ok", database: "ok", lastUpdateAt: "2026-11-25T09:00:00.000Z", outbox: { pending: 0 } });
    } finally {
      health.server.close();
    }
  });

  it("backs up online while 1,000 writes are in flight; the copy passes integrity_check and holds every committed row", async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, "desk.sqlite"));
    const writer = new Database(join(dir, "desk.sqlite"));
    writer.pragma("busy_timeout = 5000");
    const insert = writer.prepare("INSERT INTO audit (at, actor_id, actor_name, action) VALUES (?, 1, 'w', 'write')");
    let committed = 0;
    const writes = (async () => {
      for (let i = 0; i < 1000; i++) {
        insert.run(Date.now());
        committed++;
        if (i % 10 === 0) await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setImmediate(r));
    const committedAtStart = committed;
    const result = await backupDatabase(db.$client, join(dir, "copy.sqlite"));
    await writes;
    expect(result.integrity).toBe("ok");
    const copy = new Database(result.file, { readonly: true });
    const ids = (copy.prepare("SELECT id FROM audit ORDER BY id").all() as { id: number }[]).map((r) => r.id);
    copy.close();
    expect(ids.length).toBeGreaterThanOrEqual(committedAtStart);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
    writer.close();
    db.$client.close();
  });

  it("restarts consistent after SIGKILL in the middle of a burst of bookings", async () => {
    const dir = tempDir();
    const path = join(dir, "desk.sqlite");
    const child = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/booking-burst.ts", path], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
      child.on("exit", (code) => reject(new Error(`burst exited early (${code})`)));
    });
    await new Promise((r) => setTimeout(r, 700));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));

    const db = openDatabase(path);
    const q = (sql: string) => db.$client.prepare(sql).all() as any[];
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(q("SELECT count(*) n FROM bookings")[0].n).toBeGreaterThan(50);
    // Seats never exceed the session's size; every live seat has its reminders (same transaction).
    const over = q(`SELECT s.id FROM sessions s WHERE (SELECT count(*) FROM bookings b WHERE b.session_id = s.id AND b.status IN ('booked','offered')) > s.seats`);
    expect(over).toEqual([]);
    const missingReminders = q(`SELECT b.id FROM bookings b WHERE b.status = 'booked' AND b.offer_expires_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.ref = 'booking:' || b.id)`);
    expect(missingReminders).toEqual([]);
    const orphans = q("SELECT b.id FROM bookings b LEFT JOIN sessions s ON s.id = b.session_id WHERE s.id IS NULL");
    expect(orphans).toEqual([]);
    const doubled = q(`SELECT session_id, resident_id FROM bookings WHERE status IN ('booked','waiting','offered') GROUP BY 1, 2, seat_key HAVING count(*) > 1`);
    expect(doubled).toEqual([]);
    db.$client.close();
  });

  it("npm run backup writes a verified copy; the nightly backup keeps the newest N", async () => {
    const dir = tempDir();
    const path = join(dir, "desk.sqlite");
    const db = openDatabase(path);
    db.$client.prepare("INSERT INTO audit (at, actor_id, actor_name, action) VALUES (1, 1, 'x', 'ping')").run();
    const cli = spawnSync(process.execPath, ["build/src/backup-cli.js", join(dir, "copy.sqlite")], {
      env: { PATH: process.env.PATH ?? "", DATABASE_PATH: path },
      encoding: "utf8",
    });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/integrity_check: ok/);
    const copy = new Database(join(dir, "copy.sqlite"), { readonly: true });
    expect(copy.prepare("SELECT action FROM audit").pluck().all()).toEqual(["ping"]);
    copy.close();
    const usage = spawnSync(process.execPath, ["build/src/backup-cli.js"], { env: { PATH: process.env.PATH ?? "", DATABASE_PATH: path }, encoding: "utf8" });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Usage: npm run backup -- <file>");

    const nightly = join(dir, "nightly");
    for (let day = 1; day <= 4; day++) await dailyBackup(db.$client, nightly, 2, new Date(`2026-11-0${day}T02:15:00Z`));
    expect(readdirSync(nightly).sort()).toEqual(["noi-desk-2026-11-03T02-15-00-000Z.sqlite", "noi-desk-2026-11-04T02-15-00-000Z.sqlite"]);
    db.$client.close();
  });

  it("refuses to start with an activities file that does not validate, naming the problem", () => {
    const dir = tempDir();
    const bad = join(dir, "activities.json");
    writeFileSync(bad, JSON.stringify({ activities: [{ id: "tutoring-x", group: "tutoring", defaultSeats: 5, defaultMinutes: 60 }] }));
    expect(() => ActivityCatalog.load(bad)).toThrow(/tutoring activities need classes and subjects/);
    writeFileSync(bad, JSON.stringify({ activities: [{ id: "Bad Id", group: "other", defaultSeats: 0, defaultMinutes: 60 }] }));
    expect(() => ActivityCatalog.load(bad)).toThrow(/activities\.0\.id.*activities\.0\.defaultSeats/s);
    expect(ActivityCatalog.load().all.map((a) => a.id)).toContain("italian-a0a1");
  });
});
