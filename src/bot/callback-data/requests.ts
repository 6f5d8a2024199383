import { CATEGORIES } from "#src/domain/requests/model.js";
import { callbackData, int, oneOf } from "./define.js";

/** A request's topic, the first step of the form. */
export const category = callbackData("cat", { category: oneOf(CATEGORIES) });

/** After a closed request: "I still need help" (reopens) or "just thanks", about the message held back. */
export const closedReply = callbackData("cr", { answer: oneOf(["help", "thanks"]), messageRowId: int });

/** "Send this to the desk?" about a message sent outside any form. */
export const heldAnswer = callbackData("hm", { answer: oneOf(["yes", "no", "letter"]) });

/** /start, /menu or /language in the middle of a form: continue it or discard it. */
export const unfinishedAnswer = callbackData("uf", { choice: oneOf(["continue", "discard"]) });
