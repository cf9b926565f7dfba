/**
 * Whole web assessments as data: each step is what the visitor does (types text, or clicks one of the buttons
 * the bot's last message offers) and what the bot's reply must contain.
 */
export type WebAction = string | { click: string };
export type WebStep = readonly [action: WebAction, botReplies: string | readonly string[]];

export interface WebTranscript {
  name: string;
  /** The language asked for with the token. */
  locale: 'en' | 'es';
  /** The locale tag Web Chat sends on each activity. */
  tag: string;
  welcome: readonly string[];
  steps: readonly WebStep[];
  ends: { state: string; outcome: string };
}

/** Twenty PCL-5 buttons clicked, each reply showing the next item's progress, the last one the next part. */
const pcl5 = (labels: readonly string[], of: string, next: string): WebStep[] => labels.map((label, i) => [{ click: label }, i < 19 ? `(${i + 2} ${of} 20)` : next]);

export const englishWebAssessment: WebTranscript = {
  name: 'English: buttons and typing, to a likely-fit outcome',
  locale: 'en',
  tag: 'en-US',
  welcome: ['automated intake assistant', 'not a person', 'call or text 988', 'Would you like to start?'],
  steps: [
    [{ click: 'Yes' }, ['First, a few basic questions.', 'How old are you?']],
    ["I'm 41", 'Which US state do you live in?'],
    ['colarado', 'diagnosed you with PTSD'],
    [{ click: 'Yes' }, ['thoughts of suicide', 'call or text 988']],
    [{ click: 'No' }, 'actually had any thoughts'],
    [{ click: 'No' }, 'anything to end your life'],
    [{ click: 'No' }, ['20 questions', '(1 of 20)']],
    ...pcl5(['Quite a bit', 'Quite a bit', 'Quite a bit', 'Extremely', 'Extremely', 'Quite a bit', 'Quite a bit', 'Moderately', 'Moderately', 'Quite a bit', 'Quite a bit', 'Quite a bit', 'Extremely', 'Quite a bit', 'Quite a bit', 'Moderately', 'Quite a bit', 'Quite a bit', 'Quite a bit', 'Extremely'], 'of', 'Part 4 of 6'),
    [{ click: 'Yes' }, 'help your PTSD symptoms enough'],
    [{ click: 'No' }, 'antidepressant'],
    ['yes', 'medication help'],
    ['not really', ['health questions', 'blood pressure']],
    [{ click: 'No' }, 'psychosis'],
    [{ click: 'No' }, 'drinking heavily'],
    [{ click: 'No' }, 'pregnant'],
    [{ click: 'No' }, 'seizure'],
    [{ click: 'No' }, 'Which medications'],
    ['none', ['Almost done', 'first name']],
    ['my name is Ana', 'email'],
    ['ana.r@example.com', 'time zone'],
    ['mountain', 'Which days'],
    ['weekdays', 'time of day'],
    ['mornings', ['Thank you, Ana', 'ana.r@example.com', 'book a consultation', 'call or text 988']],
  ],
  ends: { state: 'outcome.likelyFit', outcome: 'likely-fit' },
};

export const spanishWebAssessment: WebTranscript = {
  name: 'Spanish: a token asked for in Spanish, buttons and typing, to a likely-fit outcome',
  locale: 'es',
  tag: 'es-US',
  welcome: ['asistente automático', 'No soy una persona', '988', '¿Quiere comenzar?'],
  steps: [
    [{ click: 'Sí' }, ['Primero, unas preguntas básicas.', '¿Cuántos años tiene?']],
    ['tengo 35 años', '¿En qué estado de EE. UU. vive?'],
    ['Nueva York', 'TEPT'],
    [{ click: 'Sí' }, ['pensamientos de suicidio', '988']],
    [{ click: 'No' }, 'realmente la idea de suicidarse'],
    [{ click: 'No' }, 'terminar con su vida'],
    [{ click: 'No' }, ['20 preguntas', '(1 de 20)']],
    ...pcl5(['Bastante', 'Bastante', 'Bastante', 'Extremadamente', 'Bastante', 'Bastante', 'Moderadamente', 'Moderadamente', 'Bastante', 'Bastante', 'Bastante', 'Extremadamente', 'Bastante', 'Bastante', 'Moderadamente', 'Bastante', 'Bastante', 'Bastante', 'Extremadamente', 'Extremadamente'], 'de', 'Parte 4 de 6'),
    [{ click: 'Sí' }, '¿Esa terapia le ayudó lo suficiente'],
    [{ click: 'No' }, 'antidepresivo'],
    ['si', '¿Ese medicamento le ayudó'],
    [{ click: 'No' }, ['preguntas de salud', 'presión arterial']],
    [{ click: 'No' }, 'psicosis'],
    [{ click: 'No' }, 'alcohol'],
    [{ click: 'No' }, 'embarazada'],
    [{ click: 'No' }, 'convulsión'],
    [{ click: 'No' }, '¿Qué medicamentos toma ahora'],
    ['ninguno', ['Casi terminamos', '¿Cuál es su nombre?']],
    ['Luis', 'correo electrónico'],
    ['luis@example.com', 'zona horaria'],
    ['hora del este', '¿Qué días'],
    ['lunes y miércoles', '¿A qué hora del día'],
    ['por la tarde', ['Gracias, Luis', 'luis@example.com', 'programar una consulta']],
  ],
  ends: { state: 'outcome.likelyFit', outcome: 'likely-fit' },
};
