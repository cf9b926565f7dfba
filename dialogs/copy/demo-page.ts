import type { Locale } from '../locale';

/**
 * The words of the demo clinic page served at / in development (src/widget/demo-page.ts): a made-up clinic's
 * home page with the widget embedded, the first thing a newcomer sees after `npm start`. Not the bot's words,
 * but a page a visitor in crisis may land on, so its crisis line follows the same practice as the widget's
 * banner: 988 first, tap-to-call and tap-to-text, the Lifeline's chat in the page's language.
 */
export interface DemoPageCopy {
  /** The link to the page in the other language, and where it goes. */
  lang: string;
  langHref: string;
  nav: readonly string[];
  /** The strip at the top of the page: a lead-in and the 988 links. */
  crisis: { lead: string; call: string; text: string; chat: string; chatUrl: string };
  heading: string;
  lead: string;
  /** The page's own button that opens the chat (data-intake-widget-open). */
  start: string;
  steps: readonly (readonly [title: string, text: string])[];
  devTitle: string;
  devLead: string;
  devOptions: string;
  devOutbox: string;
}

export const DEMO_PAGE_COPY: Record<Locale, DemoPageCopy> = {
  en: {
    lang: 'Español',
    langHref: '/?lang=es',
    nav: ['Our program', 'For clinicians', 'Contact'],
    crisis: { lead: 'In crisis? The 988 Lifeline answers any time:', call: 'Call 988', text: 'Text 988', chat: 'Chat at 988lifeline.org', chatUrl: 'https://988lifeline.org/' },
    heading: 'At-home, clinician-supervised care for PTSD',
    lead: 'Find out in 10 to 15 minutes whether our program may be a fit for you. An automated assistant asks the questions; a licensed clinician reviews every answer and contacts you about next steps.',
    start: 'Start the assessment',
    steps: [
      ['Answer a few questions', 'About your experiences, past treatment and health. You can pause at any time.'],
      ['A clinician reviews', 'A licensed clinician reads your answers. Nothing is decided automatically.'],
      ['We get in touch', 'If the program may be right for you, we book a consultation at a time that suits you.'],
    ],
    devTitle: 'For developers',
    devLead: 'This page is a demo served by the intake service. The chat button in the corner is added by one line:',
    devOptions: 'Options, as data- attributes on the script tag: data-title, data-color, data-text-color, data-lang (en or es), data-position (right or left), data-transport (directline or twilio). Any element with data-intake-widget-open opens the chat, like the button above.',
    devOutbox: 'Pages sent to the on-call clinicians (try a crisis message) are listed at',
  },
  es: {
    lang: 'English',
    langHref: '/?lang=en',
    nav: ['Nuestro programa', 'Para profesionales', 'Contacto'],
    crisis: { lead: '¿Está en crisis? La Línea 988 atiende a cualquier hora:', call: 'Llamar al 988', text: 'Texto al 988', chat: 'Chat en 988lifeline.org', chatUrl: 'https://988lifeline.org/es/' },
    heading: 'Atención para el TEPT en casa, supervisada por profesionales clínicos',
    lead: 'Averigüe en 10 a 15 minutos si nuestro programa podría ser adecuado para usted. Un asistente automático hace las preguntas; un profesional clínico con licencia revisa cada respuesta y se comunica con usted sobre los próximos pasos.',
    start: 'Empezar la evaluación',
    steps: [
      ['Responda algunas preguntas', 'Sobre sus experiencias, tratamientos anteriores y salud. Puede hacer una pausa cuando quiera.'],
      ['Un profesional revisa', 'Un profesional clínico con licencia lee sus respuestas. Nada se decide automáticamente.'],
      ['Nos comunicamos con usted', 'Si el programa podría ser adecuado, programamos una consulta en un horario que le convenga.'],
    ],
    devTitle: 'Para desarrolladores',
    devLead: 'Esta página es una demostración servida por el servicio de admisión. El botón de chat de la esquina se agrega con una línea:',
    devOptions: 'Opciones, como atributos data- de la etiqueta script: data-title, data-color, data-text-color, data-lang (en o es), data-position (right o left), data-transport (directline o twilio). Cualquier elemento con data-intake-widget-open abre el chat, como el botón de arriba.',
    devOutbox: 'Los avisos enviados a los profesionales de guardia (pruebe un mensaje de crisis) aparecen en',
  },
};
