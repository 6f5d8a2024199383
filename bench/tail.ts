import { constants, monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";
import type Database from "better-sqlite3";
import type { GroupCommit } from "#src/db/group-commit.js";
import { type Handled, percentile } from "./scenario.js";

/**
 * Where an open loop's slowest updates spent their time (`--trace`): the event loop's delay (how long the main thread
 * was busy between turns), garbage collection pauses, the group commit's COMMITs (the WAL's fsync, and a checkpoint when
 * SQLite runs one inside a commit), and for the updates at the tail, how much was waiting for their chat's previous
 * update, waiting behind other chats, or their own handling. Instruments only the bench's process.
 */
export function tailTrace(commits: GroupCommit, sqlite: Database.Database) {
  // Writes that commit on their own (outside the turn's transaction): each is a COMMIT, an fsync, of its own.
  const autocommits = new Map<string, { count: number; ms: number }>();
  let tracing = false;
  // Every COMMIT statement run (the turn's, the domain's own, better-sqlite3's transactions').
  let commitRuns = 0;
  let groupCommitsBefore = 0;
  const proto = Object.getPrototypeOf(sqlite.prepare("SELECT 1")) as { run: (...args: unknown[]) => unknown };
  const run = proto.run;
  proto.run = function (this: Database.Statement, ...args: unknown[]) {
    if (tracing && /^\s*COMMIT/i.test(this.source)) commitRuns++;
    if (!tracing || this.readonly || this.database.inTransaction || /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(this.source)) return run.apply(this, args);
    const t0 = performance.now();
    const result = run.apply(this, args);
    const key = this.source.replace(/\s+/g, " ").slice(0, 90);
    const seen = autocommits.get(key) ?? { count: 0, ms: 0 };
    seen.count++;
    seen.ms += performance.now() - t0;
    autocommits.set(key, seen);
    return result;
  };
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const gc: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
      gc.push(kind === constants.NODE_PERFORMANCE_GC_MAJOR ? -e.duration : e.duration);
      if (e.duration > 10) slowGc.push({ at: e.startTime - started, ms: e.duration });
    }
  });
  const commitMs: number[] = [];
  // Long stalls of the main thread, when they happened (ms from the start), and the commits and GC pauses inside them.
  const stalls: Array<{ at: number; ms: number }> = [];
  const slowCommits: Array<{ at: number; ms: number }> = [];
  const slowGc: Array<{ at: number; ms: number }> = [];
  let watchdog: NodeJS.Timeout | undefined;
  // Every COMMIT the desk runs goes through one of these two: the turn's (flush) or a domain transaction's own.
  const flush = commits.flush.bind(commits);
  commits.flush = () => {
    const t0 = performance.now();
    flush();
    const ms = performance.now() - t0;
    if (ms > 0.05) commitMs.push(ms);
    if (ms > 10) slowCommits.push({ at: t0 - started, ms });
  };
  const handled: Handled[] = [];
  let started = 0;
  return {
    record: (h: Handled) => handled.push(h),
    start() {
      tracing = true;
      groupCommitsBefore = commits.commits;
      delay.enable();
      observer.observe({ entryTypes: ["gc"] });
      started = performance.now();
      let last = performance.now();
      watchdog = setInterval(() => {
        const now = performance.now();
        if (now - last > 40) stalls.push({ at: last - started, ms: now - last });
        last = now;
      }, 5);
    },
    report() {
      delay.disable();
      tracing = false;
      clearInterval(watchdog);
      const inside = (xs: Array<{ at: number; ms: number }>, s: { at: number; ms: number }) =>
        xs.filter((x) => x.at >= s.at - 1 && x.at < s.at + s.ms).reduce((n, x) => n + x.ms, 0);
      const longest = [...stalls].sort((a, b) => b.ms - a.ms).slice(0, 12);
      observer.disconnect();
      const seconds = (performance.now() - started) / 1000;
      const ms = (ns: number) => ns / 1e6;
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      const pauses = gc.map(Math.abs);
      const latency = handled.map((h) => h.ended - h.at);
      const p99 = percentile(latency, 99);
      const tail = handled.filter((h) => h.ended - h.at >= p99);
      // A chat's update waits first for that chat's previous one (per-chat order), then is handled; its handling
      // includes waiting for the turn's commit and for every other chat's work on the one thread.
      const ownChat = tail.map((h) => Math.max(0, h.started - h.at));
      const handling = tail.map((h) => h.ended - Math.max(h.started, h.at));
      const steps: Record<string, number> = {};
      for (const h of tail) steps[h.step] = (steps[h.step] ?? 0) + 1;
      return {
        event_loop_delay_ms: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max), mean: ms(delay.mean) },
        heap_mb: {
          used_at_end: getHeapStatistics().used_heap_size / 1048576,
          limit: getHeapStatistics().heap_size_limit / 1048576,
        },
        gc: {
          pauses: gc.length,
          total_ms: sum(pauses),
          share_of_wall: sum(pauses) / (seconds * 1000),
          max_ms: Math.max(0, ...pauses),
          major: gc.filter((d) => d < 0).length,
          major_max_ms: Math.max(0, ...gc.filter((d) => d < 0).map(Math.abs)),
          over_10ms: pauses.filter((d) => d > 10).length,
        },
        commits: {
          count: commitMs.length,
          p50_ms: percentile(commitMs, 50),
          p99_ms: percentile(commitMs, 99),
          max_ms: Math.max(0, ...commitMs),
          over_10ms: commitMs.filter((d) => d > 10).length,
          total_ms: sum(commitMs),
          share_of_wall: sum(commitMs) / (seconds * 1000),
        },
        // What reached the disk as a commit of its own, each with its fsync: COMMIT statements and lone writes.
        all_commits: commitRuns + [...autocommits.values()].reduce((n, v) => n + v.count, 0),
        group_commits: commits.commits - groupCommitsBefore,
        own_transactions: commitRuns - (commits.commits - groupCommitsBefore),
        autocommitted_writes: Object.fromEntries([...autocommits].sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => [k, { count: v.count, ms: Math.round(v.ms) }])),
        stalls_over_40ms: stalls.length,
        longest_stalls: longest.map((s) => ({ at_s: +(s.at / 1000).toFixed(2), ms: Math.round(s.ms), commits_ms: Math.round(inside(slowCommits, s)), gc_ms: Math.round(inside(slowGc, s)) })),
        tail: {
          p99_ms: p99,
          updates: tail.length,
          waiting_for_own_chat_ms: sum(ownChat) / tail.length,
          handling_ms: sum(handling) / tail.length,
          steps,
        },
        all_handling_p50_ms: percentile(
          handled.map((h) => h.ended - Math.max(h.started, h.at)),
          50,
        ),
        all_handling_p99_ms: percentile(
          handled.map((h) => h.ended - Math.max(h.started, h.at)),
          99,
        ),
      };
    },
  };
}
