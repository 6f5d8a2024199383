import type { CloudApiEmulator } from "./whatsapp/cloud-api.js";
import { DateTime } from "luxon";
import type { Clock } from "#src/clock.js";
import type { NetworkSpec } from "#src/domain/policy.js";
import type { BookingService } from "#src/domain/booking/service.js";
import { DEFAULT_QUICK_REPLIES } from "#src/domain/quick-replies.js";
import type { Services } from "#src/domain/index.js";
import { visitProposalRef } from "#src/domain/visits/notices.js";
import { BotApiEmulator } from "./emulator.js";
import type { OpeningHours } from "#src/domain/opening-hours.js";

/** What the playground shows: the emulator, its operator groups and the residents on the page. */
export interface PlaygroundWorld {
  em: BotApiEmulator;
  /** The first team's group (the one the page opens on). */
  groupId: number;
  residents: number[];
  /** Every team's group, the first team's first (and the coordinators', if any); just `groupId` when left out. */
  groupIds?: number[];
  /** The WhatsApp Cloud API emulator and its phones (the page's third phone). */
  wa?: CloudApiEmulator;
}

/** The playground's own groups: the first team's, Azimut's, the coordinators'; further teams after them. */
const FIRST_GROUP = -1_009_999_999_999;
const SECOND_GROUP = -1_009_999_999_998;
const COORDINATORS_GROUP = -1_009_999_999_990;

/**
 * The network the playground shows when no desk file is given: the desk's team (Coompany&) and Azimut's team for
 * health and care at home, each in its own group, at the one desk the configuration describes. A desk file, when
 * given, is shown as it is (its groups made up in the emulator).
 */
export function playgroundNetwork(config: NetworkSpec, fromFile: boolean): NetworkSpec {
  if (fromFile) return config;
  return {
    ...config,
    teams: [
      { id: "sportello", name: "Sportello (Coompany&)", chatId: undefined, categories: [], activities: [], quickReplies: [...DEFAULT_QUICK_REPLIES] },
      {
        id: "salute",
        name: "Salute e assistenza (Azimut)",
        chatId: SECOND_GROUP,
        categories: ["health", "homecare"],
        activities: ["caregiver"],
        quickReplies: ["qr-call-back", "qr-nurse", "qr-caregiver", "qr-family-doctor", "qr-health-documents", "qr-urgent", "qr-hours", "qr-solved"],
      },
    ],
    desks: config.desks.map((d) => ({ ...d, teams: ["sportello", "salute"] })),
    coordinatorsChatId: COORDINATORS_GROUP,
  };
}

/**
 * The sample world: three staff in the first team's forum group (Giulia, Marco, Sara), three in Azimut's (Luca, Elena,
 * and Marco, the nurse), a coordinator (Paola) where there is a coordinators' group, Amina, a resident who writes in
 * Arabic, and Rosa and Ion, who are waiting for a home visit. Returns the network with every team's group id filled in.
 */
export function sampleWorld(clock: Clock, network: NetworkSpec): { world: PlaygroundWorld; network: NetworkSpec } {
  const em = new BotApiEmulator(undefined, () => clock.now());
  em.queueUpdates = true;
  const giulia = em.addUser({ id: 900_001, first_name: "Giulia", language_code: "it" });
  const marco = em.addUser({ id: 900_002, first_name: "Marco", language_code: "it" });
  const sara = em.addUser({ id: 900_003, first_name: "Sara", language_code: "it" });
  const luca = em.addUser({ id: 900_011, first_name: "Luca", language_code: "it" });
  const elena = em.addUser({ id: 900_012, first_name: "Elena", language_code: "it" });
  const teams = network.teams.map((team, i) => ({
    ...team,
    chatId: i === 0 ? FIRST_GROUP : (team.chatId ?? SECOND_GROUP - i + 1),
  }));
  for (const [i, team] of teams.entries()) {
    // Marco, the neighbourhood nurse of the home-visit scenario, works with Azimut's team too: staff of two teams.
    const staff = i === 0 ? { admins: [giulia], members: [marco, sara] } : i === 1 ? { admins: [luca], members: [elena, marco] } : { admins: [giulia] };
    em.addGroup({ id: team.chatId, title: i === 0 && teams.length === 1 ? "Sportello N.O.I. – operatori" : `${team.name} – operatori`, isForum: true, ...staff });
  }
  const coordinators = network.coordinatorsChatId === undefined ? [] : [network.coordinatorsChatId];
  for (const id of coordinators) {
    const paola = em.addUser({ id: 900_021, first_name: "Paola", language_code: "it" });
    em.addGroup({ id, title: "Coordinamento N.O.I.", isForum: false, admins: [paola] });
  }
  const amina = em.addUser({ id: 600_000, first_name: "Amina", language_code: "ar" });
  // Rosa and Ion are the home-visit scenario (see seedSampleVisits).
  const rosa = em.addUser({ id: SAMPLE_VISITS.rosa, first_name: "Rosa", language_code: "it" });
  const ion = em.addUser({ id: SAMPLE_VISITS.ion, first_name: "Ion", language_code: "ro" });
  return {
    world: { em, groupId: FIRST_GROUP, residents: [amina.id, rosa.id, ion.id], groupIds: [...teams.map((t) => t.chatId), ...coordinators] },
    network: { ...network, teams },
  };
}

