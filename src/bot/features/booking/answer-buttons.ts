import type { Answers } from "#src/domain/notifications.js";
import { SATISFACTION_ANSWERS } from "#src/domain/service-levels.js";
import { offerAccept, offerDecline, reminderComing, reminderNotComing } from "#src/bot/callback-data/booking.js";
import { satisfactionAnswer } from "#src/bot/callback-data/satisfaction.js";

/** A button of a queued message: its label's key (rendered in the recipient's language when sent) and its data. */
export interface QueuedButton {
  key: string;
  data: string;
}

/** The buttons under a message the desk sent on its own, one a row, for the answers the domain asked for. */
export function answerButtons(answers: Answers): QueuedButton[] {
  switch (answers.kind) {
    case "reminder":
      return [
        { key: "reminder-coming", data: reminderComing.pack({ bookingId: answers.bookingId }) },
        { key: "reminder-not-coming", data: reminderNotComing.pack({ bookingId: answers.bookingId }) },
      ];
    case "offer":
      return [
        { key: "offer-accept", data: offerAccept.pack({ bookingId: answers.bookingId }) },
        { key: "offer-decline", data: offerDecline.pack({ bookingId: answers.bookingId }) },
      ];
    case "satisfaction":
      return SATISFACTION_ANSWERS.map((answer) => ({ key: `sat-${answer}`, data: satisfactionAnswer.pack({ answer, requestId: answers.requestId }) }));
  }
}
