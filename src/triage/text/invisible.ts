/**
 * Characters that render as nothing. People (and some keyboards) put them inside words, deliberately
 * or not ("ki\u200Bll"), so they are removed before matching: removing them joins the word back up.
 */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space, ZWNJ, ZWJ, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors (emoji presentation)
    (cp >= 0xe0000 && cp <= 0xe007f) || // tag characters
    (cp >= 0xe0100 && cp <= 0xe01ef) || // variation selectors supplement
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // emoji skin-tone modifiers
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x061c || // Arabic letter mark
    cp === 0x115f ||
    cp === 0x1160 || // Hangul fillers
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e || // Mongolian vowel separator
    cp === 0x3164 ||
    cp === 0xffa0 || // Hangul fillers
    cp === 0xfeff // byte-order mark / zero-width no-break space
  );
}
