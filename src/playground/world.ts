import { DateTime } from "luxon";
import type { Clock } from "../clock.js";
import type { BookingService } from "../domain/booking.js";
import { BotApiEmulator } from "./emulator.js";

/** What the playground shows: the emulator, its operator group and the residents on the page. */
export interface PlaygroundWorld {
  em: BotApiEmulator;
  groupId: number;
  residents: number[];
}

/** The sample world: three staff in a forum operator group, and Amina, a resident who writes in Arabic. */
export function sampleWorld(clock: Clock): PlaygroundWorld {
  const em = new BotApiEmulator(undefined, () => clock.now());
  em.queueUpdates = true;
  const groupId = -1_009_999_999_999;
  const giulia = em.addUser({ id: 900_001, first_name: "Giulia", language_code: "it" });
  const marco = em.addUser({ id: 900_002, first_name: "Marco", language_code: "it" });
  const sara = em.addUser({ id: 900_003, first_name: "Sara", language_code: "it" });
  em.addGroup({ id: groupId, title: "Sportello N.O.I. – operatori", isForum: true, admins: [giulia], members: [marco, sara] });
  const amina = em.addUser({ id: 600_000, first_name: "Amina", language_code: "ar" });
  return { em, groupId, residents: [amina.id] };
}

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
