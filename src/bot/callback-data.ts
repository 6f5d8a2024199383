/**
 * Callback data is short, prefixed and built and parsed here only. It is input like any other:
 * handlers check again on the server that the action is still allowed.
 */

import { satisfactionData } from "../domain/service-levels.js";

export const cb = {
  closedReply: (answer: "help" | "thanks", messageRowId: number) => `cr:${answer}:${messageRowId}`,
  held: (answer: "yes" | "no") => `hm:${answer}`,
  unfinished: (choice: "continue" | "discard") => `uf:${choice}`,
  lang: (code: string) => `lang:${code}`,
  consent: (version: number) => `consent:${version}`,
  menu: (item: MenuItem) => `menu:${item}`,
  /** A resident chooses their desk (a place), or asks for the nearest one by sending their location. */
  chooseDesk: (deskId: string) => `dk:${deskId}`,
  nearestDesk: () => "dkn",
  category: (c: string) => `cat:${c}`,
  /** Card buttons in the operator group. */
  desk: (action: "take" | "quick" | "close" | "reopen" | "transfer", requestId: number) => `d:${action}:${requestId}`,
  /** Staff pass a request to another team (one button per team). */
  transfer: (requestId: number, teamId: string) => `tf:${requestId}:${teamId}`,
  quickReply: (requestId: number, index: number) => `qr:${requestId}:${index}`,
  /** A page of a request's history for staff (0 = the latest). */
  history: (requestId: number, page: number) => `rq:${requestId}:${page}`,
  flow: (step: string) => `f:${step}`,
  activity: (id: string) => `act:${id}`,
  book: (sessionId: number) => `b:${sessionId}`,
  waitlist: (sessionId: number) => `w:${sessionId}`,
  cancelBooking: (bookingId: number) => `xb:${bookingId}`,
  attendance: (bookingId: number, value: "p" | "a") => `att:${bookingId}:${value}`,
  /** Staff take one booking off a roster: ask first, then remove. */
  removeBooking: (bookingId: number, step: "ask" | "yes" | "no") => `rb:${step}:${bookingId}`,
  /** Every date of a course the resident was shown, first to last. */
  bookCourse: (fromSessionId: number, toSessionId: number) => `bc:${fromSessionId}:${toSessionId}`,
  /** The answer to "Cancel this booking?": yes cancels, no goes back to the list. */
  cancelBookingAnswer: (bookingId: number, answer: "y" | "n") => `xb${answer}:${bookingId}`,
  /** "🏠 Menu" under a final answer: the menu comes as a new message, so the answer stays readable above it. */
  home: () => "menu:home",
  /** "Did we help you?" after a close: 😊 yes / 😐 partly / 🙁 no (the domain queues it, built by the same function). */
  satisfaction: satisfactionData,
};

export const pattern = {
  /** After a closed request: "I still need help" (reopens) or "just thanks", for a message held back. */
  closedReply: /^cr:(help|thanks):(\d+)$/,
  /** "Send this to the desk?" about a message sent outside any form. */
  held: /^hm:(yes|no)$/,
  /** /start, /menu or /language in the middle of a form: continue it or discard it. */
  unfinished: /^uf:(continue|discard)$/,
  lang: /^lang:([a-z]{2})$/,
  consent: /^consent:(\d+)$/,
  menu: /^menu:([a-z]+)$/,
  chooseDesk: /^dk:([a-z0-9]{2,24})$/,
  nearestDesk: /^dkn$/,
  category: /^cat:([a-z]+)$/,
  desk: /^d:(take|quick|close|reopen|transfer):(\d+)$/,
  transfer: /^tf:(\d+):([a-z][a-z0-9-]{1,23})$/,
  quickReply: /^qr:(\d+):(\d+)$/,
  history: /^rq:(\d+):(\d+)$/,
  activity: /^act:([a-z0-9-]+)$/,
  book: /^b:(\d+)$/,
  waitlist: /^w:(\d+)$/,
  cancelBooking: /^xb:(\d+)$/,
  /** Buttons under outbox messages: offer accept/decline, reminder coming/not coming. */
  offer: /^o(a|d):(\d+)$/,
  reminder: /^r(c|x):(\d+)$/,
  attendance: /^att:(\d+):(p|a)$/,
  removeBooking: /^rb:(ask|yes|no):(\d+)$/,
  bookCourse: /^bc:(\d+):(\d+)$/,
  cancelBookingAnswer: /^xb(y|n):(\d+)$/,
  satisfaction: /^sat:(y|p|n):(\d+)$/,
};

/** "place" (the resident's desk) is shown only where there are several desks to choose from. */
export const MENU_ITEMS = ["desk", "italian", "tutoring", "activities", "mine", "info", "place", "language", "privacy"] as const;
export type MenuItem = (typeof MENU_ITEMS)[number] | "main";
