import { DateTime } from "luxon";
import type { BookingService } from "../domain/booking.js";

/** A few upcoming sessions so that booking works the moment the playground opens. */
export function seedSampleSessions(booking: BookingService, now: Date, timezone: string) {
  const actor = { id: 0, name: "playground" };
  const day = (offsetDays: number) => DateTime.fromJSDate(now, { zone: timezone }).plus({ days: offsetDays });
  const plan: Array<{ activityId: string; days: number; hour: number; seats: number; weeks: number; place?: string }> = [
    { activityId: "italian-a0a1", days: 2, hour: 9, seats: 12, weeks: 4 },
    { activityId: "italian-a1", days: 1, hour: 17, seats: 2, weeks: 4 },
    { activityId: "italian-a2", days: 3, hour: 17, seats: 12, weeks: 4 },
    { activityId: "italian-b1", days: 4, hour: 18, seats: 10, weeks: 4 },
    { activityId: "tutoring-primary", days: 1, hour: 16, seats: 8, weeks: 4, place: "Aula studio, via Gandolfi 20" },
    { activityId: "tutoring-middle", days: 2, hour: 16, seats: 8, weeks: 4, place: "Aula studio, via Gandolfi 20" },
    { activityId: "macrame", days: 5, hour: 15, seats: 10, weeks: 2 },
    { activityId: "caregiver", days: 6, hour: 10, seats: 15, weeks: 3 },
  ];
  for (const p of plan) {
    const d = day(p.days);
    booking.createSessions(
      {
        activityId: p.activityId,
        date: { year: d.year, month: d.month, day: d.day },
        time: { hour: p.hour, minute: 0 },
        minutes: 90,
        place: p.place ?? null,
        seats: p.seats,
        weeks: p.weeks,
      },
      actor,
    );
  }
}
