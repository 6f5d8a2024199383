import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Clock } from "#src/clock.js";
import type { Repositories } from "#src/db/repositories/index.js";
import type { EngineStatus } from "#src/domain/conversation-translation.js";
import type { ReplicaStatus } from "#src/replica/replica-monitor.js";

/** Prometheus figures of one desk: a registry of its own, so tests and processes never share state. */
export class DeskMetrics {
  readonly registry = new Registry();
  readonly updates = new Counter({
    name: "noi_desk_updates_total",
    help: "Telegram updates handled, by type",
    labelNames: ["type"],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: "noi_desk_update_errors_total",
    help: "Updates whose handling failed",
    registers: [this.registry],
  });
  readonly dispatchLatency = new Histogram({
    name: "noi_desk_outbox_dispatch_latency_seconds",
    help: "From a message's due time to its delivery to Telegram",
    buckets: [0.1, 0.5, 1, 2, 5, 15, 60, 300],
    registers: [this.registry],
  });
  lastUpdateAt: Date | undefined;

  constructor(repos: Repositories, clock: Clock) {
    const registry = this.registry;
    new Gauge({
      name: "noi_desk_outbox_messages",
      help: "Outbox rows by status",
      labelNames: ["status"],
      registers: [registry],
      collect() {
        for (const [status, n] of Object.entries(repos.outbox.counts())) this.set({ status }, n);
      },
    });
    new Gauge({
      name: "noi_desk_group_outbox_depth",
      help: "Posts waiting to go into operator groups",
      registers: [registry],
      collect() {
        this.set(repos.outbox.groupBacklog().count);
      },
    });
    new Gauge({
      name: "noi_desk_group_outbox_oldest_seconds",
      help: "Age of the oldest post waiting to go into an operator group (0 when none waits)",
      registers: [registry],
      collect() {
        const oldest = repos.outbox.groupBacklog().oldest;
        this.set(oldest ? Math.max(0, (clock.now().getTime() - oldest.getTime()) / 1000) : 0);
      },
    });
    new Gauge({
      name: "noi_desk_inbox_unfinished",
      help: "Updates journaled and not yet handled",
      registers: [registry],
      collect() {
        this.set(repos.inbox.backlog().count);
      },
    });
    new Gauge({
      name: "noi_desk_requests_open",
      help: "Listening-desk requests not yet closed",
      registers: [registry],
      collect() {
        const c = repos.requests.countByStatus(clock.now());
        this.set(c.open + c.taken);
      },
    });
  }

  /** Each engine's state (1 working, 0 failing, -1 not called yet), last latency, calls, failures by kind, cache hits. */
  watchEngines(status: () => EngineStatus[]): void {
    const registers = [this.registry];
    const labelNames = ["role", "engine"] as const;
    new Gauge({
      name: "noi_desk_engine_up",
      help: "Translation or transcription engine: 1 working, 0 failing, -1 not called yet",
      labelNames,
      registers,
      collect() {
        for (const s of status()) this.set({ role: s.role, engine: s.engine }, s.state === "ok" ? 1 : s.state === "failing" ? 0 : -1);
      },
    });
    new Gauge({
      name: "noi_desk_engine_latency_seconds",
      help: "Duration of the engine's last call",
      labelNames,
      registers,
      collect() {
        for (const s of status()) if (s.lastLatencyMs !== null) this.set({ role: s.role, engine: s.engine }, s.lastLatencyMs / 1000);
      },
    });
    new Gauge({
      name: "noi_desk_engine_calls",
      help: "Engine calls since start",
      labelNames,
      registers,
      collect() {
        for (const s of status()) this.set({ role: s.role, engine: s.engine }, s.calls);
      },
    });
    new Gauge({
      name: "noi_desk_engine_failures",
      help: "Failed engine calls since start, by kind (timeout, unavailable, quota, ...)",
      labelNames: ["role", "engine", "kind"],
      registers,
      collect() {
        for (const s of status()) for (const [kind, n] of Object.entries(s.failures)) this.set({ role: s.role, engine: s.engine, kind }, n ?? 0);
      },
    });
    new Gauge({
      name: "noi_desk_translation_cache_hits",
      help: "Translations answered from the cache since start",
      labelNames,
      registers,
      collect() {
        for (const s of status()) if (s.role === "translation") this.set({ role: s.role, engine: s.engine }, s.cacheHits);
      },
    });
  }

  /** Litestream's replica: its lag and whether it keeps up (1), is behind or unreadable (0), or is not read yet (-1). */
  watchReplica(status: () => ReplicaStatus): void {
    new Gauge({
      name: "noi_desk_replica_up",
      help: "The database's replica off the machine: 1 within REPLICA_MAX_LAG_SECONDS, 0 behind or unreadable, -1 not read yet (only when the desk runs under Litestream)",
      registers: [this.registry],
      collect() {
        const s = status();
        this.set(s.state === "ok" ? 1 : s.state === "unknown" ? -1 : 0);
      },
    });
    new Gauge({
      name: "noi_desk_replica_lag_seconds",
      help: "How far the replica is behind the database (its last change minus the replica's last write), as last read",
      registers: [this.registry],
      collect() {
        // NaN (Prometheus' "no value") until the replica has been read, or while it cannot be.
        this.set(status().lagSeconds ?? Number.NaN);
      },
    });
  }
}
