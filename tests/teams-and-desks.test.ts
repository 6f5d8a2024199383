import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";
import { type Resident, TestDesk, TWO_TEAMS, unmarked } from "./harness/desk.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const t = (locale: string, key: string, vars?: Record<string, string | number>) => unmarked(desk.app.i18n.t(locale, key, vars));

/**
 * Two desks of one network: the Cristo desk in Alessandria (every activity) and a desk in Casale Monferrato, 30 km
 * away, with its own address, hours and only two activities (Italian A1 and the course for family carers).
 */
const TWO_DESKS = {
  ...TWO_TEAMS,
  desks: [
    {
      id: "cristo",
      name: "Cristo",
      town: "Alessandria",
      address: "via Gandolfi 20",
      venue: "Via Gandolfi 20, 15121 Alessandria",
      location: { latitude: 44.8969, longitude: 8.6236 },
      teams: ["sportello", "salute"],
    },
    {
      id: "casale",
      name: "Casale Monferrato",
      town: "Casale Monferrato",
      address: "via Lanza 10",
      location: { latitude: 45.1335, longitude: 8.4526 },
      openingHours: { timezone: "Europe/Rome", weekly: { tue: ["9:00-12:00"], thu: ["14:00-17:00"] } },
      teams: ["sportello", "salute"],
      activities: ["italian-a1", "caregiver"],
    },
  ],
};

/** A session of an activity at a desk, created as staff would with /newsession. */
function session(activityId: string, deskId: string, day: number) {
  const created = desk.deps.services.booking.createSessions(
    { activityId, date: { year: 2026, month: 12, day }, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats: 10, weeks: 1, deskId },
    { id: 900_001, name: "Giulia" },
  );
  if ("error" in created) throw new Error(created.error);
  return created[0]!;
}

/** Language and consent; where there are several desks, the desk picker comes next. */
async function meets(r: Resident, start = "/start") {
  await r.says(start);
  await r.presses("✅");
  return r.presses(/✅/);
}

