import { Api, type ApiClientOptions, type MiddlewareFn, type Transformer } from "grammy";
import type { DeferredUpdates } from "#src/delivery/deferred-updates.js";
import type { FlowSends } from "#src/delivery/flow-sends.js";
import type { ReplyJournal } from "#src/delivery/reply-journal.js";
import type { BotContext } from "#src/bot/context.js";

/** What the Api that replies to an update is made of. */
export interface UpdateApiParts {
  token: string;
  client: ApiClientOptions;
  /** The bot's transformers, with the journal's place among them (ReplyJournal.place). */
  transformers: Transformer[];
  journal: ReplyJournal;
  flowSends: FlowSends;
}

/**
 * Handles the update with its sends journaled; once it is done with (not deferred), its journal goes. A deferred
 * update keeps it, so its rerun gets what the first run sent instead of sending it again.
 *
 * The update's Api (ctx.api) is made here: the bot's transformers, in the same order, with this run's journal in
 * its place, on a fetch of the update's own that settles its flows' lost sends (FlowSends; each flow's Api is made on
 * the same client options). Whatever sends a message for the update goes through it — the handlers' replies, and
 * the operator board's direct sends, which take it as an argument — so the run travels in closures, not in an
 * AsyncLocalStorage (which would switch on Node's promise hooks for every promise).
 */
export function journalReplies(parts: UpdateApiParts, deferred: DeferredUpdates): MiddlewareFn<BotContext> {
  const { token, client, transformers, journal, flowSends } = parts;
  const at = transformers.indexOf(journal.place);
  if (at < 0) throw new Error("the reply journal has no place among the bot's transformers");
  const before = transformers.slice(0, at);
  const after = transformers.slice(at + 1);
  const inner = (client.fetch ?? fetch) as unknown as typeof fetch;
  return async (ctx, next) => {
    const run = journal.start(ctx.update.update_id);
    const api = new Api(token, { ...client, fetch: flowSends.fetchFor(inner) as never });
    api.config.use(...before, journal.during(run), ...after);
    (ctx as { api: Api }).api = api;
    try {
      await next();
    } finally {
      if (!deferred.pending(ctx.update, ctx.chat?.id)) journal.forget(ctx.update.update_id);
    }
  };
}
