import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { fromRoot } from "#src/paths.js";
import { ActivityCatalog } from "./activities.js";
import { CRISTO, type DeskSpec, deskSpecSchema } from "./desks.js";
import { DEFAULT_OPENING_HOURS, type OpeningHoursSpec, openingHoursSpecSchema } from "./opening-hours.js";
import { participantsSpecSchema, resolveParticipants } from "./participants/indicators.js";
import { LOCALES, type NetworkSpec, type PolicySettings, policySchema } from "./policy.js";
import { DEFAULT_QUICK_REPLIES } from "./quick-replies.js";
import { DEFAULT_TEAM, type TeamSpec, teamSpecSchema } from "./teams.js";

/**
 * The desk file (data/desk.json, or DESK_FILE): the desk's policy — teams, desks (places) with their hours, ESF+
 * sheets, and the rules in "policy" — read and checked at start-up. Everything that would only show later as a
 * request in the wrong group is refused here, naming the file and the problem.
 */

/** The desk's own teams-and-desks file, used when DESK_FILE is not set. */
export const DEFAULT_DESK_FILE = "data/desk.json";
/** The desk's own file, used when OPENING_HOURS_FILE is not set. */
export const DEFAULT_OPENING_HOURS_FILE = "data/opening-hours.json";

/** The desk's policy as the services and the jobs read it, once the desk file and its overrides are checked. */
export interface DeskSettings extends Omit<PolicySettings, "waitlistHoldUntil"> {
  /** Local time of the next opening day until which a waiting-list offer is kept at least. */
  waitlistHoldUntil: { hour: number; minute: number };
  /** When the desk is open: weekly hours, Italian holidays, the patron day, closures. */
  openingHours: OpeningHoursSpec;
  /** The file the opening hours came from; undefined for the built-in ones. */
  openingHoursFile: string | undefined;
  /** Teams (each with its operator group) and desks (places); one of each unless a desk file says otherwise. */
  network: NetworkSpec;
  /** The file teams and desks came from; undefined for the built-in single team and desk. */
  networkFile: string | undefined;
  /** How start-up messages name the desk file ("data/desk.json"); empty without one. */
  networkNamed: string;
}

/** Where the desk file and the hours file are (as configured; unset: the defaults if present), and overrides. */
export interface DeskFileSources {
  deskFile: string | undefined;
  openingHoursFile: string | undefined;
  /** Policy values set elsewhere (the environment), each named by where it came from; they win over the file. */
  overrides: Array<{ variable: string; key: string; value: string }>;
}

export type DeskFileResult = { ok: true; settings: DeskSettings } | { ok: false; problems: string[] };

/** Reads and checks the desk file and the hours; every problem is named, with the file it is in. */
export function loadDeskFile(sources: DeskFileSources): DeskFileResult {
  const problems: string[] = [];
  const hours = loadOpeningHours(sources.openingHoursFile);
  if (!hours.ok) return { ok: false, problems: [hours.problem] };
  const network = loadNetwork(sources.deskFile, hours.spec);
  if (!network.ok) return { ok: false, problems: [network.problem] };
  const policy: Record<string, unknown> = { ...network.policy };
  const shape = policySchema.shape as Record<string, z.ZodTypeAny>;
  for (const { variable, key, value } of sources.overrides) {
    const field = shape[key];
    const parsed = field?.safeParse(value);
    if (!parsed?.success) problems.push(`${variable}: ${parsed ? issuesOf(parsed.error) : "unknown setting"}`);
    else policy[key] = parsed.data;
  }
  const checked = policySchema.safeParse(policy);
  if (!checked.success) {
    for (const i of checked.error.issues) problems.push(`DESK_FILE (${network.named}): policy.${i.path.join(".")}: ${i.message}`);
  }
  if (problems.length || !checked.success) return { ok: false, problems };
  const { waitlistHoldUntil, ...rules } = checked.data;
  return {
    ok: true,
    settings: {
      ...rules,
      waitlistHoldUntil: { hour: Number(waitlistHoldUntil.slice(0, 2)), minute: Number(waitlistHoldUntil.slice(3)) },
      openingHours: hours.spec,
      openingHoursFile: hours.file,
      network: network.spec,
      networkFile: network.file,
      networkNamed: network.named,
    },
  };
}

