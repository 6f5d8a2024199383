import { templateTexts } from "#src/channels/whatsapp/template-texts.js";
import type { PhoneMessage } from "#src/playground/whatsapp/cloud-api.js";
import type { TestDesk } from "./desk.js";

let nextNumber = 393_331_000_001;

/**
 * A resident on WhatsApp: a phone on the Cloud API emulator. What they do becomes a signed webhook to the desk;
 * what they read is what the emulator delivered to their phone (never what the desk meant to send).
 */
export class WhatsAppResident {
  readonly waId: string;

  constructor(
    readonly desk: TestDesk,
    readonly name: string,
  ) {
    this.waId = String(nextNumber++);
    this.em.addPerson(this.waId, name);
  }

  get em() {
    if (!this.desk.wa) throw new Error("this desk has no WhatsApp channel (new TestDesk({ whatsapp: true }))");
    return this.desk.wa;
  }

  /** Their desk chat id (what staff's side and the database know them by). */
  get chatId(): number {
    const contact = this.desk.app.whatsapp!.repo.contact(this.waId, this.desk.config.whatsapp!.phoneNumberId);
    if (!contact) throw new Error(`${this.name} has not written yet`);
    return contact.chatId;
  }

  /** What the business sent them, oldest first. */
  get inbox(): PhoneMessage[] {
    return this.em.received(this.waId);
  }

  get texts(): string[] {
    return this.inbox.map((m) => m.text);
  }

  get last(): PhoneMessage {
    const m = this.inbox.at(-1);
    if (!m) throw new Error(`${this.name} has received nothing on WhatsApp`);
    return m;
  }

  /** The choices (buttons, list rows, quick replies) of the newest message that has any. */
  choices(): string[] {
    return [...this.inbox].reverse().find((m) => m.choices.length)?.choices.map((c) => c.title) ?? [];
  }

  private async act(action: () => Promise<{ status: number }>): Promise<PhoneMessage[]> {
    const before = this.inbox.length;
    const { status } = await action();
    if (status !== 200) throw new Error(`the desk answered the webhook with ${status}`);
    await this.desk.dispatch();
    return this.inbox.slice(before);
  }

  says(text: string) {
    return this.act(() => this.em.says(this.waId, text));
  }

  presses(title: string | RegExp, on?: string) {
    return this.act(() => this.em.presses(this.waId, title, on));
  }

  sendsVoice() {
    return this.act(() => this.em.sendsVoice(this.waId));
  }

  sendsImage(caption?: string) {
    return this.act(() => this.em.sendsImage(this.waId, caption));
  }

  sendsSticker() {
    return this.act(() => this.em.sendsSticker(this.waId));
  }

  sharesLocation(latitude: number, longitude: number) {
    return this.act(() => this.em.sendsLocation(this.waId, latitude, longitude));
  }

  /** First contact in Italian: "ciao", Italian from the list, the notice agreed to, the greeting not sent to staff. */
  async onboards() {
    await this.says("ciao");
    await this.presses(/Italiano/);
    await this.presses(/✅/);
    if (this.last.choices.length > 1) await this.presses(this.last.choices.at(-1)!.title);
  }
}

/**
 * Meta's review, done: the desk's declared templates approved in these languages (their texts as
 * `npm run whatsapp:templates` prints them), as WhatsApp Manager would hold them.
 */
export function approveTemplates(desk: TestDesk, languages: string[]) {
  const i18n = desk.app.i18n;
  for (const lang of languages) {
    for (const tpl of templateTexts((key, vars) => i18n.t(lang, key, vars), lang)) {
      desk.wa!.defineTemplate({ name: tpl.name, language: tpl.language, status: "APPROVED", body: tpl.body, buttons: tpl.buttons });
    }
  }
}
