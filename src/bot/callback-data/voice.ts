import { callbackData, oneOf } from "./define.js";

/** "🔊 I prefer voice messages" at first contact ("vc:on"); it passes the consent gate, like the language. */
export const voiceChoice = callbackData("vc", { choice: oneOf(["on"]) });

/** "🔊 Listen" under one message: that message, read aloud once. */
export const listenOnce = callbackData("say");
