/**
 * The library of quick replies: common answers, translated by people into the nine languages (locales/<lang>/requests.ftl
 * and teams.ftl), that staff send with one tap. Each team offers its own selection (data/desk.json).
 */
export const QUICK_REPLY_KEYS = [
  "qr-call-back",
  "qr-bring-documents",
  "qr-more-info",
  "qr-home-visit",
  "qr-social-services",
  "qr-nurse",
  "qr-hours",
  "qr-solved",
  // Health and care at home (Azimut's team in Alessandria).
  "qr-caregiver",
  "qr-family-doctor",
  "qr-health-documents",
  "qr-urgent",
] as const;
export type QuickReplyKey = (typeof QUICK_REPLY_KEYS)[number];

/** What a team offers when its configuration does not choose: the desk's original eight. */
export const DEFAULT_QUICK_REPLIES: readonly QuickReplyKey[] = QUICK_REPLY_KEYS.slice(0, 8);

/** Quick replies whose text names the desk's address, or its hours: filled in from the request's desk. */
export const QUICK_REPLIES_WITH_ADDRESS: ReadonlySet<QuickReplyKey> = new Set(["qr-bring-documents"]);
export const QUICK_REPLIES_WITH_HOURS: ReadonlySet<QuickReplyKey> = new Set(["qr-hours"]);

/** Why a quick reply does not fit a request: it promises a call to someone who gave no phone, or the desk to someone who asked for a visit. */
export type QuickReplyUnfit = "no-phone" | "home-visit";

/** Whether a quick reply fits the request as the resident filed it; undefined when it does. */
export function quickReplyUnfit(key: string, request: { visit: string | null; contact: string | null }, phone: string | null | undefined): QuickReplyUnfit | undefined {
  if (key === "qr-call-back" && !phone) return "no-phone";
  if (key === "qr-bring-documents" && request.visit === "home") return "home-visit";
  return undefined;
}
