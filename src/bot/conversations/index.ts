import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import type { BotContext, FlowContext } from "../context.js";
import { bookTutoring } from "./book-tutoring.js";
import { fileRequest } from "./file-request.js";
import { newSession } from "./new-session.js";

/**
 * Every multi-step flow, registered in one place: a waiting flow gets the update before the
 * features, and features further down can enter any of them.
 */
export const flows = new Composer<BotContext>();
flows.use(createConversation<BotContext, FlowContext>(fileRequest, "fileRequest"));
flows.use(createConversation<BotContext, FlowContext>(bookTutoring, "bookTutoring"));
flows.use(createConversation<BotContext, FlowContext>(newSession, "newSession"));
