/**
 * The desk writes Telegram HTML; WhatsApp reads its own marks (*bold*, _italic_, ~strike~, ```mono```, "> " quotes).
 * Only the tags the desk uses are mapped; everything else is dropped to its text, and entities are decoded, so a
 * resident never reads "&amp;".
 */
export function htmlToWhatsApp(html: string): string {
  return html
    .replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g, (_, inner: string) =>
      inner
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n"),
    )
    .replace(/<(b|strong)>([\s\S]*?)<\/\1>/g, (_, __, inner: string) => wrap("*", inner))
    .replace(/<(i|em)>([\s\S]*?)<\/\1>/g, (_, __, inner: string) => wrap("_", inner))
    .replace(/<(s|strike|del)>([\s\S]*?)<\/\1>/g, (_, __, inner: string) => wrap("~", inner))
    .replace(/<pre>([\s\S]*?)<\/pre>/g, (_, inner: string) => `\`\`\`${inner}\`\`\``)
    .replace(/<code>([\s\S]*?)<\/code>/g, (_, inner: string) => `\`${inner}\``)
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (_, href: string, text: string) => (text === href ? href : `${text} (${href})`))
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

/** WhatsApp's marks must touch the words they mark: "* x *" shows the stars. */
function wrap(mark: string, inner: string): string {
  const trimmed = inner.trim();
  if (!trimmed) return inner;
  const lead = inner.slice(0, inner.indexOf(trimmed));
  const tail = inner.slice(lead.length + trimmed.length);
  return `${lead}${mark}${trimmed}${mark}${tail}`;
}

/** A text as the desk gave it (HTML or plain) in the marks WhatsApp reads. */
export function toWhatsAppText(text: string, parseMode: string | undefined): string {
  return parseMode === "HTML" ? htmlToWhatsApp(text) : text;
}

/**
 * Characters as the limits are counted: UTF-16 units, the stricter count (whatsapp-api-js checks String#length, so
 * an emoji counts two), so nothing the desk shapes is refused by either.
 */
export const waLength = (s: string) => s.length;

/** The longest start of `s` within `limit` UTF-16 units, never cutting an emoji in half. */
function head(s: string, limit: number): string {
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > limit) break;
    out += ch;
  }
  return out;
}

/** Cuts a text into parts of at most `limit` characters, at a paragraph, line or word where one is near. */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (waLength(rest) > limit) {
    const first = head(rest, limit);
    const cut = Math.max(first.lastIndexOf("\n\n"), first.lastIndexOf("\n"), first.lastIndexOf(" "));
    const at = cut > first.length / 2 ? cut : first.length;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** A label cut to WhatsApp's limit with "…" (a button title, a list row). */
export function clip(label: string, limit: number): string {
  const trimmed = label.trim();
  return trimmed.length <= limit ? trimmed : `${head(trimmed, limit - 1).trimEnd()}…`;
}
