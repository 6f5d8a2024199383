import { callbackData, int, oneOf, shaped } from "./define.js";

/** A language on the picker ("lang:ar"); the handler checks it is one the desk speaks. */
export const languageChoice = callbackData("lang", { locale: shaped("[a-z]{2}") });

/** "I agree" under the privacy notice of this version: agreeing to an older one is not agreeing to the one in force. */
export const consent = callbackData("consent", { version: int });
/** "I'd rather talk to a person" under the notice: where and when the desk is open, nothing stored. */
export const preferPerson = callbackData("person");

/** A resident chooses their desk (a place) where there are several; "dkn" asks for the nearest, by location. */
export const deskChoice = callbackData("dk", { deskId: shaped("[a-z0-9]{2,24}") });
export const nearestDesk = callbackData("dkn");

/** The answer to /forget's "Erase everything?": these two pass the consent gate, so anyone can change their mind. */
export const forgetAnswer = callbackData("pv", { answer: oneOf(["forget", "keep"]) });
