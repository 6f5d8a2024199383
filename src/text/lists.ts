import { intlLocale } from "./dates.js";

/**
 * Lists a resident reads, in their language: Intl's list patterns, never a hand-written ", " or " · " (Chinese
 * enumerates with "、", Arabic joins with "و" and its own comma "،").
 */

const formats = new Map<string, Intl.ListFormat>();

function listFormat(locale: string, type: Intl.ListFormatType): Intl.ListFormat {
  const key = `${locale}|${type}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.ListFormat(intlLocale(locale), { style: "long", type });
    formats.set(key, format);
  }
  return format;
}

/** "Telegram and WhatsApp", "Telegram e WhatsApp", "Telegram和WhatsApp": things the sentence names together. */
export function andList(items: readonly string[], locale: string): string {
  return listFormat(locale, "conjunction").format(items);
}

const commas = new Map<string, string>();

/**
 * The comma a language puts between the items of a list, as Intl writes it: the first separator of a three-item
 * list that holds punctuation, without the word for "and" (en ", ", zh "、"; Arabic's conjunction pattern is
 * "أ وب وج", its unit pattern "أ، وب، وج": "، ").
 */
function listComma(locale: string): string {
  let comma = commas.get(locale);
  if (comma === undefined) {
    comma = ", ";
    for (const type of ["conjunction", "unit"] as const) {
      const literal = listFormat(locale, type)
        .formatToParts(["a", "b", "c"])
        .find((p) => p.type === "literal")?.value;
      if (literal && /\p{P}/u.test(literal)) {
        comma = literal.replace(/\p{L}+/gu, "").replace(/\s+/gu, " ");
        break;
      }
    }
    commas.set(locale, comma);
  }
  return comma;
}

/**
 * Names that may hold the word "and" themselves ("Courses and activities", "课程和活动"), one after the other with
 * the language's list comma only: "Courses and activities, Health", "课程和活动、健康", never "Courses and activities
 * and Health", where the reader cannot tell where one name ends.
 */
export function nameList(items: readonly string[], locale: string): string {
  return items.join(listComma(locale));
}
