/**
 * Callback data is short, prefixed, and built and parsed by one definition per kind of button, so the
 * two can never drift apart: `prefix:field:field` ("b:12", "att:7:p"). It is input like any other:
 * a definition only says what the data claims; handlers check again on the server that the action
 * is still allowed.
 */

/** One field of callback data: what it may look like on the wire, and its typed value. */
export interface Field<T> {
  /** A regular expression source without groups, for the field on the wire. */
  readonly pattern: string;
  encode(value: T): string;
  decode(text: string): T;
}

/** A positive whole number (an id, a page, an index). */
export const int: Field<number> = { pattern: "\\d+", encode: String, decode: Number };

/** Text of a given shape, written as it is. */
export function shaped(pattern: string): Field<string> {
  return { pattern, encode: (v) => v, decode: (t) => t };
}

/** A lower-case name made of letters, digits and hyphens (an activity's id, a school class). */
export const slug = shaped("[a-z0-9-]+");

/** One of a few words, written as they are. */
export function oneOf<const V extends string>(values: readonly V[]): Field<V> {
  return { pattern: values.join("|"), encode: (v) => v, decode: (t) => t as V };
}

/** One of a few words, written on the wire as a short code each ("yes" → "y"): buttons carry at most 64 bytes. */
export function coded<const V extends string>(codes: Record<V, string>): Field<V> {
  const byCode = new Map(Object.entries<string>(codes).map(([value, code]) => [code, value as V]));
  return { pattern: [...byCode.keys()].join("|"), encode: (v) => codes[v], decode: (t) => byCode.get(t)! };
}

type Fields = Record<string, Field<any>>;
type ValuesOf<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

export interface CallbackData<V> {
  readonly prefix: string;
  /** The data of one button. */
  pack(...values: keyof V extends never ? [] : [V]): string;
  /** The values of data this definition matched (see `filter`); anything else is an error of the caller. */
  unpack(data: string): V;
  /** Whether `data` is of this kind. */
  is(data: string | undefined): data is string;
  /** For `composer.callbackQuery(x.filter(), …)`: matches this kind's data, one group per field. */
  filter(): RegExp;
}

export function callbackData<const F extends Fields = Record<never, never>>(
  prefix: string,
  fields: F = {} as F,
): CallbackData<ValuesOf<F>> {
  const names = Object.keys(fields) as Array<keyof F & string>;
  const regex = new RegExp(`^${prefix}${names.map((n) => `:(${fields[n]!.pattern})`).join("")}$`);
  return {
    prefix,
    pack: (...args) => {
      const values = (args[0] ?? {}) as ValuesOf<F>;
      return [prefix, ...names.map((n) => fields[n]!.encode(values[n]))].join(":");
    },
    unpack: (data) => {
      const match = regex.exec(data);
      if (!match) throw new Error(`callback data "${data}" is not of kind "${prefix}"`);
      return Object.fromEntries(names.map((n, i) => [n, fields[n]!.decode(match[i + 1]!)])) as ValuesOf<F>;
    },
    is: (data): data is string => data !== undefined && regex.test(data),
    filter: () => new RegExp(regex.source),
  };
}
