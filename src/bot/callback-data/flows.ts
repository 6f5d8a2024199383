import { callbackData, coded, int, oneOf, shaped, slug } from "./define.js";

/**
 * Buttons inside a flow (a conversation) all start with "f:": a flow waiting for an answer knows them
 * as its own, and each step accepts only the kind it offered.
 */
export const isFlowStep = (data: string | undefined) => data?.startsWith("f:") === true;

// ------------------------------------------------------------ a resident files a request

/** "Done" under the description: nothing more to add. */
export const descriptionDone = callbackData("f:done");
/** Can they come to the desk, or do they need a home visit? */
export const visitChoice = callbackData("f", { visit: oneOf(["desk", "home"]) });
/** How to reach them: this chat, or a phone call. */
export const contactChoice = callbackData("f", { contact: oneOf(["chat", "phone"]) });
/** Under the summary: send (answered in the chat, or by the phone given), be called instead, change something, or cancel. */
export const summaryChoice = callbackData("f", { choice: oneOf(["send", "phone", "edit", "cancel"]) });
/** What to change, by the step that asks it again. */
export const editChoice = callbackData("f", { step: oneOf(["category", "describe", "visit", "contact"]) });

// ------------------------------------------------------------ a parent books tutoring

export const schoolClass = callbackData("f:cls", { schoolClass: slug });
export const subject = callbackData("f:sub", { subject: slug });
/** A date: free to book, or full to wait for. */
export const tutoringDate = callbackData("f", { action: coded({ book: "s", wait: "w" }), sessionId: int });
/** The date filled up meanwhile: join its waiting list, or leave it. */
export const fullDateAnswer = callbackData("f", { answer: oneOf(["join", "skip"]) });
/** Another child, or enough. */
export const anotherChild = callbackData("f", { answer: oneOf(["more", "enough"]) });

// ------------------------------------------------------------ staff create sessions

export const sessionActivity = callbackData("f:na", { activityId: slug });
export const sessionLength = callbackData("f:len", { minutes: int });
/** The desk a new session is held at. */
export const sessionPlace = callbackData("f:place", { deskId: shaped("[a-z0-9]{2,24}") });
export const sessionSeats = callbackData("f:seats", { seats: int });
export const sessionWeeks = callbackData("f:wk", { weeks: int });
export const sessionConfirm = callbackData("f", { choice: oneOf(["create", "abort"]) });
