import type { Stores } from "#src/domain/ports/stores.js";

export interface LiveControlsService {
  /** Messages of the chat, other than `except`, whose every button starts with `prefix`. */
  stillOffering(chatId: number, prefix: string, except?: number): number[];
  /** The buttons a message still offers. */
  offeredOn(chatId: number, messageId: number): string[];
}

/**
 * One live control at a time in a resident's chat: which earlier messages still offer buttons of a kind (the menu's),
 * so that drawing a new one can retire them. Read from what the desk recorded of every keyboard it sent or edited.
 */
export function liveControlsService(repos: Stores): LiveControlsService {
  return {
    /** Messages of the chat, other than `except`, whose every button starts with `prefix`. */
    stillOffering(chatId: number, prefix: string, except?: number): number[] {
      return repos.offeredButtons.messagesOfferingOnly(chatId, prefix).filter((id) => id !== except);
    },
    /** The buttons a message still offers. */
    offeredOn(chatId: number, messageId: number): string[] {
      return repos.offeredButtons.offeredOn(chatId, messageId);
    },
  };
}
