import type { Localized } from '../locale';

/**
 * Carrier-required SMS replies (CTIA guidelines, and what Twilio's opt-out handling expects): one
 * confirmation on opt-out, one on opt-in, and a HELP reply with the program name, a support contact,
 * message frequency, "Msg & data rates may apply" and how to opt out. The HELP reply also gives 988.
 * No drug is named: carriers filter messages that name controlled substances.
 */
export const SMS_COMPLIANCE = {
  optedOut: {
    en: "You're unsubscribed from {programName} texts and won't get more messages from us. Reply START to resubscribe. If you are in crisis, call or text 988.",
    es: 'Se dio de baja de los mensajes de {programName} y no recibirá más mensajes nuestros. Responda START para volver a suscribirse. Si está en crisis, llame o envíe un texto al 988.',
  },
  optedIn: {
    en: "You're subscribed to {programName} texts again. Msg & data rates may apply. Reply HELP for help, STOP to opt out.",
    es: 'Se suscribió de nuevo a los mensajes de {programName}. Pueden aplicarse tarifas de mensajes y datos. Responda HELP para ayuda, STOP para darse de baja.',
  },
  help: {
    en:
      '{programName}: automated intake pre-screen. Help: {supportContact}. Msg frequency varies (about one reply per message you send, plus up to one reminder, and after the pre-screen a confirmation and one follow-up). ' +
      'Msg & data rates may apply. Reply STOP to opt out. In crisis? Call or text 988, or chat at 988lifeline.org.',
    es:
      '{programName}: evaluación previa automática. Ayuda: {supportContact}. La frecuencia varía (una respuesta por mensaje que envíe, a lo sumo un recordatorio y, al terminar la evaluación, una confirmación y un seguimiento). ' +
      'Pueden aplicarse tarifas de mensajes y datos. Responda STOP para darse de baja. ¿En crisis? Llame o envíe un texto al 988, o chatee en 988lifeline.org.',
  },
} as const satisfies Record<string, Localized>;
