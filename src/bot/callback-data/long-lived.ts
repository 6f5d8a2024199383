import { cancelBooking, cancelBookingNo, cancelBookingYes, offerAccept, offerDecline, reminderComing, reminderNotComing } from "./booking.js";
import type { CallbackData } from "./define.js";
import { eventReply, newsAll, newsStop } from "./neighbourhood.js";
import { closedReply } from "./requests.js";
import { satisfactionAnswer } from "./satisfaction.js";
import { noWindowWorks, residentCalendar, visitAgainAnswer, visitReminderAnswer, visitWindow } from "./visits.js";

/**
 * The buttons under what the desk says on its own — reminders, a freed seat's offer, a home visit's windows and
 * reminders, the satisfaction question, a closed request's "I still need help", a booking's cancel from a list, an
 * announcement's and an event's.
 * They are meant to be pressed hours or days later, so they are answered by their feature even while a form is
 * open (the form keeps waiting where it was).
 */
const LONG_LIVED: CallbackData<any>[] = [
  reminderComing,
  reminderNotComing,
  offerAccept,
  offerDecline,
  cancelBooking,
  cancelBookingYes,
  cancelBookingNo,
  visitWindow,
  noWindowWorks,
  visitReminderAnswer,
  visitAgainAnswer,
  residentCalendar,
  satisfactionAnswer,
  closedReply,
  // An event's "I'll come / I can't", "No more news" under an announcement, the first-contact question about news.
  eventReply,
  newsStop,
  newsAll,
];

export function isLongLived(data: string | undefined): boolean {
  return data !== undefined && LONG_LIVED.some((kind) => kind.is(data));
}
