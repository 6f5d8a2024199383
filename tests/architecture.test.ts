import { describe, expect, it } from "vitest";
import { type ImportEdge, importGraph, layerOf, runtimeCycles } from "./harness/imports.js";

/**
 * The layering of ARCHITECTURE.md, checked over every import under src/ — type-only imports included, since a type
 * that points up ties the lower layer to the upper one just the same. A rule reads "this part never imports those".
 */
const NEVER: Record<string, string[]> = {
  domain: ["bot", "channels", "engines", "db", "config", "settings", "delivery", "text", "reports", "scheduler", "server", "app", "playground", "main"],
  db: ["domain", "settings", "bot", "channels", "engines", "delivery", "text", "reports", "scheduler", "server", "app", "playground", "main"],
  config: ["domain", "settings", "bot", "db", "channels", "engines", "delivery", "text", "reports", "scheduler", "server", "app", "playground", "main"],
  text: ["bot", "settings", "reports", "channels", "engines", "delivery", "db", "scheduler", "server", "app", "playground", "main"],
  engines: ["bot", "channels", "delivery", "db", "reports", "scheduler", "server", "app", "playground", "main"],
  delivery: ["bot", "reports", "scheduler", "server", "app", "playground", "main"],
  channels: ["bot", "reports", "scheduler", "server", "app", "playground", "main"],
  reports: ["bot", "channels", "delivery", "scheduler", "server", "app", "playground", "main"],
  bot: ["scheduler", "server", "app", "playground", "main"],
  scheduler: ["app", "server", "playground", "main"],
  server: ["app", "scheduler", "playground", "main"],
  app: ["playground", "main"],
  playground: ["bot", "main"],
  // The environment (config) and the desk file (domain) put together; imported by the layers above them only.
  settings: ["bot", "db", "channels", "engines", "delivery", "text", "reports", "scheduler", "server", "app", "playground", "main"],
};

function brokenRules(edges: ImportEdge[]): string[] {
  return edges
    .filter((e) => NEVER[layerOf(e.from)]?.includes(layerOf(e.to)))
    .map((e) => `${layerOf(e.from)} → ${layerOf(e.to)}: src/${e.from}:${e.line} imports src/${e.to}${e.typeOnly ? " (types)" : ""}`);
}

describe("the layering of ARCHITECTURE.md", () => {
  const edges = importGraph();

  it("reads the imports (the reader itself works)", () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual(expect.objectContaining({ from: "bot/create-bot.ts", to: "bot/context.ts", typeOnly: true }));
    expect(edges.some((e) => e.from === "main.ts" && e.to === "app.ts" && !e.typeOnly)).toBe(true);
  });

  it("no part imports a part it must never import", () => {
    expect(brokenRules(edges)).toEqual([]);
  });

  it("no import cycle at run time", () => {
    expect(runtimeCycles(edges)).toEqual([]);
  });

  it("the check fails on a wrong import and on a cycle (shown with made-up edges)", () => {
    const wrong: ImportEdge = { from: "domain/booking/seats.ts", to: "bot/context.ts", typeOnly: true, line: 3 };
    expect(brokenRules([wrong])).toEqual(["domain → bot: src/domain/booking/seats.ts:3 imports src/bot/context.ts (types)"]);
    // The two arrows fixed last: the configuration reading the domain, and the domain naming a repository's types.
    const configToDomain: ImportEdge = { from: "config.ts", to: "domain/policy.ts", typeOnly: true, line: 1 };
    const domainToDb: ImportEdge = { from: "domain/requests/model.ts", to: "db/repositories/requests.ts", typeOnly: true, line: 2 };
    expect(brokenRules([configToDomain, domainToDb])).toEqual([
      "config → domain: src/config.ts:1 imports src/domain/policy.ts (types)",
      "domain → db: src/domain/requests/model.ts:2 imports src/db/repositories/requests.ts (types)",
    ]);
    const a: ImportEdge = { from: "a.ts", to: "b.ts", typeOnly: false, line: 1 };
    const b: ImportEdge = { from: "b.ts", to: "a.ts", typeOnly: false, line: 1 };
    expect(runtimeCycles([a, b])).toEqual([["a.ts", "b.ts"]]);
    expect(runtimeCycles([a, { ...b, typeOnly: true }])).toEqual([]);
  });

  it("bot/ keeps at most three loose files: the update's path, the context and i18n", () => {
    const loose = [...new Set(edges.flatMap((e) => [e.from, e.to]))].filter((f) => /^bot\/[^/]+\.ts$/.test(f)).sort();
    expect(loose).toEqual(["bot/context.ts", "bot/create-bot.ts", "bot/i18n.ts"]);
  });
});
