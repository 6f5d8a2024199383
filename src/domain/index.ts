import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Repositories } from "../db/repositories/index.js";
import { residentsService } from "./residents.js";

export function createServices(repos: Repositories, clock: Clock, config: Config) {
  return {
    residents: residentsService(repos, clock, config.privacyNoticeVersion),
  };
}

export type Services = ReturnType<typeof createServices>;
