import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import type { BotContext, FlowContext } from "../context.js";
import { fileRequest } from "./file-request.js";

/**
 * Every multi-step flow, registered in one place: a waiting flow gets the update before the
 * features, and features further down can enter any of them.
 */
export const flows = new Composer<BotContext>();
flows.use(createConversation<BotContext, FlowContext>(fileRequest, "fileRequest"));
