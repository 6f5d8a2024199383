import { z } from "zod";
import { type ResidentNames, residentNamesSchema } from "./resident-names.js";
import { type OpeningHours, type OpeningHoursSpec, openingHours, openingHoursSpecSchema } from "./opening-hours.js";

/**
 * Desks are places: a neighbourhood's or a town's front desk, with its address, its map pin, its opening hours,
 * the teams that work there and the activities held there. One deployment may serve several; a resident belongs
 * to one (chosen at first contact when there are several, changeable from the menu).
 */

export const DESK_ID = /^[a-z0-9]{2,24}$/;

export const locationSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type Location = z.infer<typeof locationSchema>;

/** A desk as written in data/desk.json (opening hours may be a file name, resolved by the configuration). */
export const deskSpecSchema = z
  .object({
    /** Short and lower-case: it is what a poster's link carries, t.me/<bot>?start=desk_cristo. */
    id: z.string().regex(DESK_ID, 'a desk id is 2-24 lower-case letters or digits, e.g. "cristo"'),
    /** The neighbourhood or town, as residents call it ("Cristo"); on the buttons residents choose from. */
    name: z.string().trim().min(2).max(32),
    /**
     * How residents read it in a sentence and on the picker, per language: { "en": "Cristo district (Alessandria)" }.
     * A language left out reads the name (and town), which must then be a place name, not Italian words.
     */
    residentName: residentNamesSchema(32),
    town: z.string().trim().min(2).max(32),
    /** The address as said in a sentence ("Can you come to the desk at via Gandolfi 20?"). */
    address: z.string().trim().min(3).max(80),
    /** The line under the map pin; the address and the town when left out. */
    venue: z.string().trim().min(3).max(120).optional(),
    location: locationSchema,
    /** A file (relative to the desk file) or the hours themselves; the desk's own hours file when left out. */
    openingHours: z.union([z.string().min(1), openingHoursSpecSchema]).optional(),
    /** The teams working at this desk (the first takes the categories no other one claims); all when left out. */
    teams: z.array(z.string()).min(1).optional(),
    /** The activities held here; all of its teams' activities when left out. */
    activities: z.array(z.string()).optional(),
    /** The buildings residents of this desk live in ("via Gandolfi 20"), offered when they report a problem in theirs. */
    buildings: z.array(z.string().trim().min(3).max(60)).max(40).optional(),
  })
  .strict();
export type DeskSpecInput = z.input<typeof deskSpecSchema>;

/** A desk after validation: hours resolved, teams and activities filled in. */
export interface DeskSpec {
  id: string;
  name: string;
  residentName?: ResidentNames | undefined;
  town: string;
  address: string;
  venue: string;
  location: Location;
  openingHours: OpeningHoursSpec;
  teams: string[];
  activities: string[];
  /** Buildings whose common areas residents report on (empty: they write their building's address). */
  buildings: string[];
}

export interface Desk extends DeskSpec {
  hours: OpeningHours;
}

/** The desk N.O.I. per la casa started with: via Gandolfi 20, in the Cristo district of Alessandria. */
export const CRISTO = {
  id: "cristo",
  name: "Cristo",
  town: "Alessandria",
  address: "via Gandolfi 20",
  venue: "Via Gandolfi 20, 15121 Alessandria",
  location: { latitude: 44.8969, longitude: 8.6236 },
} as const;

const EARTH_KM = 6371;

/** Great-circle distance in kilometres (haversine): plenty for "which desk is nearest". */
export function distanceKm(a: Location, b: Location): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Lower case, no accents, single spaces: "Casale Monferrato", "casale  monferrato" and "CASALE" meet. */
function normalised(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export class Desks {
  readonly all: readonly Desk[];

  constructor(specs: readonly DeskSpec[]) {
    if (!specs.length) throw new Error("at least one desk is needed");
    this.all = specs.map((spec) => ({ ...spec, hours: openingHours(spec.openingHours) }));
  }

  /** The first desk: where residents belong until they choose, and where old records (before desks) belong. */
  get main(): Desk {
    return this.all[0]!;
  }

  /** Whether residents choose a desk at all: with one, nothing about desks is ever shown to them. */
  get several(): boolean {
    return this.all.length > 1;
  }

  find(id: string | null | undefined): Desk | undefined {
    return id ? this.all.find((d) => d.id === id) : undefined;
  }

  /** The desk of an id, or the main desk for none (or one no longer configured). */
  of(id: string | null | undefined): Desk {
    return this.find(id) ?? this.main;
  }

  /** The nearest desk to a place, and how far it is. */
  nearest(location: Location): { desk: Desk; km: number } {
    let best = { desk: this.main, km: distanceKm(location, this.main.location) };
    for (const desk of this.all) {
      const km = distanceKm(location, desk.location);
      if (km < best.km) best = { desk, km };
    }
    return best;
  }

  /** A desk by what a resident types: its neighbourhood (or its name in any language), its town (when only one desk is there) or its id. */
  named(text: string): Desk | undefined {
    const typed = normalised(text);
    if (!typed) return undefined;
    const byName = this.all.filter(
      (d) => normalised(d.name) === typed || d.id === typed || Object.values(d.residentName ?? {}).some((n) => normalised(n) === typed),
    );
    if (byName.length === 1) return byName[0];
    const byTown = this.all.filter((d) => normalised(d.town) === typed || normalised(`${d.name} ${d.town}`) === typed);
    return byTown.length === 1 ? byTown[0] : undefined;
  }

  /** The desks where an activity is held. */
  offering(activityId: string): Desk[] {
    return this.all.filter((d) => d.activities.includes(activityId));
  }
}
