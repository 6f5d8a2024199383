import type { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { Actor } from "#src/db/repositories/audit.js";
import type { Request, StaffResult } from "#src/domain/requests/model.js";
import type { BaseContext } from "#src/bot/context.js";
import { staffSessionTime } from "#src/text/dates.js";
import { splitText, TELEGRAM_TEXT_LIMIT } from "#src/text/format.js";
import type { Italian } from "#src/text/staff-text.js";

/** Pieces shorter than Telegram's limit by the room the HTML markup takes. */
const ANSWER_LIMIT = TELEGRAM_TEXT_LIMIT - 96;

/** Answers a staff command where it was given (topic, group or private chat), in as many messages as it needs. */
export async function answer(ctx: BaseContext, html: string, kb?: InlineKeyboard): Promise<Message[]> {
  const parts = splitText(html, ANSWER_LIMIT);
  const sent: Message[] = [];
  for (const [i, part] of parts.entries()) {
    sent.push(await ctx.reply(part, { parse_mode: "HTML", ...(kb && i === parts.length - 1 ? { reply_markup: kb } : {}) }));
  }
  return sent;
}

/** The number a staff command is about ("/roster 12", "/take #42 …"), if its first word is one. */
export function parseId(text: string | undefined): number | undefined {
  const n = Number(text?.trim().replace(/^#/, "").split(/\s+/)[0]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The request whose topic a staff message was written in, if it was written in one (topic ids are per team's group). */
export function requestInTopic(ctx: BaseContext): Request | undefined {
  const thread = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
  const team = ctx.deps.services.teams.byChat(ctx.chat?.id);
  return thread && team ? ctx.deps.services.requests.byTopic(team.id, thread) : undefined;
}

/** The request a staff command is about: the number after it ("/close 42"), else the topic it was given in. */
export function requestIdOf(ctx: BaseContext, args: string): number | undefined {
  return parseId(args) ?? requestInTopic(ctx)?.id;
}

/** Why an action on a request (take, close, reopen, note, a button on its card) did nothing. */
export function refusal(italian: Italian, reason: Exclude<StaffResult, { ok: true }>["reason"]): string {
  const why = {
    "not-found": italian("desk-refusal-not-found"),
    "already-closed": italian("desk-refusal-already-closed"),
    "not-closed": italian("desk-refusal-not-closed"),
    "already-taken-by-you": italian("desk-refusal-already-taken-by-you"),
  };
  return why[reason];
}

/** The staff member acting, as the audit trail records them. */
export function actorOf(ctx: BaseContext): Actor {
  const from = ctx.from!;
  return { id: from.id, name: [from.first_name, from.last_name].filter(Boolean).join(" ").slice(0, 64) };
}

/** An activity's name as staff read it (Italian). */
export function activityName(ctx: BaseContext, activityId: string): string {
  return ctx.deps.italian(`act-${activityId}`);
}

/** "mer 02/12, 17:30": when a session starts, on staff lists and rosters. */
export function sessionTime(ctx: BaseContext, date: Date): string {
  return staffSessionTime(date, ctx.deps.config.timezone);
}
