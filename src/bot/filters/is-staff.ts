import type { CallbackQueryContext, CommandContext, Composer, Middleware, MiddlewareFn } from "grammy";
import type { BotContext } from "#src/bot/context.js";
import { inStaffChat } from "./in-operator-group.js";

/**
 * Staff functions answer members of an operator group (a team's, or the coordinators') only, wherever they are
 * asked; what touches one request answers only its team (filters/team-access.ts). Anyone else gets a clear refusal
 * (on a button, or in a private chat; silence in a group) and nothing changes.
 */
export async function admitStaff(ctx: BotContext): Promise<boolean> {
  if (ctx.from && (await ctx.deps.staff.isStaff(ctx.from.id))) return true;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("staff-only"), show_alert: true });
  else if (ctx.chat?.type === "private") await ctx.reply(ctx.t("staff-only"));
  return false;
}

/** The guard as middleware: the handlers after it run for staff only; anyone else stops here, refused. */
export const isStaff: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (await admitStaff(ctx)) await next();
};

type MaybeArray<T> = T | T[];

/**
 * The staff side of a feature's composer: every command and button registered through it checks
 * membership first, once it is known the update is for that handler (a resident's message never
 * costs a membership lookup). Commands are taken in a staff group or a private chat.
 */
export function staffOnly(composer: Composer<BotContext>) {
  const staffChats = composer.filter(inStaffChat);
  return {
    command: (command: MaybeArray<string>, ...handlers: Array<Middleware<CommandContext<BotContext>>>) =>
      staffChats.command(command, isStaff, ...handlers),
    callbackQuery: (data: RegExp, ...handlers: Array<Middleware<CallbackQueryContext<BotContext>>>) =>
      composer.callbackQuery(data, isStaff, ...handlers),
  };
}
