import { callbackData, int, slug } from "./define.js";

/** An activity on the list of Italian levels or workshops. */
export const activity = callbackData("act", { activityId: slug });

/** A date with a free seat, to book. */
export const book = callbackData("b", { sessionId: int });

/** A full date, to wait for. */
export const waitlist = callbackData("w", { sessionId: int });

/** Every date of a course the resident was shown, first to last. */
export const bookCourse = callbackData("bc", { fromSessionId: int, toSessionId: int });

/** "✖️" beside one of the resident's bookings: asks first. */
export const cancelBooking = callbackData("xb", { bookingId: int });

/** The answers to "Cancel this booking?": yes cancels, no goes back to the list. */
export const cancelBookingYes = callbackData("xby", { bookingId: int });
export const cancelBookingNo = callbackData("xbn", { bookingId: int });

/** Under a freed seat offered to the first in line (sent by the outbox). */
export const offerAccept = callbackData("oa", { bookingId: int });
export const offerDecline = callbackData("od", { bookingId: int });

/** Under a reminder of a booked session (sent by the outbox): "I'll come" / "I can't come" (frees the seat). */
export const reminderComing = callbackData("rc", { bookingId: int });
export const reminderNotComing = callbackData("rx", { bookingId: int });
