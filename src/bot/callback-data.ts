/**
 * The old names of three staff buttons, kept as thin aliases of their definitions in callback-data/ until
 * features/desk.ts and the operator board use those directly. New code imports from callback-data/.
 */

import { cardAction, historyPage, quickReply } from "./callback-data/staff.js";

export const cb = {
  /** Card buttons in the operator group. */
  desk: (action: "take" | "quick" | "close" | "reopen", requestId: number) => cardAction.pack({ action, requestId }),
  quickReply: (requestId: number, index: number) => quickReply.pack({ requestId, index }),
  /** A page of a request's history for staff (0 = the latest). */
  history: (requestId: number, page: number) => historyPage.pack({ requestId, page }),
};

/** The same kinds as regular expressions, one group per field in order (read as ctx.match[1], [2]). */
export const pattern = {
  desk: cardAction.filter(),
  quickReply: quickReply.filter(),
  history: historyPage.filter(),
};
