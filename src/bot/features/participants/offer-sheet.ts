import type { BookResult } from "#src/domain/booking/admission.js";
import type { Subject } from "#src/domain/participants/sheet.js";
import type { BotContext } from "#src/bot/context.js";

/**
 * After a seat is booked (not a place in line) in an activity the desk file counts, the person is asked the ESF+ sheet
 * once, below the booking's answer: they now take part. Outside any flow, so the sheet is a flow of its own.
 */
export async function offerSheetAfterBooking(ctx: BotContext, result: BookResult): Promise<void> {
  if (!result.ok || result.booking.status !== "booked" || !ctx.from) return;
  const { activityId, deskId } = result.session;
  // A child's seat (an offer accepted for tutoring): the parent answers for the child.
  const { seatKey, childName } = result.booking;
  const subject: Subject = seatKey && childName ? { kind: "child", key: seatKey, name: childName } : { kind: "self" };
  if (!ctx.deps.services.participants.toAsk(ctx.from.id, activityId, subject)) return;
  await ctx.conversation.enter("participantSheet", activityId, deskId ?? null, subject);
}
