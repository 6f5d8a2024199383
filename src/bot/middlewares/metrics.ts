import type { MiddlewareFn } from "grammy";
import type { Clock } from "#src/clock.js";
import type { DeskMetrics } from "#src/server/metrics.js";
import type { BotContext } from "#src/bot/context.js";

/** Counts updates by type and remembers when the last one came, for /metrics and /healthz. */
export function countUpdates(metrics: DeskMetrics, clock: Clock): MiddlewareFn<BotContext> {
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
