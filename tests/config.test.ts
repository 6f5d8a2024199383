import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "#src/config.js";
import { OPERATOR_CHAT_ID } from "./harness/desk.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe("configuration", () => {
  it("applies defaults", () => {
    const c = loadConfig({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: String(OPERATOR_CHAT_ID) });
    expect(c).toMatchObject({
      databasePath: "data/noi-desk.sqlite",
      timezone: "Europe/Rome",
      apiRoot: "https://api.telegram.org",
      operatorChatId: OPERATOR_CHAT_ID,
      digestTime: "08:00",
    });
  });

  it("names a malformed token and a malformed operator chat id", () => {
    expect(problems({ BOT_TOKEN: "nope", OPERATOR_CHAT_ID: "-100" }).join()).toMatch(/^BOT_TOKEN:/);
    expect(problems({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: "group" }).join()).toMatch(/^OPERATOR_CHAT_ID:/);
    expect(problems({ BOT_TOKEN: TOKEN }).join()).toMatch(/OPERATOR_CHAT_ID: required/);
    expect(problems({ TIMEZONE: "Mars/Olympus" }).join()).toMatch(/TIMEZONE/);
  });

  it("stops start-up with a message naming the variable, and never prints the token", () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ["build/src/main.js"], {
        env: { PATH: process.env.PATH ?? "", DATABASE_PATH: ":memory:", ...env },
        encoding: "utf8",
        timeout: 20_000,
      });
    const bad = run({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: "operators" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("OPERATOR_CHAT_ID");
    expect(bad.stderr).not.toContain(TOKEN);
    const badToken = run({ BOT_TOKEN: "12:short", OPERATOR_CHAT_ID: "-100123" });
    expect(badToken.status).toBe(2);
    expect(badToken.stderr).toContain("BOT_TOKEN");
  });
});
