import type { Locale } from '../../dialogs/locale';
import type { MessageKey } from '../../dialogs/copy/messages';
import type { AnswerValue, QuestionId, Section } from '../../dialogs/questions';
import type { RiskTier, TriageReason } from '../../src/triage';
import type { IntakeOutcome } from './outcome';

/** Options fixed when a conversation starts, so a config change never reshapes a conversation mid-way. */
export interface IntakeOptions {
  /** Two-letter codes of the US states (and DC, PR) the program serves. */
  servedStates: readonly string[];
  /** PCL-5 total at or above which PTSD is probable (National Center for PTSD suggests 31-33). */
  pclCutoff: number;
  /** Totals within this many points of the cutoff are "borderline" and go to a clinician for review. */
  pclBorderlineBand: number;
  includePhq9: boolean;
  includeGad7: boolean;
}

/** Where a crisis signal came from, for the clinician's view. */
export type CrisisSource = 'free-text' | 'cssrs' | 'phq9';

export interface CrisisSignal {
  tier: Exclude<RiskTier, 'none'>;
  source: CrisisSource;
  /** Rule ids and spans from the free-text detector, or the question id for a structured answer. */
  reasons: readonly TriageReason[];
  at: string;
}

export interface IntakeContext {
  locale: Locale;
  options: IntakeOptions;
  /** The question being asked now (also tells triage what kind of answer to expect). */
  current: QuestionId;
  answers: Partial<Record<QuestionId, AnswerValue>>;
  /** Questions answered, in order, so BACK can undo them one at a time across sections. */
  trail: QuestionId[];
  /** Answers to the current question that could not be understood, in a row. */
  misses: number;
  /** Highest risk tier seen in this conversation. It never goes down by itself. */
  risk: RiskTier;
  signals: CrisisSignal[];
  consentAt?: string;
  outcome?: IntakeOutcome;
  /** Set once an age under 18 was given; a later, changed age goes to a clinician to confirm. Survives RESTART. */
  underageReported: boolean;
}

export type Command = 'back' | 'repeat' | 'help' | 'restart' | 'stop' | 'start';

export type IntakeEvent =
  /** Text from the candidate that triage found no crisis signal in. `at` is the injected clock's ISO time. */
  | { type: 'user.message'; text: string; at: string }
  | { type: 'user.command'; command: Command; at: string }
  | { type: 'user.language'; locale: Locale; at: string }
  /**
   * Sent by the edge when free-text triage finds a signal. `text` is the message: when it also answers an
   * open question about self-harm ("yes, every day"), the answer is recorded and can raise the tier.
   */
  | ({ type: 'crisis.detected'; text?: string } & CrisisSignal)
  /** The clinician who holds the case closed it and said the person may finish the intake. */
  | { type: 'clinician.released'; by: string; at: string };

/** What the machine wants said; dialogs/render.ts turns it into words for a locale and a channel. */
export type Reply =
  | { kind: 'message'; key: MessageKey }
  | { kind: 'section'; section: Section }
  /** showChoices: list every option (first of a section, after a miss); afterMiss: add the answer hint. */
  | { kind: 'question'; id: QuestionId; showChoices: boolean; afterMiss?: boolean }
  | { kind: 'crisis'; tier: Exclude<RiskTier, 'none'> }
  | { kind: 'crisisFollowUp' }
  | { kind: 'outcome'; outcome: IntakeOutcome['kind'] };

/** Side effects the machine asks for; the engine turns them into durable jobs in the same transaction. */
export type Effect =
  | { kind: 'escalate'; signal: CrisisSignal }
  | { kind: 'forwardToClinician' }
  | { kind: 'outcomeReached'; outcome: IntakeOutcome };

export type IntakeEmitted = { type: 'reply'; reply: Reply } | { type: 'effect'; effect: Effect };
