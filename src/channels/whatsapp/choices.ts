import type { InlineKeyboardMarkup, ReplyKeyboardMarkup } from "grammy/types";
import { ActionButtons, ActionList, ActionLocation, Body, Button, Interactive, ListSection, Row, Text } from "whatsapp-api-js/messages";
import type { ClientMessage } from "whatsapp-api-js/types";
import { WHATSAPP_LIMITS as L } from "./limits.js";
import { clip, splitText, waLength } from "./markup.js";

/** Button ids the channel itself gives: a reply keyboard's words and "use this number". Never desk callback data. */
export const REPLY_TEXT_PREFIX = "wa:t:";
export const USE_THIS_NUMBER = "wa:contact";

/** One choice as the bot offered it: the label a person reads and the data a press carries. */
export interface Choice {
  label: string;
  data: string;
}

/** How a message's choices reach WhatsApp, so a press (or a typed number) can be matched to them. */
export type Offer =
  | { kind: "none" }
  | { kind: "buttons"; choices: Choice[] }
  | { kind: "list"; choices: Choice[] }
  /** More than a list holds: numbered lines, the person types the number. */
  | { kind: "numbers"; choices: Choice[] }
  | { kind: "location" }
  | { kind: "contact" };

/** The messages to send for one bot message: text parts first, the one with choices last. */
export interface Shaped {
  messages: ClientMessage[];
  offer: Offer;
}

/** Text the person reads with no isolation marks (Fluent's U+2068/U+2069 show as boxes on some phones). */
const bare = (s: string) => s.replace(/[\u2066-\u2069]/g, "");

/** What the inline keyboard offers: callback buttons as choices, link buttons as lines of text. */
export function choicesOf(markup: InlineKeyboardMarkup | undefined): { choices: Choice[]; links: string[] } {
  const choices: Choice[] = [];
  const links: string[] = [];
  for (const button of (markup?.inline_keyboard ?? []).flat()) {
    if ("callback_data" in button && button.callback_data !== undefined) choices.push({ label: bare(button.text), data: button.callback_data });
    else if ("url" in button && button.url) links.push(`${bare(button.text)}: ${button.url}`);
  }
  return { choices, links };
}

export interface ShapeWords {
  /** The list's button ("Choose"), in the person's language. */
  listButton: string;
  /** The body of a choice that follows a text too long for an interactive body. */
  choose: string;
  /** "Type the number of your choice." */
  typeNumber: string;
  /** "📞 Use this number" */
  useThisNumber: string;
}

/**
 * A bot message (text and keyboard) as WhatsApp messages: ≤ 3 short choices as reply buttons; ≤ 10 as a list (a
 * long label cut into a row title and its description); more as numbered lines. A text too long for an
 * interactive body goes first as text (in parts of ≤ 4,096 characters), the choices after it.
 */
export function shape(text: string, markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | { remove_keyboard: true } | undefined, words: ShapeWords): Shaped {
  const body = bare(text).trim() || "…";
  if (markup && "keyboard" in markup) return shapeReplyKeyboard(body, markup, words);
  const { choices, links } = choicesOf(markup && "inline_keyboard" in markup ? markup : undefined);
  const full = links.length ? `${body}\n\n${links.join("\n")}` : body;
  if (!choices.length) return { messages: splitText(full, L.textBody).map((part) => new Text(part)), offer: { kind: "none" } };
  const fits = (limit: number) => choices.every((c) => waLength(c.label) <= limit) && new Set(choices.map((c) => c.label)).size === choices.length;
  let offer: Offer;
  if (choices.length <= L.buttons && fits(L.buttonTitle)) offer = { kind: "buttons", choices };
  else if (choices.length <= L.listRows && new Set(choices.map((c) => c.data)).size === choices.length) offer = { kind: "list", choices };
  else offer = { kind: "numbers", choices };
  if (offer.kind === "numbers") {
    const lines = choices.map((c, i) => `${i + 1}. ${c.label}`).join("\n");
    return { messages: splitText(`${full}\n\n${lines}\n\n${words.typeNumber}`, L.textBody).map((part) => new Text(part)), offer };
  }
  const lead = waLength(full) > L.interactiveBody ? splitText(full, L.textBody) : [];
  const interactiveBody = new Body(lead.length ? words.choose : full);
  const interactive =
    offer.kind === "buttons"
      ? new Interactive(new ActionButtons(...(choices.map((c) => new Button(c.data, c.label)) as [Button])), interactiveBody)
      : new Interactive(new ActionList(clip(words.listButton, L.listButton), new ListSection(undefined, ...(choices.map(row) as [Row]))), interactiveBody);
  return { messages: [...lead.map((part) => new Text(part)), interactive], offer };
}

/** A list row: the label as its title, or, when longer, cut there with the whole label as the description. */
function row(choice: Choice): Row {
  if (waLength(choice.label) <= L.rowTitle) return new Row(choice.data, choice.label);
  return new Row(choice.data, clip(choice.label, L.rowTitle), clip(choice.label, L.rowDescription));
}

/**
 * A reply keyboard: "share location" becomes WhatsApp's location request; "share contact" a button that sends
 * the number WhatsApp already gave us; words become reply buttons (or a list) that come back as those words.
 */
function shapeReplyKeyboard(body: string, markup: ReplyKeyboardMarkup, words: ShapeWords): Shaped {
  const buttons = markup.keyboard.flat().map((b) => (typeof b === "string" ? { text: b } : b));
  const interactiveBody = waLength(body) > L.interactiveBody ? undefined : new Body(body);
  const lead = interactiveBody ? [] : splitText(body, L.textBody).map((part) => new Text(part));
  const after = interactiveBody ?? new Body(words.choose);
  if (buttons.some((b) => "request_location" in b && b.request_location)) {
    return { messages: [...lead, new Interactive(new ActionLocation(), after)], offer: { kind: "location" } };
  }
  if (buttons.some((b) => "request_contact" in b && b.request_contact)) {
    return {
      messages: [...lead, new Interactive(new ActionButtons(new Button(USE_THIS_NUMBER, clip(words.useThisNumber, L.buttonTitle))), after)],
      offer: { kind: "contact" },
    };
  }
  const choices = buttons.map((b) => ({ label: bare(b.text), data: `${REPLY_TEXT_PREFIX}${b.text}`.slice(0, L.rowId) }));
  if (!choices.length) return { messages: splitText(body, L.textBody).map((part) => new Text(part)), offer: { kind: "none" } };
  if (choices.length <= L.buttons && choices.every((c) => waLength(c.label) <= L.buttonTitle)) {
    return { messages: [...lead, new Interactive(new ActionButtons(...(choices.map((c) => new Button(c.data, c.label)) as [Button])), after)], offer: { kind: "buttons", choices } };
  }
  if (choices.length <= L.listRows) {
    return {
      messages: [...lead, new Interactive(new ActionList(clip(words.listButton, L.listButton), new ListSection(undefined, ...(choices.map(row) as [Row]))), after)],
      offer: { kind: "list", choices },
    };
  }
  const lines = choices.map((c, i) => `${i + 1}. ${c.label}`).join("\n");
  return { messages: splitText(`${body}\n\n${lines}\n\n${words.typeNumber}`, L.textBody).map((part) => new Text(part)), offer: { kind: "numbers", choices } };
}
