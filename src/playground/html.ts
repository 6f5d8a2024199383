/** Just enough of Telegram's HTML parse mode to reject what Telegram rejects and show what it shows. */

const ALLOWED = new Set([
  "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji",
]);

export function validateHtml(html: string): string | undefined {
  const stack: string[] = [];
  const re = /<(\/?)([a-zA-Z-]+)([^>]*)>|<|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|&/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const token = m[0];
    if (token === "<") return `unsupported start tag at byte offset ${m.index}`;
    if (token === "&") return `unclosed entity at byte offset ${m.index}`;
    if (token.startsWith("&")) {
      if (!m[4]!.startsWith("#") && !["lt", "gt", "amp", "quot"].includes(m[4]!)) {
        return `unsupported entity at byte offset ${m.index}`;
      }
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2]!.toLowerCase();
    if (!ALLOWED.has(tag)) return `unsupported start tag "${tag}" at byte offset ${m.index}`;
    if (closing) {
      if (stack.pop() !== tag) return `unmatched end tag at byte offset ${m.index}, expected "</${stack.at(-1) ?? ""}>"`;
    } else {
      stack.push(tag);
    }
  }
  if (stack.length) return `can't find end tag corresponding to start tag "${stack.at(-1)}"`;
  return undefined;
}

export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}
