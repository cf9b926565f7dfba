import { assertEvent, assign, emit, enqueueActions, setup } from 'xstate';
import type { Locale } from '../../dialogs/locale';
import { SECTIONS, question, type AnswerValue, type Section } from '../../dialogs/questions';
import type { MessageKey } from '../../dialogs/copy/messages';
import { maxTier, type RiskTier } from '../../src/triage';
import { answersWith, parseCurrent, sectionAfter, signalFrom, structuredTier } from './answers';
import { isFirstOfSection, nextQuestion, nextScreenerItem } from './flow';
import { decideOutcome } from './outcome';
import type { Command, CrisisSignal, IntakeContext, IntakeEmitted, IntakeEvent, IntakeOptions, Reply } from './types';

export const INTAKE_MACHINE_ID = 'intake';
/** Bump when a change makes older persisted snapshots unreadable; add a migration in src/engine/snapshots.ts. */
export const INTAKE_MACHINE_VERSION = 1;

export interface IntakeInput {
  locale: Locale;
  options: IntakeOptions;
}

function freshAnswers(): Pick<IntakeContext, 'current' | 'answers' | 'trail' | 'misses' | 'consentAt' | 'outcome'> {
  return { current: 'consent', answers: {}, trail: [], misses: 0, consentAt: undefined, outcome: undefined };
}

function textOf(event: IntakeEvent): string {
  assertEvent(event, 'user.message');
  return event.text;
}

const say = (reply: Reply) => ({ type: 'say', params: reply }) as const;
const sayMessage = (key: MessageKey) => say({ kind: 'message', key });

type GuardRef =
  | 'notUnderstood'
  | 'answerSignalsCrisis'
  | 'underage'
  | 'stateNotServed'
  | { type: 'nextIn'; params: { section: Section | 'done' } };
type ActionRef = 'reask' | 'recordAnswer' | 'recordStructuredSignal' | 'setNotEligible' | 'ask' | ReturnType<typeof say>;
interface AnswerTransition {
  guard?: GuardRef;
  target?: string;
  actions: ActionRef | readonly ActionRef[];
}

