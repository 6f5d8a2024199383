import type { ErrorHandler } from "grammy";
import { isTransient } from "#src/delivery/api-retry.js";
import type { Logger } from "#src/logger.js";
import type { BotContext } from "#src/bot/context.js";
import { type UpdateMetrics, updateType } from "./metrics.js";

/** An error in one update is logged with context and never stops the bot; the resident gets an apology. */
export function apologise(logger: Logger, metrics: UpdateMetrics, feature: string): ErrorHandler<BotContext> {
  return async (error) => {
    const ctx = error.ctx;
    if (isTransient(error.error) && ctx.deps) {
      // Telegram trouble, not ours: the update runs again shortly and the resident gets their
      // real answer then, instead of an apology that would likely fail too.
      ctx.deps.deferred.update(ctx.update.update_id);
      logger.warn({ updateId: ctx.update.update_id, feature, err: (error.error as Error)?.message }, "update deferred: Telegram unavailable");
      return;
    }
    metrics.errors.inc();
    logger.error(
      {
        updateId: ctx.update.update_id,
        chatId: ctx.chat?.id,
        updateType: updateType(ctx.update),
        feature,
        err: { name: (error.error as Error)?.name, message: (error.error as Error)?.message, stack: (error.error as Error)?.stack },
      },
      "update failed",
    );
    if (ctx.chat?.type === "private") {
      await ctx.reply(ctx.t("error-apology")).catch(() => undefined);
    }
  };
}
