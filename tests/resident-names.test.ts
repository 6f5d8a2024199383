/**
 * Staff-side values never reach a resident's sentence in another language (issue 31): a team's Italian name
 * ("Salute e assistenza (Azimut)"), a desk's, an Italian category label. Residents read the team and the desk as
 * the desk file names them in their language, else a generic text ("the health and care team"); their calendar
 * file names their own desk's address.
 *
 * Told as chats with the shipped example network (data/desk.example.json: two teams, the Cristo and Casale desks),
 * in every language; then every resident text, rendered with the values the app passes, for both desks and teams.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Entry, type Message, parse, Visitor } from "@fluent/syntax";
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { createI18n, LOCALES_DIR } from "#src/bot/i18n.js";
import { deskLabel, deskName, residentName } from "#src/bot/features/places/resident-names.js";
import { loadConfig } from "#src/settings.js";
import { LOCALES } from "#src/domain/policy.js";
import { Desks } from "#src/domain/desks.js";
import { Teams } from "#src/domain/teams.js";
import { fromRoot } from "#src/paths.js";
import { OPERATOR_CHAT_ID, type Resident, SALUTE_CHAT_ID, TestDesk, TWO_TEAMS, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const FOREIGN = LOCALES.filter((l) => l !== "it");
const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

/** The shipped example, its hours file read in (the test desk writes the network to a file of its own). */
type Named = { name: string; residentName?: Record<string, string> };
const EXAMPLE = JSON.parse(readFileSync(fromRoot("data/desk.example.json"), "utf8")) as {
  teams: Array<Named & { id: string }>;
  desks: Array<Named & { id: string; openingHours?: unknown }>;
};
const NETWORK = {
  ...EXAMPLE,
  desks: EXAMPLE.desks.map((d) =>
    typeof d.openingHours === "string" ? { ...d, openingHours: JSON.parse(readFileSync(fromRoot("data", d.openingHours), "utf8")) } : d,
  ),
};


/**
 * What only staff should read: every team's name (the example's and the tests'), the Italian category labels (what
 * the card shows), and a desk's name wherever the desk file gives residents another one in that language.
 */
function staffValues(locale: string): string[] {
  const italianCategories = readFileSync(join(LOCALES_DIR, "it", "core.ftl"), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("cat-"))
    .map((line) => line.replace(/^cat-\S+ = \S+ /, "").trim());
  const desks = EXAMPLE.desks.filter((d) => d.residentName?.[locale] && !d.residentName[locale]!.includes(d.name)).map((d) => d.name);
  return [...EXAMPLE.teams.map((x) => x.name), ...TWO_TEAMS.teams.map((x) => x.name), ...italianCategories, ...desks];
}

const leaks = (locale: string, texts: string[]) => texts.filter((text) => staffValues(locale).some((value) => unmarked(text).includes(value)));

/** An .ics event's description, as a calendar app reads it. */
function calendarDescription(bytes: Uint8Array): string {
  const calendar = new ICAL.Component(ICAL.parse(Buffer.from(bytes).toString("utf8")));
  return String(new ICAL.Event(calendar.getFirstSubcomponent("vevent")!).description);
}

/** Files a home-care request (a home visit, answered in the chat); its number. */
async function asksForCare(r: Resident, locale: string): Promise<number> {
  await r.says("/menu");
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, "cat-homecare"));
  await r.says("Mia madre non cammina più.");
  await r.presses(t(locale, "req-visit-home"));
  await r.says("Via Roma 3, Casale Monferrato");
  await r.presses(t(locale, "req-send"));
  await desk.dispatch();
  return desk.deps.services.requests.openFor(r.user.id)!.id;
}

