// The desk's fixed texts (no placeables) in each resident language, found back from the words of a message: a
// message that is exactly one of them can be sent with a mediator's recording instead of a synthetic voice.
import type { FluentBundle } from "@fluent/bundle";
import { LOCALES } from "#src/domain/policy.js";
import { spokenText } from "#src/domain/speech.js";

interface Bundles {
  matchBundles(locales: string[]): Iterable<FluentBundle>;
}

export class FixedTexts {
  private readonly byWords = new Map<string, Map<string, string>>();
  private readonly texts = new Map<string, Map<string, string>>();

  constructor(i18n: { fluent: unknown }) {
    const fluent = i18n.fluent as Bundles;
    // Residents' keys are those of a language other than Italian: Italian's bundle also holds the staff's texts.
    const [english] = [...fluent.matchBundles(["en"])];
    const residentKeys = new Set(english ? [...(english as unknown as { _messages: Map<string, unknown> })._messages.keys()] : []);
    for (const locale of LOCALES) {
      const [bundle] = [...fluent.matchBundles([locale])];
      if (!bundle) continue;
      const byWords = new Map<string, string>();
      const texts = new Map<string, string>();
      for (const key of residentKeys) {
        const message = bundle.getMessage(key);
        if (!message?.value) continue;
        const errors: Error[] = [];
        // A text that needs a variable (a date, a name) reports it missing: it is synthesised, never recorded.
        const text = bundle.formatPattern(message.value, {}, errors);
        if (errors.length > 0) continue;
        const words = spokenText(text);
        if (!words) continue;
        texts.set(key, text);
        if (!byWords.has(words)) byWords.set(words, key);
      }
      this.byWords.set(locale, byWords);
      this.texts.set(locale, texts);
    }
  }

  /** The key whose text these words are, in this language. */
  keyOf(locale: string, words: string): string | undefined {
    return this.byWords.get(locale)?.get(words);
  }

  /** The text a mediator reads for a key, or undefined when the key is not a fixed resident text. */
  text(locale: string, key: string): string | undefined {
    return this.texts.get(locale)?.get(key);
  }

  keys(locale: string): string[] {
    return [...(this.texts.get(locale)?.keys() ?? [])];
  }
}
