import type { Clock } from "#src/clock.js";
import type { Locale } from "./policy.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { Resident } from "#src/domain/ports/records.js";

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
/** Messages held at most: beyond these the oldest go (they are only a question's subject, not yet a request). */
const MAX_HELD = 10;

export interface HeldMessage {
  kind: string;
  messageId: number;
  text?: string;
  fileId?: string;
  /** A photo, an image or a PDF the desk could read as a letter's page ("📄 It's a letter" is offered). */
  page?: "image" | "pdf";
  /** When it was held (ms): retention trims what waits longer than the period. Absent on pieces held before it was kept. */
  at?: number;
}
export interface Held {
  pieces: HeldMessage[];
  askId?: number;
}

/** Held messages as stored: one message (as earlier versions kept it), or the pieces and the question's id. */
function heldOf(pendingFlow: string | null): Held {
  if (!pendingFlow?.startsWith(HELD_PREFIX)) return { pieces: [] };
  try {
    const value = JSON.parse(pendingFlow.slice(HELD_PREFIX.length));
    if (Array.isArray(value?.pieces)) return value as Held;
    return value && typeof value.messageId === "number" ? { pieces: [value as HeldMessage] } : { pieces: [] };
  } catch {
    return { pieces: [] };
  }
}
/**
 * The held messages as stored once retention has passed (`before`, ms): what waited longer goes, with the question
 * asked about it when nothing is left. A piece held before holding times were kept counts from `now` (the first run
 * after the upgrade), so it goes one period later rather than at once. Undefined when nothing changes.
 */
export function heldAfterRetention(pendingFlow: string | null, before: number, now: number): string | null | undefined {
  const held = heldOf(pendingFlow);
  if (!held.pieces.length) return undefined;
  const dated = held.pieces.map((p) => ({ ...p, at: p.at ?? now }));
  const kept = dated.filter((p) => p.at >= before);
  if (!kept.length) return null;
  if (kept.length === held.pieces.length && held.pieces.every((p) => p.at !== undefined)) return undefined;
  return `${HELD_PREFIX}${JSON.stringify({ ...held, pieces: kept })}`;
}

/** How long after "send your location" a location still means "find my desk". */
const DESK_PROMPT_MS = 60 * 60_000;

export type StartFlow = (typeof START_FLOWS)[keyof typeof START_FLOWS];

export interface ResidentsService {
  get(id: number): Resident | undefined;
  /** First sight of a person: only the chat id exists until they agree to the notice. */
  firstContact(id: number): Resident;
  chooseLanguage(id: number, locale: Locale): void;
  rememberFlow(id: number, flow: StartFlow | null): void;
  /**
   * Messages sent outside any form, kept while the person is asked (once, for all of them) whether they go to the
   * desk. Before they accepted the privacy notice only their kind and id are kept (no words, no file); after, the
   * pieces themselves, so they can become the first pieces of a request. `append` adds to those already waiting.
   */
  holdMessage(id: number, held: HeldMessage, options?: {
    append?: boolean;
  }): HeldMessage[];
  /** The one question asked about the held messages (deleted and asked again below when another comes). */
  setHeldAsk(id: number, askId: number): void;
  /** The first held message, if any (see holdMessage). */
  heldMessage(pendingFlow: string | null): HeldMessage | undefined;
  /** Every held message, oldest first, and the question asked about them. */
  held(pendingFlow: string | null): Held;
  needsConsent(resident: Resident | undefined): boolean;
  consent(id: number, firstName: string): void;
  /** Telegram told us the person blocked the bot: nothing more is queued for them. */
  markUnreachable(id: number, reason: string): void;
  /** The person's desk (a place): chosen at first contact when there are several, changeable from the menu. */
  chooseDesk(id: number, deskId: string): void;
  /** They were asked for their location to find the nearest desk: a location within the hour answers it. */
  askedForLocation(id: number): void;
  /** Whether a location they send now answers "which desk is nearest?" rather than going to the desk. */
  awaitsDeskLocation(resident: Resident | undefined): boolean;
  markReachable(id: number): void;
}

export function residentsService(repos: Stores, clock: Clock, noticeVersion: number): ResidentsService {
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
      // A poster's link never pushes out messages waiting for "send this to the desk?": they are asked about first,
      // and what they said matters more than the shortcut the poster offered.
      if (flow !== null && heldOf(repos.residents.get(id)?.pendingFlow ?? null).pieces.length) return;
      repos.residents.update(id, { pendingFlow: flow });
    },
    /**
     * Messages sent outside any form, kept while the person is asked (once, for all of them) whether they go to the
     * desk. Before they accepted the privacy notice only their kind and id are kept (no words, no file); after, the
     * pieces themselves, so they can become the first pieces of a request. `append` adds to those already waiting.
     */
    holdMessage(id: number, held: HeldMessage, options: { append?: boolean } = {}): HeldMessage[] {
      const before = options.append ? heldOf(repos.residents.get(id)?.pendingFlow ?? null) : { pieces: [] };
      const pieces = [...before.pieces.filter((p) => p.messageId !== held.messageId), { ...held, at: held.at ?? clock.now().getTime() }].slice(-MAX_HELD);
      repos.residents.update(id, { pendingFlow: `${HELD_PREFIX}${JSON.stringify({ ...before, pieces })}` });
      return pieces;
    },
    /** The one question asked about the held messages (deleted and asked again below when another comes). */
    setHeldAsk(id: number, askId: number): void {
      const held = heldOf(repos.residents.get(id)?.pendingFlow ?? null);
      if (held.pieces.length) repos.residents.update(id, { pendingFlow: `${HELD_PREFIX}${JSON.stringify({ ...held, askId })}` });
    },
    /** The first held message, if any (see holdMessage). */
    heldMessage(pendingFlow: string | null): HeldMessage | undefined {
      return heldOf(pendingFlow).pieces[0];
    },
    /** Every held message, oldest first, and the question asked about them. */
    held(pendingFlow: string | null): Held {
      return heldOf(pendingFlow);
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
