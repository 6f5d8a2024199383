import type { Clock } from "#src/clock.js";
import type { Logger } from "#src/logger.js";
import { type Generation, listGenerations, litestreamBinary } from "./litestream.js";

/** Where Litestream's configuration is and when the replica counts as behind (config: LITESTREAM_CONFIG, ...). */
export interface ReplicaSettings {
  configPath: string;
  databasePath: string;
  /** Behind beyond this lag (REPLICA_MAX_LAG_SECONDS). */
  maxLagSeconds: number;
  /** How often the replica is read (REPLICA_CHECK_SECONDS). */
  checkSeconds: number;
  bin?: string;
}

/**
 * - off: no replica configured (the desk runs without Litestream);
 * - unknown: not read yet;
 * - ok / behind: the replica's lag is within REPLICA_MAX_LAG_SECONDS, or beyond it;
 * - failing: the replica cannot be read, or holds nothing of this database.
 */
export type ReplicaState = "off" | "unknown" | "ok" | "behind" | "failing";

export interface ReplicaStatus {
  state: ReplicaState;
  /** How much of the database's latest changes the replica lacks, in time (0 when it has them all). */
  lagSeconds: number | null;
  replica: string | null;
  generation: string | null;
  /** The replica's last write. */
  replicatedAt: Date | null;
  checkedAt: Date | null;
  error: string | null;
}

type Lister = (bin: string, configPath: string, databasePath: string) => Promise<Generation[]>;

const OFF: ReplicaStatus = { state: "off", lagSeconds: null, replica: null, generation: null, replicatedAt: null, checkedAt: null, error: null };

/**
 * Reads the replica's lag with `litestream generations` every REPLICA_CHECK_SECONDS: Litestream's own measure, the
 * database's last change (file or WAL) minus the replica's last write. While Litestream keeps up it stays near zero
 * even on a quiet desk; when it stops, or the storage refuses it, the lag grows with every change the desk makes.
 * With several replicas the worst one counts.
 */
export class ReplicaMonitor {
  private current: ReplicaStatus;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<ReplicaStatus> | undefined;

  constructor(
    private readonly settings: ReplicaSettings | undefined,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly list: Lister = listGenerations,
  ) {
    this.current = settings ? { ...OFF, state: "unknown" } : OFF;
  }

  status(): ReplicaStatus {
    return this.current;
  }

  /** Reads the replica now (one read at a time: a slow S3 never stacks reads up). */
  check(): Promise<ReplicaStatus> {
    if (!this.settings) return Promise.resolve(this.current);
    this.checking ??= this.read(this.settings).finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  start(): void {
    if (!this.settings || this.timer) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.settings.checkSeconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async read(settings: ReplicaSettings): Promise<ReplicaStatus> {
    const checkedAt = this.clock.now();
    let next: ReplicaStatus;
    try {
      const bin = settings.bin ?? litestreamBinary();
      next = judge(await this.list(bin, settings.configPath, settings.databasePath), settings.maxLagSeconds, checkedAt);
    } catch (error) {
      next = { ...OFF, state: "failing", checkedAt, error: (error as Error).message };
    }
    if (next.state !== this.current.state && (next.state === "behind" || next.state === "failing")) {
      this.logger.warn({ replica: next.replica, lagSeconds: next.lagSeconds, error: next.error }, "the database's replica is behind or unreadable");
    } else if (next.state === "ok" && (this.current.state === "behind" || this.current.state === "failing")) {
      this.logger.info({ replica: next.replica, lagSeconds: next.lagSeconds }, "the database's replica has caught up");
    }
    this.current = next;
    return next;
  }
}

/** Each replica's newest generation is what it holds now; the worst replica decides. */
export function judge(generations: Generation[], maxLagSeconds: number, checkedAt: Date): ReplicaStatus {
  const newest = new Map<string, Generation>();
  for (const g of generations) {
    const seen = newest.get(g.replica);
    if (!seen || g.end > seen.end) newest.set(g.replica, g);
  }
  const worst = [...newest.values()].sort((a, b) => b.lagMs - a.lagMs)[0];
  if (!worst) return { ...OFF, state: "failing", checkedAt, error: "the replica holds no copy of the database yet" };
  const lagSeconds = Math.max(0, worst.lagMs) / 1000;
  return {
    state: lagSeconds > maxLagSeconds ? "behind" : "ok",
    lagSeconds,
    replica: worst.replica,
    generation: worst.generation,
    replicatedAt: worst.end,
    checkedAt,
    error: null,
  };
}

/** The status as /healthz shows it. */
export function replicaJson(s: ReplicaStatus) {
  return {
    state: s.state,
    lagSeconds: s.lagSeconds,
    replica: s.replica,
    generation: s.generation,
    replicatedAt: s.replicatedAt?.toISOString() ?? null,
    checkedAt: s.checkedAt?.toISOString() ?? null,
    error: s.error,
  };
}
