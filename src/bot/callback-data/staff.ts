import { callbackData, coded, int, oneOf, shaped } from "./define.js";

/** The buttons on a request's card in the operator group. */
export const cardAction = callbackData("d", { action: oneOf(["take", "quick", "close", "reopen", "transfer"]), requestId: int });

/** Staff pass a request to another team (one button per team). */
export const transferTo = callbackData("tf", { requestId: int, teamId: shaped("[a-z][a-z0-9-]{1,23}") });
/** "Not now": the team picker goes without moving the request. */
export const transferCancel = callbackData("tfx", { requestId: int });

/** One of the quick replies offered for a request, by its place in the list. */
export const quickReply = callbackData("qr", { requestId: int, index: int });

/** A page of a request's history for staff (0 = the latest). */
export const historyPage = callbackData("rq", { requestId: int, page: int });

/** The card's 🌐 button: machine translation on or off for one request. */
export const translationToggle = callbackData("tr", { requestId: int, on: coded({ on: "1", off: "0" }) });

/** Present or absent, beside a name on a roster. */
export const attendance = callbackData("att", { bookingId: int, mark: coded({ present: "p", absent: "a" }) });

/** Staff take one booking off a roster: ask first, then remove (or not). */
export const removeBooking = callbackData("rb", { step: oneOf(["ask", "yes", "no"]), bookingId: int });

/** A staff answer held by the language guarantee: send it as written anyway, or drop it. */
export const languageHold = callbackData("lg", { heldId: int, action: oneOf(["send", "drop"]) });

/** A quick reply sent instead of a held answer, by its place in the library. */
export const languageHoldQuickReply = callbackData("lq", { heldId: int, index: int });
