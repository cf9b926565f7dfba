/**
 * Patient Health Questionnaire-9 (PHQ-9), Kroenke, Spitzer & Williams; free to use without permission.
 * English is the published wording; Spanish follows the published US Spanish version
 * (phqscreeners.com). Item 9 asks about thoughts of being better off dead or of self-harm: any answer
 * above 0 routes to crisis (DESIGN.md), which item9Positive exists for.
 */
import type { Localized } from '../locale';
import { assertRatings, sum } from './answers';

export interface Phq9Item {
  /** 'phq9_1' .. 'phq9_9' */
  id: string;
  text: Localized;
}

export const PHQ9_STEM: Localized = {
  en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  es: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
};

export const PHQ9_OPTIONS: readonly Localized[] = [
  { en: 'Not at all', es: 'Ningún día' },
  { en: 'Several days', es: 'Varios días' },
  { en: 'More than half the days', es: 'Más de la mitad de los días' },
  { en: 'Nearly every day', es: 'Casi todos los días' },
];

export const PHQ9_ITEMS: readonly Phq9Item[] = [
  { id: 'phq9_1', text: { en: 'Little interest or pleasure in doing things', es: 'Poco interés o placer en hacer cosas' } },
  { id: 'phq9_2', text: { en: 'Feeling down, depressed, or hopeless', es: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas' } },
  {
    id: 'phq9_3',
    text: {
      en: 'Trouble falling or staying asleep, or sleeping too much',
      es: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
    },
  },
  { id: 'phq9_4', text: { en: 'Feeling tired or having little energy', es: 'Se ha sentido cansado(a) o con poca energía' } },
  { id: 'phq9_5', text: { en: 'Poor appetite or overeating', es: 'Sin apetito o ha comido en exceso' } },
  {
    id: 'phq9_6',
    text: {
      en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      es: 'Se ha sentido mal con usted mismo(a) — o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
    },
  },
  {
    id: 'phq9_7',
    text: {
      en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
      es: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
    },
  },
  {
    id: 'phq9_8',
    text: {
      en: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      es: '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? O lo contrario — muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
    },
  },
  {
    id: 'phq9_9',
    text: {
      en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      es: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
    },
  },
];

export type Phq9Severity = 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';

/** Standard bands: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe. */
export function phq9Severity(total: number): Phq9Severity {
  if (total >= 20) return 'severe';
  if (total >= 15) return 'moderately-severe';
  if (total >= 10) return 'moderate';
  if (total >= 5) return 'mild';
  return 'minimal';
}

/**
 * Whether item 9 was answered above 0. Works on a partial list (the machine checks as soon as item 9
 * is answered); false while item 9 has no answer.
 */
export function item9Positive(answers: readonly number[]): boolean {
  const item9 = answers[8];
  return typeof item9 === 'number' && item9 > 0;
}

export interface Phq9Score {
  /** 0-27 */
  total: number;
  severity: Phq9Severity;
  item9Positive: boolean;
}

/** Scores a complete PHQ-9: 9 ratings 0-3 in item order. Throws a RangeError otherwise. */
export function scorePhq9(answers: readonly number[]): Phq9Score {
  assertRatings('PHQ-9', answers, PHQ9_ITEMS.length, 3);
  const total = sum(answers);
  return { total, severity: phq9Severity(total), item9Positive: item9Positive(answers) };
}
