/**
 * PTSD Checklist for DSM-5 (PCL-5), Weathers, Litz, Keane, Palmieri, Marx & Schnurr, National Center
 * for PTSD, 2013; public domain. The 20 items, past-month version without the criterion A part.
 * Scored as the National Center for PTSD describes: total 0-80, cluster severity sums, the DSM-5
 * provisional diagnosis rule, and a cutoff (31-33 suggested; 33 here by default).
 *
 * English is the published wording. Spanish follows the published Spanish adaptation of the PCL-5
 * (Sanz, García-Vera et al., Universidad Complutense de Madrid, 2016) with neutral wording where it uses
 * peninsular forms. Items end with "?" because each continues the stem, as on the paper form.
 */
import type { Localized } from '../locale';
import { assertRatings, sum } from './answers';

export type Pcl5Cluster = 'B' | 'C' | 'D' | 'E';

export interface Pcl5Item {
  /** 'pcl5_1' .. 'pcl5_20' */
  id: string;
  /** DSM-5 symptom cluster: B intrusion, C avoidance, D negative cognitions and mood, E arousal and reactivity. */
  cluster: Pcl5Cluster;
  text: Localized;
}

export const PCL5_STEM: Localized = {
  en: 'In the past month, how much were you bothered by:',
  es: 'En el último mes, ¿cuánto le ha afectado:',
};

export const PCL5_OPTIONS: readonly Localized[] = [
  { en: 'Not at all', es: 'Nada' },
  { en: 'A little bit', es: 'Un poco' },
  { en: 'Moderately', es: 'Moderadamente' },
  { en: 'Quite a bit', es: 'Bastante' },
  { en: 'Extremely', es: 'Extremadamente' },
];

export const PCL5_ITEMS: readonly Pcl5Item[] = [
  {
    id: 'pcl5_1',
    cluster: 'B',
    text: {
      en: 'Repeated, disturbing, and unwanted memories of the stressful experience?',
      es: 'Recuerdos repetidos, perturbadores e indeseados de la experiencia estresante?',
    },
  },
  {
    id: 'pcl5_2',
    cluster: 'B',
    text: {
      en: 'Repeated, disturbing dreams of the stressful experience?',
      es: 'Sueños repetidos y perturbadores sobre la experiencia estresante?',
    },
  },
  {
    id: 'pcl5_3',
    cluster: 'B',
    text: {
      en: 'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
      es: 'De repente sentirse o actuar como si la experiencia estresante estuviera ocurriendo de nuevo (como si realmente estuviera allí reviviéndola)?',
    },
  },
  {
    id: 'pcl5_4',
    cluster: 'B',
    text: {
      en: 'Feeling very upset when something reminded you of the stressful experience?',
      es: 'Sentirse muy alterado cuando algo le recordaba la experiencia estresante?',
    },
  },
  {
    id: 'pcl5_5',
    cluster: 'B',
    text: {
      en: 'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
      es: 'Tener fuertes reacciones físicas cuando algo le recordaba la experiencia estresante (por ejemplo, palpitaciones, dificultad para respirar, sudoración)?',
    },
  },
  {
    id: 'pcl5_6',
    cluster: 'C',
    text: {
      en: 'Avoiding memories, thoughts, or feelings related to the stressful experience?',
      es: 'Evitar recuerdos, pensamientos o sentimientos relacionados con la experiencia estresante?',
    },
  },
  {
    id: 'pcl5_7',
    cluster: 'C',
    text: {
      en: 'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
      es: 'Evitar recordatorios externos de la experiencia estresante (por ejemplo, personas, lugares, conversaciones, actividades, objetos o situaciones que le recordaran la experiencia estresante)?',
    },
  },
  {
    id: 'pcl5_8',
    cluster: 'D',
    text: {
      en: 'Trouble remembering important parts of the stressful experience?',
      es: 'Tener problemas para recordar partes importantes de la experiencia estresante?',
    },
  },
  {
    id: 'pcl5_9',
    cluster: 'D',
    text: {
      en: 'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
      es: 'Tener firmes creencias negativas sobre usted mismo, los demás o el mundo (por ejemplo, tener pensamientos como: "soy una mala persona", "algo muy grave me pasa", "no se puede confiar en nadie", "el mundo es muy peligroso")?',
    },
  },
  {
    id: 'pcl5_10',
    cluster: 'D',
    text: {
      en: 'Blaming yourself or someone else for the stressful experience or what happened after it?',
      es: 'Culparse o culpar a alguien por la experiencia estresante o por lo que sucedió después de ella?',
    },
  },
  {
    id: 'pcl5_11',
    cluster: 'D',
    text: {
      en: 'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
      es: 'Tener fuertes sentimientos negativos como miedo, horror, ira, culpa o vergüenza?',
    },
  },
  {
    id: 'pcl5_12',
    cluster: 'D',
    text: {
      en: 'Loss of interest in activities that you used to enjoy?',
      es: 'Perder el interés en actividades que antes disfrutaba?',
    },
  },
  {
    id: 'pcl5_13',
    cluster: 'D',
    text: {
      en: 'Feeling distant or cut off from other people?',
      es: 'Sentirse distante o alejado de los demás?',
    },
  },
  {
    id: 'pcl5_14',
    cluster: 'D',
    text: {
      en: 'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
      es: 'Tener problemas para experimentar sentimientos positivos (por ejemplo, ser incapaz de sentir felicidad o de tener sentimientos de amor hacia las personas cercanas a usted)?',
    },
  },
  {
    id: 'pcl5_15',
    cluster: 'E',
    text: {
      en: 'Irritable behavior, angry outbursts, or acting aggressively?',
      es: 'Tener un comportamiento irritable o arrebatos de ira, o actuar agresivamente?',
    },
  },
  {
    id: 'pcl5_16',
    cluster: 'E',
    text: {
      en: 'Taking too many risks or doing things that could cause you harm?',
      es: 'Correr demasiados riesgos o hacer cosas que podían causarle daño?',
    },
  },
  {
    id: 'pcl5_17',
    cluster: 'E',
    text: {
      en: 'Being "superalert" or watchful or on guard?',
      es: 'Estar "superalerta", vigilante o en guardia?',
    },
  },
  {
    id: 'pcl5_18',
    cluster: 'E',
    text: {
      en: 'Feeling jumpy or easily startled?',
      es: 'Asustarse o sobresaltarse con facilidad?',
    },
  },
  {
    id: 'pcl5_19',
    cluster: 'E',
    text: {
      en: 'Having difficulty concentrating?',
      es: 'Tener dificultades para concentrarse?',
    },
  },
  {
    id: 'pcl5_20',
    cluster: 'E',
    text: {
      en: 'Trouble falling or staying asleep?',
      es: 'Tener problemas para quedarse dormido o para permanecer dormido?',
    },
  },
];

