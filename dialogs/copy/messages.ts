import type { Localized } from '../locale';

/**
 * Everything the bot says outside the questions themselves and the crisis copy, in English and Spanish.
 * Reviewed as text: keep it plain, warm and short. The bot is automated and says so; it pre-screens and
 * never tells anyone they are or are not eligible for treatment, only what happens next.
 * Spanish uses "usted", the register most US clinics use for health intake.
 * Placeholders in {braces} are filled by dialogs/render.ts.
 */
export const MESSAGES = {
  welcome: {
    en:
      "Hi, I'm the automated intake assistant for {programName}. I'm not a person and not a crisis service. " +
      'If you are thinking about suicide or are in crisis, call or text 988, or chat at 988lifeline.org, any time. ' +
      'This pre-screen takes about 10 to 15 minutes. A licensed clinician reviews your answers; I do not make any decisions. ' +
      'Para español, escriba ESPAÑOL.',
    es:
      'Hola, soy el asistente automático de admisión de {programName}. No soy una persona ni un servicio de crisis. ' +
      'Si está pensando en el suicidio o está en crisis, llame o envíe un mensaje de texto al 988, o chatee en 988lifeline.org, a cualquier hora. ' +
      'Esta evaluación previa toma de 10 a 15 minutos. Un profesional clínico con licencia revisa sus respuestas; yo no tomo ninguna decisión. ' +
      'For English, type ENGLISH.',
  },
  consentDeclined: {
    en: "No problem. If you change your mind, send START any time. If you need to talk to someone now, call or text 988.",
    es: 'No hay problema. Si cambia de opinión, envíe INICIO cuando quiera. Si necesita hablar con alguien ahora, llame o envíe un texto al 988.',
  },
  notUnderstood: {
    en: "Sorry, I didn't understand that answer.",
    es: 'Disculpe, no entendí esa respuesta.',
  },
  offerHelp: {
    en: 'Having trouble? Send HELP to see how this works, BACK to change your last answer, or PAUSE to take a break. You can also reach our team at {supportContact}.',
    es: '¿Tiene dificultades? Envíe AYUDA para ver cómo funciona, ATRÁS para cambiar su última respuesta o PAUSA para tomar un descanso. También puede escribir a nuestro equipo: {supportContact}.',
  },
  help: {
    en:
      'This is an automated pre-screen for {programName}. It is not a crisis service and it does not decide whether you can have treatment: a licensed clinician reviews your answers. ' +
      'You can send BACK (change your last answer), REPEAT, RESTART, PAUSE or ESPAÑOL. Questions: {supportContact}. ' +
      'If you are in crisis, call or text 988, or chat at 988lifeline.org.',
    es:
      'Esta es una evaluación previa automática de {programName}. No es un servicio de crisis y no decide si puede recibir tratamiento: un profesional clínico con licencia revisa sus respuestas. ' +
      'Puede enviar ATRÁS (cambiar su última respuesta), REPETIR, REINICIAR, PAUSA o ENGLISH. Preguntas: {supportContact}. ' +
      'Si está en crisis, llame o envíe un texto al 988, o chatee en 988lifeline.org.',
  },
  paused: {
    en: 'Paused. Your answers so far are saved. Send anything when you want to continue, or RESTART to start over. If you need to talk to someone now, call or text 988.',
    es: 'En pausa. Sus respuestas se guardaron. Envíe cualquier mensaje cuando quiera continuar, o REINICIAR para empezar de nuevo. Si necesita hablar con alguien ahora, llame o envíe un texto al 988.',
  },
  welcomeBack: {
    en: "Welcome back. Let's continue where you left off.",
    es: 'Hola de nuevo. Sigamos donde lo dejó.',
  },
  restarted: {
    en: 'Starting over. Your earlier answers were cleared.',
    es: 'Empezamos de nuevo. Se borraron sus respuestas anteriores.',
  },
  languageSet: {
    en: "OK, we'll continue in English.",
    es: 'De acuerdo, seguimos en español.',
  },
  wentBack: {
    en: "OK, let's change that answer.",
    es: 'De acuerdo, cambiemos esa respuesta.',
  },
  nothingToGoBackTo: {
    en: 'There is no earlier answer to change.',
    es: 'No hay una respuesta anterior que cambiar.',
  },
  sectionEligibility: {
    en: 'First, a few basic questions.',
    es: 'Primero, unas preguntas básicas.',
  },
  sectionSafety: {
    en: 'The next questions are about thoughts of suicide. We ask everyone. Please answer yes or no. If you have these thoughts now, you can call or text 988 any time.',
    es: 'Las siguientes preguntas son sobre pensamientos de suicidio. Se las hacemos a todas las personas. Responda sí o no. Si tiene estos pensamientos ahora, puede llamar o enviar un texto al 988 a cualquier hora.',
  },
  sectionPcl5: {
    en: 'Next, 20 questions about problems people sometimes have after a very stressful experience. For each one, tell me how much it bothered you in the past month.',
    es: 'Ahora, 20 preguntas sobre problemas que a veces tienen las personas después de una experiencia muy estresante. Para cada una, dígame cuánto le molestó en el último mes.',
  },
  sectionTreatment: {
    en: 'A few questions about treatment you may have had for PTSD.',
    es: 'Unas preguntas sobre el tratamiento que haya recibido para el TEPT.',
  },
  sectionMedical: {
    en: 'Some health questions. These are facts for the clinician to review, not a decision.',
    es: 'Algunas preguntas de salud. Son datos para que el profesional clínico los revise, no una decisión.',
  },
  sectionPhq9: {
    en: 'A few questions about your mood over the last 2 weeks.',
    es: 'Unas preguntas sobre su estado de ánimo en las últimas 2 semanas.',
  },
  sectionGad7: {
    en: 'A few questions about worry and nerves over the last 2 weeks.',
    es: 'Unas preguntas sobre preocupación y nervios en las últimas 2 semanas.',
  },
  sectionContact: {
    en: 'Almost done. A few details so our team can reach you.',
    es: 'Casi terminamos. Unos datos para que nuestro equipo pueda comunicarse con usted.',
  },
  outcomeLikelyFit: {
    en:
      'Thank you, {firstName}. You have finished the pre-screen. Our team will contact you at {email} to book a consultation with a licensed clinician, ' +
      'who will talk with you about whether the program is right for you. If you need to talk to someone before then, call or text 988.',
    es:
      'Gracias, {firstName}. Terminó la evaluación previa. Nuestro equipo le escribirá a {email} para programar una consulta con un profesional clínico con licencia, ' +
      'quien hablará con usted sobre si el programa es adecuado para usted. Si necesita hablar con alguien antes, llame o envíe un texto al 988.',
  },
  outcomeNeedsReview: {
    en:
      'Thank you, {firstName}. You have finished the pre-screen. A licensed clinician will review your answers, and our team will contact you at {email} about next steps. ' +
      'If you need to talk to someone before then, call or text 988.',
    es:
      'Gracias, {firstName}. Terminó la evaluación previa. Un profesional clínico con licencia revisará sus respuestas y nuestro equipo le escribirá a {email} sobre los próximos pasos. ' +
      'Si necesita hablar con alguien antes, llame o envíe un texto al 988.',
  },
  notEligibleAge: {
    en:
      "Thank you for your interest. This program is only for adults 18 and over, so we can't continue this pre-screen. " +
      'If things are hard right now, please talk to a parent, a school counselor or a doctor. You can call or text 988 any time, or text HOME to 741741. ' +
      'If you typed your age by mistake, send BACK.',
    es:
      'Gracias por su interés. Este programa es solo para personas adultas de 18 años o más, así que no podemos continuar esta evaluación. ' +
      'Si las cosas están difíciles, hable con su madre o padre, un consejero escolar o un médico. Puede llamar o enviar un texto al 988 a cualquier hora, o enviar AYUDA al 741741. ' +
      'Si escribió su edad por error, envíe ATRÁS.',
  },
  notEligibleState: {
    en:
      "Thank you for telling us. Right now the program can only serve people who live in {servedStates}, so we can't continue this pre-screen. " +
      'The National Center for PTSD lists treatment options at ptsd.va.gov, and your doctor can help you find care near you. You can call or text 988 any time. ' +
      'If you typed your state by mistake, send BACK.',
    es:
      'Gracias por decírnoslo. Por ahora el programa solo atiende a personas que viven en {servedStates}, así que no podemos continuar esta evaluación. ' +
      'El Centro Nacional para el TEPT (ptsd.va.gov) tiene información sobre tratamientos, y su médico puede ayudarle a encontrar atención cerca de usted. Puede llamar o enviar un texto al 988 a cualquier hora. ' +
      'Si escribió su estado por error, envíe ATRÁS.',
  },
  afterOutcome: {
    en: 'Your pre-screen is complete and our team has it. Send RESTART to start a new one, or HELP. If you need to talk to someone now, call or text 988.',
    es: 'Su evaluación previa está completa y nuestro equipo la tiene. Envíe REINICIAR para empezar una nueva, o AYUDA. Si necesita hablar con alguien ahora, llame o envíe un texto al 988.',
  },
  afterNotEligible: {
    en: 'This pre-screen has ended. Send BACK to change your last answer, RESTART to start over, or HELP. If you need to talk to someone now, call or text 988.',
    es: 'Esta evaluación previa terminó. Envíe ATRÁS para cambiar su última respuesta, REINICIAR para empezar de nuevo, o AYUDA. Si necesita hablar con alguien ahora, llame o envíe un texto al 988.',
  },
  reminder: {
    en: "Hi, it's the automated assistant for {programName}. You started the pre-screen but haven't finished. Reply anything to pick up where you left off. Reply STOP to opt out. In crisis? Call or text 988.",
    es: 'Hola, soy el asistente automático de {programName}. Empezó la evaluación previa pero no la terminó. Responda cualquier cosa para seguir donde la dejó. Responda STOP para darse de baja. ¿En crisis? Llame o envíe un texto al 988.',
  },
  releasedToIntake: {
    en: "A clinician from our team has reviewed your messages and says you can continue the pre-screen. Let's pick up where you left off. If you need someone at any time, call or text 988.",
    es: 'Un profesional clínico de nuestro equipo revisó sus mensajes y dice que puede continuar la evaluación previa. Sigamos donde lo dejó. Si necesita a alguien en cualquier momento, llame o envíe un texto al 988.',
  },
  fallback: {
    en: "Sorry, something went wrong on our side and I couldn't process that message. It has been saved. Please send it again in a moment. If you need to talk to someone now, call or text 988.",
    es: 'Disculpe, hubo un problema de nuestro lado y no pude procesar ese mensaje. Quedó guardado. Envíelo de nuevo en un momento. Si necesita hablar con alguien ahora, llame o envíe un texto al 988.',
  },
  snapshotReset: {
    en: 'We updated this assessment since your last visit, so we need to start again from the beginning. Sorry for the trouble.',
    es: 'Actualizamos esta evaluación desde su última visita, así que necesitamos empezar de nuevo. Disculpe las molestias.',
  },
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;
