import type { MiddlewareFn } from "grammy";
import type { Clock } from "#src/clock.js";
import type { DeferredUpdates } from "#src/delivery/deferred-updates.js";
import type { Repositories } from "#src/db/repositories/index.js";
import type { BotContext } from "#src/bot/context.js";

/**
 * Each update is handled once: it is claimed in the inbox (journaled there already when it came
 * by polling or webhook) and marked done when its handling ends. A redelivery, or a copy still in
 * hand, is dropped; an update a crash left unfinished stays claimable by the restart's replay, and
 * one that met Telegram trouble goes back in the inbox to be handled again a little later.
 */
export function inboxGate(inbox: Repositories["inbox"], clock: Clock, deferred: DeferredUpdates): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const id = ctx.update.update_id;
    if (!inbox.claim(ctx.update, clock.now())) return;
    const behind = inbox.deferredBefore(ctx.update);
    if (behind) {
      // An earlier update of this chat waits for Telegram: this one waits behind it, in order.
      inbox.deferTo(id, behind);
      return inbox.committed();
    }
    try {
      await next();
    } finally {
      // Deferred (Telegram was down for this one): back in the inbox, to run again after a pause.
      if (deferred.take(ctx.update, ctx.chat?.id)) inbox.defer(id, clock.now());
      else inbox.done(id, clock.now());
    }
    // The update ends when what it wrote is committed (with the other updates of its turn).
    await inbox.committed();
  };
}
