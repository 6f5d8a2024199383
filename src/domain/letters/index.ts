export { extractFacts } from "./extract-facts.js";
export * from "./facts.js";
export { LOW_CONFIDENCE, type ReadPage, type Reader } from "./reader.js";
