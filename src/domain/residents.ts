import type { Clock } from "../clock.js";
import type { Locale } from "../config.js";
import type { Repositories } from "../db/repositories/index.js";
import type { Resident } from "../db/repositories/residents.js";

export type { Resident };

/** Flows a poster's deep link can open (t.me/<bot>?start=italiano). */
export const START_FLOWS = {
  italiano: "italian",
  italian: "italian",
  corsi: "italian",
  doposcuola: "tutoring",
  tutoring: "tutoring",
  sportello: "desk",
  desk: "desk",
  attivita: "activities",
  info: "info",
} as const;
const HELD_PREFIX = "held:";
/** How long after "send your location" a location still means "find my desk". */
const DESK_PROMPT_MS = 60 * 60_000;

export type StartFlow = (typeof START_FLOWS)[keyof typeof START_FLOWS];

export function residentsService(repos: Repositories, clock: Clock, noticeVersion: number) {
  return {
    get: (id: number) => repos.residents.get(id),
    /** First sight of a person: only the chat id exists until they agree to the notice. */
    firstContact(id: number): Resident {
      return repos.residents.ensure(id, clock.now());
    },
    chooseLanguage(id: number, locale: Locale): void {
      repos.residents.ensure(id, clock.now());
      repos.residents.update(id, { language: locale });
    },
    rememberFlow(id: number, flow: StartFlow | null): void {
      repos.residents.update(id, { pendingFlow: flow });
    },
    /**
     * A message sent outside any form, kept while the person is asked whether it goes to the desk.
     * Before they accepted the privacy notice only its kind and id are kept (no words, no file);
     * after, the piece itself, so it can become the first piece of a request.
     */
    holdMessage(id: number, held: { kind: string; messageId: number; text?: string; fileId?: string }): void {
      repos.residents.update(id, { pendingFlow: `${HELD_PREFIX}${JSON.stringify(held)}` });
    },
    /** The held message, if any (see holdMessage). */
    heldMessage(pendingFlow: string | null): { kind: string; messageId: number; text?: string; fileId?: string } | undefined {
      if (!pendingFlow?.startsWith(HELD_PREFIX)) return undefined;
      try {
        return JSON.parse(pendingFlow.slice(HELD_PREFIX.length));
      } catch {
        return undefined;
      }
    },
    needsConsent(resident: Resident | undefined): boolean {
      return !resident?.consentAt || (resident.consentVersion ?? 0) < noticeVersion;
    },
    consent(id: number, firstName: string): void {
      repos.residents.update(id, {
        consentAt: clock.now(),
        consentVersion: noticeVersion,
        firstName: firstName.slice(0, 64),
      });
    },
    /** Telegram told us the person blocked the bot: nothing more is queued for them. */
    markUnreachable(id: number, reason: string): void {
      repos.residents.update(id, { blockedAt: clock.now(), blockedReason: reason.slice(0, 200) });
    },
    /** The person's desk (a place): chosen at first contact when there are several, changeable from the menu. */
    chooseDesk(id: number, deskId: string): void {
      repos.residents.ensure(id, clock.now());
      repos.residents.update(id, { deskId, deskPromptAt: null });
    },
    /** They were asked for their location to find the nearest desk: a location within the hour answers it. */
    askedForLocation(id: number): void {
      repos.residents.update(id, { deskPromptAt: clock.now() });
    },
    /** Whether a location they send now answers "which desk is nearest?" rather than going to the desk. */
    awaitsDeskLocation(resident: Resident | undefined): boolean {
      return !!resident?.deskPromptAt && clock.now().getTime() - resident.deskPromptAt.getTime() < DESK_PROMPT_MS;
    },
    markReachable(id: number): void {
      if (repos.residents.isBlocked(id)) repos.residents.update(id, { blockedAt: null, blockedReason: null });
    },
  };
}
