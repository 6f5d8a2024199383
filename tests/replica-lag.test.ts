import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "#src/logger.js";
import { ManualClock } from "#src/clock.js";
import { litestreamBinary, parseGenerations, parseGoDuration } from "#src/replica/litestream.js";
import { judge, ReplicaMonitor } from "#src/replica/replica-monitor.js";
import { queueDigest } from "#src/scheduler/jobs.js";
import { healthHandler } from "#src/server/http.js";
import { TestDesk } from "./harness/desk.js";
import { eventually } from "./harness/process.js";

let desk: TestDesk | undefined;
let litestream: ChildProcess | undefined;
const saved = { REPLICA_URL: process.env.REPLICA_URL, REPLICA_ENDPOINT: process.env.REPLICA_ENDPOINT };
afterEach(async () => {
  if (litestream && litestream.exitCode === null && litestream.signalCode === null) {
    const exited = new Promise((r) => litestream!.once("exit", r));
    litestream.kill("SIGKILL");
    await exited;
  }
  litestream = undefined;
  desk?.close();
  desk = undefined;
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const healthz = (d: TestDesk) =>
  new Promise<Record<string, any>>((resolve) => {
    const res = { writeHead: () => res, end: (body: string) => resolve(JSON.parse(body)) };
    void healthHandler(d.app)({ url: "/healthz" } as never, res as never);
  });

/** Every file of the replica dated back: as if Litestream had last written to it `ms` ago. */
function ageReplica(dir: string, ms: number) {
  const when = new Date(Date.now() - ms);
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) walk(join(p, f));
    utimesSync(p, when, when);
  };
  walk(dir);
}

