import type { Api } from "grammy";
import type { Clock } from "../clock.js";

const MEMBER_STATUSES = new Set(["creator", "administrator", "member"]);
const CACHE_MS = 60_000;

/**
 * Who counts as staff: the members of the operator group, asked of Telegram and remembered
 * for a minute, so someone removed from the group loses access within that minute.
 */
export class StaffDirectory {
  private cache = new Map<number, { isStaff: boolean; until: number }>();

  constructor(
    private readonly api: Api,
    private readonly operatorChatId: number,
    private readonly clock: Clock,
  ) {}

  async isStaff(userId: number): Promise<boolean> {
    const now = this.clock.now().getTime();
    const hit = this.cache.get(userId);
    if (hit && hit.until > now) return hit.isStaff;
    let isStaff = false;
    try {
      const member = await this.api.getChatMember(this.operatorChatId, userId);
      isStaff = MEMBER_STATUSES.has(member.status) || (member.status === "restricted" && member.is_member);
    } catch {
      isStaff = false;
    }
    this.cache.set(userId, { isStaff, until: now + CACHE_MS });
    return isStaff;
  }
}
