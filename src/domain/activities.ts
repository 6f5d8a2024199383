import { readFileSync } from "node:fs";
import { z } from "zod";
import { fromRoot } from "#src/paths.js";

export const ACTIVITIES_FILE = fromRoot("data", "activities.json");

const activitySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,24}$/),
    group: z.enum(["italian", "tutoring", "other"]),
    defaultSeats: z.number().int().min(1).max(200),
    defaultMinutes: z.number().int().min(15).max(480),
    classes: z.array(z.string().regex(/^[a-z0-9]{1,4}$/)).optional(),
    subjects: z.array(z.string().regex(/^[a-z]{2,16}$/)).optional(),
  })
  .refine((a) => a.group !== "tutoring" || (a.classes?.length && a.subjects?.length), {
    message: "tutoring activities need classes and subjects",
  });

const catalogSchema = z.object({ activities: z.array(activitySchema).min(1) });

export type Activity = z.infer<typeof activitySchema>;
export type ActivityGroup = Activity["group"];

/** The activities the desk offers, read from data/activities.json and checked once at start-up. */
export class ActivityCatalog {
  readonly all: Activity[];
  constructor(activities: Activity[]) {
    this.all = activities;
  }

  static load(path = ACTIVITIES_FILE): ActivityCatalog {
    const parsed = catalogSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (!parsed.success) {
      throw new Error(
        `${path} is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
    }
    const ids = new Set<string>();
    for (const a of parsed.data.activities) {
      if (ids.has(a.id)) throw new Error(`${path}: activity "${a.id}" appears twice`);
      ids.add(a.id);
    }
    return new ActivityCatalog(parsed.data.activities);
  }

  get(id: string): Activity | undefined {
    return this.all.find((a) => a.id === id);
  }

  inGroup(group: ActivityGroup): Activity[] {
    return this.all.filter((a) => a.group === group);
  }

  /** The tutoring activity that serves a school class (p1–p5 primary, m1–m3 middle). */
  forClass(schoolClass: string): Activity | undefined {
    return this.all.find((a) => a.group === "tutoring" && a.classes?.includes(schoolClass));
  }
}
