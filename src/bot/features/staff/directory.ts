import type { Api } from "grammy";
import type { Clock } from "#src/clock.js";
import type { Team, Teams } from "#src/domain/teams.js";

const MEMBER_STATUSES = new Set(["creator", "administrator", "member"]);
const CACHE_MS = 60_000;
/**
 * Before a staff action that shows or touches a person's data, membership is asked again: Telegram does not promise a
 * `chat_member` update (a member who leaves while the bot is down), so a minute-old answer is not enough. Only a
 * "yes" this recent is taken from memory, to spare a call per press in a busy topic; a "no" is always asked again.
 */
const FRESH_MS = 5_000;

/**
 * Who counts as staff, and of which team: the members of each team's operator group (and of the coordinators'
 * group), asked of Telegram, group by group. An answer is remembered for a minute only to spare a Bot API call per
 * staff action; it is not what makes a removal take effect: every membership change in a staff group (a
 * `chat_member` update, see middlewares/staff-membership.ts) drops the remembered answers about that person, so the
 * next action asks again.
 */
export class StaffDirectory {
  /**
   * Per group, per person: when they were asked, doubled, plus 1 for a member — two numbers an answer instead of a
   * string key and an object: with every resident of a busy minute asked once, it was the largest map of the heap
   * (bench/footprint.ts, 10,000 residents: 1.8 MB).
   */
  private cache = new Map<number, Map<number, number>>();
  /** Bumped by every membership change, so an answer asked for before it is not remembered after it. */
  private generation = 0;

  constructor(
    private readonly api: Api,
    private readonly teams: Teams,
    private readonly clock: Clock,
  ) {}

  /**
   * Whether the person is in this group (a team's, or the coordinators'). `fresh`: the action touches personal data,
   * so only a recent "yes" is taken from memory (see FRESH_MS).
   */
  async isMember(userId: number, chatId: number, options: { fresh?: boolean } = {}): Promise<boolean> {
    const now = this.clock.now().getTime();
    const packed = this.cache.get(chatId)?.get(userId);
    if (packed !== undefined) {
      const known = packed % 2 === 1;
      const age = now - Math.floor(packed / 2);
      if (options.fresh ? known && age < FRESH_MS : age < CACHE_MS) return known;
    }
    const generation = this.generation;
    let member = false;
    try {
      const status = await this.api.getChatMember(chatId, userId);
      member = MEMBER_STATUSES.has(status.status) || (status.status === "restricted" && status.is_member);
    } catch {
      member = false;
    }
    if (generation === this.generation) {
      // Re-inserted at the end, so each group's map stays in the order of asking and the stale answers are at its front.
      const group = this.cache.get(chatId) ?? new Map<number, number>();
      this.cache.set(chatId, group);
      group.delete(userId);
      group.set(userId, now * 2 + (member ? 1 : 0));
      this.forgetStale(group, now);
    }
    return member;
  }

  /** The teams whose group the person is in (`fresh`: asked again, see isMember). */
  async teamsOf(userId: number, options: { fresh?: boolean } = {}): Promise<Team[]> {
    const mine: Team[] = [];
    for (const team of this.teams.all) if (await this.isMember(userId, team.chatId, options)) mine.push(team);
    return mine;
  }

  /** Whether the person is in the coordinators' group (none configured: nobody is). */
  isCoordinator(userId: number): Promise<boolean> {
    const chatId = this.teams.coordinatorsChatId;
    return chatId === undefined ? Promise.resolve(false) : this.isMember(userId, chatId);
  }

  /** Staff of any team, or a coordinator. */
  async isStaff(userId: number): Promise<boolean> {
    for (const chatId of this.teams.staffChats) if (await this.isMember(userId, chatId)) return true;
    return false;
  }

  /**
   * Answers older than CACHE_MS are never used again: dropped from the front, so the map holds the last minute's
   * askers — not every resident the desk ever checked (most updates ask whether their sender is staff).
   */
  private forgetStale(group: Map<number, number>, now: number): void {
    for (const [userId, packed] of group) {
      if (now - Math.floor(packed / 2) < CACHE_MS) return;
      group.delete(userId);
    }
  }

  /** Someone joined, left, was removed or changed role in a staff group: ask Telegram next time. */
  forget(userId: number): void {
    for (const group of this.cache.values()) group.delete(userId);
    this.generation++;
  }
}
