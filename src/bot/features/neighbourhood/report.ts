import type { Deps } from "#src/bot/context.js";
import { summaryText } from "./staff-views.js";

/**
 * When every message of an announcement has gone (delivered, refused or given up), the group that wrote it is told
 * how it went: delivered, blocked, failed, skipped for want of a translation. Once.
 */
export function queueAnnouncementReports(deps: Pick<Deps, "services" | "italian" | "config">): number {
  const { services, italian, config } = deps;
  const ids = services.announcements.finished();
  for (const id of ids) {
    const a = services.announcements.get(id)!;
    const html = [italian("ann-report-title"), summaryText(italian, services, config.timezone, id)].join("\n");
    services.notifications.toStaff("announcement-report", `announcement-report:${id}`, html, undefined, a.originChatId);
    services.announcements.markReported(id);
  }
  return ids.length;
}
