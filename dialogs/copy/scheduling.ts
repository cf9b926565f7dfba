import type { Localized } from '../locale';

/**
 * What the candidate hears after a clean intake has been handed to the scheduling team: what happens next,
 * and when. Sent on the candidate's own channel (SMS, web, terminal) after the hand-off is stored, and one
 * follow-up later if they have not booked. Placeholders in {braces} are filled by src/scheduling/candidate-copy.ts.
 *
 * Like all SMS copy, no drug is named (carriers filter those messages), and a crisis line is always there.
 * `{link}` is the booking page prefilled with their name, email and hand-off reference.
 *
 * Two forms: `sms` (SMS and Twilio Conversations) never spells out their email address, because a text shows
 * on a lock screen; `web` (the web chat and the terminal, on the person's own screen) repeats it so they can
 * check it.
 */
export type SchedulingForm = 'sms' | 'web';

export const SCHEDULING_MESSAGES = {
  /** likely-fit with a booking link: they can book now; the team will also reach out. */
  confirmWithLink: {
    web: {
      en:
        'Next step, {firstName}: book a consultation with a licensed clinician from {programName}. Pick a time that suits you here: {link} ' +
        'If you would rather we find a time for you, our scheduling team will contact you at {email} within {businessDays} business days. ' +
        'Reference: {reference}. Questions: {supportContact}. In crisis? Call or text 988.',
      es:
        'Siguiente paso, {firstName}: reserve una consulta con un profesional clínico con licencia de {programName}. Elija el horario que le convenga aquí: {link} ' +
        'Si prefiere que le busquemos un horario, nuestro equipo de citas le escribirá a {email} en un plazo de {businessDays} días hábiles. ' +
        'Referencia: {reference}. Preguntas: {supportContact}. ¿En crisis? Llame o envíe un texto al 988.',
    },
    sms: {
      en:
        'Next step, {firstName}: book a consultation with a licensed clinician from {programName}. Pick a time that suits you here: {link} ' +
        'If you would rather we find a time for you, our scheduling team will write to the email address you gave within {businessDays} business days. ' +
        'Reference: {reference}. Questions: {supportContact}. In crisis? Call or text 988.',
      es:
        'Siguiente paso, {firstName}: reserve una consulta con un profesional clínico con licencia de {programName}. Elija el horario que le convenga aquí: {link} ' +
        'Si prefiere que le busquemos un horario, nuestro equipo de citas le escribirá al correo electrónico que nos dio en un plazo de {businessDays} días hábiles. ' +
        'Referencia: {reference}. Preguntas: {supportContact}. ¿En crisis? Llame o envíe un texto al 988.',
    },
  },
  /** likely-fit without a booking link: the team books with them. */
  confirmLikelyFit: {
    web: {
      en:
        'Next step, {firstName}: our scheduling team has your pre-screen. They will contact you at {email} within {businessDays} business days to set up a consultation with a licensed clinician from {programName}, ' +
        'using the days and times you gave. Reference: {reference}. Questions: {supportContact}. In crisis? Call or text 988.',
      es:
        'Siguiente paso, {firstName}: nuestro equipo de citas tiene su evaluación previa. Le escribirá a {email} en un plazo de {businessDays} días hábiles para programar una consulta con un profesional clínico con licencia de {programName}, ' +
        'según los días y horarios que nos dio. Referencia: {reference}. Preguntas: {supportContact}. ¿En crisis? Llame o envíe un texto al 988.',
    },
    sms: {
      en:
        'Next step, {firstName}: our scheduling team has your pre-screen. They will write to the email address you gave within {businessDays} business days to set up a consultation with a licensed clinician from {programName}, ' +
        'using the days and times you gave. Reference: {reference}. Questions: {supportContact}. In crisis? Call or text 988.',
      es:
        'Siguiente paso, {firstName}: nuestro equipo de citas tiene su evaluación previa. Le escribirá al correo electrónico que nos dio en un plazo de {businessDays} días hábiles para programar una consulta con un profesional clínico con licencia de {programName}, ' +
        'según los días y horarios que nos dio. Referencia: {reference}. Preguntas: {supportContact}. ¿En crisis? Llame o envíe un texto al 988.',
    },
  },
  /** needs-review: a clinician looks first, then the team contacts them. */
  confirmNeedsReview: {
    web: {
      en:
        'Next step, {firstName}: a licensed clinician from {programName} will review your answers, and our team will contact you at {email} within {businessDays} business days about a consultation. ' +
        'Reference: {reference}. Questions: {supportContact}. In crisis? Call or text 988.',
      es:
        'Siguiente paso, {firstName}: un profesional clínico con licencia de {programName} revisará sus respuestas y nuestro equipo le escribirá a {email} en un plazo de {businessDays} días hábiles sobre una consulta. ' +
        'Referencia: {reference}. Preguntas: {supportContact}. ¿En crisis? Llame o envíe un texto al 988.',
    },
    sms: {
      en:
        'Next step, {firstName}: a licensed clinician from {programName} will review your answers, and our team will write to the email address you gave within {businessDays} business days about a consultation. ' +
        'Reference: {reference}. Questions: {supportContact}. In crisis? Call or text 988.',
      es:
        'Siguiente paso, {firstName}: un profesional clínico con licencia de {programName} revisará sus respuestas y nuestro equipo le escribirá al correo electrónico que nos dio en un plazo de {businessDays} días hábiles sobre una consulta. ' +
        'Referencia: {reference}. Preguntas: {supportContact}. ¿En crisis? Llame o envíe un texto al 988.',
    },
  },
  /** The one follow-up, when a booking link was offered and no booking came back. */
  followUpWithLink: {
    web: {
      en:
        "Hi {firstName}, it's the automated assistant for {programName}. Your consultation is not booked yet. You can pick a time here: {link} " +
        'Or wait for our team to contact you at {email}. Reply STOP to opt out. In crisis? Call or text 988.',
      es:
        'Hola, {firstName}, soy el asistente automático de {programName}. Su consulta aún no está reservada. Puede elegir un horario aquí: {link} ' +
        'O espere a que nuestro equipo le escriba a {email}. Responda STOP para darse de baja. ¿En crisis? Llame o envíe un texto al 988.',
    },
    sms: {
      en:
        "Hi {firstName}, it's the automated assistant for {programName}. Your consultation is not booked yet. You can pick a time here: {link} " +
        'Or wait for our team to write to the email address you gave. Reply STOP to opt out. In crisis? Call or text 988.',
      es:
        'Hola, {firstName}, soy el asistente automático de {programName}. Su consulta aún no está reservada. Puede elegir un horario aquí: {link} ' +
        'O espere a que nuestro equipo le escriba al correo electrónico que nos dio. Responda STOP para darse de baja. ¿En crisis? Llame o envíe un texto al 988.',
    },
  },
  /** The one follow-up, when the team books with them and nothing has come back yet. */
  followUp: {
    web: {
      en:
        "Hi {firstName}, it's the automated assistant for {programName}. Our team is working on your consultation and will contact you at {email}. " +
        "If you haven't heard from us, write to {supportContact} (reference {reference}). Reply STOP to opt out. In crisis? Call or text 988.",
      es:
        'Hola, {firstName}, soy el asistente automático de {programName}. Nuestro equipo está preparando su consulta y le escribirá a {email}. ' +
        'Si no ha sabido de nosotros, escriba a {supportContact} (referencia {reference}). Responda STOP para darse de baja. ¿En crisis? Llame o envíe un texto al 988.',
    },
    sms: {
      en:
        "Hi {firstName}, it's the automated assistant for {programName}. Our team is working on your consultation and will write to the email address you gave. " +
        "If you haven't heard from us, write to {supportContact} (reference {reference}). Reply STOP to opt out. In crisis? Call or text 988.",
      es:
        'Hola, {firstName}, soy el asistente automático de {programName}. Nuestro equipo está preparando su consulta y le escribirá al correo electrónico que nos dio. ' +
        'Si no ha sabido de nosotros, escriba a {supportContact} (referencia {reference}). Responda STOP para darse de baja. ¿En crisis? Llame o envíe un texto al 988.',
    },
  },
} as const satisfies Record<string, Record<SchedulingForm, Localized>>;

export type SchedulingMessageKey = keyof typeof SCHEDULING_MESSAGES;

/** The note prefilled on the booking page: a reference for the team, never an answer or a diagnosis. */
export const BOOKING_NOTES: Localized = {
  en: 'Intake hand-off {handoffId} (pre-screen completed by chat)',
  es: 'Evaluación previa {handoffId} (completada por chat)',
};
