import { render } from '../../dialogs/render';
import { MESSAGES, type MessageKey } from '../../dialogs/copy/messages';
import { QUESTION_ORDER, SECTIONS } from '../../dialogs/questions';
import { LOCALES } from '../../dialogs/locale';
import type { IntakeContext, Reply } from '../../machines/intake/types';
import { TEST_PROGRAM, testOptions } from '../support/harness';

function context(locale: 'en' | 'es'): IntakeContext {
  return {
    locale,
    options: testOptions({ servedStates: ['CO', 'NM'] }),
    current: 'consent',
    answers: { first_name: 'Ana', email: 'ana@example.com' },
    trail: [],
    misses: 0,
    risk: 'none',
    signals: [],
    outcome: { kind: 'not-eligible', reason: 'age' },
    underageReported: false,
  };
}

/** Everything the bot can say, in one locale and style. */
function everything(locale: 'en' | 'es', style: 'sms' | 'web'): string[] {
  const replies: Reply[] = [
    ...(Object.keys(MESSAGES) as MessageKey[]).map((key) => ({ kind: 'message' as const, key })),
    ...SECTIONS.map((section) => ({ kind: 'section' as const, section })),
    ...QUESTION_ORDER.map((id) => ({ kind: 'question' as const, id, showChoices: true, afterMiss: true })),
    ...(['history', 'passive', 'active', 'imminent'] as const).map((tier) => ({ kind: 'crisis' as const, tier })),
    { kind: 'crisisFollowUp' },
  ];
  return replies.map((r) => render(r, context(locale), style, TEST_PROGRAM).text);
}

describe('render', () => {
  it.each(LOCALES)('when anything is rendered in %s, then every placeholder is filled', (locale) => {
    for (const text of [...everything(locale, 'sms'), ...everything(locale, 'web')]) expect(text).not.toMatch(/\{\w+\}/);
  });

  it('when a rating question goes by SMS, then the scale is listed in full first and briefly after', () => {
    const first = render({ kind: 'question', id: 'pcl5_1', showChoices: true }, context('en'), 'sms', TEST_PROGRAM).text;
    const later = render({ kind: 'question', id: 'pcl5_2', showChoices: false }, context('en'), 'sms', TEST_PROGRAM).text;
    expect(first).toContain('Reply: 0 Not at all, 1 A little bit, 2 Moderately, 3 Quite a bit, 4 Extremely');
    expect(later).toMatch(/^\(2 of 20\) .*\(Reply 0-4\)$/);
    expect(later.length).toBeLessThanOrEqual(160);
  });

  it('when a question goes to the web, then its choices become buttons in the page language', () => {
    const reply = render({ kind: 'question', id: 'pcl5_3', showChoices: false }, context('es'), 'web', TEST_PROGRAM);
    expect(reply.choices).toHaveLength(5);
    expect(reply.choices![0]).toBe('Nada');
  });

  it('when the crisis copy is rendered, then the web form has tap-to-call and 988lifeline.org links Web Chat can open, texting in plain words, and the SMS form has no links', () => {
    const web = render({ kind: 'crisis', tier: 'imminent' }, context('en'), 'web', TEST_PROGRAM);
    const sms = render({ kind: 'crisis', tier: 'imminent' }, context('en'), 'sms', TEST_PROGRAM);
    expect(web.text).toContain('(tel:988)');
    expect(web.text).toContain('(https://988lifeline.org/chat/)');
    expect(web.text).toContain('text 988 from your phone');
    // Web Chat 4.18's Markdown and card actions only open data, http(s), ftp, mailto, sip and tel links: an
    // sms: link would render as a button that does nothing.
    for (const locale of ['en', 'es'] as const) {
      const text = render({ kind: 'crisis', tier: 'active' }, context(locale), 'web', TEST_PROGRAM).text;
      const schemes = [...text.matchAll(/\]\(([a-z]+):/g)].map((m) => m[1]);
      expect(schemes.length).toBeGreaterThanOrEqual(2);
      for (const scheme of schemes) expect(['tel', 'https']).toContain(scheme);
    }
    expect(web.crisisTier).toBe('imminent');
    expect(sms.text).not.toContain('tel:');
    expect(sms.text.startsWith('If you are in immediate danger or have taken something, call 911 now.')).toBe(true);
  });

  it('when the not-eligible state reply names the served states, then it lists them in the locale', () => {
    const ctx = { ...context('es'), outcome: { kind: 'not-eligible' as const, reason: 'state' as const } };
    expect(render({ kind: 'outcome', outcome: 'not-eligible' }, ctx, 'sms', TEST_PROGRAM).text).toContain('Colorado y Nuevo México');
  });

  it.each(LOCALES)('when anything is rendered for SMS in %s, then no drug is named (carriers filter those messages)', (locale) => {
    const drugs = /ketamin|esketamin|spravato|xanax|valium|klonopin|ativan|sertralin|zoloft|paroxetin|paxil|venlafaxin|effexor|fluoxetin|prozac|oxycodon|opioid|opiace|benzodiazepin|mdma|psilocybin|cannabis|marijuana/i;
    for (const text of everything(locale, 'sms')) expect(text).not.toMatch(drugs);
  });
});
