import { InlineKeyboard } from "grammy";

/** Short choices (classes, subjects, activities for staff) two a row, so a long list stays on one screen. */
export function twoPerRow(buttons: Array<[label: string, data: string]>): InlineKeyboard {
  const kb = new InlineKeyboard();
  buttons.forEach(([label, data], i) => {
    kb.text(label, data);
    if (i % 2 === 1) kb.row();
  });
  return kb;
}
