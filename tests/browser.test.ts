import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stripIsolation as unmarked } from "#src/text/format.js";
import { createI18n } from "#src/bot/i18n.js";
import { type DeskProcess, eventually, startDeskProcess } from "./harness/process.js";

// One test in headless Chromium (Debian's package; .ci/run installs it): a person opens the
// playground page, adds themselves as a Romanian-speaking resident, picks the language and books a seat.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const i18n = createI18n(() => undefined);
const t = (key: string, vars?: Record<string, string>) => unmarked(i18n.t("ro", key, vars));

// .ci/run sets NOI_DESK_NO_BROWSER only when it could not install Chromium, and says so loudly.
describe.skipIf(process.env.NOI_DESK_NO_BROWSER === "1")("the playground page in a browser", () => {
  let desk: DeskProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package (see .ci/run)`);
    desk = startDeskProcess({ PLAYGROUND_PORT: "0" });
    const url = await eventually(() => desk.output().match(/playground: (http:\/\/127\.0\.0\.1:\d+)/)?.[1], "the playground URL", 30_000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await desk?.stop();
  });

  it("lets a person choose Romanian and book a seat, answered in Romanian", async () => {
    const phone = page.getByTestId("resident-phone");
    await page.getByTestId("new-resident-name").fill("Ioana");
    await page.getByTestId("new-resident-lang").selectOption("ro");
    await page.getByTestId("add-resident").click();
    await expect.poll(async () => page.getByTestId("resident-select").locator("option:checked").textContent()).toContain("Ioana");

    await page.getByTestId("resident-input").fill("/start");
    await page.getByTestId("resident-send").click();
    await phone.getByTestId("inline-button").filter({ hasText: "✅ Română" }).click();
    await phone.getByTestId("inline-button").filter({ hasText: t("privacy-agree") }).click();
    await phone.getByTestId("inline-button").filter({ hasText: t("menu-italian") }).last().click();
    await phone.getByTestId("inline-button").filter({ hasText: t("act-italian-a0a1") }).last().click();
    await phone.getByTestId("inline-button").filter({ hasText: "·" }).first().click();

    const confirmation = phone.getByTestId("message").filter({ hasText: "✅" }).last();
    await confirmation.waitFor({ timeout: 15_000 });
    expect(await confirmation.textContent()).toContain(t("act-italian-a0a1"));
    // As a person reads it: the isolation marks around the desk's address are invisible.
    expect(unmarked((await confirmation.textContent()) ?? "")).toContain(t("place-desk", { address: "via Gandolfi 20" }));

    mkdirSync("tests/artifacts", { recursive: true });
    await page.screenshot({ path: "tests/artifacts/playground-booking.png", fullPage: true });
  }, 60_000);

  it("plays the desk's voice notes in the page, as a resident who chose voice hears them", async () => {
    const phone = page.getByTestId("resident-phone");
    await phone.getByTestId("inline-button").filter({ hasText: t("menu-back") }).last().click({ timeout: 15_000 });
    await phone.getByTestId("inline-button").filter({ hasText: t("menu-voice-listen") }).last().click({ timeout: 15_000 });
    await phone.getByTestId("message").filter({ hasText: t("voice-on") }).last().waitFor({ timeout: 15_000 });
    // The note that follows is synthesised off the update's path: it arrives a moment after the text.
    const player = phone.getByTestId("voice-player").last();
    await player.waitFor({ timeout: 60_000 });
    // The page itself must be able to play Ogg/Opus (Chromium can): the length comes from the browser's own decoder.
    expect(await player.evaluate((audio: HTMLAudioElement) => audio.canPlayType("audio/ogg; codecs=opus"))).not.toBe("");
    const seconds = await player.evaluate(
      (audio: HTMLAudioElement) =>
        new Promise<number>((resolve, reject) => {
          if (audio.readyState >= 1 && Number.isFinite(audio.duration)) return resolve(audio.duration);
          audio.addEventListener("durationchange", () => Number.isFinite(audio.duration) && resolve(audio.duration));
          audio.addEventListener("error", () => reject(new Error(`the page cannot play the note (${audio.error?.code})`)), { once: true });
          audio.load();
        }),
    );
    expect(seconds).toBeGreaterThan(2);
    await page.screenshot({ path: "tests/artifacts/playground-voice.png", fullPage: true });
  }, 90_000);

  it("staff copy the ready-made /visita with '📋 Copia il comando', into the group's box to edit and send", async () => {
    const group = page.getByTestId("group-phone");
    // Azimut's group, where the sample home visits' requests are; Marco, the nurse.
    const azimut = await page.getByTestId("group-select").locator("option").filter({ hasText: "Azimut" }).first().getAttribute("value");
    await page.getByTestId("group-select").selectOption(azimut!);
    const marco = await page.getByTestId("staff-select").locator("option").filter({ hasText: "Marco" }).first().getAttribute("value");
    await page.getByTestId("staff-select").selectOption(marco!);
    await group.getByTestId("topic").filter({ hasText: "italiano" }).first().click();
    await group.getByTestId("inline-button").filter({ hasText: "🏠 Visita" }).first().click();
    const copy = group.getByTestId("inline-button").filter({ hasText: "📋 Copia il comando" }).last();
    await copy.waitFor({ timeout: 15_000 });
    expect(await copy.isEnabled()).toBe(true);
    await copy.click();
    await expect.poll(() => page.getByTestId("group-input").inputValue(), { timeout: 5_000 }).toMatch(/^\/visita \d+ /);
  }, 60_000);
});
