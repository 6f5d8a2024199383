/**
 * Buttons of home visits, each built and parsed here only. A press is input like any other: the feature checks
 * who pressed it and the domain checks the visit is still in the state the button was offered for.
 */

export const visitButtons = {
  // The resident's side.
  /** A window of a proposal (1–3). */
  pick: { data: (visitId: number, position: number) => `vw:${visitId}:${position}`, pattern: /^vw:(\d+):([1-3])$/ },
  /** "None of these works". */
  none: { data: (visitId: number) => `vn:${visitId}`, pattern: /^vn:(\d+)$/ },
  /** [OK] / [I can't] under a reminder. */
  reminder: { data: (answer: "ok" | "cant", visitId: number) => `vr:${answer === "ok" ? "o" : "x"}:${visitId}`, pattern: /^vr:(o|x):(\d+)$/ },
  /** After "not at home": another appointment, yes or no. */
  again: { data: (answer: "yes" | "no", visitId: number) => `va:${answer === "yes" ? "y" : "n"}:${visitId}`, pattern: /^va:(y|n):(\d+)$/ },
  /** The resident's calendar file. */
  residentCalendar: { data: (visitId: number) => `vi:${visitId}`, pattern: /^vi:(\d+)$/ },

  // Staff's side.
  /** The card's "🏠 Visita": how to propose windows for this request. */
  propose: { data: (requestId: number) => `vp:${requestId}`, pattern: /^vp:(\d+)$/ },
  /** The worker's list: done / not at home / to be moved. */
  outcome: { data: (outcome: "done" | "not-home" | "rescheduled", visitId: number) => `vo:${outcome[0]}:${visitId}`, pattern: /^vo:(d|n|r):(\d+)$/ },
  /** The place on the map, when its coordinates are known. */
  map: { data: (visitId: number) => `vm:${visitId}`, pattern: /^vm:(\d+)$/ },
  /** The worker's calendar file. */
  workerCalendar: { data: (visitId: number) => `vk:${visitId}`, pattern: /^vk:(\d+)$/ },
};

/** The outcome a letter of `outcome` stands for. */
export const OUTCOME_OF = { d: "done", n: "not-home", r: "rescheduled" } as const;
