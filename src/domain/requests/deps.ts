import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { Desks } from "#src/domain/desks.js";
import type { Notifications } from "#src/domain/notifications.js";
import type { Teams } from "#src/domain/teams.js";
import type { RequestHooks, StorageLimits } from "./model.js";

/** What every part of requests (lifecycle, stored messages, the board's bookkeeping) is built from. */
export interface RequestsDeps {
  repos: Stores;
  clock: Clock;
  notify: Notifications;
  limits: StorageLimits;
  hooks: RequestHooks;
  teams: Teams;
  desks: Desks;
}
