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

async function main() {
  const began = performance.now();
  log("baseline: bare grammY echo bot, 500 concurrent residents");
  const baseline = child("throughput.js", "baseline", "empty", "500");
  log("desk on an empty database, 500 concurrent residents");
  const empty = child("throughput.js", "flow", "empty", "500");
  // Right after, so both meet the same machine: the page cache the desk opens with against better-sqlite3's own (16 MB).
  log("the same with better-sqlite3's default page cache (cache_size=-16000)");
  const emptyDefaultCache = child("throughput.js", "flow", "empty", "500", `--cache_size=${SQLITE_DEFAULT_CACHE}`);
  // And the durability the desk runs with (FULL: a power cut loses no commit) against NORMAL (a crash of the process loses none).
  log("the same with synchronous=NORMAL");
  const emptyNormal = child("throughput.js", "flow", "empty", "500", "--synchronous=NORMAL");
  log("service time: 100 residents one after another (no queueing)");
  const sequential = child("throughput.js", "flow", "empty", "100", "--sequential");
  log("desk on a full database (100k residents, 200k requests, 1M bookings), and its hot queries");
  const full = child("throughput.js", "flow", "full", "500");
  log("latency at real load: open-loop Poisson arrivals, 500 updates/s from 1,000 residents");
  const load = child("throughput.js", "load", "empty", "1000", "--rate=500");
  log("conversation log growth: a request in 20 description pieces against one in 1");
  const pieces = child("throughput.js", "pieces", "empty", "50");
  log("group burst: 60 residents file a request within a minute, Telegram's 20-a-minute group cap (429, retry_after 40)");
  const burst = child("group-burst.js", "60");
  log("teams: 40 requests relayed into one operator group, then spread over two teams' groups (20 posts a minute each)");
  const oneGroup = child("team-groups.js", "1", "40");
  const twoGroups = child("team-groups.js", "2", "40");
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
  log("footprint again with better-sqlite3's default page cache (cache_size=-16000)");
  const footprintDefaultCache = child("footprint.js", "10000", `--cache_size=${SQLITE_DEFAULT_CACHE}`);
  log("translation: 100 other chats while 20 residents' texts go through a 200 ms engine, against no engine");
  const translationOn = child("translation.js", "on");
  const translationOff = child("translation.js", "off");
  log("speech: a ~300-character staff answer synthesised (eSpeak NG) and encoded (Opus) in each of the nine languages");
  const speech = child("speech.js");
  log("WhatsApp: 2,000 first messages as signed webhooks, 50 in flight, journaled in the inbox and handled");
  const whatsapp = child("whatsapp.js", "2000");
  log("OCR: letters read by Tesseract (Italian model), per page, upright and upside down");
  const ocr = child("ocr.js");
  log("replication: Litestream (deploy/litestream.yml) to a file replica: lag of a commit, snapshot and restore of a full database");
  const replication = child("replication.js", "30");

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
    },
    pieces_20_vs_1: pieces.pieces_20_vs_1,
    pieces: {
      pieces_1_updates_per_s: pieces.pieces_1_updates_per_s,
      pieces_20_updates_per_s: pieces.pieces_20_updates_per_s,
      pieces_1_p50_ms: pieces.pieces_1_p50_ms,
      pieces_20_p50_ms: pieces.pieces_20_p50_ms,
      pieces_20_p99_ms: pieces.pieces_20_p99_ms,
      state_bytes_1: pieces.state_bytes_1,
      state_bytes_20: pieces.state_bytes_20,
    },
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
    team_groups: {
      one_group: oneGroup,
      two_groups: twoGroups,
      relays_per_minute_one: oneGroup.relays_per_minute,
      relays_per_minute_two: twoGroups.relays_per_minute,
      two_vs_one: twoGroups.relays_per_minute / oneGroup.relays_per_minute,
    },
    synchronous: SYNCHRONOUS[empty.synchronous] ?? String(empty.synchronous),
    synchronous_compared: {
      desk: { synchronous: SYNCHRONOUS[empty.synchronous], flow_updates_per_s: empty.updates_per_s, cpu_ms_per_update: empty.cpu_ms_per_update },
      normal: { synchronous: SYNCHRONOUS[emptyNormal.synchronous], flow_updates_per_s: emptyNormal.updates_per_s, cpu_ms_per_update: emptyNormal.cpu_ms_per_update },
    },
    cpu_ms_per_update: empty.cpu_ms_per_update,
    baseline_cpu_ms_per_update: baseline.cpu_ms_per_update,
    cache_size: empty.cache_size,
    prefill: full.prefill,
    queries,
    query_plans: full.queries.plans,
    queries_with_16mb_page_cache: full.queries_cache_16mb,
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
    page_cache: {
      desk: { cache_size: footprint.cache_size, peak_rss_mb: footprint.peak_rss_mb, flow_updates_per_s: empty.updates_per_s },
      sqlite_default: {
        cache_size: footprintDefaultCache.cache_size,
        peak_rss_mb: footprintDefaultCache.peak_rss_mb,
        flow_updates_per_s: emptyDefaultCache.updates_per_s,
      },
    },
    residents_in_conversation: footprint.in_conversation,
    peak_rss_mb_1000: footprintSmall.peak_rss_mb,
    rss_mb_per_1000_in_conversation: (footprint.peak_rss_mb - footprintSmall.peak_rss_mb) / ((footprint.in_conversation - footprintSmall.in_conversation) / 1000),
    translation_other_chats_p50_ms: translationOn.other_p50_ms,
    translation_other_chats_p99_ms: translationOn.other_p99_ms,
    translation_off_other_chats_p50_ms: translationOff.other_p50_ms,
    translation_off_other_chats_p99_ms: translationOff.other_p99_ms,
    translation_engine_calls: translationOn.engine_calls,
    speech,
    replication,
    whatsapp,
    whatsapp_cpu_vs_telegram: whatsapp.cpu_ms_per_webhook / empty.cpu_ms_per_update,
    ocr,
    node_flags: NODE_FLAGS,
    total_seconds: (performance.now() - began) / 1000,
  };
  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);

  const f = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
  const rows: Array<[string, string, string]> = [
    ["flow updates/s (500 residents)", f(results.flow_updates_per_s), "≥ 2,000"],
    ["bare grammY updates/s (same harness)", f(results.baseline_updates_per_s), "—"],
    ["flow / baseline", `${f(results.flow_vs_baseline * 100, 1)} %`, "≥ 22 %"],
    ["flow p50 / p99 per update (ms)", `${f(results.flow_p50_ms, 1)} / ${f(results.flow_p99_ms, 1)}`, "—"],
    ["baseline p50 / p99 (ms)", `${f(results.baseline_p50_ms, 1)} / ${f(results.baseline_p99_ms, 1)}`, "—"],
    ["flow p50 / p99, one at a time (ms)", `${f(results.flow_unqueued_p50_ms, 2)} / ${f(results.flow_unqueued_p99_ms, 2)}`, "—"],
    ["full DB updates/s", f(results.full_updates_per_s), "—"],
    ["full / empty", f(results.full_vs_empty, 2), "≥ 0.8"],
    [
      `load p50 / p99, ${f(results.load.rate_per_s)}/s open loop, ${f(results.load.residents)} residents (ms)`,
      `${f(results.load_p50_ms, 1)} / ${f(results.load_p99_ms, 1)}`,
      "p99 < 50",
    ],
    ["20-piece / 1-piece request, updates/s", f(results.pieces_20_vs_1, 2), "—"],
    [
      "stored flow at its largest, 1 / 20 pieces (bytes)",
      `${f(results.pieces.state_bytes_1)} / ${f(results.pieces.state_bytes_20)}`,
      "not growing",
    ],
    [
      "group burst: texts reached / lost / shown twice",
      `${results.group_burst.reached}/${results.group_burst.texts} / ${results.group_burst.lost} / ${results.group_burst.shown_twice}`,
      "all / 0 / 0",
    ],
    [
      "group burst: virtual s to reach the group (cap's time)",
      `${f(results.group_burst.seconds)} (${f(results.group_burst.cap_seconds)})`,
      "≤ cap's time",
    ],
    [
      "group posts per minute (max in any minute); group 429s",
      `${f(results.group_burst.posts_per_minute, 1)} (${results.group_burst.max_posts_in_a_minute}); ${results.group_burst.group_429}`,
      "≤ 20; 0",
    ],
    [
      "relays per minute to staff: one group / two teams' groups",
      `${f(results.team_groups.relays_per_minute_one, 1)} / ${f(results.team_groups.relays_per_minute_two, 1)} (×${f(results.team_groups.two_vs_one, 2)})`,
      "two ≈ ×2",
    ],
    [
      "other chats p50 / p99 with a 200 ms engine; without (ms)",
      `${f(results.translation_other_chats_p50_ms, 1)} / ${f(results.translation_other_chats_p99_ms, 1)}; ${f(results.translation_off_other_chats_p50_ms, 1)} / ${f(results.translation_off_other_chats_p99_ms, 1)}`,
      "not slower",
    ],
    [
      `SQLite synchronous ${results.synchronous}; NORMAL: flow updates/s`,
      `${f(results.synchronous_compared.desk.flow_updates_per_s)}; ${f(results.synchronous_compared.normal.flow_updates_per_s)}`,
      "—",
    ],
    ["CPU per update: desk / bare grammY (ms)", `${f(results.cpu_ms_per_update, 2)} / ${f(results.baseline_cpu_ms_per_update, 2)}`, "—"],
    ...Object.entries(queries).map(
      ([k, v]) => [`query ${k} median / p99 (ms)`, `${f(v.median_ms, 3)} / ${f(v.p99_ms, 3)}`, "< 1 / < 5"] as [string, string, string],
    ),
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
    [
      `  same with cache_size=${SQLITE_DEFAULT_CACHE}: RSS (MB); flow updates/s`,
      `${f(results.page_cache.sqlite_default.peak_rss_mb, 1)}; ${f(results.page_cache.sqlite_default.flow_updates_per_s)}`,
      "—",
    ],
    ["speech: first note (thread, WASM, voice) (ms); a cached note (µs)", `${f(speech.cold_first_note_ms)}; ${f(speech.cache_hit_us, 1)}`, "—"],
    ...Object.entries(
      speech.languages as Record<string, { total_ms: number; synthesis_ms: number; encoding_ms: number; audio_s: number; note_kb: number }>,
    ).map(
      ([language, s]) =>
        [
          `speech ${language}: synthesis + encoding (ms); audio (s); note (KB)`,
          `${f(s.synthesis_ms)} + ${f(s.encoding_ms)}; ${f(s.audio_s, 1)}; ${f(s.note_kb, 1)}`,
          "< timeout",
        ] as [string, string, string],
    ),
    [
      "WhatsApp webhooks/s answered 200 (journaled), 50 in flight; p50 / p99 (ms)",
      `${f(whatsapp.intake_webhooks_per_s, 1)}; ${f(whatsapp.intake_p50_ms, 1)} / ${f(whatsapp.intake_p99_ms, 1)}`,
      "—",
    ],
    [
      "WhatsApp webhooks handled/s (Meta: 80 answers/s a number); CPU per webhook / per Telegram update (ms)",
      `${f(whatsapp.handled_per_s, 1)}; ${f(whatsapp.cpu_ms_per_webhook, 2)} / ${f(results.cpu_ms_per_update, 2)}`,
      "—",
    ],
    [
      "OCR per page, median / max (s); CPU per page (s); upside down (s)",
      `${f(ocr.page_median_s, 1)} / ${f(ocr.page_max_s, 1)}; ${f(ocr.cpu_s_per_page, 1)}; ${f(ocr.upside_down_median_s, 1)}`,
      "< OCR timeout",
    ],
    [
      "replica lag, commit → on the replica, p50 / max (ms): quiet; 100 commits/s",
      `${f(replication.lag_quiet.p50_ms)} / ${f(replication.lag_quiet.max_ms)}; ${f(replication.lag_busy_100_commits_per_s.p50_ms)} / ${f(replication.lag_busy_100_commits_per_s.max_ms)}`,
      "≤ 2,000 (monitor + sync interval)",
    ],
    [
      `replica of a full database (${f(replication.database_mb)} MB): first snapshot; restore (s)`,
      `${f(replication.first_snapshot_s, 1)}; ${f(replication.restore_s, 1)} (${replication.restored_integrity})`,
      "—",
    ],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${"measure".padEnd(w)}  ${"value".padStart(v)}  target`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(w)}  ${value.padStart(v)}  ${target}`);
  console.log(`\n(${f(results.total_seconds, 0)} s; figures in bench/results.json)`);
}

void main();
