import type { Context } from "grammy";
import { describe, expect, it } from "vitest";
import { boundedInOrder, Feature } from "#src/bot/middlewares/flat-composer.js";

// The desk's composer walks filters that do not match in a loop instead of calling each as a handler; what a handler
// sees must stay grammY's: the order, `next`, async tests, and a test's throw as the walk's error.
type Ctx = Context & { seen: string[]; text: string };
const ctxSaying = (text: string) => ({ seen: [], text }) as unknown as Ctx;

describe("the flat composer walks like grammY's", () => {
  it("passes the filters that do not match, runs the one that does, and goes on when it calls next", async () => {
    const feature = new Feature<Ctx>();
    feature.filter((c) => c.text === "a", (c) => void c.seen.push("a"));
    feature.filter(
      (c) => c.text === "b",
      async (c, next) => {
        c.seen.push("b");
        await next();
        c.seen.push("after b");
      },
    );
    feature.filter(
      async (c) => c.text.startsWith("b"),
      (c, next) => {
        c.seen.push("async b");
        return next();
      },
    );
    feature.use((c) => void c.seen.push("end"));

    const b = ctxSaying("b");
    await feature.middleware()(b, async () => {});
    expect(b.seen).toEqual(["b", "async b", "end", "after b"]);

    const z = ctxSaying("z");
    let passedOn = false;
    await feature.middleware()(z, async () => {
      passedOn = true;
    });
    // "end" does not call next: nothing after the feature runs.
    expect(z.seen).toEqual(["end"]);
    expect(passedOn).toBe(false);
  });

  it("a filter's handlers added after it was made are walked too, and a branch with an else is not skipped", async () => {
    const feature = new Feature<Ctx>();
    const later = feature.filter((c) => c.text === "x");
    later.use((c, next) => {
      c.seen.push("added later");
      return next();
    });
    feature.branch(
      (c) => c.text === "y",
      (c) => void c.seen.push("yes"),
      (c, next) => {
        c.seen.push("no");
        return next();
      },
    );
    const x = ctxSaying("x");
    await feature.middleware()(x, async () => void x.seen.push("next"));
    expect(x.seen).toEqual(["added later", "no", "next"]);
  });

  it("handlers added after the first update are walked like the others", async () => {
    const feature = new Feature<Ctx>();
    const onX = feature.filter((c) => c.text === "x");
    const first = ctxSaying("x");
    await feature.middleware()(first, async () => void first.seen.push("next"));
    expect(first.seen).toEqual(["next"]);

    onX.use((c, next) => {
      c.seen.push("x, added later");
      return next();
    });
    feature.filter((c) => c.text === "x", (c) => void c.seen.push("a second filter, added later"));
    const second = ctxSaying("x");
    await feature.middleware()(second, async () => void second.seen.push("next"));
    expect(second.seen).toEqual(["x, added later", "a second filter, added later"]);
  });

  it("a test that throws is the walk's error, which the feature's boundary reports under its name", async () => {
    const broken = new Feature<Ctx>();
    broken.filter(() => {
      throw new Error("bad test");
    });
    const reported: string[] = [];
    const after = new Feature<Ctx>((c) => void c.seen.push("after"));
    const walk = boundedInOrder<Ctx>(
      [
        { name: "broken", middleware: broken },
        { name: "after", middleware: after },
      ],
      (name) => (error) => void reported.push(`${name}: ${(error.error as Error).message}`),
    );
    const c = ctxSaying("anything");
    await walk(c, async () => {});
    expect(reported).toEqual(["broken: bad test"]);
    // The boundary's handler did not call next: the update ends there, as with grammY's errorBoundary.
    expect(c.seen).toEqual([]);
  });
});
