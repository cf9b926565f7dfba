/**
 * The labelled data the statistical stage of triage is trained and cross-validated on: every labelled
 * file (each by a different writer, each a fold of its own) plus the project's regression examples
 * (test/triage/examples.ts), which are used for training only and never held out.
 */
import path from 'path';
import { labelledFiles, TRAIN_ONLY, type LabelledFile } from '../src/triage/model/crossval';
import { EXAMPLES } from '../test/triage/examples';

export const repoRoot = path.resolve(__dirname, '..');

export function trainingFiles(): LabelledFile[] {
  const files = labelledFiles(repoRoot);
  files.push({ name: TRAIN_ONLY, rows: EXAMPLES.map(([risk, text], i) => ({ id: `x${i + 1}`, text, risk })) });
  return files;
}