describe("desks: places, each with its address, hours and activities", () => {
  it("with one desk nothing about desks is shown: the menu comes straight after consent, without 📍 My desk", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    const after = await meets(ion);
    expect(after.map((m) => m.plain)).toContain(t("ro", "menu-title"));
    expect(ion.buttons()).not.toContain(t("ro", "menu-place"));
    expect(ion.texts.some((x) => x === t("ro", "desk-choose"))).toBe(false);
  });

  it("two desks with different addresses and activities: each resident reads their own desk's address, hours and lessons", async () => {
    desk = new TestDesk({ network: TWO_DESKS });
    session("italian-a1", "cristo", 1);
    session("italian-a1", "casale", 3);
    session("italian-a2", "cristo", 2);

    // First contact: language, consent, then the desk, by its neighbourhood or town.
    const amira = desk.resident("Amira", "ar");
    const picker = (await meets(amira)).at(-1)!;
    expect(unmarked(picker.plain ?? "")).toBe(t("ar", "desk-choose"));
    expect(amira.buttons()).toEqual(["Cristo · Alessandria", "Casale Monferrato", t("ar", "desk-nearest-button")]);
    const chosen = await amira.presses("Casale Monferrato");
    expect(unmarked(chosen[0]!.plain ?? "")).toBe(t("ar", "desk-chosen", { name: "Casale Monferrato", address: "via Lanza 10" }));
    expect(chosen.at(-1)!.plain).toBe(t("ar", "menu-title"));
    // No after-school help in Casale; "My desk" is in the menu.
    expect(amira.buttons()).not.toContain(t("ar", "menu-tutoring"));
    expect(amira.buttons()).toContain(t("ar", "menu-place"));

    // Info: Casale's address, its hours (Tuesday and Thursday), its map pin.
    await amira.presses(t("ar", "menu-info"));
    const info = unmarked(amira.inbox.at(-2)!.plain ?? "");
    expect(info).toContain("Via Lanza 10, Casale Monferrato");
    expect(info).not.toContain("Gandolfi");
    const pin = amira.inbox.at(-1)!;
    expect(pin).toMatchObject({ venue: { location: { latitude: 45.1335, longitude: 8.4526 }, address: "Via Lanza 10, Casale Monferrato" } });

    // Italian lessons: only A1 is held in Casale, and only Casale's dates are offered.
    await amira.says("/menu");
    await amira.presses(t("ar", "menu-italian"));
    expect(amira.buttons().filter((b) => b !== t("ar", "menu-back"))).toEqual([t("ar", "act-italian-a1")]);
    await amira.presses(t("ar", "act-italian-a1"));
    const dates = amira.buttons().filter((b) => b.includes("3"));
    expect(dates).toHaveLength(1);
    await amira.presses(dates[0]!);
    expect(unmarked(amira.last.plain)).toContain(t("ar", "place-desk", { address: "via Lanza 10" }));

    // A request: "Can you come to the desk at via Lanza 10?"
    await amira.says("/menu");
    await amira.presses(t("ar", "menu-desk"));
    await amira.presses(t("ar", "cat-rent"));
    await amira.says("فاتورة الكهرباء");
    await amira.presses(t("ar", "req-done"));
    expect(unmarked(amira.last.plain)).toBe(t("ar", "req-visit-question", { address: "via Lanza 10" }));

    // A neighbour of the Cristo desk reads via Gandolfi 20 and gets the Cristo lessons.
    const olena = desk.resident("Olena", "uk");
    await meets(olena);
    await olena.presses("Cristo · Alessandria");
    expect(olena.buttons()).toContain(t("uk", "menu-tutoring"));
    await olena.presses(t("uk", "menu-info"));
    expect(unmarked(olena.inbox.at(-2)!.plain ?? "")).toContain(t("uk", "desk-cristo-directions"));
    expect(olena.inbox.at(-1)).toMatchObject({ venue: { address: "Via Gandolfi 20, 15121 Alessandria" } });
    await olena.says("/menu");
    await olena.presses(t("uk", "menu-italian"));
    expect(olena.buttons()).toEqual(expect.arrayContaining([t("uk", "act-italian-a1"), t("uk", "act-italian-a2")]));
  });

  it("a poster's deep link /start desk_casale chooses the desk: no picker, Casale's address from the start", async () => {
    desk = new TestDesk({ network: TWO_DESKS });
    const ana = desk.resident("Ana", "es");
    const after = await meets(ana, "/start desk_casale");
    expect(desk.deps.repos.residents.get(ana.user.id)?.deskId).toBe("casale");
    expect(after.map((m) => m.plain)).toContain(t("es", "menu-title"));
    expect(ana.texts.some((x) => unmarked(x) === t("es", "desk-choose"))).toBe(false);
    // The privacy notice named Casale's address already.
    expect(ana.texts.some((x) => unmarked(x).includes("via Lanza 10"))).toBe(true);

    // A link naming a desk and a flow: the desk, then the flow after consent.
    const john = desk.resident("John", "en");
    await meets(john, "/start desk_cristo-corsi");
    expect(desk.deps.repos.residents.get(john.user.id)?.deskId).toBe("cristo");
    expect(john.last.plain).toBe(t("en", "book-choose-level"));
  });

  it("location → nearest desk: the resident shares where they are and gets the nearest desk; the location is not kept", async () => {
    desk = new TestDesk({ network: TWO_DESKS });
    const ion = desk.resident("Ion", "ro");
    await meets(ion);
    const [ask] = await ion.presses(t("ro", "desk-nearest-button"));
    expect(ask!.plain).toBe(t("ro", "desk-send-location"));
    expect(JSON.stringify(ask!.keyboard)).toContain('"request_location":true');

    // Frassineto Po, a village 8 km from Casale and 20 from Alessandria.
    const answer = await ion.sharesLocation(45.1347, 8.5386);
    expect(unmarked(answer[0]!.plain ?? "")).toMatch(
      new RegExp(`^${t("ro", "desk-nearest", { name: "Casale Monferrato", address: "via Lanza 10", km: "KM" }).replace(/[()]/g, "\\$&").replace("KM", "[0-9]+(,[0-9])?")}$`),
    );
    expect(answer[0]!.keyboard).toEqual({ remove_keyboard: true });
    expect(desk.deps.repos.residents.get(ion.user.id)?.deskId).toBe("casale");
    expect(desk.everyText()).not.toContain("8.5386");

    // Changed later from the menu: "📍 My desk" shows the current one and the choices.
    await ion.says("/menu");
    const [current] = await ion.presses(t("ro", "menu-place"));
    expect(unmarked(current!.plain ?? "")).toBe(t("ro", "desk-current", { name: "Casale Monferrato", address: "via Lanza 10" }));
    await ion.presses("Cristo · Alessandria");
    expect(desk.deps.repos.residents.get(ion.user.id)?.deskId).toBe("cristo");
    expect(ion.last.plain).toBe(t("ro", "menu-title"));

    // Typing the town's name chooses it too, while choosing.
    const mei = desk.resident("Mei", "zh");
    await meets(mei);
    await mei.says("casale monferrato");
    expect(desk.deps.repos.residents.get(mei.user.id)?.deskId).toBe("casale");
  });
});

