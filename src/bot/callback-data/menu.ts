import { callbackData, oneOf } from "./define.js";

/** The main menu's entries, in the order they are shown ("place", the resident's desk, only where there are several). */
export const MENU_ITEMS = ["desk", "letter", "italian", "tutoring", "activities", "mine", "info", "building", "place", "voice", "language", "privacy"] as const;
/** Entries opened from the neighbourhood's screen rather than the menu itself (news, report a problem, what is reported). */
export const MENU_SUBITEMS = ["news", "report", "reported"] as const;
/**
 * Entries gathered on WhatsApp, whose list holds ten rows: when the menu would have more, the desk's choice, the
 * language and privacy go under one "⚙️ Settings" row ("settings"), and "🔊 Listen" keeps its own row.
 */
export const MENU_SETTINGS = ["place", "language", "privacy"] as const;
export type MenuEntry = (typeof MENU_ITEMS)[number] | (typeof MENU_SUBITEMS)[number] | "settings";

/**
 * A press on the menu: an entry; "main" redraws the menu in the pressed message (a step of a screen);
 * "home" sends it as a new message under a final answer, which stays readable above it.
 */
export const menuItem = callbackData("menu", { item: oneOf([...MENU_ITEMS, ...MENU_SUBITEMS, "settings", "main", "home"]) });
export type MenuItem = ReturnType<typeof menuItem.unpack>["item"];
