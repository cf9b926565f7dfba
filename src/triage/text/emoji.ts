/**
 * Emoji that carry meaning for crisis triage, replaced by a word the rules already know.
 * Only emoji whose meaning is stable are mapped: 💀 means "I'm dying (of laughter)" far more often
 * than death, so it is deliberately absent. 💉 is the program's own treatment, so it maps to a
 * neutral word that no rule uses as a means.
 */
export const EMOJI_WORDS: ReadonlyMap<number, string> = new Map<number, string>([
  [0x1f48a, 'pills'], // 💊
  [0x1f52b, 'gun'], // 🔫
  [0x1faa2, 'rope'], // 🪢 knot
  [0x26b0, 'coffin'], // ⚰
  [0x1faa6, 'grave'], // 🪦 headstone
  [0x1f52a, 'knife'], // 🔪
  [0x1f5e1, 'knife'], // 🗡 dagger
  [0x1fa78, 'blood'], // 🩸
  [0x1fa93, 'axe'], // 🪓
  [0x2620, 'poison'], // ☠ skull and crossbones
  [0x1f309, 'bridge'], // 🌉
  [0x1f377, 'alcohol'], // 🍷
  [0x1f37a, 'alcohol'], // 🍺
  [0x1f37b, 'alcohol'], // 🍻
  [0x1f943, 'alcohol'], // 🥃
  [0x1f378, 'alcohol'], // 🍸
  [0x1f37e, 'alcohol'], // 🍾
  [0x1f51a, 'the end'], // 🔚
  [0x1f489, 'needle'], // 💉
  [0x1fa92, 'razor'], // 🪒
]);

/** Any other pictograph becomes a space: it separates words but is not a sentence boundary. */
export const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
