/**
 * A phone number a resident typed instead of sharing it with the button: digits with the usual separators (spaces,
 * dots, dashes, slashes, brackets) and an optional leading "+" or "00", 6 to 15 digits (ITU E.164's longest). Anything
 * else (a sentence, a street number) is not taken for a number. Kept as written, trimmed: staff read and dial it.
 */
export function typedPhoneNumber(text: string): string | undefined {
  const written = text.trim();
  if (!/^(\+|00)?[\d\s().\/-]+$/.test(written)) return undefined;
  const digits = written.replace(/\D/g, "").length;
  return digits >= 6 && digits <= 15 ? written : undefined;
}
