import { NEWS_TOPICS } from "#src/domain/neighbourhood/announcements.js";
import { REPORT_KINDS } from "#src/domain/neighbourhood/building-reports.js";
import { callbackData, coded, int, oneOf, shaped, slug } from "./define.js";

// ------------------------------------------------------------ residents

/** Under an event: "I'll come" (y) or "I can't" (n). */
export const eventReply = callbackData("ev", { reply: coded({ yes: "y", no: "n" }), id: int });
/** Under any announcement: no more news, in one tap. */
export const newsStop = callbackData("nw:stop", { id: int });
/** The news screen: turn a topic on or off, all on, or all off. */
export const newsTopic = callbackData("nw:t", { topic: oneOf(NEWS_TOPICS) });
export const newsAll = callbackData("nw:all", { on: coded({ yes: "y", no: "n" }) });

// ------------------------------------------------------------ staff write an announcement (a flow: "f:")

export const annKind = callbackData("f:ak", { kind: oneOf(["news", "event"]) });
export const annTopic = callbackData("f:at", { topic: oneOf(NEWS_TOPICS) });
export const annAudience = callbackData("f:aa", { type: oneOf(["all", "desk", "building", "activity", "languages"]) });
export const annDesk = callbackData("f:ad", { deskId: shaped("[a-z0-9]{2,24}") });
export const annActivity = callbackData("f:ac", { activityId: slug });
/** A language of the audience, toggled; "ok" when done. */
export const annLanguage = callbackData("f:al", { language: shaped("[a-z]{2}|ok") });
/** Under the preview: send, edit one language's text, cancel. */
export const annPreview = callbackData("f:ap", { action: oneOf(["send", "cancel"]) });
export const annEdit = callbackData("f:ae", { language: shaped("[a-z]{2}") });

// ------------------------------------------------------------ a resident reports a problem in their building (a flow)

export const reportKind = callbackData("f:rk", { kind: oneOf(REPORT_KINDS) });
/** One of the buildings offered, by its place in the list. */
export const reportBuilding = callbackData("f:rb", { index: int });
export const reportFollow = callbackData("f:rf", { answer: oneOf(["follow", "cancel"]) });
export const reportDone = callbackData("f:rd");

// ------------------------------------------------------------ staff record a report's steps

export const reportStep = callbackData("rs", { step: oneOf(["atc", "comune", "police", "fixed", "closed"]), id: int });
