import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests run the TypeScript sources: `#src/x.js` (package.json "imports", which points at build/ for `node`) is the
// file src/x.ts here.
const src = fileURLToPath(new URL("./src/", import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: /^#src\/(.*)\.js$/, replacement: `${src}$1.ts` }] },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    globalSetup: ["tests/global-setup.ts"],
  },
});
