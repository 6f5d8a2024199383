import { Composer } from "grammy";
import type { BotContext } from "#src/bot/context.js";
import { showMenu } from "./menu/entries.js";

/** Last in line: whatever nobody else handled gets a clear answer, never silence. */
export const fallbackFeature = new Composer<BotContext>();
const privateChat = fallbackFeature.chatType("private");

privateChat.on("edited_message", (ctx) => ctx.reply(ctx.t("input-edited")));
privateChat.on("message:sticker", (ctx) => ctx.reply(ctx.t("input-sticker")));
privateChat.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("button-expired") }));
privateChat.on("message", showMenu);
