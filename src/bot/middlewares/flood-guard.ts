import { limit } from "@grammyjs/ratelimiter";
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "#src/bot/context.js";
import { pieceOf } from "#src/bot/features/requests/message-pieces.js";

/**
 * A resident sending more than `perMinute` updates a minute is slowed down with one polite
 * notice. Messages beyond the limit are not relayed, but one meant for an open request is
 * still saved to it, so nothing they said is lost — up to what one person may store
 * (STORED_PER_REQUEST, STORED_PER_DAY): beyond that nothing is saved, and they and staff
 * are told once, so one resident cannot fill the disk or the staff's screens.
 */
export function floodGuard(perMinute: number): MiddlewareFn<BotContext> {
  const noticed = new Map<number, number>();
  return limit<BotContext, never>({
    timeFrame: 60_000,
    limit: perMinute,
    alwaysReply: true,
    keyGenerator: (ctx) => (ctx.chat?.type === "private" && ctx.from ? String(ctx.from.id) : undefined),
    onLimitExceeded: async (ctx) => {
      const id = ctx.from!.id;
      const now = ctx.deps.clock.now().getTime();
      const open = ctx.message ? ctx.deps.services.requests.openFor(id) : undefined;
      if (open && ctx.message && !ctx.message.text?.startsWith("/")) {
        // Saved, not relayed: past the limit one resident's messages must not fill the group's twenty posts a minute
        // and push another resident's back (staff read them with /request, as their note says).
        const incoming = ctx.deps.services.requests.incoming(open.id, pieceOf(ctx.message), { sourceMessageId: ctx.message.message_id, relay: false });
        if (!incoming.stored) return ctx.deps.board.storageRefused(open, incoming, ctx.api);
      }
      if ((noticed.get(id) ?? 0) > now) return;
      // Entries of people who calmed down go, so the map stays as small as the current flood.
      for (const [who, until] of noticed) if (until <= now) noticed.delete(who);
      noticed.set(id, now + 60_000);
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("slow-down") }).catch(() => undefined);
      else await ctx.reply(ctx.t("slow-down")).catch(() => undefined);
      if (open) {
        await ctx.deps.board.say(open, ctx.deps.italian("flood-guard-slowed", { request: String(open.id) }));
      }
    },
  }) as MiddlewareFn<BotContext>;
}
