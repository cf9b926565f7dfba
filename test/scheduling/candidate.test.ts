import { startStack, type Stack } from '../escalation/support';
import { signBookedCallback } from '../../src/scheduling';
import { shortReference } from '../../src/scheduling/ids';
import { BOOKED_PATH } from '../../src/scheduling/booked-route';
import { SCHEDULING_MESSAGES } from '../../dialogs/copy/scheduling';
import { confirmationText, followUpText } from '../../src/scheduling/candidate-copy';
import type { HandoffRecord } from '../../src/scheduling';
import { testSettings } from './intake-record';
import { LOCALES } from '../../dialogs/locale';
import { TEST_PROGRAM, makeEngine, memoryStore, person } from '../support/harness';
import { cleanAnswers } from './support';

/**
 * The candidate's side of a hand-off, over SMS through the local Twilio stand-in: a confirmation that says what
 * happens next and when (with a prefilled booking link when one is configured), one follow-up if no booking
 * comes back (never at night, never after STOP), and a signed callback that records a booking.
 */
const CANDIDATE = '+15555550163';
const SECRET = 'booked-callback-secret-0123456789';
const TEMPLATE = 'https://cal.com/harbor/consult?name={name}&email={email}&notes={notes}';
const DRUGS = /ketamin|esketamin|spravato|xanax|valium|klonopin|ativan|sertralin|zoloft|oxycodon|opioid|benzodiazepin|mdma|psilocybin|cannabis|marijuana/i;

