// Child process: one throughput measurement. Usage:
//   node build/bench/throughput.js <baseline|flow|load|pieces|steps> <empty|full> <residents> [--sequential] [--cache_size=N] [--synchronous=FULL] [--trace] [--arrivals=rounds|mixed]
// flow: all residents at once (closed loop); load: open-loop Poisson arrivals at --rate=N updates/s (--trace: where
// the slowest updates' time went, see tail.ts);
// pieces: updates/s of a request filed in 20 description pieces against one filed in 1;
// steps: CPU per step of the script, every resident taking the same step at once.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { benchClock } from "./clock.js";
import { BENCH_TOKEN, benchDesk } from "./desk.js";
import { fakeBotApi } from "./fake-api.js";
import { prefill } from "./prefill.js";
import { hotQueries } from "./queries.js";
import { type Arrivals, drive, type Offering, openLoop, percentile, requestScript, residentScript } from "./scenario.js";
import { tailTrace } from "./tail.js";

const [mode = "flow", size = "empty", count = "500"] = process.argv.slice(2);
/** The steps of residentScript (scenario.ts), for the per-step figures. */
const STEP_NAMES = ["/start", "language", "consent", "Italian", "course", "book", "menu", "desk", "category", "text", "at the desk", "send", "follow-up"];
const residents = Number(count);
const api = fakeBotApi();
const clock = benchClock();
let updateId = 1;
const nextId = () => updateId++;
let largestState = 0;
// A press the desk never offered would be refused and measure nothing: counted, and reported with the figures.
let unoffered = 0;
const offering: Offering = (chatId, choices) => {
  const offered = api.firstOffered(chatId, choices);
  if (!offered && mode !== "baseline") {
    unoffered++;
    if (process.env.BENCH_DEBUG) process.stderr.write(`unoffered ${choices.join(" or ")} among ${api.offered(chatId).join(" ")}\n`);
  }
  return offered;
};
const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-bench-"));
  const out: Record<string, unknown> = { mode, size, residents };
  let handle: (u: Update) => Promise<void>;
  let sessionIds: number[] = [];
  let trace: ReturnType<typeof tailTrace> | undefined;
  if (mode === "baseline") {
    const bot = new Bot(BENCH_TOKEN, { client: { fetch: api.fetch as never }, botInfo: api.me as never });
    bot.on("message", (ctx) => ctx.reply(ctx.message.text ?? "…"));
    bot.on("callback_query", async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.reply(ctx.callbackQuery.data ?? "…");
    });
    handle = (u) => bot.handleUpdate(u);
    sessionIds = [1];
  } else {
    const { db, app } = benchDesk({
      dir,
      clock,
      api,
      tune: (db) => {
        // The pragmas the desk runs with, as read back from the opened database; a variant may override
        // the page cache to compare with it in the same run.
        const cacheSize = flag("cache_size");
        if (cacheSize !== undefined) db.$client.pragma(`cache_size = ${Number(cacheSize)}`);
        // The durability mode can be compared the same way (NORMAL: safe against a crash of the
        // process; FULL: against a power cut too, an fsync per commit).
        const synchronous = flag("synchronous");
        if (synchronous !== undefined) db.$client.pragma(`synchronous = ${synchronous.replace(/[^A-Za-z]/g, "")}`);
      },
    });
    out.synchronous = db.$client.pragma("synchronous", { simple: true });
    if (process.argv.includes("--trace")) trace = tailTrace(db.$commits, db.$client);
    out.cache_size = db.$client.pragma("cache_size", { simple: true });
    if (size === "full") {
      const t0 = performance.now();
      out.prefill = prefill(db, clock.now());
      out.prefill_s = (performance.now() - t0) / 1000;
    }
    const now = clock.now();
    const created = app.deps.services.booking.createSessions(
      { activityId: "italian-a1", date: { year: now.getFullYear() + 1, month: 1, day: 12 }, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats: 200, weeks: 4 },
      { id: 1, name: "bench" },
    );
    if ("error" in created) throw new Error(created.error);
    sessionIds = created.map((s) => s.id);
    handle = (u) => app.bot.handleUpdate(u);
    if (mode === "pieces") {
      // The largest flow state written (a replay log, and the request form's own row beside it), for the pieces
      // comparison.
      const { conversations } = app.repos;
      const flow = new Map<string, number>();
      const form = new Map<string, number>();
      const seen = (key: string) => (largestState = Math.max(largestState, (flow.get(key) ?? 0) + (form.get(key) ?? 0)));
      const write = conversations.write;
      conversations.write = (key, state) => {
        flow.set(key, JSON.stringify(state).length);
        seen(key);
        write(key, state);
      };
      const setForm = conversations.setForm;
      conversations.setForm = (key, json, at) => {
        form.set(key, json.length);
        seen(key);
        setForm(key, json, at);
      };
    }
    if (size === "full") {
      // The hot queries with better-sqlite3's default page cache first, then as the desk opens the database.
      const desk = db.$client.pragma("cache_size", { simple: true }) as number;
      db.$client.pragma("cache_size = -16000");
      const { plans: _, ...atDefault } = hotQueries(db, app, clock.now());
      out.queries_cache_16mb = atDefault;
      db.$client.pragma(`cache_size = ${desk}`);
      out.queries = hotQueries(db, app, clock.now());
    }
  }
  const scripts = Array.from({ length: residents }, (_, i) => residentScript(1_000_000 + i, sessionIds[i % sessionIds.length]!, nextId, offering));
  // Warm-up on other residents so the JIT and caches are in the same state for every mode.
  const warm = Array.from({ length: 50 }, (_, i) => residentScript(2_000_000 + i, sessionIds[0]!, nextId, offering));
  await drive(handle, warm);
  if (mode === "load") {
    const rate = Number(flag("rate") ?? 500);
    const cpu = process.cpuUsage();
    trace?.start();
    const mix = (flag("arrivals") ?? "rounds") as Arrivals;
    out.arrivals = mix;
    const run = await openLoop(handle, scripts, rate, undefined, trace?.record, mix);
    const used = process.cpuUsage(cpu);
    if (trace) out.trace = trace.report();
    Object.assign(out, {
      cpu_ms_per_update: (used.user + used.system) / 1000 / run.latencies.length,
      rate_per_s: rate,
      offered_per_s: run.offered_per_s,
      updates: run.latencies.length,
      seconds: run.seconds,
      updates_per_s: run.latencies.length / run.seconds,
      p50_ms: percentile(run.latencies, 50),
      p99_ms: percentile(run.latencies, 99),
      max_ms: percentile(run.latencies, 100),
      arrival_lag_ms: run.lag_ms,
    });
    out.unoffered = unoffered;
    process.stdout.write(`${JSON.stringify(out)}\n`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  if (mode === "pieces") {
    // The same form, its description in 1 or in 20 texts; onboarding is not timed. Alternated
    // (1, 20, 1, 20) so that the database's growth weighs on both alike.
    let base = 3_000_000;
    const rates: Record<string, number[]> = { 1: [], 20: [] };
    const lat: Record<string, number[]> = { 1: [], 20: [] };
    const state: Record<string, number> = { 1: 0, 20: 0 };
    for (const pieces of [1, 20, 1, 20]) {
      const forms = Array.from({ length: residents }, (_, i) => requestScript(base + i, pieces, nextId, offering));
      base += residents;
      await drive(handle, forms.map((f) => f.setup));
      largestState = 0;
      const { latencies, seconds } = await drive(handle, forms.map((f) => f.request));
      state[pieces] = Math.max(state[pieces]!, largestState);
      rates[pieces]!.push(latencies.length / seconds);
      lat[pieces]!.push(...latencies);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    Object.assign(out, {
      pieces_1_updates_per_s: mean(rates[1]!),
      pieces_20_updates_per_s: mean(rates[20]!),
      pieces_20_vs_1: mean(rates[20]!) / mean(rates[1]!),
      pieces_1_p50_ms: percentile(lat[1]!, 50),
      pieces_20_p50_ms: percentile(lat[20]!, 50),
      pieces_20_p99_ms: percentile(lat[20]!, 99),
      // The flow's stored state at its largest: what every later step of the form replays.
      state_bytes_1: state[1],
      state_bytes_20: state[20],
    });
    out.unoffered = unoffered;
    process.stdout.write(`${JSON.stringify(out)}\n`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  if (mode === "steps") {
    // CPU per step of the script, all residents taking the same step at once: where a flow's cost lies (a form's later
    // steps replay its earlier ones; sending it files the request), and what a round of the open loop asks of a core.
    const cpu: number[] = [];
    // The Bot API calls each step makes per resident: a call costs a request built, sent and parsed.
    const calls: Record<string, number>[] = [];
    const steps = scripts[0]!.length;
    for (let s = 0; s < steps; s++) {
      const callsBefore = new Map(api.calls);
      const before = process.cpuUsage();
      await Promise.all(scripts.map((script) => handle(script[s]!())));
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000 / scripts.length);
      const made: Record<string, number> = {};
      for (const [method, n] of api.calls) if (n > (callsBefore.get(method) ?? 0)) made[method] = (n - (callsBefore.get(method) ?? 0)) / scripts.length;
      calls.push(made);
    }
    out.step_names = STEP_NAMES;
    out.cpu_ms_per_step = cpu;
    out.calls_per_step = calls;
    out.unoffered = unoffered;
    process.stdout.write(`${JSON.stringify(out)}\n`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  if (process.argv.includes("--sequential")) {
    // Service time without queueing: the same residents, one after another.
    const { latencies, seconds } = await drive(handle, [scripts.flat()]);
    out.updates = latencies.length;
    out.updates_per_s = latencies.length / seconds;
    out.p50_ms = percentile(latencies, 50);
    out.p99_ms = percentile(latencies, 99);
    out.unoffered = unoffered;
    process.stdout.write(`${JSON.stringify(out)}\n`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  // BENCH_CPUPROF=<file>: a CPU profile of the measured part alone (no start-up, no warm-up).
  // BENCH_HEAPPROF=<file>: what the measured part allocates (sampled, collected objects included).
  const profiler = process.env.BENCH_CPUPROF ? await startProfile() : undefined;
  const heapProfiler = process.env.BENCH_HEAPPROF ? await startHeapProfile() : undefined;
  const cpu = process.cpuUsage();
  const { latencies, seconds } = await drive(handle, scripts);
  const used = process.cpuUsage(cpu);
  if (profiler) await profiler.stop(process.env.BENCH_CPUPROF!);
  if (heapProfiler) await heapProfiler.stop(process.env.BENCH_HEAPPROF!);
  // CPU time per update: what the desk costs, less blurred than wall time by other processes on the machine.
  out.cpu_ms_per_update = (used.user + used.system) / 1000 / latencies.length;
  out.updates = latencies.length;
  out.seconds = seconds;
  out.updates_per_s = latencies.length / seconds;
  out.p50_ms = percentile(latencies, 50);
  out.p99_ms = percentile(latencies, 99);
  out.api_calls = Object.fromEntries(api.calls);
  out.unoffered = unoffered;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  rmSync(dir, { recursive: true, force: true });
}

async function startProfile() {
  const { Session } = await import("node:inspector/promises");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return {
    async stop(file: string) {
      const { profile } = await session.post("Profiler.stop");
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

async function startHeapProfile() {
  const { Session } = await import("node:inspector/promises");
  const session = new Session();
  session.connect();
  await session.post("HeapProfiler.enable");
  await session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return {
    async stop(file: string) {
      const { profile } = await session.post("HeapProfiler.stopSampling");
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

void main();
