import { parseAge } from '../../dialogs/parse/age';
import { parseChoice } from '../../dialogs/parse/choice';
import { parseDays } from '../../dialogs/parse/days';
import { parseEmail } from '../../dialogs/parse/email';
import { parseFirstName } from '../../dialogs/parse/text';
import { parseTimesOfDay } from '../../dialogs/parse/times';
import { parseTimezone } from '../../dialogs/parse/timezone';
import { parseUsState } from '../../dialogs/parse/us-state';
import { parseYesNo } from '../../dialogs/parse/yes-no';
import * as fc from 'fast-check';
import { PCL5_OPTIONS } from '../../dialogs/instruments/pcl5';

/** Bad input every parser must answer with "not understood", never a guess or a crash. */
const parsers: [string, (text: string) => unknown][] = [
  ['parseYesNo', parseYesNo],
  ['parseChoice', (t) => parseChoice(t, PCL5_OPTIONS, { numbering: 0 })],
  ['parseAge', (t) => parseAge(t)],
  ['parseUsState', parseUsState],
  ['parseEmail', parseEmail],
  ['parseTimezone', parseTimezone],
  ['parseDays', parseDays],
  ['parseTimesOfDay', parseTimesOfDay],
  ['parseFirstName', parseFirstName],
];

const longStory = 'I have been thinking about this for a long time and yes I live in Colorado on weekdays mornings. '.repeat(21).slice(0, 2000);

describe.each(parsers)('%s with bad input', (_, parse) => {
  it.each([
    ['an empty message', ''],
    ['only spaces', '   \n\t '],
    ['2,000 characters of text', longStory],
    ['2,000 of one letter', 'a'.repeat(2000)],
    ['emoji only', '😀🙏🏽👍'],
    ['punctuation only', '?!...'],
    ['zero-width characters only', '\u200B\u200D\uFEFF'],
  ])('returns undefined for %s', (__, text) => {
    expect(parse(text)).toBeUndefined();
  });
});

/** Arbitrary strings (any Unicode, emoji, control characters) must never make a parser throw. */
describe('any text at all', () => {
  it.each(parsers)('%s never throws', (_, parse) => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (text) => {
        parse(text);
      }),
      { numRuns: 300 },
    );
  });
});
