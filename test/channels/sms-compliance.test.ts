import { startSmsHarness, type SmsHarness } from './sms-support';
import { splitForSms } from '../../src/channels/sms/split';

describe('SMS compliance', () => {
  let h: SmsHarness;
  beforeEach(async () => {
    h = await startSmsHarness();
  });
  afterEach(async () => h.close());

  it.each(['STOP', 'stopall', 'Unsubscribe', 'CANCEL', 'end', 'QUIT', 'revoke', 'OPTOUT', 'stop texting me', 'Please stop messaging me.', 'deja de escribirme'])(
    'when a person texts "%s", then one confirmation comes back and nothing more is sent',
    async (word) => {
      const phone = '+15555550111';
      await h.text(phone, 'START');
      const confirmation = await h.text(phone, word);
      expect(confirmation).toHaveLength(1);
      expect(confirmation[0]).toMatch(/unsubscribed|dio de baja/);
      expect(await h.text(phone, '41')).toEqual([]); // an answer from an opted-out number is stored, not answered
      expect(await h.text(phone, word)).toEqual([]); // one confirmation only
      expect(await h.app.store.isOptedOut('sms', phone)).toBe(true);
    },
  );

  it.each(['START', 'unstop', 'YES'])('when an opted-out person texts "%s", then they are opted back in', async (word) => {
    const phone = '+15555550112';
    await h.text(phone, 'hi');
    await h.text(phone, 'STOP');
    const reply = await h.text(phone, word);
    expect(reply.join(' ')).toContain('subscribed to Harbor PTSD Program texts again');
    expect(await h.app.store.isOptedOut('sms', phone)).toBe(false);
  });

  it('when a person asks HELP or INFO, then the reply names the program, support, frequency, rates, STOP and 988', async () => {
    for (const word of ['HELP', 'info']) {
      const [reply] = await h.text('+15555550113', word);
      for (const part of ['Harbor PTSD Program', 'help@harbor.example', 'Msg frequency varies', 'Msg & data rates may apply', 'Reply STOP to opt out', '988']) {
        expect(reply).toContain(part);
      }
    }
  });

  /** A person who started and then opted out. */
  async function optedOut(phone: string): Promise<void> {
    await h.text(phone, 'START');
    await h.text(phone, 'STOP');
  }

  /** The reply carries 988 messaging and the on-call clinician is being paged. */
  async function expectCrisisRouted(reply: string[]): Promise<void> {
    expect(reply.join(' ')).toMatch(/call or text 988/i);
    expect((await h.app.store.listJobs('pending')).map((j) => j.kind)).toContain('escalation.page');
  }

  it('when a person who opted out texts crisis words, then they get 988 messaging and the case is escalated', async () => {
    const phone = '+15555550114';
    await optedOut(phone);
    await expectCrisisRouted(await h.text(phone, "I can't do this anymore, I want to kill myself"));
  });

  it('when a person who opted out texts a crisis in pieces, then the piece that completes it gets 988 messaging and the case is escalated', async () => {
    const phone = '+15555550116';
    await optedOut(phone);
    expect(await h.text(phone, 'got the rope')).toEqual([]); // alone, a means without intent: stored, not answered
    await expectCrisisRouted(await h.text(phone, 'tonight.'));
  });

  it('when a person who opted out texts a cue that nothing before explains, then it is stored and not answered', async () => {
    const phone = '+15555550117';
    await optedOut(phone);
    expect(await h.text(phone, 'tonight.')).toEqual([]);
    expect((await h.app.store.listJobs('pending')).map((j) => j.kind)).not.toContain('escalation.page');
  });

  it('when "I can\'t stop thinking about it" is texted, then it is an answer, not an opt-out', async () => {
    const phone = '+15555550115';
    await h.text(phone, 'START');
    await h.text(phone, "I can't stop thinking about it");
    expect(await h.app.store.isOptedOut('sms', phone)).toBe(false);
  });

  it('when a text is longer than 1,600 characters, then it is split at sentence boundaries and nothing is lost', () => {
    const sentence = 'This sentence is exactly fifty characters long ok. ';
    const text = sentence.repeat(70).trim();
    const parts = splitForSms(text);
    expect(parts.length).toBe(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(1600);
      expect(part.endsWith('.')).toBe(true);
    }
    expect(parts.join(' ')).toBe(text);
    expect(splitForSms('a'.repeat(4000)).join('')).toBe('a'.repeat(4000));
  });
});