describe("the candidate's side of the hand-off", () => {
  let stack: Stack;

  async function start(env: Record<string, string> = {}): Promise<void> {
    stack = await startStack({ BOOKING_LINK_TEMPLATE: TEMPLATE, HANDOFF_WEBHOOK_SECRET: SECRET, PROGRAM_NAME: 'Harbor PTSD Program', SUPPORT_CONTACT: 'help@harbor.example', ...env });
  }
  afterEach(async () => stack.close());

  async function finish(answers = cleanAnswers(), first = 'START'): Promise<void> {
    await stack.text(CANDIDATE, first);
    for (const answer of answers) await stack.text(CANDIDATE, answer);
    await stack.drain();
  }
  const texts = () => stack.sentTo(CANDIDATE);
  const followUps = () => texts().filter((t) => /not booked yet|working on your consultation|aún no está reservada/.test(t));
  const handoff = async () => (await stack.app.store.listHandoffs())[0];

  function postBooked(body: string, options: { secret?: string; t?: number; signature?: string | null } = {}): Promise<Response> {
    const t = options.t ?? Math.floor(stack.clock.now().getTime() / 1000);
    const signature = options.signature === undefined ? signBookedCallback(body, options.secret ?? SECRET, t) : options.signature;
    return fetch(`${stack.base}${BOOKED_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(signature === null ? {} : { 'X-Intake-Signature': signature }) },
      body,
    });
  }

  it('when a clean intake is handed off, then the candidate is told what happens next and when, with a prefilled booking link', async () => {
    await start();
    await finish();
    const made = await handoff();
    const confirmation = texts().find((t) => t.startsWith('Next step, Ana'))!;
    expect(confirmation).toContain('within 2 business days');
    expect(confirmation).toContain(`Reference: ${shortReference(made.id)}`);
    expect(confirmation).toMatch(/call or text 988/i);
    expect(confirmation).not.toMatch(DRUGS);
    const link = new URL(/https:\/\/cal\.com\/\S+/.exec(confirmation)![0]);
    expect(link.searchParams.get('name')).toBe('Ana');
    expect(link.searchParams.get('email')).toBe('ana@example.com');
    expect(link.searchParams.get('notes')).toContain(made.id);
    expect(made.confirmationSentAt).not.toBeNull();
  });

  it('when the intake was in Spanish, then the confirmation is in Spanish', async () => {
    await start();
    await finish(cleanAnswers(), 'hola');
    const confirmation = texts().find((t) => t.startsWith('Siguiente paso, Ana'))!;
    expect(confirmation).toContain('días hábiles');
    expect(confirmation).toContain('988');
  });

  it('when the outcome needs review and links are only for likely-fit, then the confirmation says a clinician reviews first, with no link', async () => {
    await start();
    const answers = cleanAnswers();
    answers[3] = 'not sure'; // diagnosed with PTSD? -> needs-review
    await finish(answers);
    expect((await handoff()).outcome).toBe('needs-review');
    const confirmation = texts().find((t) => t.startsWith('Next step, Ana'))!;
    expect(confirmation).toContain('will review your answers');
    expect(confirmation).not.toContain('https://');
  });

  it('when no booking comes back within 48 hours, then one follow-up is sent, once', async () => {
    await start();
    await finish();
    stack.clock.advance(47 * 3_600_000);
    await stack.drain();
    expect(followUps()).toEqual([]);
    stack.clock.advance(3_600_000);
    await stack.drain();
    expect(followUps()).toHaveLength(1);
    expect(followUps()[0]).toMatch(/not booked yet.*https:\/\/cal\.com\/.*Reply STOP to opt out.*988/);
    stack.clock.advance(7 * 24 * 3_600_000);
    await stack.drain();
    expect(followUps()).toHaveLength(1);
  });

  it('when the follow-up falls due at night where they live, then it waits until 9 a.m. their time', async () => {
    await start();
    stack.clock.advance(12 * 3_600_000); // 04:00 UTC: 10 p.m. in Denver (MDT)
    await finish();
    stack.clock.advance(48 * 3_600_000);
    await stack.drain();
    expect(followUps()).toEqual([]);
    stack.clock.advance(11 * 3_600_000 - 60_000); // 8:59 a.m. in Denver
    await stack.drain();
    expect(followUps()).toEqual([]);
    stack.clock.advance(60_000);
    await stack.drain();
    expect(followUps()).toHaveLength(1);
  });

  it('when the candidate texts STOP after the hand-off, then no follow-up is sent', async () => {
    await start();
    await finish();
    await stack.text(CANDIDATE, 'STOP');
    stack.clock.advance(49 * 3_600_000);
    await stack.drain();
    expect(followUps()).toEqual([]);
  });

  it('when the scheduling side reports a booking with a signed callback, then the follow-up is cancelled; bad callbacks get a 4xx with a reason', async () => {
    await start();
    await finish();
    const made = await handoff();
    const body = JSON.stringify({ handoffId: made.id });

    expect((await postBooked(body, { signature: null })).status).toBe(403);
    expect((await postBooked(body, { secret: 'not-the-secret-000000' })).status).toBe(403);
    expect((await postBooked(body, { t: Math.floor(stack.clock.now().getTime() / 1000) - 600 })).status).toBe(403);
    const notJson = await postBooked('handoffId=1');
    expect(notJson.status).toBe(400);
    const wrongShape = await postBooked(JSON.stringify({ handoff: made.id }));
    expect(wrongShape.status).toBe(400);
    expect(((await wrongShape.json()) as { error: string }).error).toMatch(/handoffId/);
    expect((await postBooked(JSON.stringify({ handoffId: '00000000-0000-4000-8000-000000000000' }))).status).toBe(404);
    expect((await postBooked(JSON.stringify({ handoffId: made.id, pad: 'x'.repeat(70_000) }))).status).toBe(413);

    const booked = await postBooked(body);
    expect(booked.status).toBe(200);
    expect(await booked.json()).toEqual({ handoffId: made.id, status: 'booked' });
    expect(await (await postBooked(body)).json()).toEqual({ handoffId: made.id, status: 'already-booked' });
    expect((await handoff()).bookedAt).toBe(stack.clock.now().toISOString());

    stack.clock.advance(49 * 3_600_000);
    await stack.drain();
    expect(followUps()).toEqual([]);
  });

  it('when the candidate restarts and finishes again, then the new hand-off supersedes the first and only it gets a follow-up', async () => {
    await start();
    await finish();
    await stack.text(CANDIDATE, 'RESTART');
    for (const answer of cleanAnswers({ email: 'ana.new@example.com' })) await stack.text(CANDIDATE, answer);
    await stack.drain();
    const [first, second] = await stack.app.store.listHandoffs();
    expect(second.supersedes).toBe(first.id);
    expect((second.record as { contact: { email: string } }).contact.email).toBe('ana.new@example.com');
    stack.clock.advance(49 * 3_600_000);
    await stack.drain();
    expect(followUps()).toHaveLength(1);
    expect(followUps()[0]).toContain(second.id);
  });

  it('when the candidate restarts and finishes again before the worker ran, then only the later completion is handed off', async () => {
    await start();
    // The clock stands still: both completions are written at the same instant, and only their turn tells them apart.
    await stack.text(CANDIDATE, 'START');
    for (const answer of cleanAnswers()) await stack.text(CANDIDATE, answer);
    await stack.text(CANDIDATE, 'RESTART');
    for (const answer of cleanAnswers({ email: 'ana.new@example.com' })) await stack.text(CANDIDATE, answer);
    await stack.drain();
    const made = await stack.app.store.listHandoffs();
    expect(made).toHaveLength(1);
    expect((made[0].record as HandoffRecord).contact.email).toBe('ana.new@example.com');
    expect(texts().filter((t) => t.startsWith('Next step, Ana'))).toHaveLength(1);
  });

  it('when the confirmation and the follow-up are texted, then they do not spell out the email address (a lock screen shows them); the web form does', async () => {
    await start({ BOOKING_LINK_TEMPLATE: '' });
    await finish();
    stack.clock.advance(49 * 3_600_000);
    await stack.drain();
    const sent = [texts().find((t) => t.startsWith('Next step, Ana'))!, ...followUps()];
    expect(sent).toHaveLength(2);
    for (const text of sent) {
      expect(text).not.toContain('ana@example.com');
      expect(text).toContain('the email address you gave');
    }
    const record = (await handoff()).record as HandoffRecord;
    for (const language of ['en', 'es'] as const) {
      const web = { ...record, channel: 'web', language };
      const sms = { ...record, language };
      expect(confirmationText(web, TEST_PROGRAM, testSettings())).toContain('ana@example.com');
      expect(confirmationText(sms, TEST_PROGRAM, testSettings())).not.toContain('ana@example.com');
      expect(followUpText(sms, TEST_PROGRAM, testSettings())).not.toContain('ana@example.com');
    }
  });

  it('when the candidate asks for HELP after the hand-off, then the reply still gives the 988 line', async () => {
    await start();
    await finish();
    expect(await stack.text(CANDIDATE, 'HELP')).toMatch(/988/);

    // The dialog's own HELP (the terminal and the web, where HELP is not a carrier keyword).
    const store = await memoryStore();
    const { engine } = makeEngine(store);
    const terminal = person(engine, { channel: 'terminal', style: 'terminal' });
    await terminal.say('START');
    for (const answer of cleanAnswers()) await terminal.say(answer);
    expect(await terminal.say('help')).toMatch(/call or text 988/);
  });

  it('every scheduling message, in every form and language, gives 988 and names no drug; the SMS form never carries the email', () => {
    for (const message of Object.values(SCHEDULING_MESSAGES)) {
      for (const form of ['sms', 'web'] as const) {
        for (const locale of LOCALES) {
          expect(message[form][locale]).toContain('988');
          expect(message[form][locale]).not.toMatch(DRUGS);
        }
      }
      for (const locale of LOCALES) expect(message.sms[locale]).not.toContain('{email}');
    }
  });
});
