import { callbackData, coded, int, oneOf } from "./define.js";

/** The resident's steps while sending a letter's pages: all sent, or never mind. */
export const letterPages = callbackData("lp", { step: oneOf(["done", "cancel"]) });

/** Staff check one fact of a letter: right or wrong (by its place in the letter's list of facts). */
export const letterCheck = callbackData("lc", { letterId: int, index: int, verdict: coded({ right: "y", wrong: "n" }) });

/** Staff type the right value of one fact (a date, a sum, a code): the press opens a short form for the value. */
export const letterCorrect = callbackData("lx", { letterId: int, index: int });

/** The form's way out, before a value was typed. */
export const letterCorrectCancel = callbackData("f:lxc");
