import { createI18n } from "./bot/i18n.js";
import { type TemplateText, templateTexts } from "./channels/whatsapp/template-texts.js";
import { LOCALES } from "./domain/policy.js";

/** The texts to submit in WhatsApp Manager → Message templates, one block per template and language. */
export function printableTemplates(languages: readonly string[] = LOCALES): string {
  const i18n = createI18n(() => undefined);
  const blocks: string[] = [];
  for (const locale of languages) {
    for (const t of templateTexts((key, vars) => i18n.t(locale, key, vars), locale)) blocks.push(block(t));
  }
  return blocks.join("\n\n");
}

function block(t: TemplateText): string {
  return [
    `=== ${t.name} · ${t.language} · ${t.category}`,
    `Purpose: ${t.purpose}`,
    "Body:",
    t.body,
    `Quick replies: ${t.buttons.map((b) => `[${b}]`).join(" ")}`,
    `Sample values: ${t.examples.map((e, i) => `{{${i + 1}}} = ${e}`).join("; ")}`,
  ].join("\n");
}

// npm run whatsapp:templates [-- ar en …]
if (process.argv[1]?.endsWith("whatsapp-templates-cli.js")) {
  const wanted = process.argv.slice(2);
  console.log(printableTemplates(wanted.length ? wanted : LOCALES));
}
