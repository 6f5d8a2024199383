import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Pattern, parse, Visitor } from "@fluent/syntax";
import { describe, expect, it } from "vitest";
import { LOCALES } from "#src/domain/policy.js";
import { LOCALES_DIR } from "#src/bot/i18n.js";

class Placeables extends Visitor {
  names = new Set<string>();
  override visitVariableReference(node: { id: { name: string } }) {
    this.names.add(node.id.name);
  }
}

function load(locale: string) {
  const dir = join(LOCALES_DIR, locale);
  const messages = new Map<string, string[]>();
  const junk: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    const resource = parse(readFileSync(join(dir, file), "utf8"), { withSpans: false });
    for (const entry of resource.body) {
      if (entry.type === "Junk") junk.push(`${file}: ${(entry as any).content.slice(0, 60)}`);
      if (entry.type === "Message" || entry.type === "Term") {
        const id = (entry as any).id.name as string;
        const v = new Placeables();
        v.visit((entry as any).value as Pattern);
        messages.set(`${file}#${id}`, [...v.names].sort());
      }
    }
  }
  return { messages, junk };
}

describe("locales", () => {
  const base = load("it");

  it("Italian, the reference, parses and is not empty", () => {
    expect(base.junk).toEqual([]);
    expect(base.messages.size).toBeGreaterThan(30);
  });

  for (const locale of LOCALES.filter((l) => l !== "it")) {
    it(`${locale} parses and has every key with the same placeables`, () => {
      const other = load(locale);
      expect(other.junk).toEqual([]);
      const missing = [...base.messages.keys()].filter((k) => !other.messages.has(k));
      const extra = [...other.messages.keys()].filter((k) => !base.messages.has(k));
      const differing = [...base.messages].filter(
        ([k, names]) => other.messages.has(k) && other.messages.get(k)!.join() !== names.join(),
      );
      expect({ missing, extra, differing }).toEqual({ missing: [], extra: [], differing: [] });
    });
  }
});