export const intakeMachine = setup({
  types: {
    context: {} as IntakeContext,
    events: {} as IntakeEvent,
    input: {} as IntakeInput,
    emitted: {} as IntakeEmitted,
  },
  guards: {
    notUnderstood: ({ context, event }) => parseCurrent(context, textOf(event)) === undefined,
    consentDeclined: ({ context, event }) => context.current === 'consent' && parseCurrent(context, textOf(event)) === false,
    answerSignalsCrisis: ({ context, event }) => {
      const value = parseCurrent(context, textOf(event));
      return value !== undefined && structuredTier(context.current, value, context.answers) !== 'none';
    },
    underage: ({ context, event }) => {
      const value = parseCurrent(context, textOf(event));
      return context.current === 'age' && typeof value === 'number' && value < 18;
    },
    stateNotServed: ({ context, event }) => {
      const value = parseCurrent(context, textOf(event));
      return context.current === 'state' && typeof value === 'string' && !context.options.servedStates.includes(value);
    },
    nextIn: ({ context, event }, params: { section: Section | 'done' }) => {
      const value = parseCurrent(context, textOf(event));
      return value !== undefined && sectionAfter(context, value) === params.section;
    },
    isCommand: ({ event }, params: { command: Command }) => event.type === 'user.command' && event.command === params.command,
    canGoBackInto: ({ context, event }, params: { section: Section }) =>
      event.type === 'user.command' &&
      event.command === 'back' &&
      context.trail.length > 0 &&
      question(context.trail[context.trail.length - 1]).section === params.section,
    isLikelyFit: ({ context }) => context.outcome?.kind === 'likely-fit',
    tierRises: ({ context, event }) => {
      assertEvent(event, 'crisis.detected');
      return maxTier(context.risk, signalFrom(context, event).signal.tier) !== context.risk;
    },
    /** The screener was under way and has items left: finishing it (in crisis mode) sets the urgency. */
    screenerUnfinished: ({ context }) => context.answers.cssrs_1 !== undefined && nextScreenerItem(context) !== undefined,
    firstMiss: ({ context }) => context.misses === 0,
    screenerAnswerUnderstood: ({ context, event }) => parseCurrent(context, textOf(event)) !== undefined,
    screenerContinues: ({ context, event }) => {
      const value = parseCurrent(context, textOf(event));
      return value !== undefined && nextScreenerItem({ answers: { ...context.answers, [context.current]: value } }) !== undefined;
    },
    screenerAnswerRaisesTier: ({ context, event }) => {
      const value = parseCurrent(context, textOf(event));
      if (value === undefined) return false;
      const tier = structuredTier(context.current, value, context.answers);
      return tier !== 'none' && maxTier(context.risk, tier) !== context.risk;
    },
  },
  actions: {
    say: emit((_, reply: Reply) => ({ type: 'reply' as const, reply })),
    ask: emit(({ context }) => ({
      type: 'reply' as const,
      reply: { kind: 'question' as const, id: context.current, showChoices: context.misses > 0 || isFirstOfSection(context.current) },
    })),
    reask: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ misses: context.misses + 1 });
      enqueue.emit({ type: 'reply', reply: { kind: 'message', key: 'notUnderstood' } });
      enqueue.emit({ type: 'reply', reply: { kind: 'question', id: context.current, showChoices: true, afterMiss: true } });
      // Every third miss in a row, point at HELP instead of repeating forever.
      if ((context.misses + 1) % 3 === 0) enqueue.emit({ type: 'reply', reply: { kind: 'message', key: 'offerHelp' } });
    }),
    recordAnswer: assign(({ context, event }) => {
      const value = parseCurrent(context, textOf(event)) as AnswerValue;
      const answers = answersWith(context, value);
      return {
        answers,
        trail: [...context.trail, context.current],
        misses: 0,
        consentAt: context.current === 'consent' && value === true ? (event as { at: string }).at : context.consentAt,
        current: nextQuestion(answers, context.options) ?? context.current,
      };
    }),
    /** A structured answer that routes to crisis (C-SSRS yes, PHQ-9 item 9 above 0) becomes a signal. */
    recordStructuredSignal: assign(({ context, event }) => {
      const text = textOf(event);
      const answered = context.trail[context.trail.length - 1];
      const value = context.answers[answered] as AnswerValue;
      const tier = structuredTier(answered, value, context.answers) as CrisisSignal['tier'];
      const signal: CrisisSignal = {
        tier,
        source: question(answered).section === 'phq9' ? 'phq9' : 'cssrs',
        reasons: [{ rule: `${answered}:${String(value)}`, match: text, start: 0, end: text.length }],
        at: (event as { at: string }).at,
      };
      return { risk: maxTier(context.risk, tier), signals: [...context.signals, signal] };
    }),
    /** In crisis, the screener's remaining items are asked one by one; answers go to the clinician. */
    askScreenerItem: enqueueActions(({ context, enqueue }) => {
      const id = nextScreenerItem(context) ?? context.current;
      enqueue.assign({ current: id, misses: 0 });
      enqueue.emit({ type: 'reply', reply: { kind: 'question', id, showChoices: true } });
    }),
    recordScreenerAnswer: assign(({ context, event }) => ({
      answers: { ...context.answers, [context.current]: parseCurrent(context, textOf(event)) as AnswerValue },
      trail: [...context.trail, context.current],
    })),
    goBack: assign(({ context }) => {
      const trail = context.trail.slice(0, -1);
      const previous = context.trail[context.trail.length - 1];
      const answers = { ...context.answers };
      delete answers[previous];
      return { trail, answers, current: previous, misses: 0, outcome: undefined };
    }),
    restart: assign(() => freshAnswers()),
    setLocale: assign({
      locale: ({ context, event }) => (event.type === 'user.language' ? event.locale : context.locale),
    }),
    recordSignal: assign(({ context, event }) => {
      assertEvent(event, 'crisis.detected');
      const { signal, answer } = signalFrom(context, event);
      return {
        risk: maxTier(context.risk, signal.tier) as RiskTier,
        signals: [...context.signals, signal],
        ...(answer ? { answers: { ...context.answers, [answer.id]: answer.value }, trail: [...context.trail, answer.id] } : {}),
      };
    }),
    recordConsent: assign(({ context, event }) => {
      const answers = { ...context.answers, consent: true };
      return { answers, trail: [...context.trail, 'consent'], misses: 0, consentAt: (event as { at: string }).at, current: nextQuestion(answers, context.options)! };
    }),
    sayCrisis: emit(({ context }) => ({
      type: 'reply' as const,
      reply: { kind: 'crisis' as const, tier: context.risk as CrisisSignal['tier'] },
    })),
    escalate: emit(({ context }) => ({
      type: 'effect' as const,
      effect: { kind: 'escalate' as const, signal: { ...context.signals[context.signals.length - 1], tier: context.risk as CrisisSignal['tier'] } },
    })),
    forwardToClinician: emit({ type: 'effect', effect: { kind: 'forwardToClinician' } }),
    setCrisisOutcome: assign({
      outcome: ({ context }) => ({ kind: 'crisis' as const, signal: context.signals[context.signals.length - 1] }),
    }),
    decideOutcome: assign({
      outcome: ({ context }) => decideOutcome(context.answers, context.options, { underageReported: context.underageReported }),
    }),
    setNotEligible: assign(({ context }) => {
      const reason = context.trail[context.trail.length - 1] === 'age' ? ('age' as const) : ('state' as const);
      return { outcome: { kind: 'not-eligible' as const, reason }, underageReported: context.underageReported || reason === 'age' };
    }),
    announceOutcome: enqueueActions(({ context, enqueue }) => {
      const outcome = context.outcome!;
      enqueue.emit({ type: 'reply', reply: { kind: 'outcome', outcome: outcome.kind } });
      enqueue.emit({ type: 'effect', effect: { kind: 'outcomeReached', outcome } });
    }),
    announceCrisisOutcome: emit(({ context }) => ({
      type: 'effect' as const,
      effect: { kind: 'outcomeReached' as const, outcome: context.outcome! },
    })),
  },
}).createMachine({
  id: INTAKE_MACHINE_ID,
  context: ({ input }) => ({ locale: input.locale, options: input.options, risk: 'none', signals: [], underageReported: false, ...freshAnswers() }),
  initial: 'active',
  on: {
    // The crisis interrupt: from any state, structurally, before anything else the state would do.
    'crisis.detected': { target: '.crisis', actions: 'recordSignal' },
    'user.language': { actions: ['setLocale', sayMessage('languageSet')] },
  },
  states: {
    active: {
      initial: 'welcome',
      on: {
        'user.language': { actions: ['setLocale', sayMessage('languageSet'), 'ask'] },
        'user.command': [
          ...SECTIONS.map((section) => ({
            guard: { type: 'canGoBackInto' as const, params: { section } },
            target: section === 'welcome' ? '.welcome' : `.questionnaire.${section}`,
            reenter: true,
            actions: ['goBack' as const, sayMessage('wentBack')],
          })),
          { guard: { type: 'isCommand', params: { command: 'back' } }, actions: [sayMessage('nothingToGoBackTo'), 'ask'] },
          { guard: { type: 'isCommand', params: { command: 'help' } }, actions: [sayMessage('help'), 'ask'] },
          { guard: { type: 'isCommand', params: { command: 'restart' } }, target: '.welcome', reenter: true, actions: ['restart', sayMessage('restarted')] },
          { guard: { type: 'isCommand', params: { command: 'stop' } }, target: '#intake.stopped', actions: sayMessage('paused') },
          // REPEAT, and START or HI typed in the middle: ask the current question again.
          { actions: 'ask' },
        ],
      },
      states: {
        welcome: {
          entry: [sayMessage('welcome'), 'ask'],
          on: {
            // The welcome (automated, not a crisis service, 988) is said again in the new language.
            'user.language': { target: 'welcome', reenter: true, actions: 'setLocale' },
            // "START" or "begin" in answer to "Would you like to start?" is a yes.
            'user.command': {
              guard: { type: 'isCommand', params: { command: 'start' } },
              target: 'questionnaire',
              actions: ['recordConsent', say({ kind: 'section', section: 'eligibility' })],
            },
            'user.message': [
              { guard: 'notUnderstood', actions: 'reask' },
              { guard: 'consentDeclined', target: '#intake.declined', actions: sayMessage('consentDeclined') },
              { target: 'questionnaire', actions: ['recordAnswer', say({ kind: 'section', section: 'eligibility' })] },
            ],
          },
        },
        questionnaire: {
          initial: 'eligibility',
          states: {
            eligibility: {
              entry: 'ask',
              on: {
                'user.message': answerTransitions('eligibility', ['safety'], {
                  beforeAdvancing: [
                    { guard: 'underage', target: '#intake.outcome.notEligible', actions: ['recordAnswer', 'setNotEligible'] },
                    { guard: 'stateNotServed', target: '#intake.outcome.notEligible', actions: ['recordAnswer', 'setNotEligible'] },
                  ],
                }),
              },
            },
            safety: { entry: 'ask', on: { 'user.message': answerTransitions('safety', ['pcl5'], { routesCrisis: true }) } },
            pcl5: { entry: 'ask', on: { 'user.message': answerTransitions('pcl5', ['treatment']) } },
            treatment: { entry: 'ask', on: { 'user.message': answerTransitions('treatment', ['medical']) } },
            medical: { entry: 'ask', on: { 'user.message': answerTransitions('medical', ['phq9', 'gad7', 'contact']) } },
            phq9: { entry: 'ask', on: { 'user.message': answerTransitions('phq9', ['gad7', 'contact'], { routesCrisis: true }) } },
            gad7: { entry: 'ask', on: { 'user.message': answerTransitions('gad7', ['contact']) } },
            contact: { entry: 'ask', on: { 'user.message': answerTransitions('contact', ['done']) } },
          },
        },
        // Where STOP and a return resume: the exact question that was open.
        resume: { type: 'history', history: 'deep' },
      },
    },

    stopped: {
      on: {
        'user.message': { target: 'active.resume', actions: sayMessage('welcomeBack') },
        'user.command': [
          { guard: { type: 'isCommand', params: { command: 'restart' } }, target: 'active', actions: ['restart', sayMessage('restarted')] },
          { guard: { type: 'isCommand', params: { command: 'stop' } }, actions: sayMessage('paused') },
          { guard: { type: 'isCommand', params: { command: 'help' } }, actions: sayMessage('help') },
          { target: 'active.resume', actions: sayMessage('welcomeBack') },
        ],
      },
    },

    declined: {
      on: {
        'user.message': { target: 'active', actions: 'restart' },
        'user.command': { target: 'active', actions: 'restart' },
      },
    },

    outcome: {
      initial: 'deciding',
      states: {
        deciding: {
          entry: 'decideOutcome',
          always: [{ guard: 'isLikelyFit', target: 'likelyFit' }, { target: 'needsReview' }],
        },
        likelyFit: { tags: ['outcome'], entry: 'announceOutcome', on: completedHandlers() },
        needsReview: { tags: ['outcome'], entry: 'announceOutcome', on: completedHandlers() },
        notEligible: {
          tags: ['outcome'],
          entry: 'announceOutcome',
          on: {
            'user.message': { actions: sayMessage('afterNotEligible') },
            'user.command': [
              { guard: { type: 'isCommand', params: { command: 'back' } }, target: '#intake.active.questionnaire.eligibility', actions: ['goBack', sayMessage('wentBack')] },
              { guard: { type: 'isCommand', params: { command: 'restart' } }, target: '#intake.active', actions: ['restart', sayMessage('restarted')] },
              { guard: { type: 'isCommand', params: { command: 'help' } }, actions: sayMessage('help') },
              { actions: sayMessage('afterNotEligible') },
            ],
          },
        },
      },
    },

    // Never left by the machine itself: only a clinician closes a crisis (escalation issue).
    crisis: {
      tags: ['outcome'],
      entry: ['setCrisisOutcome', 'sayCrisis', 'escalate', 'announceCrisisOutcome'],
      initial: 'checking',
      on: {
        'crisis.detected': [
          { guard: 'tierRises', actions: ['recordSignal', 'sayCrisis', 'escalate'] },
          { actions: ['recordSignal', say({ kind: 'crisisFollowUp' }), 'forwardToClinician'] },
        ],
        'user.message': { actions: [say({ kind: 'crisisFollowUp' }), 'forwardToClinician'] },
        'user.command': { actions: [say({ kind: 'crisisFollowUp' }), 'forwardToClinician'] },
        'user.language': { actions: ['setLocale', say({ kind: 'crisisFollowUp' })] },
        // Only a clinician ends crisis mode; the risk tier stays as it was (it never goes down by itself).
        'clinician.released': { target: 'active.resume', actions: sayMessage('releasedToIntake') },
      },
      states: {
        checking: {
          always: [{ guard: 'screenerUnfinished', target: 'screening' }, { target: 'open' }],
        },
        screening: {
          entry: 'askScreenerItem',
          on: {
            // A signal typed in the middle of the screen: answer it, then ask the open item again (or the next).
            'crisis.detected': [
              { guard: 'tierRises', target: 'checking', actions: ['recordSignal', 'sayCrisis', 'escalate', 'forwardToClinician'] },
              { target: 'checking', actions: ['recordSignal', say({ kind: 'crisisFollowUp' }), 'forwardToClinician'] },
            ],
            'user.command': [
              { guard: { type: 'isCommand', params: { command: 'help' } }, actions: [say({ kind: 'crisisFollowUp' }), 'askScreenerItem'] },
              { guard: { type: 'isCommand', params: { command: 'stop' } }, target: 'open', actions: [say({ kind: 'crisisFollowUp' }), 'forwardToClinician'] },
              { actions: 'askScreenerItem' },
            ],
            'user.language': { actions: ['setLocale', 'askScreenerItem'] },
            'user.message': [
              {
                guard: 'screenerAnswerRaisesTier',
                target: 'checking',
                actions: ['recordScreenerAnswer', 'forwardToClinician', 'recordStructuredSignal', 'sayCrisis', 'escalate'],
              },
              { guard: 'screenerContinues', target: 'checking', actions: ['recordScreenerAnswer', 'forwardToClinician'] },
              {
                guard: 'screenerAnswerUnderstood',
                target: 'open',
                actions: ['recordScreenerAnswer', 'forwardToClinician', say({ kind: 'crisisFollowUp' })],
              },
              { guard: 'firstMiss', actions: ['reask', 'forwardToClinician'] },
              // Never trap a person in crisis in questions: after a second miss the clinician takes it from here.
              { target: 'open', actions: [say({ kind: 'crisisFollowUp' }), 'forwardToClinician'] },
            ],
          },
        },
        open: {},
      },
    },
  },
});

