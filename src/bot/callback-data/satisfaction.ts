import { SATISFACTION_ANSWERS, type SatisfactionAnswer } from "../../domain/service-levels.js";
import { callbackData, coded, int } from "./define.js";

/** "Did we help you?" after a close: 😊 yes / 😐 partly / 🙁 no, each written by its first letter. */
export const satisfactionAnswer = callbackData("sat", {
  answer: coded(Object.fromEntries(SATISFACTION_ANSWERS.map((a) => [a, a[0]!])) as Record<SatisfactionAnswer, string>),
  requestId: int,
});
