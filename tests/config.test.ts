import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "#src/settings.js";
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

describe("the desk file's policy", () => {
  const withDeskFile = (file: unknown, env: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), "noi-desk-policy-"));
    writeFileSync(join(dir, "desk.json"), JSON.stringify(file));
    try {
      return loadConfig({ DESK_FILE: join(dir, "desk.json"), ...env });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const teams = [{ id: "sportello", name: "Sportello N.O.I." }];

  it("without a desk file every rule has its documented default", () => {
    expect(loadConfig({})).toMatchObject({
      digestTime: "08:00",
      waitlistHoldHours: 12,
      waitlistHoldUntil: { hour: 12, minute: 0 },
      maxChildrenPerSession: 3,
      retentionDays: 365,
      rateLimitPerMinute: 30,
      storedPerRequest: 200,
      storedPerDay: 300,
      flowIdleMinutes: 180,
      staleWorkingHours: 16,
      csvSeparator: ";",
      privacyNoticeVersion: 1,
    });
    expect(loadConfig({}).emergencySocialNumber).toBeUndefined();
  });

  it("the file sets the rules, and a variable in the environment overrides one", () => {
    const policy = { waitlistHoldHours: 24, waitlistHoldUntil: "10:30", retentionDays: 730, csvSeparator: ",", digestTime: "07:45" };
    expect(withDeskFile({ teams, policy })).toMatchObject({ ...policy, waitlistHoldUntil: { hour: 10, minute: 30 } });
    expect(withDeskFile({ teams, policy }, { RETENTION_DAYS: "90" })).toMatchObject({ waitlistHoldHours: 24, retentionDays: 90 });
  });

  it("a rule out of range stops start-up naming the key in the file, or the variable", () => {
    expect(() => withDeskFile({ teams, policy: { retentionDays: 0 } })).toThrow(/DESK_FILE \(.*desk\.json\): policy\.retentionDays/);
    expect(() => withDeskFile({ teams, policy: { holdForever: true } })).toThrow(/policy/);
    expect(problems({ WAITLIST_HOLD_UNTIL: "noon" }).join()).toMatch(/^WAITLIST_HOLD_UNTIL: must be HH:MM/);
    expect(problems({ CSV_SEPARATOR: "|" }).join()).toMatch(/^CSV_SEPARATOR:/);
  });
});
