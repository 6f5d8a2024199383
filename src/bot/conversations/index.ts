import { Feature } from "#src/bot/middlewares/flat-composer.js";
import { type Conversation, createConversation } from "@grammyjs/conversations";
import { isTransient } from "#src/delivery/api-retry.js";

import type { BotContext, FlowContext } from "#src/bot/context.js";
import { bookTutoring } from "./book-tutoring.js";
import { fileRequest } from "./file-request.js";
import { newSession } from "./new-session.js";
import { newAnnouncement } from "#src/bot/features/neighbourhood/compose.js";
import { reportProblem } from "#src/bot/features/neighbourhood/report-problem.js";
import { readLetter } from "./read-letter.js";
import { correctLetterFact } from "#src/bot/features/letters/correct-fact.js";
import { participantSheet } from "#src/bot/features/participants/sheet-flow.js";
import { deskSheet } from "#src/bot/features/participants/desk-sheet.js";

/**
 * Every multi-step flow, registered in one place: a waiting flow gets the update before the
 * features, and features further down can enter any of them.
 */
export const flows = new Feature<BotContext>();
flows.use(createConversation<BotContext, FlowContext>(durable(fileRequest), "fileRequest"));
flows.use(createConversation<BotContext, FlowContext>(durable(bookTutoring), "bookTutoring"));
flows.use(createConversation<BotContext, FlowContext>(durable(newSession), "newSession"));
flows.use(createConversation<BotContext, FlowContext>(durable(newAnnouncement), "newAnnouncement"));
flows.use(createConversation<BotContext, FlowContext>(durable(reportProblem), "reportProblem"));
flows.use(createConversation<BotContext, FlowContext>(durable(readLetter), "readLetter"));
flows.use(createConversation<BotContext, FlowContext>(durable(correctLetterFact), "correctLetterFact"));
flows.use(createConversation<BotContext, FlowContext>(durable(participantSheet), "participantSheet"));
flows.use(createConversation<BotContext, FlowContext>(durable(deskSheet), "deskSheet"));

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
