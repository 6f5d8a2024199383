import type { MiddlewareFn } from "grammy";
import type { Clock } from "#src/clock.js";
import type { BotContext } from "#src/bot/context.js";

/** What the bot tells the process's metrics (server/metrics.ts implements it): updates by type, errors, the last update. */
export interface UpdateMetrics {
  updates: { inc(labels: { type: string }): void };
  errors: { inc(): void };
  lastUpdateAt: Date | undefined;
}

/** Counts updates by type and remembers when the last one came, for /metrics and /healthz. */
export function countUpdates(metrics: UpdateMetrics, clock: Clock): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    metrics.updates.inc({ type: updateType(ctx.update) ?? "unknown" });
    metrics.lastUpdateAt = clock.now();
    return next();
  };
}

/** "message", "callback_query", …: the update's one field besides its id. */
export function updateType(update: object): string | undefined {
  return Object.keys(update).find((k) => k !== "update_id");
}
