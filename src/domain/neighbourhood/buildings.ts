// A building as residents write it ("Via Gandolfi, 20 – scala B", "via gandolfi 20"): compared on letters and
// numbers only, whole words, so "via Gandolfi 2" is not "via Gandolfi 20".

/** Lower case, no accents, no punctuation, single spaces. */
export function normaliseAddress(address: string): string {
  return address
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether an address a resident gave is in `building` (the building's words appear in it, whole). */
export function sameBuilding(address: string, building: string): boolean {
  const b = normaliseAddress(building);
  return b.length > 0 && ` ${normaliseAddress(address)} `.includes(` ${b} `);
}
