import type { MiddlewareFn } from "grammy";
import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { type Conversation, createConversation } from "@grammyjs/conversations";
import { isTransient } from "#src/delivery/api-retry.js";

import type { BotContext, FlowContext } from "#src/bot/context.js";
import { bookTutoring } from "./book-tutoring.js";
import { REQUEST_FORM, requestFormOpen, requestFormStep } from "./file-request.js";
import { newSession } from "./new-session.js";
import { newAnnouncement } from "#src/bot/features/neighbourhood/compose.js";
import { reportProblem } from "#src/bot/features/neighbourhood/report-problem.js";
import { readLetter } from "./read-letter.js";
import { correctLetterFact } from "#src/bot/features/letters/correct-fact.js";
import { participantSheet } from "#src/bot/features/participants/sheet-flow.js";
import { deskSheet } from "#src/bot/features/participants/desk-sheet.js";

/** Every multi-step flow, in the order a waiting one gets the update. */
const FLOWS: Array<{ id: string; middleware: MiddlewareFn<BotContext> }> = [
  [REQUEST_FORM, requestFormOpen],
  ["bookTutoring", bookTutoring],
  ["newSession", newSession],
  ["newAnnouncement", newAnnouncement],
  ["reportProblem", reportProblem],
  ["readLetter", readLetter],
  ["correctLetterFact", correctLetterFact],
  ["participantSheet", participantSheet],
  ["deskSheet", deskSheet],
].map(([id, flow]) => ({ id: id as string, middleware: createConversation<BotContext, FlowContext>(durable(flow as Flow), id as string) }));

/**
 * Every multi-step flow, registered in one place: a waiting flow gets the update before the features, and features
 * further down can enter any of them.
 *
 * The plugin's own way is one middleware per flow on every update, each registering its flow and building its
 * closures before it learns that no flow of its kind waits — nine per update, most updates in no flow at all (a
 * fifth of what the plugin allocated, bench/ with a heap profile). Here only the flows that wait run, in the same
 * order; the others are registered when a feature enters one (the plugin must know a flow before entering it), by
 * running their middleware then, which finds nothing waiting and registers it as it always did.
 */
export const flows = new Feature<BotContext>();
flows.use((ctx, next) => {
  const conversation = ctx.conversation;
  let registered = 0;
  const enter = conversation.enter;
  conversation.enter = async (id: string, ...args: unknown[]) => {
    const i = FLOWS.findIndex((f) => f.id === id);
    if (i >= 0 && !(registered & (1 << i))) {
      registered |= 1 << i;
      await FLOWS[i]!.middleware(ctx, async () => {});
    }
    await enter(id, ...(args as []));
  };
  // The flows after the i-th: made outside the loop, where a closure would cost a context for every flow looked at.
  const after = (i: number) => () => from(i + 1);
  const from = (start: number): Promise<void> => {
    for (let i = start; i < FLOWS.length; i++) {
      if (conversation.active(FLOWS[i]!.id) === 0) continue;
      // The request form reads its updates itself: its flow only says it is open (see file-request).
      if (FLOWS[i]!.id === REQUEST_FORM) return requestFormStep(ctx, after(i));
      registered |= 1 << i;
      return Promise.resolve(FLOWS[i]!.middleware(ctx, after(i))).then(() => undefined);
    }
    return next();
  };
  return from(0);
});

// Each flow takes its own arguments (a held message, …).
type Flow = (conversation: Conversation<BotContext, FlowContext>, ctx: FlowContext, ...args: any[]) => Promise<unknown>;

/**
 * A flow that meets Telegram trouble (after the retries) does not end and lose the draft: this
 * update is skipped — the flow stays where it was — and the inbox hands it over again shortly.
 */
function durable(flow: Flow): Flow {
  return async (conversation, ctx, ...args) => {
    try {
      return await flow(conversation, ctx, ...args);
    } catch (error) {
      if (!isTransient(error)) throw error;
      // This ctx is the one that entered the flow: the update in hand is known by its chat.
      ctx.deps.deferred.chat(ctx.chat!.id);
      ctx.deps.logger.warn({ chatId: ctx.chat!.id, err: (error as Error).message }, "flow step deferred: Telegram unavailable");
      return conversation.skip({ next: false });
    }
  };
}
