import { z } from "zod";
import type { Desk } from "./desks.js";
import { QUICK_REPLY_KEYS, type QuickReplyKey } from "./quick-replies.js";
import { CATEGORIES, type Category } from "./requests/model.js";
import { type ResidentName, type ResidentNames, residentNamesSchema, teamFallbackKey } from "./resident-names.js";

/**
 * Teams are the organisations of the network, each with its own operator group and its own staff: the desk's
 * listening team (Coompany& in Alessandria), the nurse and carers (Azimut), … A request lives in the group of the
 * team its category is routed to, and only there; staff may move it to another team.
 */

export const TEAM_ID = /^[a-z][a-z0-9-]{1,23}$/;

/** A team as written in data/desk.json. */
export const teamSpecSchema = z
  .object({
    id: z.string().regex(TEAM_ID, 'a team id is 2-24 lower-case letters, digits or "-", e.g. "salute"'),
    /** How staff read it: "Salute e assistenza (Azimut)". Residents never do (see residentName). */
    name: z.string().trim().min(2).max(60),
    /**
     * How residents read it, per language: { "en": "the health and care team (Azimut)", … }. A language left out
     * reads the generic text of the team's first category (team-of-health: "the health and care team").
     */
    residentName: residentNamesSchema(60),
    /** The team's operator group; the first team's defaults to OPERATOR_CHAT_ID. */
    chatId: z.number().int().negative("must be the negative id of the team's operator group, e.g. -1001234567890").optional(),
    /** The request categories this team handles; what no team of a desk claims goes to the desk's first team. */
    categories: z.array(z.enum(CATEGORIES)).default([]),
    /** The activities this team runs (rosters, digests); what no team claims is the first team's. */
    activities: z.array(z.string()).default([]),
    /** The quick replies its staff may send; the desk's original eight when left out. */
    quickReplies: z.array(z.enum(QUICK_REPLY_KEYS)).min(1).optional(),
  })
  .strict();
export type TeamSpecInput = z.input<typeof teamSpecSchema>;

export interface TeamSpec {
  id: string;
  name: string;
  residentName?: ResidentNames | undefined;
  chatId: number | undefined;
  categories: Category[];
  activities: string[];
  quickReplies: QuickReplyKey[];
}

export interface Team {
  id: string;
  /** Staff's name, in Italian. */
  name: string;
  /** What residents read, in their language. */
  residentName: ResidentName;
  chatId: number;
  categories: readonly Category[];
  /** Every activity the team runs: its own, and for the first team every activity no team claims. */
  activities: readonly string[];
  quickReplies: readonly QuickReplyKey[];
}

/** The team of a desk with one team, when no desk file says otherwise. */
export const DEFAULT_TEAM = { id: "sportello", name: "Sportello N.O.I." } as const;

export class Teams {
  readonly all: readonly Team[];
  private readonly byChatId = new Map<number, Team>();

  /**
   * @param specs   the validated teams; the first one without a chat id takes `operatorChatId`
   * @param activities every activity of the catalogue, to give the unclaimed ones to the first team
   * @param coordinatorsChatId the optional group that sees every team's figures, never a request's content
   */
  constructor(
    specs: readonly TeamSpec[],
    operatorChatId: number,
    activities: readonly string[],
    readonly coordinatorsChatId?: number,
  ) {
    if (!specs.length) throw new Error("at least one team is needed");
    const claimed = new Set(specs.flatMap((t) => t.activities));
    this.all = specs.map((spec, i) => ({
      id: spec.id,
      name: spec.name,
      residentName: { names: spec.residentName ?? {}, fallback: teamFallbackKey(spec.categories) },
      chatId: spec.chatId ?? (i === 0 ? operatorChatId : Number.NaN),
      categories: spec.categories,
      activities: i === 0 ? [...spec.activities, ...activities.filter((a) => !claimed.has(a))] : spec.activities,
      quickReplies: spec.quickReplies,
    }));
    for (const team of this.all) {
      if (!Number.isInteger(team.chatId)) throw new Error(`team "${team.id}" has no operator group (chatId)`);
      this.byChatId.set(team.chatId, team);
    }
  }

  /** The first team: the desk's own, where requests without a team (older than teams) belong. */
  get lead(): Team {
    return this.all[0]!;
  }

  get several(): boolean {
    return this.all.length > 1;
  }

  find(id: string | null | undefined): Team | undefined {
    return id ? this.all.find((t) => t.id === id) : undefined;
  }

  /** The team of an id, or the lead team for none (or one no longer configured). */
  of(id: string | null | undefined): Team {
    return this.find(id) ?? this.lead;
  }

  /** The team whose operator group this is. */
  byChat(chatId: number | undefined): Team | undefined {
    return chatId === undefined ? undefined : this.byChatId.get(chatId);
  }

  isCoordinators(chatId: number | undefined): boolean {
    return chatId !== undefined && chatId === this.coordinatorsChatId;
  }

  /** Every group where staff work: the teams', and the coordinators' if any. */
  get staffChats(): number[] {
    return [...this.all.map((t) => t.chatId), ...(this.coordinatorsChatId ? [this.coordinatorsChatId] : [])];
  }

  /**
   * Which team handles a request of this category filed at this desk: the desk's team that claims the category,
   * else the desk's first team.
   */
  route(category: string, desk: Pick<Desk, "teams">): Team {
    const teams = desk.teams.map((id) => this.of(id));
    return teams.find((t) => (t.categories as readonly string[]).includes(category)) ?? teams[0] ?? this.lead;
  }

  /** The team that runs an activity (its sessions' rosters and digest lines go to that team's group). */
  forActivity(activityId: string): Team {
    return this.all.find((t) => t.activities.includes(activityId)) ?? this.lead;
  }
}

