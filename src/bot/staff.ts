import type { Api } from "grammy";
import type { Clock } from "../clock.js";

const MEMBER_STATUSES = new Set(["creator", "administrator", "member"]);
const CACHE_MS = 60_000;

/**
 * Who counts as staff: the members of the operator group, asked of Telegram. The answer is
 * remembered for a minute only to spare a Bot API call per staff action; it is not what makes a
 * removal take effect: every membership change in the group (a `chat_member` update, see
 * middlewares/staff-membership.ts) drops the remembered answer, so the next action asks again.
 */
export class StaffDirectory {
  private cache = new Map<number, { isStaff: boolean; until: number }>();
  /** Bumped by every membership change, so an answer asked for before it is not remembered after it. */
  private generation = 0;

  constructor(
    private readonly api: Api,
    private readonly operatorChatId: number,
    private readonly clock: Clock,
  ) {}

  async isStaff(userId: number): Promise<boolean> {
    const now = this.clock.now().getTime();
    const hit = this.cache.get(userId);
    if (hit && hit.until > now) return hit.isStaff;
    const generation = this.generation;
    let isStaff = false;
    try {
      const member = await this.api.getChatMember(this.operatorChatId, userId);
      isStaff = MEMBER_STATUSES.has(member.status) || (member.status === "restricted" && member.is_member);
    } catch {
      isStaff = false;
    }
    if (generation === this.generation) this.cache.set(userId, { isStaff, until: now + CACHE_MS });
    return isStaff;
  }

  /** Someone joined, left, was removed or changed role in the operator group: ask Telegram next time. */
  forget(userId: number): void {
    this.cache.delete(userId);
    this.generation++;
  }
}
