// npm run bench: every figure measured in this run, each beside its baseline. Results go to
// bench/results.json (git-ignored) and to a table on stdout.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { measureStartup } from "./startup.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
/** The same V8 flags as `npm start`, for the desk and for the baseline alike. */
const NODE_FLAGS = ["--max-old-space-size=128", "--max-semi-space-size=16"];

function child(script: string, ...args: string[]): any {
  const out = execFileSync(process.execPath, [...NODE_FLAGS, join(here, script), ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

function log(step: string) {
  process.stderr.write(`… ${step}\n`);
}

async function main() {
  const began = performance.now();
  log("baseline: bare grammY echo bot, 500 concurrent residents");
  const baseline = child("throughput.js", "baseline", "empty", "500");
  log("desk on an empty database, 500 concurrent residents");
  const empty = child("throughput.js", "flow", "empty", "500");
  log("service time: 100 residents one after another (no queueing)");
  const sequential = child("throughput.js", "flow", "empty", "100", "--sequential");
  log("desk on a full database (100k residents, 200k requests, 1M bookings), and its hot queries");
  const full = child("throughput.js", "flow", "full", "500");
  log("outbox: 10,000 reminders to 10,000 chats");
  const outbox = child("outbox.js", "10000");
  log("start-up to first answer");
  const startups: number[] = [];
  for (let i = 0; i < 3; i++) startups.push(await measureStartup(join(root, "build/src/main.js"), NODE_FLAGS));
  log("footprint: 10,000 residents in the middle of a conversation");
  const footprint = child("footprint.js", "10000");

  const queries = Object.fromEntries(
    Object.entries(full.queries as Record<string, { median_ms: number; p99_ms: number }>).filter(([k]) => k !== "plans"),
  );
  const results = {
    flow_updates_per_s: empty.updates_per_s,
    baseline_updates_per_s: baseline.updates_per_s,
    flow_vs_baseline: empty.updates_per_s / baseline.updates_per_s,
    flow_p50_ms: empty.p50_ms,
    flow_p99_ms: empty.p99_ms,
    flow_unqueued_p50_ms: sequential.p50_ms,
    flow_unqueued_p99_ms: sequential.p99_ms,
    flow_unqueued_updates_per_s: sequential.updates_per_s,
    baseline_p50_ms: baseline.p50_ms,
    baseline_p99_ms: baseline.p99_ms,
    full_updates_per_s: full.updates_per_s,
    full_vs_empty: full.updates_per_s / empty.updates_per_s,
    full_p50_ms: full.p50_ms,
    full_p99_ms: full.p99_ms,
    prefill: full.prefill,
    queries,
    query_plans: full.queries.plans,
    outbox: {
      rate_vs_limit: outbox.rate_vs_limit,
      achieved_per_s: outbox.achieved_per_s,
      limit_per_s: outbox.rate_limit,
      http_429: outbox.http_429,
      duplicates: outbox.duplicates,
      lost: outbox.lost,
      virtual_seconds: outbox.virtual_seconds,
    },
    startup_ms: startups.sort((a, b) => a - b)[1]!,
    peak_rss_mb: footprint.peak_rss_mb,
    residents_in_conversation: footprint.in_conversation,
    node_flags: NODE_FLAGS,
    total_seconds: (performance.now() - began) / 1000,
  };
  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);

  const f = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
  const rows: Array<[string, string, string]> = [
    ["flow updates/s (500 residents)", f(results.flow_updates_per_s), "≥ 5,000"],
    ["bare grammY updates/s (same harness)", f(results.baseline_updates_per_s), "—"],
    ["flow / baseline", f(results.flow_vs_baseline * 100, 1) + " %", "≥ 20 %"],
    ["flow p50 / p99 per update (ms)", `${f(results.flow_p50_ms, 1)} / ${f(results.flow_p99_ms, 1)}`, "p99 < 20"],
    ["baseline p50 / p99 (ms)", `${f(results.baseline_p50_ms, 1)} / ${f(results.baseline_p99_ms, 1)}`, "—"],
    ["flow p50 / p99, one at a time (ms)", `${f(results.flow_unqueued_p50_ms, 2)} / ${f(results.flow_unqueued_p99_ms, 2)}`, "—"],
    ["full DB updates/s", f(results.full_updates_per_s), "—"],
    ["full / empty", f(results.full_vs_empty, 2), "≥ 0.8"],
    ...Object.entries(queries).map(
      ([k, v]) => [`query ${k} median / p99 (ms)`, `${f(v.median_ms, 3)} / ${f(v.p99_ms, 3)}`, "< 1 / < 5"] as [string, string, string],
    ),
    ["outbox rate / limit", f(results.outbox.rate_vs_limit * 100, 1) + " %", "≥ 95 %"],
    ["outbox 429 / duplicates / lost", `${results.outbox.http_429} / ${results.outbox.duplicates} / ${results.outbox.lost}`, "0 / 0 / 0"],
    ["start-up to first answer (ms)", f(results.startup_ms), "< 1,500"],
    ["peak RSS, 10,000 in a conversation (MB)", f(results.peak_rss_mb, 1), "< 200"],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${"measure".padEnd(w)}  ${"value".padStart(v)}  target`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(w)}  ${value.padStart(v)}  ${target}`);
  console.log(`\n(${f(results.total_seconds, 0)} s; figures in bench/results.json)`);
}

void main();
