/**
 * Checks a complete set of ratings before an instrument is scored. Scoring a short or out-of-range
 * answer list would produce a plausible-looking but wrong total, so it throws instead.
 */
export function assertRatings(instrument: string, answers: readonly number[], count: number, max: number): void {
  if (answers.length !== count) {
    throw new RangeError(`${instrument} needs exactly ${count} answers, got ${answers.length}`);
  }
  answers.forEach((value, i) => {
    if (!Number.isInteger(value) || value < 0 || value > max) {
      throw new RangeError(`${instrument} item ${i + 1} must be an integer from 0 to ${max}, got ${String(value)}`);
    }
  });
}

/** Sum of ratings; callers validate first. */
export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
