/**
 * Whole conversations as data, one file per path (the shape of Bot Framework's core-bot test cases):
 * each step is what the person types and what the bot's reply must contain.
 */
export type Expectation = string | RegExp;
export type Step = readonly [userSays: string, botReplies: Expectation | readonly Expectation[]];

export interface Transcript {
  name: string;
  /** Options for this conversation (served states, optional instruments). */
  options?: { servedStates?: string[]; includePhq9?: boolean; includeGad7?: boolean };
  steps: readonly Step[];
  /** The conversation's state and risk after the last step. */
  ends: { state: string; risk?: string; outcome?: string };
}

/** Twenty PCL-5 answers as steps that each expect the next item's progress marker. */
export function pcl5Steps(answers: readonly string[], locale: 'en' | 'es' = 'en'): Step[] {
  const of = locale === 'en' ? 'of' : 'de';
  return answers.map((answer, i) => [answer, i < 19 ? `(${i + 2} ${of} 20)` : /./] as const);
}
