/**
 * Generalized Anxiety Disorder-7 (GAD-7), Spitzer, Kroenke, Williams & Löwe, 2006; free to use without
 * permission. English is the published wording; Spanish follows the published US Spanish version
 * (phqscreeners.com).
 */
import type { Localized } from '../locale';
import { assertRatings, sum } from './answers';

export interface Gad7Item {
  /** 'gad7_1' .. 'gad7_7' */
  id: string;
  text: Localized;
}

export const GAD7_STEM: Localized = {
  en: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  es: 'Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes problemas?',
};

export const GAD7_OPTIONS: readonly Localized[] = [
  { en: 'Not at all', es: 'Nunca' },
  { en: 'Several days', es: 'Varios días' },
  { en: 'More than half the days', es: 'Más de la mitad de los días' },
  { en: 'Nearly every day', es: 'Casi todos los días' },
];

export const GAD7_ITEMS: readonly Gad7Item[] = [
  { id: 'gad7_1', text: { en: 'Feeling nervous, anxious, or on edge', es: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta' } },
  { id: 'gad7_2', text: { en: 'Not being able to stop or control worrying', es: 'No ha sido capaz de parar o controlar su preocupación' } },
  { id: 'gad7_3', text: { en: 'Worrying too much about different things', es: 'Se ha preocupado demasiado por motivos diferentes' } },
  { id: 'gad7_4', text: { en: 'Trouble relaxing', es: 'Ha tenido dificultad para relajarse' } },
  { id: 'gad7_5', text: { en: 'Being so restless that it is hard to sit still', es: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)' } },
  { id: 'gad7_6', text: { en: 'Becoming easily annoyed or irritable', es: 'Se ha molestado o irritado fácilmente' } },
  { id: 'gad7_7', text: { en: 'Feeling afraid, as if something awful might happen', es: 'Ha tenido miedo de que algo terrible fuera a pasar' } },
];

export type Gad7Severity = 'minimal' | 'mild' | 'moderate' | 'severe';

/** Standard bands: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe. */
export function gad7Severity(total: number): Gad7Severity {
  if (total >= 15) return 'severe';
  if (total >= 10) return 'moderate';
  if (total >= 5) return 'mild';
  return 'minimal';
}

export interface Gad7Score {
  /** 0-21 */
  total: number;
  severity: Gad7Severity;
}

/** Scores a complete GAD-7: 7 ratings 0-3 in item order. Throws a RangeError otherwise. */
export function scoreGad7(answers: readonly number[]): Gad7Score {
  assertRatings('GAD-7', answers, GAD7_ITEMS.length, 3);
  const total = sum(answers);
  return { total, severity: gad7Severity(total) };
}
