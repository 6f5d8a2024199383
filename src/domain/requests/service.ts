import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { Desks } from "#src/domain/desks.js";
import type { Notifications } from "#src/domain/notifications.js";
import type { Teams } from "#src/domain/teams.js";
import { boardBookkeeping } from "./board.js";
import { cardContent } from "./card.js";
import type { RequestsDeps } from "./deps.js";
import { requestLifecycle } from "./lifecycle.js";
import { storedMessages } from "./messages.js";
import type { RequestHooks, StorageLimits } from "./model.js";

/**
 * Requests as one service, built from its parts: a request's life (lifecycle.ts), what is said on it (messages.ts),
 * its card (card.ts) and its place on the staff's board (board.ts). The words and types are in model.ts.
 */
export function requestsService(
  repos: Stores,
  clock: Clock,
  notify: Notifications,
  limits: StorageLimits,
  hooks: RequestHooks,
  network: { teams: Teams; desks: Desks },
) {
  const deps: RequestsDeps = { repos, clock, notify, limits, hooks, ...network };
  const card = cardContent(deps);
  // The board's own step of recording a staff post stays inside: answers and notes call it, nobody else does.
  const { staffPost, ...board } = boardBookkeeping(deps);
  return {
    ...requestLifecycle(deps, card),
    ...storedMessages(deps, { staffPost }),
    ...card,
    ...board,
  };
}

export type RequestsService = ReturnType<typeof requestsService>;
