import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { BotContext } from "#src/bot/context.js";
import { inOperatorGroup } from "#src/bot/filters/in-operator-group.js";
import { admitStaff } from "#src/bot/filters/is-staff.js";
import { mayHandle, teamHere } from "#src/bot/filters/team-access.js";
import { stripIsolation } from "#src/text/format.js";
import { kindOf } from "#src/bot/features/requests/message-pieces.js";
import { actorOf, requestInTopic } from "#src/bot/features/staff/replies.js";
import { languageWarning } from "./language-warning.js";

/**
 * Staff write to the resident: a message in a request's topic (or a reply to its card) goes to the person,
 * in their language; a line starting with "!" stays among colleagues as an internal note.
 */
export const repliesFeature = new Feature<BotContext>();

repliesFeature.filter(inOperatorGroup).on("message", async (ctx, next) => {
  const message = ctx.message;
  if (message.from.is_bot || message.text?.startsWith("/")) return next();
  const { requests } = ctx.deps.services;
  // Message ids are per group: a reply is looked up among this team's requests.
  const team = teamHere(ctx);
  const request =
    requestInTopic(ctx) ?? (message.reply_to_message && team ? requests.byGroupMessage(team.id, message.reply_to_message.message_id) : undefined);
  if (!request) return next();
  // Checked only now: group chatter that is about no request costs no membership lookup.
  if (!(await admitStaff(ctx)) || !(await mayHandle(ctx, request))) return;
  const said = message.text ?? message.caption;
  if (said?.startsWith("!")) {
    requests.note(request.id, actorOf(ctx), said.slice(1).trim(), message.message_id, message.chat.id);
    // Marked where it was written, so a note never looks like an answer the resident received.
    const marked = await ctx.api.sendMessage(message.chat.id, ctx.deps.italian("desk-note-saved", { id: String(request.id) }), {
      ...(message.is_topic_message ? { message_thread_id: message.message_thread_id } : {}),
      reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
    });
    ctx.deps.board.remember(request, [marked.message_id]);
    return;
  }
  const kind = kindOf(message);
  if (!message.text && !message.caption && kind === "other") return next();
  if (request.status === "closed") {
    return ctx.deps.board.sayNow(request, ctx.deps.italian("desk-write-closed", { id: String(request.id) }), ctx.api);
  }
  const prefix = stripIsolation(ctx.i18n.fluent.translate(ctx.deps.board.residentLocale(request), "relay-staff-prefix"));
  const delivery = await ctx.deps.board.relayOut(request, message, prefix, ctx.api);
  if ("held" in delivery) {
    // The language guarantee: staff are told before a text reaches the resident in a language they did not choose.
    const held = ctx.deps.services.languageGuarantee.hold(
      request.id,
      { chatId: message.chat.id, messageId: message.message_id, kind, text: delivery.said },
      actorOf(ctx),
      { reason: delivery.held, language: ctx.deps.board.residentLocale(request) },
    );
    const warning = languageWarning(ctx, request, held);
    const posted = await ctx.api.sendMessage(message.chat.id, warning.html, {
      parse_mode: "HTML",
      reply_markup: warning.keyboard,
      ...(message.is_topic_message ? { message_thread_id: message.message_thread_id } : {}),
      reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
    });
    ctx.deps.board.remember(request, [posted.message_id]);
    return;
  }
  if (delivery.ok) {
    requests.answered(request.id, actorOf(ctx), {
      kind,
      text: delivery.said ?? message.text ?? message.caption,
      groupMessageId: message.message_id,
      chatId: message.chat.id,
    });
    await ctx.deps.board.relayedAnswer(request, message.message_id, delivery);
  }
});