/** The National Center for PTSD suggests 31-33 as a probable-PTSD cutoff; the product default is 33. */
export const PCL5_DEFAULT_CUTOFF = 33;

/** A rating of 2 ("Moderately") or more counts as a symptom endorsed for the DSM-5 rule. */
const ENDORSED_AT = 2;

/** Endorsed symptoms the DSM-5 rule needs from each cluster. */
const DSM5_MINIMUM: Record<Pcl5Cluster, number> = { B: 1, C: 1, D: 2, E: 2 };

export interface Pcl5Score {
  /** Sum of the 20 ratings, 0-80. */
  total: number;
  /** Severity sum per cluster: B items 1-5, C 6-7, D 8-14, E 15-20. */
  clusters: Record<Pcl5Cluster, number>;
  /** DSM-5 provisional diagnosis rule met: items rated 2+ in at least 1 B, 1 C, 2 D and 2 E. */
  provisionalDsm5: boolean;
  /** total >= cutoff. A screen result for a clinician, not a diagnosis. */
  probablePtsd: boolean;
}

/**
 * Scores a complete PCL-5.
 * @param answers the 20 ratings in item order, each an integer 0-4. Throws a RangeError otherwise.
 * @param cutoff probable-PTSD threshold on the total (default 33).
 */
export function scorePcl5(answers: readonly number[], cutoff = PCL5_DEFAULT_CUTOFF): Pcl5Score {
  assertRatings('PCL-5', answers, PCL5_ITEMS.length, 4);
  const clusters: Record<Pcl5Cluster, number> = { B: 0, C: 0, D: 0, E: 0 };
  const endorsed: Record<Pcl5Cluster, number> = { B: 0, C: 0, D: 0, E: 0 };
  PCL5_ITEMS.forEach((item, i) => {
    clusters[item.cluster] += answers[i];
    if (answers[i] >= ENDORSED_AT) endorsed[item.cluster] += 1;
  });
  const total = sum(answers);
  const provisionalDsm5 = (Object.keys(DSM5_MINIMUM) as Pcl5Cluster[]).every((c) => endorsed[c] >= DSM5_MINIMUM[c]);
  return { total, clusters, provisionalDsm5, probablePtsd: total >= cutoff };
}
