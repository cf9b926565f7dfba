/**
 * How many SMS segments a body costs, the way carriers (and Twilio's num_segments) count them. The product
 * prefers single-segment questions and splits long replies, so the stand-in must count exactly:
 * - GSM-7 when every character is in the GSM 03.38 default alphabet or its extension table (the extension
 *   characters take two septets, an escape and the character): 160 septets in one segment, 153 per segment
 *   once the message is concatenated (the user data header takes the rest), and an escape pair is never
 *   split across two segments.
 * - Otherwise UCS-2 (UTF-16 code units): 70 in one segment, 67 per concatenated segment, and a surrogate
 *   pair (an emoji, say) is never split.
 * Twilio's optional Smart Encoding (replacing curly quotes and the like with GSM look-alikes) is not
 * simulated: a body with a curly apostrophe is UCS-2 here, as it is on Twilio without Smart Encoding.
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(Array.from(GSM_BASIC));
const extension = new Set(Array.from(GSM_EXTENSION));

export interface SegmentCount {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
}

export function countSegments(body: string): SegmentCount {
  const characters = Array.from(body);
  if (characters.every((c) => basic.has(c) || extension.has(c))) {
    const units = characters.map((c) => (extension.has(c) ? 2 : 1));
    return { encoding: 'GSM-7', segments: pack(units, 160, 153) };
  }
  // UTF-16 code units: a character outside the Basic Multilingual Plane is a surrogate pair (2 units).
  const units = characters.map((c) => c.length);
  return { encoding: 'UCS-2', segments: pack(units, 70, 67) };
}

/** Greedy packing of indivisible units (a character's size) into segments. */
function pack(units: number[], single: number, perPart: number): number {
  const total = units.reduce((sum, u) => sum + u, 0);
  if (total <= single) return 1;
  let segments = 1;
  let used = 0;
  for (const size of units) {
    if (used + size > perPart) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}
