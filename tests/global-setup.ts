import { execFileSync } from "node:child_process";

/** The end-to-end tests run the built desk, as `npm start` does: build it once first. */
export default function setup() {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