type LoadedHours = { ok: true; spec: OpeningHoursSpec; file: string | undefined } | { ok: false; problem: string };

/**
 * Opening hours from OPENING_HOURS_FILE, else data/opening-hours.json, else the built-in ones; a file that is
 * missing (when named), not JSON or not valid stops start-up with the file and the problem named.
 */
function loadOpeningHours(configured: string | undefined): LoadedHours {
  const file = configured ?? fromRoot(DEFAULT_OPENING_HOURS_FILE);
  if (!configured && !existsSync(file)) return { ok: true, spec: DEFAULT_OPENING_HOURS, file: undefined };
  return loadOpeningHoursFile(file, `OPENING_HOURS_FILE (${configured ?? DEFAULT_OPENING_HOURS_FILE})`);
}

/** An opening-hours file, read and checked; a problem names the file (as `named`) and what is wrong. */
function loadOpeningHoursFile(file: string, named: string): LoadedHours {
  const read = readJson(file, named);
  if (!read.ok) return read;
  const parsed = openingHoursSpecSchema.safeParse(read.value);
  if (!parsed.success) return { ok: false, problem: `${named}: ${issuesOf(parsed.error)}` };
  return { ok: true, spec: parsed.data, file };
}

const deskFileSchema = z
  .object({
    teams: z.array(teamSpecSchema).min(1),
    coordinatorsChatId: z.number().int().negative("must be the negative id of the coordinators' group").optional(),
    desks: z.array(deskSpecSchema).min(1).optional(),
    participants: participantsSpecSchema.optional(),
    /** The desk's rules (holds, limits, retention …): see policySchema for each one and its default. */
    policy: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

type LoadedNetwork =
  | { ok: true; spec: NetworkSpec; file: string | undefined; named: string; policy: Record<string, unknown> }
  | { ok: false; problem: string };

/** One team (the operator group of OPERATOR_CHAT_ID) at one desk, the Cristo desk: the desk as it was before teams. */
function singleDesk(hours: OpeningHoursSpec, activities: string[]): NetworkSpec {
  return {
    teams: [{ ...DEFAULT_TEAM, chatId: undefined, categories: [], activities: [], quickReplies: [...DEFAULT_QUICK_REPLIES] }],
    desks: [{ ...CRISTO, location: { ...CRISTO.location }, openingHours: hours, teams: [DEFAULT_TEAM.id], activities, buildings: [] }],
    coordinatorsChatId: undefined,
  };
}

/**
 * Teams and desks from DESK_FILE, else data/desk.json, else one team at one desk. Everything that would only show
 * later as a request in the wrong group is checked here: unknown teams and activities, a category claimed twice at
 * one desk, two teams in one group, an activity run by two teams, hours files.
 */
function loadNetwork(configured: string | undefined, hours: OpeningHoursSpec): LoadedNetwork {
  const file = configured ?? fromRoot(DEFAULT_DESK_FILE);
  const activities = ActivityCatalog.load().all.map((a) => a.id);
  if (!configured && !existsSync(file)) return { ok: true, spec: singleDesk(hours, activities), file: undefined, named: "", policy: {} };
  const shown = configured ?? DEFAULT_DESK_FILE;
  const named = `DESK_FILE (${shown})`;
  const read = readJson(file, named);
  if (!read.ok) return read;
  const parsed = deskFileSchema.safeParse(read.value);
  if (!parsed.success) return { ok: false, problem: `${named}: ${issuesOf(parsed.error)}` };
  const { teams: teamInputs, coordinatorsChatId, desks: deskInputs, participants: participantsInput, policy = {} } = parsed.data;
  const problems: string[] = [];
  const teams: TeamSpec[] = teamInputs.map((t) => ({ ...t, chatId: t.chatId, quickReplies: t.quickReplies ?? [...DEFAULT_QUICK_REPLIES] }));
  const teamIds = new Set<string>();
  const chats = new Map<number, string>();
  const runBy = new Map<string, string>();
  /** A resident name in a language the desk does not speak would never be read: a typo ("gb" for "en"). */
  const unknownLanguages = (names: Record<string, string> | undefined, where: string) => {
    for (const code of Object.keys(names ?? {})) {
      if (!(LOCALES as readonly string[]).includes(code)) problems.push(`${where}: residentName "${code}" is not one of the languages (${LOCALES.join(", ")})`);
    }
  };
  for (const team of teams) {
    unknownLanguages(team.residentName, `team "${team.id}"`);
    if (teamIds.has(team.id)) problems.push(`team "${team.id}" appears twice`);
    teamIds.add(team.id);
    if (team.chatId !== undefined) {
      if (chats.has(team.chatId)) problems.push(`teams "${chats.get(team.chatId)}" and "${team.id}" have the same group (${team.chatId}): each team needs its own`);
      chats.set(team.chatId, team.id);
    }
    for (const activity of team.activities) {
      if (!activities.includes(activity)) problems.push(`team "${team.id}": unknown activity "${activity}" (see data/activities.json)`);
      else if (runBy.has(activity)) problems.push(`activity "${activity}" is run by two teams ("${runBy.get(activity)}" and "${team.id}")`);
      runBy.set(activity, team.id);
    }
  }
  if (coordinatorsChatId !== undefined && chats.has(coordinatorsChatId)) {
    problems.push(`coordinatorsChatId: the coordinators' group must not be a team's group ("${chats.get(coordinatorsChatId)}")`);
  }
  const teamOfActivity = (activity: string) => runBy.get(activity) ?? teams[0]!.id;
  const desks: DeskSpec[] = [];
  const deskIds = new Set<string>();
  for (const input of deskInputs ?? [{ ...CRISTO, location: { ...CRISTO.location } }]) {
    if (deskIds.has(input.id)) problems.push(`desk "${input.id}" appears twice`);
    unknownLanguages(input.residentName, `desk "${input.id}"`);
    deskIds.add(input.id);
    const deskTeams = input.teams ?? teams.map((t) => t.id);
    for (const id of deskTeams) if (!teamIds.has(id)) problems.push(`desk "${input.id}": unknown team "${id}"`);
    const claimed = new Map<string, string>();
    for (const team of teams.filter((t) => deskTeams.includes(t.id))) {
      for (const category of team.categories) {
        if (claimed.has(category)) problems.push(`desk "${input.id}": category "${category}" is claimed by "${claimed.get(category)}" and "${team.id}"`);
        claimed.set(category, team.id);
      }
    }
    const deskActivities = input.activities ?? activities.filter((a) => deskTeams.includes(teamOfActivity(a)));
    for (const activity of deskActivities) {
      if (!activities.includes(activity)) problems.push(`desk "${input.id}": unknown activity "${activity}"`);
      else if (!deskTeams.includes(teamOfActivity(activity))) {
        problems.push(`desk "${input.id}": activity "${activity}" is run by "${teamOfActivity(activity)}", which does not work at this desk`);
      }
    }
    let deskHours = hours;
    if (typeof input.openingHours === "string") {
      const loaded = loadOpeningHoursFile(resolve(dirname(file), input.openingHours), `desk "${input.id}": openingHours (${input.openingHours})`);
      if (loaded.ok) deskHours = loaded.spec;
      else problems.push(loaded.problem);
    } else if (input.openingHours) {
      deskHours = input.openingHours;
    }
    desks.push({
      id: input.id,
      name: input.name,
      ...(input.residentName ? { residentName: input.residentName } : {}),
      town: input.town,
      address: input.address,
      venue: input.venue ?? `${input.address.charAt(0).toUpperCase()}${input.address.slice(1)}, ${input.town}`,
      location: input.location,
      openingHours: deskHours,
      teams: deskTeams,
      activities: deskActivities,
      buildings: input.buildings ?? [],
    });
  }
  const participants = participantsInput && resolveParticipants(participantsInput, activities);
  for (const activity of participants?.activities ?? []) {
    if (!activities.includes(activity)) problems.push(`participants: unknown activity "${activity}"`);
  }
  for (const desk of participants?.ruralDesks ?? []) if (!deskIds.has(desk)) problems.push(`participants: unknown desk "${desk}"`);
  if (problems.length) return { ok: false, problem: `${named}: ${problems.join("; ")}` };
  return { ok: true, spec: { teams, desks, coordinatorsChatId, ...(participants ? { participants } : {}) }, file, named: shown, policy };
}

function issuesOf(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}`).join("; ");
}

function readJson(file: string, named: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, "utf8")) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: `${named}: ${code === "ENOENT" ? "file not found" : `not readable JSON: ${(error as Error).message}`}` };
  }
}
