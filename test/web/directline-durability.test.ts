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
