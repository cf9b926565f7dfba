import type { Locale } from '../locale';
import type { Command } from '../../machines/intake/types';

/**
 * Words that control the conversation rather than answer a question. They only count when they are the
 * whole message ("back", "BACK!", "atrás"), so an answer that happens to contain "back" ("my back hurts")
 * is still an answer.
 */
const COMMANDS: ReadonlyArray<[Command, readonly string[]]> = [
  ['back', ['back', 'go back', 'previous', 'undo', 'atras', 'volver', 'regresar', 'anterior']],
  ['repeat', ['repeat', 'again', 'say again', 'what', 'repetir', 'repite', 'otra vez', 'que']],
  // Asking for help, or for a person, gets HELP: it says the bot is automated and gives 988.
  ['help', [
    'help', 'info', 'ayuda', 'informacion', 'i need help', 'need help', 'help me', 'help please', 'please help',
    'necesito ayuda', 'ayudame', 'ayuda por favor', 'por favor ayuda', 'talk to a person', 'can i talk to a person',
    'i want to talk to a person', 'real person', 'is this a real person', 'are you a real person', 'are you a bot',
    'are you a robot', 'are you human', 'is this a bot', 'eres un robot', 'eres una persona', 'es una persona',
    'hablar con una persona', 'quiero hablar con una persona',
  ]],
  ['restart', ['restart', 'start over', 'reset', 'reiniciar', 'empezar de nuevo', 'volver a empezar']],
  // PAUSE is what the copy offers: on SMS, STOP is a carrier opt-out word and must not be our pause.
  ['stop', ['pause', 'pausa', 'pausar', 'stop', 'parar', 'alto', 'detener']],
  ['start', ['start', 'begin', 'hi', 'hello', 'hey', 'hola', 'inicio', 'iniciar', 'empezar', 'comenzar', 'buenas']],
];

const LANGUAGES: ReadonlyArray<[Locale, readonly string[]]> = [
  ['es', ['espanol', 'spanish', 'en espanol', 'castellano']],
  ['en', ['english', 'ingles', 'en ingles']],
];

function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type ParsedCommand = { type: 'command'; command: Command } | { type: 'language'; locale: Locale };

export function parseCommand(text: string): ParsedCommand | undefined {
  if (text.length > 40) return undefined;
  const word = plain(text);
  for (const [command, words] of COMMANDS) if (words.includes(word)) return { type: 'command', command };
  for (const [locale, words] of LANGUAGES) if (words.includes(word)) return { type: 'language', locale };
  return undefined;
}

/** A first message in Spanish ("hola", "español") starts the conversation in Spanish. */
export function localeOfGreeting(text: string): Locale | undefined {
  const word = plain(text);
  if (['hola', 'inicio', 'iniciar', 'empezar', 'comenzar', 'buenas', 'buenos dias', 'buenas tardes', 'buenas noches', 'ayuda'].includes(word)) return 'es';
  const parsed = parseCommand(text);
  return parsed?.type === 'language' ? parsed.locale : undefined;
}
