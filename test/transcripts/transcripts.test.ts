import { makeEngine, memoryStore, person } from '../support/harness';
import type { Transcript } from './transcript';
import { likelyFitEnglish } from './likely-fit.en';
import { likelyFitSpanish } from './likely-fit.es';
import { stateNotServedEnglish, stateNotServedSpanish, underageThenBack } from './not-eligible';
import { screenerQ1, screenerQ2ThenQ4, screenerQ6Lifetime, screenerQ6Recent, screenerSpanish } from './screener-routes';
import {
  backAcrossSections,
  badInputIsAskedAgain,
  crisisMidPcl5English,
  crisisMidPcl5Spanish,
  pcl5ItemNineByNumber,
  languageSwitchAndPause,
  threeMisses,
} from './navigation';
import {
  countedScreenerAnswer,
  crisisDuringScreening,
  cryForHelp,
  hedgedScreenerAnswer,
  languageAtWelcome,
  refusedScreenerAnswer,
  smsYesNoReask,
  spanishFirstMessageCrisis,
  structuredAnswerWithSignal,
  underageCorrected,
} from './safety-answers';

const TRANSCRIPTS: Transcript[] = [
  likelyFitEnglish,
  likelyFitSpanish,
  underageThenBack,
  stateNotServedEnglish,
  stateNotServedSpanish,
  screenerQ1,
  screenerQ2ThenQ4,
  screenerQ6Lifetime,
  screenerQ6Recent,
  screenerSpanish,
  backAcrossSections,
  threeMisses,
  badInputIsAskedAgain,
  languageSwitchAndPause,
  crisisMidPcl5English,
  crisisMidPcl5Spanish,
  pcl5ItemNineByNumber,
  hedgedScreenerAnswer,
  refusedScreenerAnswer,
  countedScreenerAnswer,
  crisisDuringScreening,
  structuredAnswerWithSignal,
  spanishFirstMessageCrisis,
  cryForHelp,
  languageAtWelcome,
  smsYesNoReask,
  underageCorrected,
];

describe.each(TRANSCRIPTS.map((t) => [t.name, t] as const))('%s', (_name, transcript) => {
  it('when the person types each line, then the bot answers as written', async () => {
    const store = await memoryStore();
    const { engine } = makeEngine(store, transcript.options);
    const candidate = person(engine);
    let last: Awaited<ReturnType<typeof candidate.turn>> | undefined;
    for (const [index, [userSays, expected]] of transcript.steps.entries()) {
      last = await candidate.turn(userSays);
      const reply = last.replies.map((r) => r.text).join('\n');
      for (const expectation of Array.isArray(expected) ? expected : [expected]) {
        const ok = typeof expectation === 'string' ? reply.includes(expectation) : (expectation as RegExp).test(reply);
        if (!ok) {
          throw new Error(`step ${index + 1}: after "${userSays.slice(0, 60)}" expected the reply to contain ${String(expectation)}\nreply was:\n${reply}`);
        }
      }
    }
    expect(last!.state).toBe(transcript.ends.state);
    const row = await store.getConversation(last!.conversationId);
    if (transcript.ends.risk) expect(row!.risk).toBe(transcript.ends.risk);
    if (transcript.ends.outcome) {
      const outcomes = await store.listOutcomes(last!.conversationId);
      expect(outcomes.map((o) => o.kind)).toContain(transcript.ends.outcome);
    }
    // Nothing is lost: every message typed is stored, and every one got at least one reply.
    const messages = await store.listMessages(last!.conversationId);
    const inbound = messages.filter((m) => m.direction === 'in');
    expect(inbound).toHaveLength(transcript.steps.length);
    for (const m of inbound) expect(messages.some((o) => o.inReplyTo === m.id)).toBe(true);
    await store.close();
  });
});