describe("a resident of the Casale desk, in every language, with the shipped example network", () => {
  for (const locale of LOCALES) {
    it(`${locale}: the desk, the home visit's calendar and a transfer are told with resident names, never staff ones`, async () => {
      desk = new TestDesk({ network: NETWORK });
      const cristo = desk.deps.services.desks.find("cristo")!;
      const casale = desk.deps.services.desks.find("casale")!;
      const r = desk.resident("Sam", locale);
      await r.says("/start");
      await r.presses("✅");
      await r.presses(/✅/);

      // The picker names each desk as the resident reads it; choosing one names it the same way.
      expect(r.buttons()).toEqual([deskLabel(cristo, locale), deskLabel(casale, locale), t(locale, "desk-nearest-button")]);
      // On its button the name starts with a capital, even where the sentence writes it lower-case (uk "район Cristo").
      const own = EXAMPLE.desks[0]!.residentName![locale]!;
      expect(r.buttons()[0]).toBe(own.charAt(0).toLocaleUpperCase(locale) + own.slice(1));
      await r.presses(deskLabel(casale, locale));
      expect(r.texts.map(unmarked)).toContain(t(locale, "desk-chosen", { name: deskName(casale, locale), address: "via Lanza 10" }));
      await r.says("/menu");
      await r.presses(t(locale, "menu-place"));
      expect(unmarked(r.last.plain)).toBe(t(locale, "desk-current", { name: deskName(casale, locale), address: "via Lanza 10" }));

      // Azimut's nurse proposes a visit; the calendar file names the Casale desk, not the Cristo one.
      const id = await asksForCare(r, locale);
      const topic = desk.deps.services.requests.get(id)!.topicId!;
      await desk.luca.says("/visita ven 27/11 15:00-16:00 | l'infermiere di quartiere", { topic });
      await desk.dispatch();
      await r.presses(r.buttons()[0]!);
      const [file] = await r.presses(t(locale, "visit-calendar"));
      const description = calendarDescription(file!.file!.bytes);
      expect(unmarked(description)).toContain("via Lanza 10, Casale Monferrato");
      expect(description).not.toContain("Gandolfi");

      // Azimut passes the request to the desk's team: the resident reads that team's name in their language.
      await desk.luca.says(`/transfer ${id} sportello`);
      await desk.dispatch();
      const sportello = EXAMPLE.teams.find((x) => x.id === "sportello")!;
      expect(unmarked(r.last.plain)).toBe(t(locale, "transfer-notice", { number: String(id), team: sportello.residentName![locale]! }));
      expect(r.last.plain).not.toContain("Sportello (Coompany&)");

      // Nothing the resident read on the way carries a staff-side name (Italian is the staff's language).
      if (locale !== "it") expect(leaks(locale, [...r.texts, description])).toEqual([]);
    });
  }

  it("a team the desk file names in no language is read by its category's generic text, never by its staff name", async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const r = desk.resident("Marie", "fr");
    await r.onboards();
    const id = await asksForCare(r, "fr");
    await desk.luca.says(`/transfer ${id} sportello`);
    await desk.dispatch();
    // The desk's team handles housing first: "l'équipe logement". Back to Azimut: "l'équipe santé et aide à domicile".
    expect(unmarked(r.last.plain)).toBe(t("fr", "transfer-notice", { number: String(id), team: t("fr", "team-of-housing") }));
    await desk.giulia.says(`/transfer ${id} salute`);
    await desk.dispatch();
    expect(unmarked(r.last.plain)).toBe(
      `Votre demande numéro ${id} est maintenant suivie par l'équipe santé et aide à domicile. On vous répondra ici, dans cette discussion.`,
    );
    expect(leaks("fr", r.texts)).toEqual([]);
    // Staff still read their own names.
    expect(desk.groupTextsOf(OPERATOR_CHAT_ID).join("\n")).toContain("«Salute e assistenza (Azimut)»");
    expect(desk.groupTextsOf(SALUTE_CHAT_ID).join("\n")).toContain("«Sportello (Coompany&)»");
  });

  it("the desk file refuses a resident name in a language the desk does not speak", () => {
    const broken = { ...TWO_TEAMS, teams: TWO_TEAMS.teams.map((x, i) => (i === 1 ? { ...x, residentName: { gb: "the care team" } } : x)) };
    const dir = mkdtempSync(join(tmpdir(), "noi-desk-names-"));
    writeFileSync(join(dir, "desk.json"), JSON.stringify(broken));
    try {
      expect(() => loadConfig({ DESK_FILE: join(dir, "desk.json"), BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: String(OPERATOR_CHAT_ID) })).toThrow(
        /team "salute": residentName "gb" is not one of the languages/,
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

// ------------------------------------------------------------------ every resident text

/** Every message of a language's resident files (not staff/): key → syntax tree. */
function residentMessages(locale: string): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const file of readdirSync(join(LOCALES_DIR, locale)).filter((f) => f.endsWith(".ftl"))) {
    for (const entry of parse(readFileSync(join(LOCALES_DIR, locale, file), "utf8"), { withSpans: false }).body as Entry[]) {
      if (entry.type === "Message") out.set((entry as Message).id.name, entry as Message);
    }
  }
  return out;
}

class Placeables extends Visitor {
  names = new Set<string>();
  override visitVariableReference(node: { id: { name: string } }) {
    this.names.add(node.id.name);
  }
}

describe("every resident text, with the values the app passes for both example desks and both teams", () => {
  const config = loadConfig({ DESK_FILE: fromRoot("data/desk.example.json"), BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: String(OPERATOR_CHAT_ID) });
  const desks = new Desks(config.network.desks);
  const teams = new Teams(config.network.teams, OPERATOR_CHAT_ID, []);
  const i18n = createI18n(() => undefined);

  it("the example names every team and desk in every language, none of them the staff's name, each fitting a button", () => {
    for (const team of teams.all) {
      for (const locale of LOCALES) {
        expect(team.residentName.names[locale], `${team.id} ${locale}`).toBeTruthy();
        expect(team.residentName.names[locale]).not.toContain(team.name);
      }
    }
    for (const d of desks.all) for (const locale of LOCALES) expect(deskLabel(d, locale).length).toBeLessThanOrEqual(32);
  });

  for (const locale of FOREIGN) {
    it(`${locale}: no staff-side value in any resident text`, () => {
      const tr = (key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
      const found: string[] = [];
      for (const [key, node] of residentMessages(locale)) {
        const v = new Placeables();
        v.visit(node);
        for (const d of desks.all) {
          for (const team of teams.all) {
            const vars: Record<string, string | number> = {};
            for (const name of v.names) vars[name] = 7;
            Object.assign(vars, {
              team: residentName((k) => tr(k), team.residentName, locale),
              name: deskName(d, locale),
              address: d.address,
              category: tr(`cat-${team.categories[0] ?? "other"}`),
            });
            const text = unmarked(tr(key, vars));
            for (const value of staffValues(locale)) if (text.includes(value)) found.push(`${key} (${d.id}, ${team.id}): ${value}`);
          }
        }
      }
      expect(found).toEqual([]);
    });
  }
});
