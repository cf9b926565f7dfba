import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebStack, type WebStack } from './support';
import { DirectLineClient, type Activity } from './direct-line-client';

/**
 * Activities live in the store, not in a process: two service instances share one SQLite file, and the one
 * a visitor was talking to stops (or its bot turn fails) between two polls.
 */
describe('local Direct Line: nothing lost across processes', () => {
  let a: WebStack;
  let b: WebStack;
  beforeEach(async () => {
    const db = `sqlite:${join(mkdtempSync(join(tmpdir(), 'directline-')), 'intake.db')}`;
    // Instances behind one load balancer share the public address.
    const shared = { DATABASE_URL: db, PUBLIC_BASE_URL: 'https://intake.example.org' };
    a = await startWebStack(shared);
    b = await startWebStack(shared);
  });
  afterEach(async () => {
    await b.close();
    await a.close().catch(() => undefined);
  });

  /** Ids contiguous from 1, timestamps strictly increasing, nothing twice. */
  function expectWholeStream(activities: Activity[]): void {
    activities.forEach((activity, i) => expect(Number(activity.id.split('|')[1])).toBe(i + 1));
    for (let i = 1; i < activities.length; i++) expect(Date.parse(activities[i].timestamp)).toBeGreaterThan(Date.parse(activities[i - 1].timestamp));
  }

  it('when the instance a visitor talks to stops between two polls, then the other one carries on with the same token, losing and repeating nothing', async () => {
    const visitor = await DirectLineClient.open(a.base);
    await visitor.connect();
    await visitor.drain();
    expect(await visitor.say('yes')).toContain('How old are you?');
    const { id } = await visitor.send('41'); // answered by A; not yet polled
    await a.close();

    visitor.base = b.base;
    const pending = await visitor.poll();
    expect(pending.map((x) => x.text)).toEqual(['41', 'Which US state do you live in?']);
    expect(pending[1].replyToId).toBe(id);
    expect(await visitor.say('Colorado')).toContain('diagnosed you with PTSD');
    // A reload on the new instance does not greet again.
    expect((await visitor.connect()).status).toBe(200);
    expect(await visitor.drain()).toEqual([]);

    expectWholeStream(visitor.received);
    expect(visitor.received.filter((x) => /automated intake assistant/.test(x.text ?? ''))).toHaveLength(1);
  });

  it('when the bot turn fails after the message was accepted, then the outbox hands it to the bot again, in the other instance, and it is answered once', async () => {
    const visitor = await DirectLineClient.open(a.base);
    await visitor.connect();
    await visitor.drain();
    const failing = jest.spyOn(a.app.engine, 'handleInbound').mockRejectedValueOnce(new Error('disk I/O error'));
    const { id } = await visitor.send('yes'); // accepted: 200 with its id, never a 5xx
    expect(failing).toHaveBeenCalledTimes(1);
    expect((await visitor.poll()).map((x) => x.text)).toEqual(['yes']); // echoed: Web Chat shows it sent
    await a.close();

    visitor.base = b.base;
    expect(await b.app.worker.runDue()).toBe(0); // not due yet: the first process had its chance
    b.clock.advance(11_000);
    expect(await b.app.worker.runDue()).toBe(1);
    const answers = await visitor.drain();
    expect(answers.map((x) => x.text)).toEqual(['Part 1 of 6: First, a few basic questions.', 'How old are you?']);
    expect(answers.every((x) => x.replyToId === id)).toBe(true);

    b.clock.advance(60_000);
    expect(await b.app.worker.runDue()).toBe(0);
    expect(await visitor.drain()).toEqual([]);
    expectWholeStream(visitor.received);
    expect((await b.app.store.listJobs()).filter((j) => j.kind === 'directline.to-bot').every((j) => j.status === 'done')).toBe(true);
  });

  it('when a message could not be handed to the bot and the visitor sends another, then the first is answered first, then the second', async () => {
    const visitor = await DirectLineClient.open(a.base);
    await visitor.connect();
    await visitor.drain();
    const turns: string[] = [];
    const engine = a.app.engine;
    const real = engine.handleInbound.bind(engine);
    jest
      .spyOn(engine, 'handleInbound')
      .mockImplementationOnce(async () => Promise.reject(new Error('disk I/O error')))
      .mockImplementation(async (input) => {
        turns.push(input.text);
        return real(input);
      });
    const first = await visitor.send('yes');
    const second = await visitor.send('41');
    expect(turns).toEqual(['yes', '41']);
    const stream = await visitor.drain();
    const replies = stream.filter((x) => x.from.role === 'bot');
    expect(replies.map((x) => x.replyToId)).toEqual([first.id, first.id, second.id]);
    expect(replies.at(-1)!.text).toBe('Which US state do you live in?');
    // The first message's retry has nothing left to do.
    a.clock.advance(11_000);
    await a.app.worker.runDue();
    expect(turns).toEqual(['yes', '41']);
    expect((await a.app.store.listJobs()).filter((j) => j.kind === 'directline.to-bot').every((j) => j.status === 'done')).toBe(true);
  });

  it('when the failed message and the next one reach different instances, then the second instance hands over the first before the second', async () => {
    const visitor = await DirectLineClient.open(a.base);
    await visitor.connect();
    await visitor.drain();
    jest.spyOn(a.app.engine, 'handleInbound').mockRejectedValueOnce(new Error('disk I/O error'));
    const first = await visitor.send('yes');
    visitor.base = b.base;
    const second = await visitor.send('41');
    const replies = (await visitor.drain()).filter((x) => x.from.role === 'bot');
    expect(replies.map((x) => x.replyToId)).toEqual([first.id, first.id, second.id]);
    expectWholeStream(visitor.received);
  });

  it('when another instance is handing a conversation over, then this one does not interleave: the message waits for its turn and is answered after', async () => {
    const visitor = await DirectLineClient.open(a.base);
    await visitor.connect();
    await visitor.drain();
    const now = a.clock.now();
    // B holds the conversation's delivery claim (as while it runs a turn).
    expect(await b.app.store.claimDirectLineDelivery(visitor.conversationId, now.toISOString(), new Date(now.getTime() + 60_000).toISOString())).toBe(true);
    expect(await a.app.store.claimDirectLineDelivery(visitor.conversationId, now.toISOString(), new Date(now.getTime() + 60_000).toISOString())).toBe(false);
    const { id } = await visitor.send('yes');
    expect((await visitor.drain()).filter((x) => x.from.role === 'bot')).toEqual([]);
    a.clock.advance(61_000); // the claim ran out (or was released); the job takes the message in turn
    expect(await a.app.worker.runDue()).toBe(1);
    expect((await visitor.drain()).filter((x) => x.replyToId === id).map((x) => x.text)).toContain('How old are you?');
  });

  it('when one message keeps failing, then after three attempts it stops holding back the next ones (and its job still ends in the dead letter with an alarm)', async () => {
    const visitor = await DirectLineClient.open(a.base);
    await visitor.connect();
    await visitor.drain();
    const engine = a.app.engine;
    const real = engine.handleInbound.bind(engine);
    jest.spyOn(engine, 'handleInbound').mockImplementation(async (input) => (input.text === 'yes' ? Promise.reject(new Error('poison')) : real(input)));
    await visitor.send('yes');
    const held = await visitor.send('hello?');
    expect((await visitor.drain()).filter((x) => x.replyToId === held.id)).toEqual([]);
    for (let i = 0; i < 3; i++) {
      a.clock.advance(60_000);
      await a.app.worker.runDue();
    }
    expect((await visitor.drain()).filter((x) => x.replyToId === held.id).length).toBeGreaterThan(0);
    // The failing one is still retried on its own until the dead letter raises the alarm.
    for (let i = 0; i < 12; i++) {
      a.clock.advance(3_600_000);
      await a.app.worker.runDue();
    }
    const jobs = (await a.app.store.listJobs()).filter((j) => j.kind === 'directline.to-bot' && j.status !== 'done');
    expect(jobs.map((j) => j.status)).toEqual(['dead']);
  });

  it('when a hand-off is run twice (the outbox retrying a turn that did commit), then the replies appear once', async () => {
    const visitor = await DirectLineClient.open(a.base);
    await visitor.connect();
    await visitor.drain();
    // The turn commits and its replies are stored, but the process "dies" before the job is marked done.
    const complete = jest.spyOn(a.app.store, 'completeJob').mockRejectedValueOnce(new Error('killed'));
    const { id } = await visitor.send('yes');
    expect(complete).toHaveBeenCalled();
    a.clock.advance(11_000);
    expect(await a.app.worker.runDue()).toBe(1);
    const stream = await visitor.drain();
    expect(stream.filter((x) => x.replyToId === id).map((x) => x.text)).toEqual(['Part 1 of 6: First, a few basic questions.', 'How old are you?']);
    expectWholeStream(visitor.received);
  });

  it("when the bot's greeting fails, then reconnecting elsewhere does not ask twice, and the outbox greets once", async () => {
    jest.spyOn(a.app.engine, 'startConversation').mockRejectedValueOnce(new Error('disk I/O error'));
    const visitor = await DirectLineClient.open(a.base);
    expect((await visitor.connect()).status).toBe(200);
    expect(await visitor.drain()).toEqual([]);
    await a.close();

    visitor.base = b.base;
    expect((await visitor.connect()).status).toBe(200);
    expect(await visitor.drain()).toEqual([]);
    b.clock.advance(11_000);
    expect(await b.app.worker.runDue()).toBe(1);
    expect((await visitor.connect()).status).toBe(200);
    const welcome = await visitor.drain();
    expect(welcome.filter((x) => /automated intake assistant/.test(x.text ?? ''))).toHaveLength(1);
    expect(await visitor.say('yes')).toContain('How old are you?');
  });

  it('when the greeting was given but marking its job done was lost, then the outbox does not greet again', async () => {
    jest.spyOn(a.app.store, 'completeJob').mockRejectedValueOnce(new Error('killed'));
    const visitor = await DirectLineClient.open(a.base);
    await visitor.connect();
    expect(await visitor.say('yes')).toContain('How old are you?');
    a.clock.advance(11_000);
    expect(await a.app.worker.runDue()).toBe(1);
    expect(await visitor.drain()).toEqual([]);
    expect((await a.app.store.listJobs()).every((j) => j.status === 'done')).toBe(true);
  });
});
