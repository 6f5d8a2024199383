import { afterEach, describe, expect, it } from "vitest";
import { publishCommands } from "#src/bot/features/menu/publish-commands.js";
import { LOCALES } from "#src/domain/policy.js";
import { createLogger } from "#src/logger.js";
import { OPERATOR_CHAT_ID, TestDesk, } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());


function logSink() {
  const lines: any[] = [];
  return { lines, write: (line: string) => void lines.push(JSON.parse(line)) };
}

describe("resilience", () => {
  it("apologises in the resident's language when their action fails, logs the feature without texts, and keeps going", async () => {
    const sink = logSink();
    desk = new TestDesk({ log: sink, env: { LOG_LEVEL: "info" } });
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    const upcoming = desk.deps.services.booking.upcoming;
    desk.deps.services.booking.upcoming = () => {
      throw new Error("disk on fire");
    };
    await ana.opensDates("es");
    expect(ana.last.plain).toBe(t("es", "error-apology"));

    const failure = sink.lines.find((l) => l.msg === "update failed");
    expect(failure).toMatchObject({ feature: "booking", chatId: ana.user.id, updateType: "callback_query" });
    expect(failure.err.message).toBe("disk on fire");
    expect(JSON.stringify(sink.lines)).not.toContain(desk.em.token);

    desk.deps.services.booking.upcoming = upcoming;
    await ana.says("/menu");
    expect(ana.last.plain).toBe(t("es", "menu-title"));
  });

  it("never writes the token or a message text into the log", () => {
    const sink = logSink();
    const token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    const logger = createLogger("debug", token, sink as never);
    logger.info({ url: `https://api.telegram.org/bot${token}/getMe`, text: "mia madre è malata", message: { caption: "referto" } }, `calling bot${token}`);
    const line = JSON.stringify(sink.lines);
    expect(line).not.toContain(token);
    expect(line).not.toContain("mia madre");
    expect(line).not.toContain("referto");
    expect(line).toContain("<token>");
  });

  it("publishes command menus and descriptions in every language, and a failure does not stop start-up", async () => {
    desk = new TestDesk();
    await publishCommands(desk.app.bot.api, desk.app.i18n, createLogger("silent"), OPERATOR_CHAT_ID);
    expect([...desk.em.commands.keys()].sort()).toEqual(["", `chat:${OPERATOR_CHAT_ID}`, ...LOCALES.filter((l) => l !== "it")].sort());
    expect((desk.em.commands.get(`chat:${OPERATOR_CHAT_ID}`) as Array<{ command: string }>).map((c) => c.command)).toContain("newsession");
    const arabic = desk.em.commands.get("ar") as Array<{ command: string; description: string }>;
    expect(arabic.find((c) => c.command === "language")!.description).toBe(t("ar", "cmd-language"));
    expect(desk.em.descriptions.get("description:uk")).toBe(t("uk", "bot-description"));

    desk.em.fault = (method) => (method.startsWith("setMy") ? { ok: false, error_code: 400, description: "Bad Request: BOT_COMMAND_INVALID" } : undefined);
    const sink = logSink();
    await expect(publishCommands(desk.app.bot.api, desk.app.i18n, createLogger("warn", undefined, sink as never))).resolves.toBeUndefined();
    expect(sink.lines.filter((l) => l.msg === "could not publish commands/description")).toHaveLength(LOCALES.length);
  });
});
