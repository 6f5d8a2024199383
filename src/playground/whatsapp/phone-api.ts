import type { CloudApiEmulator, PhoneMessage } from "./cloud-api.js";

/** The playground's WhatsApp account: the desk's settings and the emulator's agree on these (nothing reaches Meta). */
export const PLAYGROUND_WHATSAPP = {
  token: "EAAG-playground-system-user-token-000000",
  appSecret: "playground-app-secret-0123456789abcdef",
  verifyToken: "playground-verify-token-0123",
  phoneNumberId: "100000000000042",
  displayPhoneNumber: "390131000042",
  wabaId: "100000000000007",
};

/** What the page draws of the WhatsApp phone: the people and each one's chat (media bytes left out). */
export function whatsappState(wa: CloudApiEmulator) {
  const chats: Record<string, unknown[]> = {};
  for (const [waId, person] of wa.people) chats[waId] = person.messages.map(shown);
  return { people: [...wa.people.values()].map((p) => ({ waId: p.waId, name: p.name })), chats };
}

export function shown(m: PhoneMessage) {
  const { media, ...rest } = m;
  return { ...rest, ...(media ? { media: { mime: media.mime, filename: media.filename, size: media.bytes.byteLength } } : {}) };
}

/** The page's actions on the WhatsApp phone: add a contact, write, send a voice note, a photo or a place, press a choice. */
export async function whatsappAction(wa: CloudApiEmulator, action: string, input: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
  if (action === "person") {
    const name = String(input.name ?? "").trim().slice(0, 64) || "Residente";
    const waId = `39333${String(4_000_000 + wa.people.size).padStart(7, "0")}`;
    wa.addPerson(waId, name);
    return { status: 200, body: { waId, name } };
  }
  const waId = String(input.waId ?? "");
  if (!wa.people.has(waId)) return { status: 400, body: { ok: false, error: "unknown WhatsApp contact" } };
  let status: number;
  if (action === "send") {
    if (input.voice) status = (await wa.sendsVoice(waId)).status;
    else if (input.photo) status = (await wa.sendsImage(waId, typeof input.caption === "string" ? input.caption : undefined)).status;
    else if (input.location) status = (await wa.sendsLocation(waId, 44.8969, 8.6236)).status;
    else {
      const text = String(input.text ?? "").slice(0, 4096);
      if (!text.trim()) return { status: 400, body: { ok: false, error: "empty text" } };
      status = (await wa.says(waId, text)).status;
    }
  } else if (action === "press") {
    status = (await wa.presses(waId, String(input.id ?? ""), String(input.wamid ?? ""))).status;
  } else {
    return { status: 404, body: { ok: false, error: "not found" } };
  }
  return { status: 200, body: { ok: status === 200, webhook: status } };
}
