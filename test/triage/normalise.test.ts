import { normalise, originalSpan, triage } from '../../src/triage';

const text = (s: string): string => normalise(s).text;

describe('normalisation', () => {
  it('folds case, Unicode compatibility forms and diacritics', () => {
    expect(text('I WANT TO DIE')).toBe('i want to die');
    expect(text('𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟')).toBe('kill myself');
    expect(text('ＫＩＬＬ　ＭＹＳＥＬＦ')).toBe('kill myself');
    expect(text('ⓚⓘⓛⓛ')).toBe('kill');
    expect(text('Ojalá me muriera mañana')).toBe('ojala me muriera manana');
  });

  it('removes zero-width and invisible characters inside words', () => {
    expect(text('ki\u200bll my\u200dself')).toBe('kill myself');
    expect(text('sui\u2060cide\ufeff')).toBe('suicide');
    expect(text('pas\u00adtillas')).toBe('pastillas');
  });

  it('maps look-alike letters', () => {
    expect(text('kіll mуsеlf')).toBe('kill myself'); // Cyrillic і у е
    expect(text('κill')).toBe('kill'); // Greek kappa
  });

  it('undoes leetspeak inside words but keeps real numbers', () => {
    expect(text('k1ll mys3lf')).toBe('kill myself');
    expect(text('d13')).toBe('die');
    expect(text('$uicide')).toBe('suicide');
    expect(text('unal!ve')).toBe('unalive');
    expect(text('w1sh 1 w4s d34d')).toBe('wish i was dead');
    expect(text("I'm 41, took 20mg at 3am in 2019")).toBe('im 41, took 20mg at 3am in 2019');
  });

  it('collapses letters repeated for emphasis and restores the word', () => {
    expect(text('i want to diiiiie')).toBe('i want to die');
    expect(text('byeeeeee')).toBe('bye');
    expect(text('killllll')).toBe('kill');
  });

  it('drops apostrophes so that "im" and "I\'m" read the same', () => {
    expect(text("I'm done, I can't, I don't")).toBe('im done, i cant, i dont');
    expect(text('I’m done')).toBe('im done');
  });

  it('repairs common misspellings and SMS spellings', () => {
    expect(text('suicde')).toBe('suicide');
    expect(text('kil myslef')).toBe('kill myself');
    expect(text('sucidal thots')).toBe('suicidal thoughts');
    expect(text('i wnt 2 die 2nite')).toBe('i want 2 die tonight');
    expect(text('kiero morirme')).toBe('quiero morirme');
    expect(text('thinkin bout endin it')).toBe('thinking about ending it');
    expect(text('k*ll mys*lf')).toBe('kill myself');
    expect(text('k i l l m y s e l f')).toBe('kill myself');
  });

  it('turns emoji with a meaning into words and other pictographs into spaces', () => {
    expect(text('💊💊 tonight')).toBe('pills pills tonight');
    expect(text('🔫')).toBe('gun');
    expect(text('🪢')).toBe('rope');
    expect(text('⚰️')).toBe('coffin');
    expect(text('🔪 🩸')).toBe('knife blood');
    expect(text('i want to die 😭😭')).toBe('i want to die');
  });

  it('keeps sentence punctuation and newlines as boundaries', () => {
    expect(text('no.\n\nI want to die')).toBe('no.\ni want to die');
  });

  it('maps every output character back into the original text', () => {
    const original = 'I\u200b want 💊💊 tonight';
    const n = normalise(original);
    const i = n.text.indexOf('pills');
    expect(original.slice(originalSpan(n, i, i + 5).start, originalSpan(n, i, i + 5).end)).toBe('💊');
    const w = n.text.indexOf('want');
    const span = originalSpan(n, w, w + 4);
    expect(original.slice(span.start, span.end)).toBe('want');
  });

  it('cuts a phrase repeated more than three times in a row to three copies, keeping where each word came from', () => {
    const original = `${'Holding my gun. '.repeat(100)}Tell my kids I love them`;
    const n = normalise(original);
    expect(n.text).toBe('holding my gun. holding my gun. holding my gun. tell my kids i love them');
    const tell = n.text.indexOf('tell');
    const span = originalSpan(n, tell, tell + 4);
    expect(original.slice(span.start, span.end)).toBe('Tell');
    expect(span.start).toBe(1600);
    // three copies or a hundred: the same tier
    expect(triage(original).risk).toBe(triage('Holding my gun. '.repeat(3) + 'Tell my kids I love them').risk);
  });

  it('leaves a phrase said three times, and different sentences that share words, alone', () => {
    const thrice = `${'i want to die. '.repeat(3)}${'the weather was fine today and we went for a walk by the lake. '.repeat(4)}`;
    expect(normalise(thrice).text.match(/i want to die/g)).toHaveLength(3);
    const varied = 'my brother died in 2019. my father died in 2021. my friend died in 2022. my uncle died in 2023. and i want to die now, honestly, every single day of this long year';
    expect(normalise(varied).text).toBe(varied);
  });
});
