// Child process: Litestream's replication lag and restore time, with deploy/litestream.yml and a file replica.
// Usage: node build/bench/replication.js [samples]
// - lag: a commit made at a random instant, until the replica holds it (the first WAL segment Litestream writes
//   after the commit carries every frame up to the WAL's end), on a quiet database and with 100 commits/s going on;
// - snapshot and restore of the database pre-filled with years of history (bench/prefill.ts).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "#src/db/client.js";
import { createRepositories } from "#src/db/repositories/index.js";
import { ActivityCatalog } from "#src/domain/activities.js";
import { litestreamBinary } from "#src/replica/litestream.js";
import { benchClock } from "./clock.js";
import { percentile } from "./scenario.js";
import { prefill } from "./prefill.js";

const samples = Number(process.argv[2] ?? 30);
const CONFIG = "deploy/litestream.yml";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every WAL segment file of the replica (generations/<g>/wal/<i>_<offset>.wal.lz4). */
function segments(replica: string): Set<string> {
  const found = new Set<string>();
  const generations = join(replica, "generations");
  if (!existsSync(generations)) return found;
  for (const g of readdirSync(generations)) {
    const wal = join(generations, g, "wal");
    if (existsSync(wal)) for (const f of readdirSync(wal)) found.add(`${g}/${f}`);
  }
  return found;
}

async function until(probe: () => boolean, timeoutMs: number, what: string) {
  const deadline = performance.now() + timeoutMs;
  while (!probe()) {
    if (performance.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(2);
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-replication-"));
  const path = join(dir, "desk.sqlite");
  const replica = join(dir, "other-disk");
  const env = { ...process.env, DATABASE_PATH: path, REPLICA_URL: `file://${replica}`, REPLICA_ENDPOINT: "" };
  const bin = litestreamBinary();
  const db = openDatabase(path);
  const clock = benchClock();
  createRepositories(db, clock).activities.upsertAll(ActivityCatalog.load().all);
  let began = performance.now();
  const filled = prefill(db, clock.now());
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  const prefillMs = performance.now() - began;
  const dbMb = statSync(path).size / 1024 / 1024;
  db.$client.exec("CREATE TABLE marks (id INTEGER PRIMARY KEY, at REAL NOT NULL, pad TEXT NOT NULL)");
  const mark = db.$client.prepare("INSERT INTO marks (at, pad) VALUES (?, ?)");
  const pad = "x".repeat(200);

  let litestream: ChildProcess | undefined = spawn(bin, ["replicate", "-config", CONFIG], { env, stdio: "ignore" });
  try {
    // The first snapshot of a full database: what the first start under Litestream costs.
    began = performance.now();
    await until(() => {
      const generations = join(replica, "generations");
      return existsSync(generations) && readdirSync(generations).some((g) => existsSync(join(generations, g, "snapshots")) && readdirSync(join(generations, g, "snapshots")).length > 0) && segments(replica).size > 0;
    }, 300_000, "the first snapshot");
    const snapshotMs = performance.now() - began;

    const lags = async (n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        // A random phase against Litestream's one-second loops.
        await sleep(300 + Math.random() * 1000);
        const before = segments(replica);
        const t0 = performance.now();
        mark.run(Date.now(), pad);
        await until(() => [...segments(replica)].some((s) => !before.has(s)), 30_000, "a commit on the replica");
        out.push(performance.now() - t0);
      }
      return out;
    };
    const quiet = await lags(samples);
    // 100 commits a second alongside (the desk's busiest minutes are far fewer).
    const writer = setInterval(() => mark.run(Date.now(), pad), 10);
    const busy = await lags(samples);
    clearInterval(writer);

    // Give Litestream a moment to ship the last commits, stop it as a SIGTERM would, then restore the whole database.
    await sleep(2500);
    const exited = new Promise((r) => litestream!.once("exit", r));
    litestream.kill("SIGTERM");
    await exited;
    litestream = undefined;
    const expected = (db.$client.prepare("SELECT count(*) n FROM marks").get() as { n: number }).n;
    db.$client.close();
    const restored = join(dir, "restored.sqlite");
    began = performance.now();
    execFileSync(bin, ["restore", "-config", CONFIG, "-o", restored, path], { env, stdio: "pipe" });
    const restoreMs = performance.now() - began;
    const check = openDatabase(restored);
    const integrity = check.$client.pragma("integrity_check", { simple: true });
    const got = (check.$client.prepare("SELECT count(*) n FROM marks").get() as { n: number }).n;
    check.$client.close();
    const replicaMb = du(replica) / 1024 / 1024;

    const summary = (xs: number[]) => ({ p50_ms: round(percentile(xs, 50)), p99_ms: round(percentile(xs, 99)), max_ms: round(Math.max(...xs)) });
    console.log(
      JSON.stringify({
        samples,
        lag_quiet: summary(quiet),
        lag_busy_100_commits_per_s: summary(busy),
        prefill: filled,
        prefill_s: round(prefillMs / 1000),
        database_mb: round(dbMb),
        replica_mb: round(replicaMb),
        first_snapshot_s: round(snapshotMs / 1000),
        restore_s: round(restoreMs / 1000),
        restored_integrity: integrity,
        restored_marks: `${got}/${expected}`,
      }),
    );
  } finally {
    litestream?.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

function du(p: string): number {
  const s = statSync(p);
  return s.isDirectory() ? readdirSync(p).reduce((n, f) => n + du(join(p, f)), 0) : s.size;
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

void main();