/** Who the home-visit scenario is about: two residents, and Marco, the nurse who goes. */
export const SAMPLE_VISITS = { rosa: 600_101, ion: 600_102, worker: { id: 900_002, name: "Marco" } };

/**
 * A few upcoming sessions so that booking works the moment the playground opens; none on a day the desk is closed (a
 * holiday, the Christmas closure), which the desk itself would announce as closed.
 */
export function seedSampleSessions(booking: BookingService, now: Date, timezone: string, hours?: Pick<OpeningHours, "closureAt">) {
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
    for (let week = 0; week < p.weeks; week++) {
      const d = day(p.days + 7 * week).set({ hour: p.hour, minute: 0 });
      const closed = hours?.closureAt(d.toJSDate());
      if (closed && closed.reason !== "outside-hours") continue;
      booking.createSessions(
        {
          activityId: p.activityId,
          date: { year: d.year, month: d.month, day: d.day },
          time: { hour: p.hour, minute: 0 },
          minutes: 90,
          place: p.place ?? null,
          seats: p.seats,
          weeks: 1,
        },
        actor,
      );
    }
  }
}

/**
 * A home-visit scenario to train on: Rosa (Italian) has two windows for tomorrow waiting for her choice, and Ion
 * (Romanian) has a visit confirmed for today, starting within half an hour, so it can be marked at once. Marco is the
 * neighbourhood nurse who goes: as Marco, `/visite` lists his day; as Rosa, a window can be picked and seen confirmed
 * on both sides.
 */
export function seedSampleVisits(
  services: Services,
  people: { rosa: number; ion: number; worker: { id: number; name: string } },
  now: Date,
  timezone: string,
) {
  const tomorrow = DateTime.fromJSDate(now, { zone: timezone }).plus({ days: 1 }).startOf("day");
  const at = (hour: number) => ({ startsAt: tomorrow.set({ hour }).toJSDate(), endsAt: tomorrow.set({ hour: hour + 1 }).toJSDate() });
  const resident = (id: number, name: string, language: "it" | "ro", address: string, phone: string, text: string) => {
    services.residents.chooseLanguage(id, language);
    services.residents.consent(id, name);
    return services.requests.file({
      residentId: id,
      category: "homecare",
      language,
      visit: "home",
      address,
      contact: "phone",
      phone,
      pieces: [{ kind: "text", text, messageId: 1 }],
    }).request;
  };
  const rosa = resident(people.rosa, "Rosa", "it", "Via Casale 12, scala B, piano 3", "+39 333 000 0001", "Mio marito è appena uscito dall'ospedale: servono le medicazioni a casa.");
  services.visits.propose({ requestId: rosa.id, windows: [at(10), at(15)], who: "l'infermiere di quartiere", notes: "citofono Rossi", worker: people.worker });
  const ion = resident(people.ion, "Ion", "ro", "Via Marengo 40", "+39 333 000 0002", "Am nevoie de ajutor pentru mama mea, nu poate merge.");
  // Two minutes from now: "done" can be marked at once, "not at home" as soon as the window opens (never before).
  const start = DateTime.fromJSDate(now, { zone: timezone }).startOf("minute").plus({ minutes: 2 }).toJSDate();
  const today = { startsAt: start, endsAt: new Date(start.getTime() + 3_600_000) };
  const proposed = services.visits.propose({ requestId: ion.id, windows: [today], who: "l'infermiere di quartiere", worker: people.worker });
  if (proposed.ok) {
    services.visits.choose(people.ion, proposed.visit.id, 1);
    // He chose it before the playground opened: the proposal itself is not sent.
    services.notifications.cancel([visitProposalRef(proposed.visit.id)]);
  }
}
