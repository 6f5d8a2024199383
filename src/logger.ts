import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Message texts and the token never reach a log line: residents tell the desk about
 * health and papers, and a leaked token hands the bot to anyone.
 */
export function createLogger(level: string, token?: string, destination?: pino.DestinationStream): Logger {
  const tokenPattern = token ? new RegExp(token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : undefined;
  return pino(
    {
      level,
      redact: {
        paths: ["text", "caption", "*.text", "*.caption", "token", "*.token", "update.message", "payload.text"],
        censor: "[redacted]",
      },
      hooks: {
        logMethod(args, method) {
          if (tokenPattern) {
            args = args.map((a) =>
              typeof a === "string" ? a.replace(tokenPattern, "<token>") : a,
            ) as typeof args;
          }
          method.apply(this, args);
        },
      },
      formatters: {
        log(obj) {
          if (!tokenPattern) return obj;
          return JSON.parse(JSON.stringify(obj).replace(tokenPattern, "<token>"));
        },
      },
    },
    destination ?? pino.destination(2),
  );
}
