import type { Locale } from '../locale';

/**
 * The words of the website chat widget around the conversation itself: the launcher button on the clinic's
 * page, the panel's header, its connection notices and the crisis banner. The bot's own words are in
 * messages.ts and crisis.ts; Web Chat's screen-reader labels (send box, transcript) come from Web Chat's own
 * localisation for the same language.
 *
 * This copy is built into the served scripts (scripts/build-widget.ts), so a change here needs the widget to be
 * rebuilt, which `npm start` and the tests do by themselves when a source is newer than the build.
 *
 * The crisis banner follows safe-messaging practice like the crisis replies: no method named, no promise the
 * service cannot keep, 988 first, 911 for immediate danger.
 */
export interface WidgetCopy {
  /** The launcher's visible text (also its accessible name). */
  launcher: string;
  /** The panel's title when the page sets none with data-title. */
  defaultTitle: string;
  /** Under the title: what this is, before anyone types. */
  subtitle: string;
  close: string;
  /** The launcher's name while the panel is open. */
  launcherClose: string;
  /** Added to the launcher's accessible name (and announced) when one message arrived while the panel was closed. */
  unread: string;
  /** The same, for two or more. */
  unreadMany: string;
  connecting: string;
  /** Shown when the chat cannot reach the service; followed by tap-to-call and tap-to-text 988 links (crisisCall, crisisText). */
  connectFailed: string;
  retry: string;
  /** The conversation could not be resumed (its session expired): a new one starts. */
  restarted: string;
  crisisTitle: string;
  crisisBody: string;
  crisisCall: string;
  crisisText: string;
  crisisChat: string;
  /** Where the chat link goes: the Lifeline's site in the visitor's language. */
  crisisChatUrl: string;
}

export const WIDGET_COPY: Record<Locale, WidgetCopy> = {
  en: {
    launcher: 'Chat with us',
    defaultTitle: 'Candidate assessment',
    subtitle: 'Automated assistant · not a crisis service',
    close: 'Close chat',
    launcherClose: 'Close chat',
    unread: 'new message',
    unreadMany: 'new messages',
    connecting: 'Connecting…',
    connectFailed: 'The chat cannot connect right now. If you need to talk to someone now, call or text the 988 Lifeline:',
    retry: 'Try again',
    restarted: 'Your earlier chat session ended, so a new one has started.',
    crisisTitle: 'Help is available right now: call or text 988',
    crisisBody: 'Suicide & Crisis Lifeline: free, confidential, any time. In immediate danger, call 911.',
    crisisCall: 'Call 988',
    crisisText: 'Text 988',
    crisisChat: 'Chat at 988lifeline.org',
    crisisChatUrl: 'https://988lifeline.org/',
  },
  es: {
    launcher: 'Chatee con nosotros',
    defaultTitle: 'Evaluación de candidatos',
    subtitle: 'Asistente automático · no es un servicio de crisis',
    close: 'Cerrar el chat',
    launcherClose: 'Cerrar el chat',
    unread: 'mensaje nuevo',
    unreadMany: 'mensajes nuevos',
    connecting: 'Conectando…',
    connectFailed: 'El chat no puede conectarse ahora. Si necesita hablar con alguien ahora mismo, llame o envíe un texto a la Línea 988:',
    retry: 'Reintentar',
    restarted: 'Su sesión de chat anterior terminó, así que empezó una nueva.',
    crisisTitle: 'Hay ayuda disponible ahora mismo: llame o envíe un texto al 988',
    crisisBody: 'Línea de Prevención del Suicidio y Crisis: gratis, confidencial, a cualquier hora. En peligro inmediato, llame al 911.',
    crisisCall: 'Llamar al 988',
    crisisText: 'Texto al 988',
    crisisChat: 'Chat en 988lifeline.org',
    crisisChatUrl: 'https://988lifeline.org/es/',
  },
};