describe("the replica's lag in /healthz, /metrics and the morning digest", () => {
  it("keeps up while Litestream runs; when it stops the lag grows with the desk's work, /healthz and /metrics say behind and the digest tells staff", async () => {
    desk = new TestDesk({ clock: new ManualClock("2026-11-25T06:00:00Z"), env: { LITESTREAM_CONFIG: "deploy/litestream.yml", REPLICA_MAX_LAG_SECONDS: "60" } });
    const replicaDir = join(desk.dir, "other-disk");
    process.env.REPLICA_URL = `file://${replicaDir}`;
    process.env.REPLICA_ENDPOINT = "";
    expect((await healthz(desk)).replica).toMatchObject({ state: "unknown", lagSeconds: null });

    // Litestream replicates the desk's database, as deploy/run-with-litestream.sh runs it.
    litestream = spawn(litestreamBinary(), ["replicate", "-config", "deploy/litestream.yml"], {
      env: { ...process.env, DATABASE_PATH: desk.config.databasePath },
      stdio: "ignore",
    });
    const amina = desk.resident("Amina", "ar");
    await amina.onboards();
    await eventually(async () => (await desk!.app.replica.check()).state === "ok", "the replica caught up", 20_000);

    const ok = (await healthz(desk)).replica;
    expect(ok).toMatchObject({ state: "ok", replica: "file", error: null });
    expect(ok.lagSeconds).toBeLessThan(60);
    expect(ok.generation).toMatch(/^[0-9a-f]{16}$/);
    let metrics = await desk.app.metrics.registry.metrics();
    expect(metrics).toMatch(/^noi_desk_replica_up 1$/m);
    expect(metrics).toMatch(/^noi_desk_replica_lag_seconds \d/m);

    // Litestream dies; two hours of the desk's work never reach the replica.
    const exited = new Promise((r) => litestream!.once("exit", r));
    litestream.kill("SIGKILL");
    await exited;
    ageReplica(replicaDir, 2 * 3600_000);
    await amina.says("Buongiorno, ho una domanda sull'affitto");

    const behind = await desk.app.replica.check();
    expect(behind.state).toBe("behind");
    expect(behind.lagSeconds).toBeGreaterThan(2 * 3600 - 60);
    expect(behind.lagSeconds).toBeLessThan(2 * 3600 + 60);
    expect((await healthz(desk)).replica).toMatchObject({ state: "behind" });
    expect((await healthz(desk)).status).toBe("ok");
    metrics = await desk.app.metrics.registry.metrics();
    expect(metrics).toMatch(/^noi_desk_replica_up 0$/m);
    expect(metrics).toMatch(/^noi_desk_replica_lag_seconds 7\d{3}(\.\d+)?$/m);

    // The morning digest says so, in the staff's Italian.
    expect(queueDigest(desk.app)).toBe(true);
    await desk.dispatch();
    const digest = desk.groupTexts().find((x) => x.startsWith("☀️"))!;
    expect(digest).toMatch(/💾 La copia del database fuori da questo server è indietro di (1 h 59|2 h 0|2 h 1) min/);
    expect(digest).toContain("avvisate chi gestisce il server");
  }, 40_000);

  it("a replica that cannot be read is named in /healthz and the digest; without Litestream the desk says it is off and the digest is silent about it", async () => {
    desk = new TestDesk({ clock: new ManualClock("2026-11-25T06:00:00Z"), env: { LITESTREAM_CONFIG: join("deploy", "no-such-litestream.yml") } });
    const failing = await desk.app.replica.check();
    expect(failing.state).toBe("failing");
    expect(failing.error).toMatch(/no-such-litestream\.yml/);
    expect((await healthz(desk)).replica).toMatchObject({ state: "failing", lagSeconds: null });
    expect(await desk.app.metrics.registry.metrics()).toMatch(/^noi_desk_replica_up 0$/m);
    queueDigest(desk.app);
    await desk.dispatch();
    expect(desk.groupTexts().find((x) => x.startsWith("☀️"))).toContain("💾 La copia del database fuori da questo server non si riesce a leggere");

    // Without Litestream the desk says "off" and the digest is silent about it.
    const plain = new TestDesk({ clock: new ManualClock("2026-11-26T06:00:00Z") });
    try {
      expect((await healthz(plain)).replica).toMatchObject({ state: "off" });
      expect(await plain.app.metrics.registry.metrics()).not.toContain("noi_desk_replica_up ");
      queueDigest(plain.app);
      await plain.dispatch();
      expect(plain.groupTexts().find((x) => x.startsWith("☀️"))).not.toContain("💾");
    } finally {
      plain.close();
    }
  });

  it("reads Litestream's listing: durations, the newest generation of each replica, the worst replica", () => {
    expect(parseGoDuration("-768ms")).toBe(-768);
    expect(parseGoDuration("1h2m3.5s")).toBe(3_723_500);
    expect(parseGoDuration("0s")).toBe(0);
    expect(parseGoDuration("1.5µs")).toBeCloseTo(0.0015);
    const listing = [
      "name  generation        lag     start                 end",
      "s3    1111111111111111  26h1m   2026-11-23T09:00:00Z  2026-11-24T06:59:00Z",
      "s3    2222222222222222  800ms   2026-11-24T07:00:00Z  2026-11-25T08:59:59Z",
      "disk  3333333333333333  3m10s   2026-11-24T07:00:00Z  2026-11-25T08:56:50Z",
      "",
    ].join("\n");
    const rows = parseGenerations(listing);
    expect(rows).toHaveLength(3);
    const at = new Date("2026-11-25T09:00:00Z");
    expect(judge(rows, 60, at)).toMatchObject({ state: "behind", replica: "disk", lagSeconds: 190 });
    expect(judge(rows.slice(0, 2), 60, at)).toMatchObject({ state: "ok", replica: "s3", generation: "2222222222222222", lagSeconds: 0.8 });
    expect(judge([], 60, at)).toMatchObject({ state: "failing", error: "the replica holds no copy of the database yet" });
    // One read at a time: a slow storage never stacks reads up.
    let calls = 0;
    const monitor = new ReplicaMonitor({ configPath: "x", databasePath: "y", maxLagSeconds: 60, checkSeconds: 30, bin: "z" }, new ManualClock(at), createLogger("silent"), async () => {
      calls++;
      return rows.slice(0, 2);
    });
    return Promise.all([monitor.check(), monitor.check()]).then(([a, b]) => {
      expect(a).toBe(b);
      expect(calls).toBe(1);
    });
  });
});
