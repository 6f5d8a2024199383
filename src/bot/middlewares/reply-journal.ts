import type { MiddlewareFn } from "grammy";
import type { DeferredUpdates } from "#src/delivery/deferred-updates.js";
import type { ReplyJournal } from "#src/delivery/reply-journal.js";
import type { BotContext } from "#src/bot/context.js";

/**
 * Handles the update with its sends journaled; once it is done with (not deferred), its journal goes. A deferred
 * update keeps it, so its rerun gets what the first run sent instead of sending it again.
 */
export function journalReplies(journal: ReplyJournal, deferred: DeferredUpdates): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    try {
      await journal.run(ctx.update.update_id, () => next());
    } finally {
      if (!deferred.pending(ctx.update, ctx.chat?.id)) journal.forget(ctx.update.update_id);
    }
  };
}
