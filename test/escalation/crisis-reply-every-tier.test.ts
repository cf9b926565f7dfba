import { makeEngine, memoryStore, person } from '../support/harness';
import { startSmsHarness, type SmsHarness } from '../channels/sms-support';

/**
 * The 988 message is in the bot's reply to the very message that carried the signal: for every tier, in
 * both languages, on every channel built so far (SMS webhook, and the engine's own styles for web and the
 * terminal). The first message of each conversation is the signal itself, mid-questionnaire would be the same.
 */
const CASES = [
  { tier: 'imminent', en: 'I am going to kill myself tonight', es: 'esta noche me mato' },
  { tier: 'active', en: 'I think about killing myself every day', es: 'pienso en matarme todos los días' },
  { tier: 'passive', en: 'I wish I was dead', es: 'ojalá estuviera muerto' },
  { tier: 'history', en: 'I attempted suicide in 2015', es: 'intenté suicidarme en 2015' },
] as const;

const EXPECT = {
  en: { lifeline: /call or text 988/i, chat: '988lifeline.org' },
  es: { lifeline: /llame o env[ií]e un texto al 988|puede llamar o enviar un texto al 988/i, chat: '988lifeline.org' },
};

describe.each(CASES)('a $tier signal', ({ tier, en, es }) => {
  it.each([
    ['en', en],
    ['es', es],
  ] as const)('when it comes by SMS in %s, then the TwiML reply to that message carries 988 in that language', async (locale, text) => {
    const h: SmsHarness = await startSmsHarness();
    try {
      await h.text('+15555550190', locale === 'es' ? 'hola' : 'START');
      const reply = (await h.text('+15555550190', text)).join('\n');
      expect(reply).toMatch(EXPECT[locale].lifeline);
      expect(reply).toContain(EXPECT[locale].chat);
      if (tier === 'imminent') expect(reply).toContain('911');
    } finally {
      await h.close();
    }
  });

  it.each([
    ['en', en, 'web'],
    ['es', es, 'web'],
    ['en', en, 'terminal'],
    ['es', es, 'terminal'],
  ] as const)('when it comes in %s on the %s style, then the reply carries 988 (with tap-to-call links on the web)', async (locale, text, style) => {
    const store = await memoryStore();
    const { engine } = makeEngine(store);
    const turn = await person(engine, { channel: style, style, locale }).turn(text);
    const reply = turn.replies.map((r) => r.text).join('\n');
    expect(reply).toMatch(EXPECT[locale].lifeline);
    expect(turn.replies.some((r) => r.crisisTier === tier)).toBe(true);
    if (style === 'web') expect(reply).toContain('(tel:988)');
    await store.close();
  });
});
