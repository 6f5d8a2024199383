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
const NODE_FLAGS = ["--max-old-space-size=128", "--max-semi-space-size=8"];
/** better-sqlite3 is compiled with SQLITE_DEFAULT_CACHE_SIZE=-16000 (16 MB of page cache per connection). */
const SQLITE_DEFAULT_CACHE = -16000;
const SYNCHRONOUS = ["OFF", "NORMAL", "FULL", "EXTRA"];

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

/**
 * `npm run bench` measures every target of the desk (the update path beside bare grammY, twice, latency under load and
 * after an announcement, memory, the group burst, the outbox, an announcement's broadcast, start-up); on a 2-core
 * machine shared with other work that takes 10–20 minutes. `npm run bench -- --all` adds the comparisons and the
 * engines (page cache, synchronous, a full database and its queries, pieces, teams' groups, translation, speech,
 * WhatsApp, OCR, replication): about an hour there.
 */
const ALL = process.argv.includes("--all");

/** A measure of `--all` only: undefined in the default run, and its rows are left out. */
function extra<T>(step: string, measure: () => T): T | undefined {
  if (!ALL) return undefined;
  log(step);
  return measure();
}

async function main() {
  const began = performance.now();
  // Bare grammY and the desk twice each, alternated, so both meet the same machine and the spread shows.
  log("baseline: bare grammY echo bot, 500 concurrent residents");
  const baseline = child("throughput.js", "baseline", "empty", "500");
  log("desk on an empty database, 500 concurrent residents");
  const empty = child("throughput.js", "flow", "empty", "500");
  log("again: bare grammY, then the desk");
  const baseline2 = child("throughput.js", "baseline", "empty", "500");
  const empty2 = child("throughput.js", "flow", "empty", "500");
  // The page cache the desk opens with against better-sqlite3's own (16 MB).
  const emptyDefaultCache = extra("the same with better-sqlite3's default page cache (cache_size=-16000)", () =>
    child("throughput.js", "flow", "empty", "500", `--cache_size=${SQLITE_DEFAULT_CACHE}`),
  );
  // And the durability the desk runs with (FULL: a power cut loses no commit) against NORMAL (a crash of the process loses none).
  const emptyNormal = extra("the same with synchronous=NORMAL", () => child("throughput.js", "flow", "empty", "500", "--synchronous=NORMAL"));
  log("service time: 100 residents one after another (no queueing)");
  const sequential = child("throughput.js", "flow", "empty", "100", "--sequential");
  const full = extra("desk on a full database (100k residents, 200k requests, 1M bookings), and its hot queries", () =>
    child("throughput.js", "flow", "full", "500"),
  );
  log("CPU per step of the script, 500 residents taking each step at once");
  const steps = child("throughput.js", "steps", "empty", "500");
  log("latency at real load: open-loop Poisson arrivals, 500 updates/s from 1,000 residents, all at the same step");
  const load = child("throughput.js", "load", "empty", "1000", "--rate=500");
  log("the same load, each arrival a resident drawn at random (their steps mixed)");
  const loadMixed = child("throughput.js", "load", "empty", "1000", "--rate=500", "--arrivals=mixed");
  log("an event announced to 2,000 residents at once: their replies (a press, half of them a line too) within a minute");
  const replies = child("announcement-replies.js", "2000", "60");
  const pieces = extra("conversation log growth: a request in 20 description pieces against one in 1", () => child("throughput.js", "pieces", "empty", "50"));
  log("group burst: 60 residents file a request within a minute, Telegram's 20-a-minute group cap (429, retry_after 40)");
  const burst = child("group-burst.js", "60");
  const teams = extra("teams: 40 requests relayed into one operator group, then spread over two teams' groups (20 posts a minute each)", () => ({
    one: child("team-groups.js", "1", "40"),
    two: child("team-groups.js", "2", "40"),
  }));
  log("outbox: 10,000 reminders to 10,000 chats");
  const outbox = child("outbox.js", "10000");
  log("announcement: one event to 5,000 opted-in residents at broadcast pace, with a restart halfway");
  const announcement = child("announcement.js", "5000");
  log("start-up to first answer");
  const startups: number[] = [];
  for (let i = 0; i < 3; i++) startups.push(await measureStartup(join(root, "build/src/main.js"), NODE_FLAGS));
  log("footprint: 10,000 residents in the middle of a conversation");
  const footprint = child("footprint.js", "10000");
  // And with a tenth of them: what each resident in conversation adds (docs/scaling.md, residents per 100 MB).
  const footprintSmall = child("footprint.js", "1000");
  // The page cache the desk opens with against better-sqlite3's own default (16 MB), same run.
  const footprintDefaultCache = extra("footprint again with better-sqlite3's default page cache (cache_size=-16000)", () =>
    child("footprint.js", "10000", `--cache_size=${SQLITE_DEFAULT_CACHE}`),
  );
  const translation = extra("translation: 100 other chats while 20 residents' texts go through a 200 ms engine, against no engine", () => ({
    on: child("translation.js", "on"),
    off: child("translation.js", "off"),
  }));
  const speech = extra("speech: a ~300-character staff answer synthesised (eSpeak NG) and encoded (Opus) in each of the nine languages", () =>
    child("speech.js"),
  );
  const whatsapp = extra("WhatsApp: 2,000 first messages as signed webhooks, 50 in flight, journaled in the inbox and handled", () =>
    child("whatsapp.js", "2000"),
  );
  const ocr = extra("OCR: letters read by Tesseract (Italian model), per page, upright and upside down", () => child("ocr.js"));
  const replication = extra(
    "replication: Litestream (deploy/litestream.yml) to a file replica: lag of a commit, snapshot and restore of a full database",
    () => child("replication.js", "30"),
  );

  const results = {
    run: ALL ? "all" : "default",
    flow_updates_per_s: empty.updates_per_s,
    baseline_updates_per_s: baseline.updates_per_s,
    flow_vs_baseline: empty.updates_per_s / baseline.updates_per_s,
    cpu_ms_per_update: empty.cpu_ms_per_update,
    baseline_cpu_ms_per_update: baseline.cpu_ms_per_update,
    // The same pair again: the spread between the two runs is the machine's, the ratio within each is the desk's.
    second_run: {
      flow_updates_per_s: empty2.updates_per_s,
      baseline_updates_per_s: baseline2.updates_per_s,
      flow_vs_baseline: empty2.updates_per_s / baseline2.updates_per_s,
      cpu_ms_per_update: empty2.cpu_ms_per_update,
      baseline_cpu_ms_per_update: baseline2.cpu_ms_per_update,
    },
    cpu_vs_baseline: [baseline.cpu_ms_per_update / empty.cpu_ms_per_update, baseline2.cpu_ms_per_update / empty2.cpu_ms_per_update],
    unoffered_presses: empty.unoffered + empty2.unoffered + load.unoffered + loadMixed.unoffered + steps.unoffered + sequential.unoffered,
    cpu_ms_per_step: Object.fromEntries((steps.step_names as string[]).map((name, i) => [name, steps.cpu_ms_per_step[i]])),
    flow_p50_ms: empty.p50_ms,
    flow_p99_ms: empty.p99_ms,
    flow_unqueued_p50_ms: sequential.p50_ms,
    flow_unqueued_p99_ms: sequential.p99_ms,
    flow_unqueued_updates_per_s: sequential.updates_per_s,
    baseline_p50_ms: baseline.p50_ms,
    baseline_p99_ms: baseline.p99_ms,
    load_p50_ms: load.p50_ms,
    load_p99_ms: load.p99_ms,
    load: {
      rate_per_s: load.rate_per_s,
      offered_per_s: load.offered_per_s,
      residents: load.residents,
      updates: load.updates,
      handled_per_s: load.updates_per_s,
      max_ms: load.max_ms,
      arrival_lag_ms: load.arrival_lag_ms,
      cpu_ms_per_update: load.cpu_ms_per_update,
    },
    load_mixed_p50_ms: loadMixed.p50_ms,
    load_mixed_p99_ms: loadMixed.p99_ms,
    load_mixed: { handled_per_s: loadMixed.updates_per_s, max_ms: loadMixed.max_ms, cpu_ms_per_update: loadMixed.cpu_ms_per_update },
    announcement_replies: replies,
    group_burst: {
      texts: burst.texts,
      reached: burst.reached,
      lost: burst.lost,
      seconds: burst.seconds,
      cap_seconds: burst.cap_seconds,
      group_posts: burst.group_posts,
      posts_per_minute: burst.posts_per_minute,
      max_posts_in_a_minute: burst.max_posts_in_a_minute,
      group_429: burst.group_429,
      group_calls: burst.group_calls,
      shown_twice: burst.duplicates,
      apologies: burst.apologies,
      filed_within_s: burst.filed_within_s,
    },
    synchronous: SYNCHRONOUS[empty.synchronous] ?? String(empty.synchronous),
    cache_size: empty.cache_size,
    outbox: {
      rate_vs_limit: outbox.rate_vs_limit,
      achieved_per_s: outbox.achieved_per_s,
      limit_per_s: outbox.rate_limit,
      http_429: outbox.http_429,
      duplicates: outbox.duplicates,
      lost: outbox.lost,
      virtual_seconds: outbox.virtual_seconds,
    },
    announcement: {
      residents: announcement.residents,
      achieved_per_s: announcement.achieved_per_s,
      virtual_seconds: announcement.virtual_seconds,
      http_429: announcement.http_429,
      duplicates: announcement.duplicates,
      lost: announcement.lost,
      queue_ms: announcement.queue_ms,
    },
    startup_ms: startups.sort((a, b) => a - b)[1]!,
    peak_rss_mb: footprint.peak_rss_mb,
    residents_in_conversation: footprint.in_conversation,
    peak_rss_mb_1000: footprintSmall.peak_rss_mb,
    rss_mb_per_1000_in_conversation:
      (footprint.peak_rss_mb - footprintSmall.peak_rss_mb) / ((footprint.in_conversation - footprintSmall.in_conversation) / 1000),
    // --all only.
    ...(full && emptyDefaultCache && emptyNormal && footprintDefaultCache
      ? {
          full_updates_per_s: full.updates_per_s,
          full_vs_empty: full.updates_per_s / empty.updates_per_s,
          full_p50_ms: full.p50_ms,
          full_p99_ms: full.p99_ms,
          prefill: full.prefill,
          queries: Object.fromEntries(Object.entries(full.queries as Record<string, unknown>).filter(([k]) => k !== "plans")),
          query_plans: full.queries.plans,
          queries_with_16mb_page_cache: full.queries_cache_16mb,
          synchronous_compared: {
            desk: { synchronous: SYNCHRONOUS[empty.synchronous], flow_updates_per_s: empty.updates_per_s, cpu_ms_per_update: empty.cpu_ms_per_update },
            normal: { synchronous: SYNCHRONOUS[emptyNormal.synchronous], flow_updates_per_s: emptyNormal.updates_per_s, cpu_ms_per_update: emptyNormal.cpu_ms_per_update },
          },
          page_cache: {
            desk: { cache_size: footprint.cache_size, peak_rss_mb: footprint.peak_rss_mb, flow_updates_per_s: empty.updates_per_s },
            sqlite_default: { cache_size: footprintDefaultCache.cache_size, peak_rss_mb: footprintDefaultCache.peak_rss_mb, flow_updates_per_s: emptyDefaultCache.updates_per_s },
          },
        }
      : {}),
    ...(pieces ? { pieces_20_vs_1: pieces.pieces_20_vs_1, pieces } : {}),
    ...(teams
      ? {
          team_groups: {
            one_group: teams.one,
            two_groups: teams.two,
            relays_per_minute_one: teams.one.relays_per_minute,
            relays_per_minute_two: teams.two.relays_per_minute,
            two_vs_one: teams.two.relays_per_minute / teams.one.relays_per_minute,
          },
        }
      : {}),
    ...(translation
      ? {
          translation_other_chats_p50_ms: translation.on.other_p50_ms,
          translation_other_chats_p99_ms: translation.on.other_p99_ms,
          translation_off_other_chats_p50_ms: translation.off.other_p50_ms,
          translation_off_other_chats_p99_ms: translation.off.other_p99_ms,
          translation_engine_calls: translation.on.engine_calls,
        }
      : {}),
    ...(speech ? { speech } : {}),
    ...(replication ? { replication } : {}),
    ...(whatsapp ? { whatsapp, whatsapp_cpu_vs_telegram: whatsapp.cpu_ms_per_webhook / empty.cpu_ms_per_update } : {}),
    ...(ocr ? { ocr } : {}),
    node_flags: NODE_FLAGS,
    total_seconds: (performance.now() - began) / 1000,
  };
  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);

  const f = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
  const pct = (n: number) => `${f(n * 100, 1)} %`;
  const r = results as any;
  const rows: Array<[string, string, string]> = [
    [
      "CPU per update, desk (ms): run 1; run 2",
      `${f(results.cpu_ms_per_update, 2)}; ${f(results.second_run.cpu_ms_per_update, 2)}`,
      "≤ 0.6",
    ],
    [
      "CPU per update, bare grammY (ms): run 1; run 2",
      `${f(results.baseline_cpu_ms_per_update, 2)}; ${f(results.second_run.baseline_cpu_ms_per_update, 2)}`,
      "—",
    ],
    ["bare grammY's CPU / the desk's (each run)", `${pct(results.cpu_vs_baseline[0]!)}; ${pct(results.cpu_vs_baseline[1]!)}`, "≥ 20 %"],
    [
      "flow updates/s (500 residents): run 1; run 2",
      `${f(results.flow_updates_per_s)}; ${f(results.second_run.flow_updates_per_s)}`,
      "—",
    ],
    [
      "bare grammY updates/s (same harness): run 1; run 2",
      `${f(results.baseline_updates_per_s)}; ${f(results.second_run.baseline_updates_per_s)}`,
      "—",
    ],
    ["flow / baseline, updates/s (each run)", `${pct(results.flow_vs_baseline)}; ${pct(results.second_run.flow_vs_baseline)}`, "≥ 20 %"],
    ["flow p50 / p99 per update (ms)", `${f(results.flow_p50_ms, 1)} / ${f(results.flow_p99_ms, 1)}`, "—"],
    ["baseline p50 / p99 (ms)", `${f(results.baseline_p50_ms, 1)} / ${f(results.baseline_p99_ms, 1)}`, "—"],
    ["flow p50 / p99, one at a time (ms)", `${f(results.flow_unqueued_p50_ms, 2)} / ${f(results.flow_unqueued_p99_ms, 2)}`, "—"],
    [
      `load p50 / p99, ${f(results.load.rate_per_s)}/s open loop, ${f(results.load.residents)} residents at the same step (ms)`,
      `${f(results.load_p50_ms, 1)} / ${f(results.load_p99_ms, 1)}`,
      "p99 < 50",
    ],
    [
      `the same, arrivals mixed (a resident drawn at random each time): p50 / p99 (ms)`,
      `${f(results.load_mixed_p50_ms, 1)} / ${f(results.load_mixed_p99_ms, 1)}`,
      "p99 < 50",
    ],
    [
      `${f(replies.residents)} residents announced to, replying within ${f(replies.seconds, 0)} s: p50 / p99 (ms)`,
      `${f(replies.p50_ms, 1)} / ${f(replies.p99_ms, 1)} (${f(replies.updates)} updates)`,
      "p99 < 50",
    ],
    ["presses on buttons the desk never offered (must be 0)", String(results.unoffered_presses), "0"],
    [
      "group burst: texts reached / lost / shown twice",
      `${results.group_burst.reached}/${results.group_burst.texts} / ${results.group_burst.lost} / ${results.group_burst.shown_twice}`,
      "all / 0 / 0",
    ],
    [
      "group burst: virtual s to reach the group (cap's time)",
      `${f(results.group_burst.seconds)} (${f(results.group_burst.cap_seconds)})`,
      "≤ 560",
    ],
    [
      "group posts per minute (max in any minute); group 429s",
      `${f(results.group_burst.posts_per_minute, 1)} (${results.group_burst.max_posts_in_a_minute}); ${results.group_burst.group_429}`,
      "≤ 20; 0",
    ],
    ["outbox rate / limit", `${f(results.outbox.rate_vs_limit * 100, 1)} %`, "≥ 95 %"],
    ["outbox 429 / duplicates / lost", `${results.outbox.http_429} / ${results.outbox.duplicates} / ${results.outbox.lost}`, "0 / 0 / 0"],
    [
      `announcement to ${results.announcement.residents} residents: per s; virtual s; queued in (ms)`,
      `${f(results.announcement.achieved_per_s, 1)}; ${f(results.announcement.virtual_seconds)}; ${f(results.announcement.queue_ms)}`,
      "≤ 30/s",
    ],
    [
      "announcement 429 / duplicates / lost (restart halfway)",
      `${results.announcement.http_429} / ${results.announcement.duplicates} / ${results.announcement.lost}`,
      "0 / 0 / 0",
    ],
    ["start-up to first answer (ms)", f(results.startup_ms), "< 1,500"],
    [`peak RSS, 10,000 in a conversation (MB), cache_size=${results.cache_size}`, f(results.peak_rss_mb, 1), "< 200"],
    [
      "peak RSS with 1,000 in a conversation (MB); MB per 1,000 more",
      `${f(results.peak_rss_mb_1000, 1)}; ${f(results.rss_mb_per_1000_in_conversation, 2)}`,
      "—",
    ],
  ];
  if (r.full_updates_per_s !== undefined) {
    rows.push(["full DB updates/s; full / empty", `${f(r.full_updates_per_s)}; ${f(r.full_vs_empty, 2)}`, "≥ 0.8"]);
    for (const [k, q] of Object.entries(r.queries as Record<string, { median_ms: number; p99_ms: number }>)) {
      rows.push([`query ${k} median / p99 (ms)`, `${f(q.median_ms, 3)} / ${f(q.p99_ms, 3)}`, "< 1 / < 5"]);
    }
    rows.push([
      `SQLite synchronous ${results.synchronous}; NORMAL: flow updates/s`,
      `${f(r.synchronous_compared.desk.flow_updates_per_s)}; ${f(r.synchronous_compared.normal.flow_updates_per_s)}`,
      "—",
    ]);
    rows.push([
      `  same with cache_size=${SQLITE_DEFAULT_CACHE}: RSS (MB); flow updates/s`,
      `${f(r.page_cache.sqlite_default.peak_rss_mb, 1)}; ${f(r.page_cache.sqlite_default.flow_updates_per_s)}`,
      "—",
    ]);
  }
  if (r.pieces) {
    rows.push(["20-piece / 1-piece request, updates/s", f(r.pieces_20_vs_1, 2), "—"]);
    rows.push(["stored flow at its largest, 1 / 20 pieces (bytes)", `${f(r.pieces.state_bytes_1)} / ${f(r.pieces.state_bytes_20)}`, "not growing"]);
  }
  if (r.team_groups) {
    rows.push([
      "relays per minute to staff: one group / two teams' groups",
      `${f(r.team_groups.relays_per_minute_one, 1)} / ${f(r.team_groups.relays_per_minute_two, 1)} (×${f(r.team_groups.two_vs_one, 2)})`,
      "two ≈ ×2",
    ]);
  }
  if (r.translation_other_chats_p50_ms !== undefined) {
    rows.push([
      "other chats p50 / p99 with a 200 ms engine; without (ms)",
      `${f(r.translation_other_chats_p50_ms, 1)} / ${f(r.translation_other_chats_p99_ms, 1)}; ${f(r.translation_off_other_chats_p50_ms, 1)} / ${f(r.translation_off_other_chats_p99_ms, 1)}`,
      "not slower",
    ]);
  }
  if (speech) {
    rows.push(["speech: first note (thread, WASM, voice) (ms); a cached note (µs)", `${f(speech.cold_first_note_ms)}; ${f(speech.cache_hit_us, 1)}`, "—"]);
    for (const [language, sp] of Object.entries(
      speech.languages as Record<string, { synthesis_ms: number; encoding_ms: number; audio_s: number; note_kb: number }>,
    )) {
      rows.push([
        `speech ${language}: synthesis + encoding (ms); audio (s); note (KB)`,
        `${f(sp.synthesis_ms)} + ${f(sp.encoding_ms)}; ${f(sp.audio_s, 1)}; ${f(sp.note_kb, 1)}`,
        "< timeout",
      ]);
    }
  }
  if (whatsapp) {
    rows.push([
      "WhatsApp webhooks/s answered 200 (journaled), 50 in flight; p50 / p99 (ms)",
      `${f(whatsapp.intake_webhooks_per_s, 1)}; ${f(whatsapp.intake_p50_ms, 1)} / ${f(whatsapp.intake_p99_ms, 1)}`,
      "—",
    ]);
    rows.push([
      "WhatsApp webhooks handled/s (Meta: 80 answers/s a number); CPU per webhook / per Telegram update (ms)",
      `${f(whatsapp.handled_per_s, 1)}; ${f(whatsapp.cpu_ms_per_webhook, 2)} / ${f(results.cpu_ms_per_update, 2)}`,
      "—",
    ]);
  }
  if (ocr) {
    rows.push([
      "OCR per page, median / max (s); CPU per page (s); upside down (s)",
      `${f(ocr.page_median_s, 1)} / ${f(ocr.page_max_s, 1)}; ${f(ocr.cpu_s_per_page, 1)}; ${f(ocr.upside_down_median_s, 1)}`,
      "< OCR timeout",
    ]);
  }
  if (replication) {
    rows.push([
      "replica lag, commit → on the replica, p50 / max (ms): quiet; 100 commits/s",
      `${f(replication.lag_quiet.p50_ms)} / ${f(replication.lag_quiet.max_ms)}; ${f(replication.lag_busy_100_commits_per_s.p50_ms)} / ${f(replication.lag_busy_100_commits_per_s.max_ms)}`,
      "≤ 2,000 (monitor + sync interval)",
    ]);
    rows.push([
      `replica of a full database (${f(replication.database_mb)} MB): first snapshot; restore (s)`,
      `${f(replication.first_snapshot_s, 1)}; ${f(replication.restore_s, 1)} (${replication.restored_integrity})`,
      "—",
    ]);
  }
  const w = Math.max(...rows.map((row) => row[0].length));
  const v = Math.max(...rows.map((row) => row[1].length));
  console.log(`\n${"measure".padEnd(w)}  ${"value".padStart(v)}  target`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(w)}  ${value.padStart(v)}  ${target}`);
  // Too long for a row of the table: under it.
  const perStep = Object.entries(results.cpu_ms_per_step).map(([name, ms]) => `${name} ${f(ms as number, 2)}`);
  console.log(`\nCPU per step, 500 residents taking it at once (ms): ${perStep.join(", ")}`);
  console.log(`\n(${ALL ? "npm run bench -- --all" : "npm run bench"}: ${f(results.total_seconds, 0)} s; figures in bench/results.json)`);
}

void main();