describe("the teams-and-desks file", () => {
  const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
  const problems = (network: unknown, env: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), "noi-desk-config-"));
    const file = join(dir, "desk.json");
    writeFileSync(file, typeof network === "string" ? network : JSON.stringify(network));
    try {
      loadConfig({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: "-1001234567890", DESK_FILE: file, ...env });
      return "";
    } catch (error) {
      if (error instanceof ConfigError) return error.problems.join("\n");
      throw error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const [sportello, salute] = TWO_TEAMS.teams as [(typeof TWO_TEAMS.teams)[0], (typeof TWO_TEAMS.teams)[1]];

  it("without a file: one team in OPERATOR_CHAT_ID at the Cristo desk, every category and activity", () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: "-1001234567890" });
    expect(config.networkFile).toBeUndefined();
    expect(config.network.teams.map((t) => [t.id, t.chatId])).toEqual([["sportello", undefined]]);
    expect(config.network.desks.map((d) => [d.id, d.address, d.teams])).toEqual([["cristo", "via Gandolfi 20", ["sportello"]]]);
    expect(config.network.desks[0]!.activities).toHaveLength(8);
  });

  it("names the file and what is wrong in it", () => {
    expect(problems("{ teams: ")).toMatch(/^DESK_FILE \(.*desk\.json\): not readable JSON/);
    expect(problems({ teams: [{ ...sportello, categories: ["housing", "pets"] }] })).toMatch(/teams\.0\.categories\.1/);
    expect(problems({ teams: [sportello, { ...salute, chatId: -1001234567890 }] })).toMatch(/^OPERATOR_CHAT_ID: is the group of team "salute"/);
    expect(problems({ teams: [{ ...sportello, chatId: -1001 }, { ...salute, chatId: -1001 }] })).toContain('teams "sportello" and "salute" have the same group');
    expect(problems({ teams: [sportello, { ...salute, categories: ["health", "housing"] }] })).toContain('category "housing" is claimed by "sportello" and "salute"');
    expect(problems({ teams: [sportello, { ...salute, activities: ["knitting"] }] })).toContain('unknown activity "knitting"');
    expect(problems({ ...TWO_TEAMS, desks: [{ ...TWO_DESKS.desks[0], teams: ["sportello", "dentists"] }] })).toContain('unknown team "dentists"');
    expect(problems({ teams: [sportello, { ...salute, chatId: undefined }] })).toContain('team "salute" needs its operator group\'s chatId');
    expect(problems({ ...TWO_TEAMS, coordinatorsChatId: salute.chatId })).toContain("the coordinators' group must not be a team's group");
    expect(problems(TWO_DESKS)).toBe("");
  });
});
