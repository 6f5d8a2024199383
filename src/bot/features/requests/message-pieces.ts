import type { Message } from "grammy/types";
import type { ForwardOrigin, Piece, PieceKind } from "#src/domain/requests/model.js";

/** The origin of a forwarded message, as Telegram gives it (forward_origin). */
export function forwardOriginOf(message: Message): ForwardOrigin | undefined {
  const o = message.forward_origin;
  if (!o) return undefined;
  const withSignature = (title: string | undefined, signature: string | undefined) =>
    [title, signature].filter(Boolean).join(" – ") || undefined;
  switch (o.type) {
    case "user":
      return { origin: "user", name: [o.sender_user.first_name, o.sender_user.last_name].filter(Boolean).join(" ") };
    case "hidden_user":
      return { origin: "hidden_user" };
    case "chat":
      return { origin: "chat", name: withSignature("title" in o.sender_chat ? o.sender_chat.title : undefined, o.author_signature) };
    case "channel":
      return { origin: "channel", name: withSignature("title" in o.chat ? o.chat.title : undefined, o.author_signature) };
    default:
      return undefined;
  }
}

/** What a resident's message is, for storing and relaying. */
export function pieceOf(message: Message): Omit<Piece, "messageId"> {
  const forwarded = forwardOriginOf(message);
  const piece = plainPieceOf(message);
  return forwarded ? { ...piece, forwarded } : piece;
}

/** What kind of message it is; "other" for anything the desk does not relay (a sticker, a poll). */
export function kindOf(message: Message): PieceKind {
  return plainPieceOf(message).kind;
}

function plainPieceOf(message: Message): Omit<Piece, "messageId"> {
  if (message.text) return { kind: "text", text: message.text };
  const caption = message.caption ? { text: message.caption } : {};
  if (message.voice) return { kind: "voice", fileId: message.voice.file_id, ...caption };
  if (message.audio) return { kind: "audio", fileId: message.audio.file_id, ...caption };
  if (message.photo) return { kind: "photo", fileId: message.photo.at(-1)!.file_id, ...caption };
  if (message.document) return { kind: "document", fileId: message.document.file_id, ...caption };
  if (message.video) return { kind: "video", fileId: message.video.file_id, ...caption };
  if (message.video_note) return { kind: "video_note", fileId: message.video_note.file_id };
  if (message.location) return { kind: "location", text: `${message.location.latitude},${message.location.longitude}` };
  return { kind: "other" };
}

/** Telegram bots can fetch files up to 20 MB: anything bigger could never reach the staff. */
export const MAX_FILE_MB = 20;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

export function tooLarge(message: Message): boolean {
  const size = message.document?.file_size ?? message.video?.file_size ?? message.audio?.file_size ?? message.voice?.file_size ?? 0;
  return size > MAX_FILE_BYTES;
}
