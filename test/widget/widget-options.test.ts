import { DEFAULT_COLOR, DEFAULT_TEXT_COLOR, optionsToQuery, parseOptions, type RawOptions } from '../../src/widget/shared/options';

/** The embed's data- attributes, as a clinic's web team writes them (and as an attacker might). */
const raw = (values: Record<string, string>): RawOptions => (name) => values[name];

describe('widget options from data- attributes', () => {
  it('when nothing is set, then the defaults: English, bottom right, Direct Line, the default colours', () => {
    expect(parseOptions(raw({}))).toEqual({ title: '', color: DEFAULT_COLOR, textColor: DEFAULT_TEXT_COLOR, locale: 'en', position: 'right', transport: 'directline' });
  });

  it('when the page sets its options, then they are taken', () => {
    const options = parseOptions(raw({ title: 'Talk to Harbor', color: '#2d5d46', textColor: 'white', lang: 'es', position: 'left', transport: 'twilio' }));
    expect(options).toEqual({ title: 'Talk to Harbor', color: '#2d5d46', textColor: 'white', locale: 'es', position: 'left', transport: 'twilio' });
  });

  it.each(['red; background: url(https://evil.example/x)', 'expression(alert(1))', '#12345g', 'var(--x)', '"><script>', ''])(
    'when a colour is not a plain colour (%j), then the default is used',
    (color) => {
      expect(parseOptions(raw({ color })).color).toBe(DEFAULT_COLOR);
    },
  );

  it.each(['#abc', '#1f5c99', '#1f5c99cc', 'rgb(31, 92, 153)', 'hsl(210 66% 36%)', 'rebeccapurple'])('when a colour is %j, then it is kept', (color) => {
    expect(parseOptions(raw({ color })).color).toBe(color);
  });

  it('when data-lang is absent, then the page language decides (es-MX is Spanish), and an unknown one falls back to English', () => {
    expect(parseOptions(raw({}), 'es-MX').locale).toBe('es');
    expect(parseOptions(raw({}), 'fr').locale).toBe('en');
    expect(parseOptions(raw({ lang: 'EN_us' }), 'es').locale).toBe('en');
    expect(parseOptions(raw({ lang: 'de' }), 'es').locale).toBe('es');
  });

  it('when a title has control characters or is very long, then it is cleaned and cut to 60 characters', () => {
    expect(parseOptions(raw({ title: '  Chat\n\twith\u0000 us  ' })).title).toBe('Chat with us');
    expect(parseOptions(raw({ title: 'x'.repeat(100) })).title).toHaveLength(60);
  });

  it('when options go into the panel address and are read back, then they are the same', () => {
    const options = parseOptions(raw({ title: 'Chat & more?', color: 'rgb(1, 2, 3)', lang: 'es', transport: 'twilio' }));
    const params = new URLSearchParams(optionsToQuery(options));
    expect(parseOptions((name) => params.get(name))).toEqual({ ...options, position: 'right' });
  });
});
