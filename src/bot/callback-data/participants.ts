import { callbackData, oneOf, slug } from "./define.js";

// Steps of the ESF+ participant sheet (a flow: "f:" like every flow step; each accepts only what it offered).

/** Yes or no to the sheet itself. */
export const sheetConsent = callbackData("f:psc", { answer: oneOf(["yes", "no"]) });
/** Yes or no to the special categories (GDPR art. 9), asked apart. */
export const sheetSensitive = callbackData("f:pss", { answer: oneOf(["yes", "no"]) });
/** One answer to the question on screen: a value, or "declined". */
export const sheetAnswer = callbackData("f:psa", { value: slug });
/** Staff filling a sheet at the desk: the activity the person entered (or the listening desk). */
export const sheetActivity = callbackData("f:psact", { activityId: slug });
