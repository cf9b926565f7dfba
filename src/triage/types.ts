import type { RiskTier } from './tiers';

/** Why a tier was given: the rule that fired and the span of the ORIGINAL text it matched. */
export interface TriageReason {
  /** Rule id plus the modifiers that changed its tier, e.g. `en.direct.kill-self+intent+time`. */
  rule: string;
  /** The original text between start and end, as the clinician will see it. */
  match: string;
  /** UTF-16 index into the original text (inclusive). */
  start: number;
  /** UTF-16 index into the original text (exclusive). */
  end: number;
}

export interface TriageResult {
  risk: RiskTier;
  /** Sorted by start; empty when risk is none. */
  reasons: TriageReason[];
  /**
   * Set on a `none` result when the message had an anaphoric cue ("tonight.") with nothing in it to anchor
   * it and no earlier messages were given: triaging again with `context.earlier` may route it.
   */
  needsEarlier?: true;
}

export interface TriageContext {
  /** What the bot last asked. 'yes-no' = a yes/no question; 'choice' = a numbered/lettered or scale choice; 'free-text' = open answer. */
  answerKind?: 'yes-no' | 'choice' | 'free-text';
  /** True when the last question asked about suicide or self-harm (the C-SSRS screener, PHQ-9 item 9). */
  aboutSelfHarm?: boolean;
  /**
   * The id of the question the bot last asked ("pcl5_9", "phq9_9"). "Number 9 is a 3" names PHQ-9 item 9,
   * about self-harm, only when the bot is not in the middle of another numbered questionnaire.
   */
  questionId?: string;
  /**
   * The writer's own earlier messages in this conversation, oldest first: the last few, sent minutes ago.
   * People in crisis often text in pieces ("got the rope" … "it's in the truck" … "tonight"): an
   * anaphoric cue in this message ("tonight", "I've decided") counts when an earlier one carried a signal
   * or named a lethal means.
   */
  earlier?: readonly string[];
  /**
   * The question asks for a day or a time ("Which days work best for a call?"): "saturday" is then an
   * answer, and earlier messages do not turn it into a plan.
   */
  asksForTime?: boolean;
}
