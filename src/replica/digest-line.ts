import { DateTime } from "luxon";
import { escapeHtml } from "#src/text/format.js";
import type { ReplicaStatus } from "./replica-monitor.js";

type Italian = (key: string, vars?: Record<string, string | number>) => string;

/**
 * The morning digest's line about the replica, only when something is wrong: staff are the first to read the
 * digest, and a replica that stopped is invisible until the day the disk dies. Empty while it keeps up.
 */
export function replicaDigestLine(italian: Italian, status: ReplicaStatus, timezone: string): string {
  if (status.state === "failing") return `\n\n${italian("digest-replica-failing", { error: escapeHtml(status.error ?? "?") })}`;
  if (status.state !== "behind" || status.lagSeconds === null) return "";
  const time = status.replicatedAt ? DateTime.fromJSDate(status.replicatedAt, { zone: timezone }).toFormat("dd/MM HH:mm") : "?";
  return `\n\n${italian("digest-replica-behind", { lag: lagText(italian, status.lagSeconds), time })}`;
}

function lagText(italian: Italian, seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return italian("replica-lag-minutes", { minutes });
  if (minutes < 48 * 60) return italian("replica-lag-hours", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  return italian("replica-lag-days", { days: Math.floor(minutes / 1440) });
}
