import { SATISFACTION_ANSWERS, type SatisfactionAnswer } from "#src/domain/service-levels.js";
import { callbackData, coded, int, oneOf } from "./define.js";

/** "Did we help you?" after a close: 😊 yes / 😐 partly / 🙁 no, each written by its first letter. */
export const satisfactionAnswer = callbackData("sat", {
  answer: coded(Object.fromEntries(SATISFACTION_ANSWERS.map((a) => [a, a[0]!])) as Record<SatisfactionAnswer, string>),
  requestId: int,
});

/** After a 🙁 or 😐 answer (or a comment after one): reopen the request, or leave it closed. */
export const satisfactionReopen = callbackData("sro", { answer: oneOf(["reopen", "no"]), requestId: int });
