import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Repositories } from "../db/repositories/index.js";
import { requestsService } from "./requests.js";
import { residentsService } from "./residents.js";

export function createServices(db: Db, repos: Repositories, clock: Clock, config: Config) {
  return {
    requests: requestsService(db, repos, clock),
    residents: residentsService(repos, clock, config.privacyNoticeVersion),
  };
}

export type Services = ReturnType<typeof createServices>;
