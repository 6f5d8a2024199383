import { callbackData, coded, type Field, int } from "./define.js";

/**
 * Buttons of home visits. A press is input like any other: the feature checks who pressed it and the domain
 * checks the visit is still in the state the button was offered for.
 */

/** A proposal offers at most three windows, by their place in it. */
const windowPosition: Field<number> = { ...int, pattern: "[1-3]" };

// ------------------------------------------------------------ the resident's side

/** A window of a proposal (1–3). */
export const visitWindow = callbackData("vw", { visitId: int, position: windowPosition });

/** "None of these works". */
export const noWindowWorks = callbackData("vn", { visitId: int });

/** [OK] / [I can't] under a reminder. */
export const visitReminderAnswer = callbackData("vr", { answer: coded({ ok: "o", cant: "x" }), visitId: int });

/** After "not at home": another appointment, yes or no. */
export const visitAgainAnswer = callbackData("va", { answer: coded({ yes: "y", no: "n" }), visitId: int });

/** The resident's calendar file. */
export const residentCalendar = callbackData("vi", { visitId: int });

// ------------------------------------------------------------ staff's side

/** The card's "🏠 Visita": how to propose windows for this request. */
export const proposeVisit = callbackData("vp", { requestId: int });

/** The worker's list: done / not at home / to be moved. */
export const visitOutcome = callbackData("vo", { outcome: coded({ done: "d", "not-home": "n", rescheduled: "r" }), visitId: int });

/** The place on the map, when its coordinates are known. */
export const visitMap = callbackData("vm", { visitId: int });

/** The worker's calendar file. */
export const workerCalendar = callbackData("vk", { visitId: int });

/** "Not at home" and "to be moved" message the resident and cannot be undone: staff confirm (yes) or go back. */
export const visitOutcomeConfirm = callbackData("vc", { outcome: coded({ "not-home": "n", rescheduled: "r" }), visitId: int, answer: coded({ yes: "y", back: "b" }) });
