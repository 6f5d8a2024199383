/** Every kind of button the desk offers, one definition each that builds and parses its data. */
export * from "./booking.js";
export { type CallbackData, callbackData } from "./define.js";
export * from "./flows.js";
export * from "./menu.js";
export * from "./onboarding.js";
export * from "./requests.js";
export * from "./satisfaction.js";
export * from "./staff.js";
