import { describe, expect, it } from "vitest";
import * as bookingData from "#src/bot/callback-data/booking.js";
import type { CallbackData } from "#src/bot/callback-data/define.js";
import * as flowData from "#src/bot/callback-data/flows.js";
import * as menuData from "#src/bot/callback-data/menu.js";
import * as onboardingData from "#src/bot/callback-data/onboarding.js";
import * as requestData from "#src/bot/callback-data/requests.js";
import * as satisfactionData from "#src/bot/callback-data/satisfaction.js";
import * as staffData from "#src/bot/callback-data/staff.js";
import * as visitData from "#src/bot/callback-data/visits.js";
import { answerButtons } from "#src/bot/features/booking/answer-buttons.js";

/**
 * Buttons stay in people's chats for weeks (a reminder, an offer, "did we help you?"): whatever the code
 * becomes, the data on them must still be read the same way. These are the wire formats as sent.
 */
const SENT: Array<[CallbackData<object>, string, object]> = [
  [bookingData.book, "b:12", { sessionId: 12 }],
  [bookingData.waitlist, "w:12", { sessionId: 12 }],
  [bookingData.bookCourse, "bc:3:9", { fromSessionId: 3, toSessionId: 9 }],
  [bookingData.cancelBookingYes, "xby:7", { bookingId: 7 }],
  [bookingData.cancelBookingNo, "xbn:7", { bookingId: 7 }],
  [bookingData.offerAccept, "oa:7", { bookingId: 7 }],
  [bookingData.reminderNotComing, "rx:7", { bookingId: 7 }],
  [satisfactionData.satisfactionAnswer, "sat:p:42", { answer: "partly", requestId: 42 }],
  [staffData.cardAction, "d:take:42", { action: "take", requestId: 42 }],
  [staffData.translationToggle, "tr:42:0", { requestId: 42, on: "off" }],
  [staffData.attendance, "att:7:a", { bookingId: 7, mark: "absent" }],
  [staffData.removeBooking, "rb:ask:7", { step: "ask", bookingId: 7 }],
  [menuData.menuItem, "menu:home", { item: "home" }],
  [onboardingData.languageChoice, "lang:ar", { locale: "ar" }],
  [onboardingData.forgetAnswer, "pv:forget", { answer: "forget" }],
  [requestData.closedReply, "cr:thanks:5", { answer: "thanks", messageRowId: 5 }],
  [flowData.tutoringDate, "f:w:12", { action: "wait", sessionId: 12 }],
  [flowData.sessionActivity, "f:na:italian-a1", { activityId: "italian-a1" }],
  [flowData.descriptionDone, "f:done", {}],
  [visitData.visitWindow, "vw:4:2", { visitId: 4, position: 2 }],
  [visitData.noWindowWorks, "vn:4", { visitId: 4 }],
  [visitData.visitReminderAnswer, "vr:x:4", { answer: "cant", visitId: 4 }],
  [visitData.visitAgainAnswer, "va:y:4", { answer: "yes", visitId: 4 }],
  [visitData.residentCalendar, "vi:4", { visitId: 4 }],
  [visitData.proposeVisit, "vp:42", { requestId: 42 }],
  [visitData.visitOutcome, "vo:n:4", { outcome: "not-home", visitId: 4 }],
  [visitData.visitMap, "vm:4", { visitId: 4 }],
  [visitData.workerCalendar, "vk:4", { visitId: 4 }],
];

describe("callback data", () => {
  it("reads the data already sent as it was meant, and writes it again the same", () => {
    for (const [kind, data, values] of SENT) {
      expect(kind.unpack(data), data).toEqual(values);
      expect((kind.pack as (v: object) => string)(values), data).toBe(data);
    }
  });

  it("a kind matches only its own data: no two kinds read the same button", () => {
    const kinds = [bookingData, flowData, menuData, onboardingData, requestData, satisfactionData, staffData, visitData].flatMap((m) =>
      Object.values(m).filter((v): v is CallbackData<object> => typeof v === "object" && v !== null && "unpack" in v),
    );
    for (const [, data] of SENT) {
      expect(kinds.filter((k) => k.is(data)).length, data).toBe(1);
    }
    // Values outside a kind's shape are not its data, however close.
    expect(staffData.cardAction.is("d:delete:42")).toBe(false);
    expect(bookingData.book.is("b:12:1")).toBe(false);
    expect(satisfactionData.satisfactionAnswer.is("sat:maybe:1")).toBe(false);
    expect(visitData.visitWindow.is("vw:4:4")).toBe(false);
  });

  it("the domain's answer intents become the buttons residents already have", () => {
    expect(answerButtons({ kind: "reminder", bookingId: 7 })).toEqual([
      { key: "reminder-coming", data: "rc:7" },
      { key: "reminder-not-coming", data: "rx:7" },
    ]);
    expect(answerButtons({ kind: "offer", bookingId: 7 }).map((b) => b.data)).toEqual(["oa:7", "od:7"]);
    expect(answerButtons({ kind: "satisfaction", requestId: 42 }).map((b) => b.data)).toEqual(["sat:y:42", "sat:p:42", "sat:n:42"]);
  });
});
