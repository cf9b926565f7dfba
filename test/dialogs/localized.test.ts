import type { Localized } from '../../dialogs/locale';
import { CSSRS_ITEMS } from '../../dialogs/instruments/cssrs';
import { GAD7_ITEMS, GAD7_OPTIONS, GAD7_STEM } from '../../dialogs/instruments/gad7';
import { PCL5_ITEMS, PCL5_OPTIONS, PCL5_STEM } from '../../dialogs/instruments/pcl5';
import { PHQ9_ITEMS, PHQ9_OPTIONS, PHQ9_STEM } from '../../dialogs/instruments/phq9';

const copy: [string, readonly Localized[], number][] = [
  ['PCL-5 items', PCL5_ITEMS.map((i) => i.text), 20],
  ['PCL-5 options', PCL5_OPTIONS, 5],
  ['C-SSRS items', CSSRS_ITEMS.map((i) => i.text), 7],
  ['PHQ-9 items', PHQ9_ITEMS.map((i) => i.text), 9],
  ['PHQ-9 options', PHQ9_OPTIONS, 4],
  ['GAD-7 items', GAD7_ITEMS.map((i) => i.text), 7],
  ['GAD-7 options', GAD7_OPTIONS, 4],
  ['stems', [PCL5_STEM, PHQ9_STEM, GAD7_STEM], 3],
];

describe.each(copy)('%s', (_, texts, count) => {
  it(`has ${count} entries`, () => {
    expect(texts).toHaveLength(count);
  });

  it('has non-empty English and Spanish for each, and the two differ', () => {
    for (const text of texts) {
      expect(text.en.trim()).not.toBe('');
      expect(text.es.trim()).not.toBe('');
      expect(text.es).not.toBe(text.en);
    }
  });

  it('has no duplicate entries', () => {
    expect(new Set(texts.map((t) => t.en)).size).toBe(texts.length);
    expect(new Set(texts.map((t) => t.es)).size).toBe(texts.length);
  });
});
