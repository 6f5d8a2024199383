import { ANSWERS, type Answer, ASKED, DECLINED, type Indicator, type ParticipantsSpec, type Question, SENSITIVE } from "./indicators.js";

/** Whom a sheet is about: the person in the chat, or a child a parent booked (the parent answers for them). */
export type Subject = { kind: "self" } | { kind: "child"; key: string; name: string };

/** The key of a sheet: '' for the person themselves, the child's seat key (their lower-cased first name) for a child. */
export const subjectKey = (subject: Subject) => (subject.kind === "child" ? subject.key : "");

/** What one sheet holds: a value, "declined", or nothing (not asked: the desk does not collect it). */
export type SheetAnswers = { [Q in Question]?: Answer<Q> };

/**
 * The questions of the sheet for this subject, in order. The labour status of a child is not asked: a child at school
 * is outside the labour force, which Annex I counts as inactive. The special categories come last, after their own
 * explicit consent. "How long without work" follows only an "unemployed" answer (see `follows`).
 */
export function questionsFor(spec: ParticipantsSpec, subject: Subject): Question[] {
  const on = (i: Indicator) => spec.indicators.includes(i) && ASKED.includes(i);
  const plain = ASKED.filter((i) => on(i) && !SENSITIVE.includes(i) && i !== "gender" && !(i === "labour" && subject.kind === "child"));
  const questions: Question[] = [];
  if (on("gender")) questions.push("gender");
  for (const i of plain) {
    questions.push(i as Question);
    if (i === "labour") questions.push("joblessFor");
  }
  return questions;
}

/** The special categories this desk asks (GDPR art. 9), each only after an explicit yes. */
export function sensitiveQuestions(spec: ParticipantsSpec): Question[] {
  return SENSITIVE.filter((i) => spec.indicators.includes(i)) as Question[];
}

/** Whether a question is asked given the answers so far: how long without work only after "unemployed". */
export function follows(question: Question, answers: SheetAnswers): boolean {
  return question !== "joblessFor" || answers.labour === "unemployed";
}

/** An answer is one of the question's values or "declined"; anything else (a forged button) is refused. */
export function isAnswer<Q extends Question>(question: Q, value: string): value is Answer<Q> {
  return value === DECLINED || (ANSWERS[question] as readonly string[]).includes(value);
}
