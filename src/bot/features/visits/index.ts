import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { BotContext } from "#src/bot/context.js";
import { answersFeature } from "./answers.js";
import { calendarFeature } from "./calendar.js";
import { dayFeature } from "./day.js";
import { outcomesFeature } from "./outcomes.js";
import { proposeFeature } from "./propose.js";

/**
 * Home visits, by job. Staff: /visita proposes windows (the card's 🏠 button shows how), /visite lists a worker's day
 * with the place on the map and buttons to mark each visit. Residents: the choice of a window, "none works", the
 * answers to reminders and to "not at home", and the calendar file.
 */
export const visitsFeature = new Feature<BotContext>().use(proposeFeature, dayFeature, outcomesFeature, calendarFeature, answersFeature);
