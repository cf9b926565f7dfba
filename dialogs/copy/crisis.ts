import type { Locale, Localized } from '../locale';

/**
 * Crisis copy: the reply to the very message that carried a suicidal-ideation signal, and the short reply to
 * every later message while a clinician holds the case.
 *
 * Safe-messaging practice (988 Lifeline and reportingonsuicide.org guidance): no method is ever named or
 * described, no arguing, no blame, no promise the service cannot keep ("a clinician is being contacted", not
 * "a clinician will call you in 5 minutes"). The tier sets the urgency of the words, never whether 988 is
 * given: every tier gets the 988 line.
 *
 * Two forms: `sms` is plain text (no links the handset cannot follow, no drug names); `web` adds tap-to-call
 * and tap-to-text links in Markdown, which Web Chat renders.
 */
export type CrisisTier = 'history' | 'passive' | 'active' | 'imminent';
export type CrisisForm = 'sms' | 'web';

const OPENING: Record<CrisisTier, Localized> = {
  imminent: {
    en: "If you are in immediate danger or have taken something, call 911 now. I'm an automated assistant, and I'm alerting our clinical team now.",
    es: 'Si está en peligro inmediato o tomó algo, llame al 911 ahora. Soy un asistente automático y estoy avisando ahora mismo a nuestro equipo clínico.',
  },
  active: {
    en: "Thank you for telling me. I'm an automated assistant, and I'm letting our clinical team know. You don't have to wait for them:",
    es: 'Gracias por decírmelo. Soy un asistente automático y estoy avisando a nuestro equipo clínico. No tiene que esperar:',
  },
  passive: {
    en: "Thank you for sharing that with me. I'm an automated assistant, and I'm letting our clinical team know so a clinician can follow up with you. If you'd like to talk with someone sooner:",
    es: 'Gracias por contármelo. Soy un asistente automático y estoy avisando a nuestro equipo clínico para que un profesional le dé seguimiento. Si quiere hablar con alguien antes:',
  },
  history: {
    en: "Thank you for sharing that with me. I'm an automated assistant, and I'm letting our clinical team know so a clinician can follow up with you. If you'd like to talk with someone at any point:",
    es: 'Gracias por contármelo. Soy un asistente automático y estoy avisando a nuestro equipo clínico para que un profesional le dé seguimiento. Si en algún momento quiere hablar con alguien:',
  },
};

/**
 * The 988 block every tier gets, per form. The English SMS form is plain GSM-7 (no accented letter), which
 * keeps it to as few segments as possible; the Spanish form cannot avoid accents.
 */
const LIFELINE: Record<CrisisForm, Localized> = {
  sms: {
    en:
      'Call or text 988, or chat at 988lifeline.org, any time, free and confidential. ' +
      'Veterans: call 988 and press 1, or text 838255. Spanish: call 988 and press 2, or text AYUDA to 988. ' +
      'Deaf or hard of hearing: videophone (ASL) through 988lifeline.org. Crisis Text Line: text HOME to 741741.',
    es:
      'Llame o envíe un texto al 988, o chatee en 988lifeline.org, a cualquier hora, gratis y confidencial. ' +
      'En español: llame al 988 y oprima 2, o envíe AYUDA al 988. Si es veterano: llame al 988 y oprima 1, o envíe un texto al 838255. ' +
      'Personas sordas o con dificultad auditiva: videollamada (ASL) en 988lifeline.org. Crisis Text Line en español: envíe AYUDA al 741741.',
  },
  web: {
    en:
      'You can call or text 988, or chat at 988lifeline.org, any time, free and confidential: ' +
      '[Call 988](tel:988) · text 988 from your phone · [Chat at 988lifeline.org](https://988lifeline.org/chat/). ' +
      'Veterans: call 988 and press 1, or text 838255. Spanish: call 988 and press 2, or text AYUDA to 988. ' +
      'Deaf or hard of hearing: videophone (ASL) through 988lifeline.org. Crisis Text Line: text HOME to 741741.',
    es:
      'Puede llamar o enviar un texto al 988, o chatear en 988lifeline.org, a cualquier hora, gratis y de forma confidencial: ' +
      '[Llamar al 988](tel:988) · envíe un texto al 988 desde su teléfono · [Chat en 988lifeline.org](https://988lifeline.org/es/chat/). ' +
      'En español: llame al 988 y oprima 2, o envíe AYUDA al 988. Si es veterano: llame al 988 y oprima 1, o envíe un texto al 838255. ' +
      'Personas sordas o con dificultad auditiva: videollamada (ASL) en 988lifeline.org. Crisis Text Line en español: envíe AYUDA al 741741.',
  },
};

/** The reply to every later message while the case is open: short, warm, and 988 again. */
const FOLLOW_UP: Localized = {
  en: "Thank you. I'm sharing your messages with our clinical team. If you need someone right now, call or text 988, or chat at 988lifeline.org. If you are in immediate danger, call 911.",
  es: 'Gracias. Estoy compartiendo sus mensajes con nuestro equipo clínico. Si necesita a alguien ahora mismo, llame o envíe un texto al 988, o chatee en 988lifeline.org. Si está en peligro inmediato, llame al 911.',
};

/** The first reply of a crisis: opening for the tier, then the 988 block. */
export function crisisReply(tier: CrisisTier, locale: Locale, form: CrisisForm): string {
  return `${OPENING[tier][locale]} ${LIFELINE[form][locale]}`;
}

export function crisisFollowUp(locale: Locale): string {
  return FOLLOW_UP[locale];
}
