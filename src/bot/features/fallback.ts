import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { BotContext } from "#src/bot/context.js";
import { showMenu } from "./menu/entries.js";
import { answerOldButton } from "./old-buttons/answer.js";

/** Last in line: whatever nobody else handled gets a clear answer, never silence. */
export const fallbackFeature = new Feature<BotContext>();
const privateChat = fallbackFeature.chatType("private");

privateChat.on("edited_message", (ctx) => ctx.reply(ctx.t("input-edited")));
privateChat.on("message:sticker", (ctx) => ctx.reply(ctx.t("input-sticker")));
// A button no feature took (a step of a flow that has ended): this step is done, and what became of it.
privateChat.on("callback_query", answerOldButton);
privateChat.on("message", showMenu);
