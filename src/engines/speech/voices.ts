// eSpeak NG's voice names, apart from the engine: the desk's main thread asks which languages have a voice without
// loading the WebAssembly module, which only the synthesis thread needs.

/**
 * eSpeak NG's voice for each language of the desk. Chinese needs "cmn": eSpeak's "zh" picks Cantonese (yue) and
 * spells the characters out. Arabic has no vowel marks in ordinary writing, and eSpeak guesses them: recordings
 * by the mediators come first for Arabic.
 */
export const ESPEAK_VOICES: Readonly<Record<string, string>> = {
  it: "it",
  en: "en",
  fr: "fr",
  es: "es",
  ro: "ro",
  sq: "sq",
  ar: "ar",
  uk: "uk",
  zh: "cmn",
};
