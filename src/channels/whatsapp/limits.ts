/**
 * What the WhatsApp Cloud API accepts (developers.facebook.com, "Interactive messages", "Text messages",
 * "Throughput", "Pair rate limits"): the emulator refuses beyond these, and the desk's channel shapes its
 * messages within them.
 */
export const WHATSAPP_LIMITS = {
  /** Reply buttons under one interactive message. */
  buttons: 3,
  buttonTitle: 20,
  buttonId: 256,
  /** Rows in all of a list message's sections. */
  listRows: 10,
  listSections: 10,
  listButton: 20,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
  headerText: 60,
  footerText: 60,
  /** An interactive message's body. */
  interactiveBody: 1024,
  /** A text message's body. */
  textBody: 4096,
  caption: 1024,
  /** Free-form messages only this long after the person's last message; templates after. */
  windowMs: 24 * 60 * 60 * 1000,
  /** Messages a second per business number (the default tier; 1,000 after Meta's upgrade). */
  throughputPerSecond: 80,
  /** One business number to one person: about one message every 6 s, bursts allowed (error 131056 beyond). */
  pairIntervalMs: 6000,
  pairBurst: 45,
} as const;

/** Error codes of the Cloud API the desk acts on. */
export const WHATSAPP_ERRORS = {
  /** More than 24 h since the person's last message: only a template may be sent. */
  reEngagement: 131047,
  /** The number is not on WhatsApp (or cannot receive this message). */
  undeliverable: 131026,
  /** The business number's throughput. */
  rateLimit: 130429,
  /** Too many messages to the same person. */
  pairRateLimit: 131056,
  /** The parameter is wrong (a fourth button, a title too long …). */
  invalidParameter: 131009,
  /** A required parameter is missing. */
  missingParameter: 131008,
  /** The template does not exist in this language, or is not approved. */
  templateMissing: 132001,
  /** The template's parameters do not match its placeholders. */
  templateParams: 132000,
  /** Media id unknown or the upload is refused. */
  media: 131053,
  /** A bad or expired access token. */
  auth: 190,
} as const;
