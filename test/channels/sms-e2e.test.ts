import type { TwilioLocal } from '../../tools/twilio-local';
import type { App } from '../../src/compose';
import { ManualClock } from '../../src/clock';
import { startTwilioLocalApp } from './twilio-local-app';

/**
 * The whole SMS path against the local Twilio stand-in: a phone texts, the stand-in signs the webhook like
 * Twilio, the bot answers in TwiML, the stand-in delivers and reports back; reminders go out through the
 * real twilio library's Messages API.
 */
describe('SMS end to end against the local Twilio stand-in', () => {
  let twilioLocal: TwilioLocal;
  let app: App;
  let close: () => Promise<void>;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-03-10T16:00:00Z')); // 12:00 in New York, 10:00 in Denver
    ({ twilioLocal, app, close } = await startTwilioLocalApp(clock));
  });
  afterEach(async () => close());

  async function text(from: string, body: string): Promise<string> {
    const result = await twilioLocal.sendSms({ from, body });
    if (result.status !== 200) throw new Error(`bot answered ${result.status}`);
    return result.replies.join('\n');
  }

  const pcl5 = Array.from({ length: 20 }, () => '3');

  it('when a person takes the whole assessment by SMS in English, then every reply arrives and it ends with what happens next', async () => {
    const phone = '+15555550161';
    const script: [string, string][] = [
      ['START', 'Would you like to start?'], ['yes', 'How old are you?'], ['41', 'Which US state'], ['Colorado', 'PTSD'],
      ['yes', 'thoughts of suicide'], ['no', 'thoughts of killing yourself'], ['no', 'Have you ever done anything'], ['no', '(1 of 20)'],
      ...pcl5.map((answer, i): [string, string] => [answer, i < 19 ? `(${i + 2} of 20)` : 'trauma-focused']),
      ['yes', 'help your PTSD symptoms enough'], ['no', 'antidepressant'], ['yes', 'medication help'], ['no', 'blood pressure'],
      ['no', 'psychosis'], ['no', 'drinking'], ['no', 'pregnant'], ['no', 'seizure'], ['no', 'medications'], ['none', 'first name'],
      ['Ana', 'email'], ['ana@example.com', 'time zone'], ['Mountain', 'Which days'], ['weekdays', 'time of day'], ['mornings', 'Thank you, Ana'],
    ];
    for (const [says, expected] of script) expect(await text(phone, says)).toContain(expected);
    await twilioLocal.settle();
    const delivered = twilioLocal.messages({ to: phone, direction: 'outbound' });
    expect(delivered).toHaveLength(script.length);
    expect(delivered.every((m) => m.status === 'delivered')).toBe(true);
  });

  it('when a person takes it in Spanish, then the replies are in Spanish to the end', async () => {
    const phone = '+15555550162';
    const script: [string, string][] = [
      ['hola', '¿Quiere comenzar?'], ['sí', '¿Cuántos años tiene?'], ['35', '¿En qué estado'], ['Nueva York', 'TEPT'],
      ['sí', 'suicidio'], ['no', 'suicidarse'], ['no', '¿Alguna vez ha hecho algo'], ['no', '(1 de 20)'],
      ...pcl5.map((answer, i): [string, string] => [answer, i < 19 ? `(${i + 2} de 20)` : 'terapia']),
      ['no', 'antidepresivo'], ['no', 'presión arterial'], ['no', 'psicosis'], ['no', 'alcohol'], ['no', 'embarazada'], ['no', 'convulsión'],
      ['no', 'medicamentos'], ['ninguno', 'nombre'], ['Luis', 'correo'], ['luis@example.com', 'zona horaria'], ['del este', 'días'],
      ['entre semana', 'hora del día'], ['por la tarde', 'Gracias, Luis'],
    ];
    for (const [says, expected] of script) expect(await text(phone, says)).toContain(expected);
  });

  it('when Twilio retries the same webhook, then the bot answers it once and the same way', async () => {
    const phone = '+15555550163';
    await text(phone, 'START');
    const first = await twilioLocal.sendSms({ from: phone, body: 'yes' });
    const retry = await twilioLocal.resendSms(first.messageSid);
    expect(retry.replies).toEqual(first.replies);
    const row = await app.store.findConversation('sms', phone);
    expect((await app.store.listMessages(row!.id)).filter((m) => m.direction === 'in')).toHaveLength(2);
  });

  it('when the crisis reply cannot be delivered, then the delivery report pages on-call', async () => {
    const phone = '+15555550164';
    await text(phone, 'START');
    twilioLocal.failDeliveries(phone, 'undelivered');
    expect(await text(phone, 'i am going to kill myself')).toMatch(/call or text 988/i);
    await twilioLocal.settle();
    const pages = (await app.store.listJobs('pending')).filter((j) => j.kind === 'escalation.page');
    expect(pages.map((p) => (p.payload as { reason?: string }).reason)).toContain('candidate may not have received 988 information');
  });

  it('when a person stops mid-way, then one reminder goes out after 24 hours, outside quiet hours, and none after STOP', async () => {
    const phone = '+15555550165';
    const stopper = '+15555550166';
    for (const says of ['START', 'yes', '41', 'CO']) await text(phone, says);
    for (const says of ['START', 'yes']) await text(stopper, says);
    await text(stopper, 'STOP');

    clock.advance(23 * 3_600_000);
    await app.worker.runDue();
    expect(twilioLocal.messages({ to: phone, direction: 'outbound' }).filter((m) => m.body.includes("haven't finished"))).toHaveLength(0);

    // 24 h later it is 12:00 in New York but the job runs; at 23:00 Denver time it would wait until 9:00.
    clock.advance(1 * 3_600_000);
    await app.worker.runDue();
    await twilioLocal.settle();
    const reminders = twilioLocal.messages({ to: phone, direction: 'outbound' }).filter((m) => m.body.includes("haven't finished"));
    expect(reminders).toHaveLength(1);
    expect(twilioLocal.messages({ to: stopper, direction: 'outbound' }).filter((m) => m.body.includes("haven't finished"))).toHaveLength(0);

    clock.advance(72 * 3_600_000);
    await app.worker.runDue();
    expect(twilioLocal.messages({ to: phone, direction: 'outbound' }).filter((m) => m.body.includes("haven't finished"))).toHaveLength(1);
  });

  it('when the reminder falls due at night where the person lives, then it waits until 9 a.m. their time', async () => {
    const phone = '+15555550167';
    clock.advance(10 * 3_600_000); // 02:00 UTC next day = 20:00 in Denver
    for (const says of ['START', 'yes', '41', 'Colorado']) await text(phone, says);
    clock.advance(24 * 3_600_000 + 2 * 3_600_000); // 22:00 Denver: quiet
    await app.worker.runDue();
    const job = (await app.store.listJobs()).find((j) => j.kind === 'reminder.send')!;
    expect(new Date(job.runAt).toISOString()).toBe('2026-03-12T15:00:00.000Z'); // 09:00 in Denver (MDT)
    expect(twilioLocal.messages({ to: phone, direction: 'outbound' }).filter((m) => m.body.includes("haven't finished"))).toHaveLength(0);
  });

  it('when a Conversations participant writes, then the bot replies into the conversation and ignores its own messages', async () => {
    const result = await twilioLocal.sendConversationMessage({ author: '+15555550168', body: 'START' });
    expect(result.status).toBe(200);
    await twilioLocal.settle();
    const messages = twilioLocal.conversationMessages(result.conversationSid);
    const fromBot = messages.filter((m) => m.author === 'intake-bot');
    expect(fromBot.map((m) => m.body).join(' ')).toContain('Would you like to start?');
    // The stand-in fired onMessageAdded for each of the bot's own messages; none was answered again.
    const conversation = await app.store.findConversation('twilio-conversations', result.conversationSid);
    expect((await app.store.listMessages(conversation!.id)).filter((m) => m.direction === 'in')).toHaveLength(1);
  });
});