/**
 * How an answer moves the questionnaire: re-ask, crisis (sections with structured crisis items only), stay in
 * the section, or move on to one of the sections that can follow it (optional instruments may be skipped).
 */
function answerTransitions(
  section: Section,
  next: readonly (Section | 'done')[],
  extra: { routesCrisis?: boolean; beforeAdvancing?: readonly AnswerTransition[] } = {},
): AnswerTransition[] {
  return [
    { guard: 'notUnderstood', actions: 'reask' },
    ...(extra.routesCrisis ? [{ guard: 'answerSignalsCrisis' as const, target: '#intake.crisis', actions: ['recordAnswer' as const, 'recordStructuredSignal' as const] }] : []),
    ...(extra.beforeAdvancing ?? []),
    { guard: { type: 'nextIn', params: { section } }, actions: ['recordAnswer', 'ask'] },
    ...next.map((following): AnswerTransition =>
      following === 'done'
        ? { guard: { type: 'nextIn', params: { section: 'done' } }, target: '#intake.outcome', actions: 'recordAnswer' }
        : { guard: { type: 'nextIn', params: { section: following } }, target: following, actions: ['recordAnswer', say({ kind: 'section', section: following })] },
    ),
    // Unreachable while flow.ts and these lists agree; if they ever do not, the person is asked again
    // rather than left without a reply.
    { actions: 'reask' },
  ];
}

/** After likely-fit or needs-review: the intake is with the team; RESTART starts a new one. */
function completedHandlers() {
  return {
    'user.message': { actions: sayMessage('afterOutcome') },
    'user.command': [
      { guard: { type: 'isCommand' as const, params: { command: 'restart' as const } }, target: '#intake.active', actions: ['restart' as const, sayMessage('restarted')] },
      { guard: { type: 'isCommand' as const, params: { command: 'help' as const } }, actions: sayMessage('help') },
      { actions: sayMessage('afterOutcome') },
    ],
  };
}
