import { Feature } from "#src/bot/middlewares/flat-composer.js";
import type { BotContext } from "#src/bot/context.js";
import { requestActionsFeature } from "./actions.js";
import { heldAnswersFeature } from "./held-answers.js";
import { historyFeature } from "./history.js";
import { queueFeature } from "./queue.js";
import { quickRepliesFeature } from "./quick-replies.js";
import { repliesFeature } from "./replies.js";
import { transferFeature } from "./transfer.js";

/** The operator group's side of the listening desk, one composer per job. */
export const requestBoardFeature = new Feature<BotContext>(
  requestActionsFeature,
  quickRepliesFeature,
  heldAnswersFeature,
  transferFeature,
  queueFeature,
  historyFeature,
  repliesFeature,
);
