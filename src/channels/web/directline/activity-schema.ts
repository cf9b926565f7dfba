import { z } from 'zod';
import type { Locale } from '../../../../dialogs/locale';

/**
 * What the local Direct Line accepts, from visitors and from the bot, and what it keeps of it. Unknown fields
 * are dropped, not refused (Web Chat adds fields between versions); fields that would change who said what
 * (`from`, `id`, `timestamp`, `conversation`, `serviceUrl`) are always stamped by the server.
 */
export const MAX_TEXT_CHARS = 20_000;

const locale = z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/);

/** An activity Web Chat posts: a message (typed, or a suggested action's imBack), typing, or an event. */
export const VisitorActivity = z
  .object({
    type: z.enum(['message', 'typing', 'event']),
    text: z.string().max(MAX_TEXT_CHARS, `text is longer than ${MAX_TEXT_CHARS} characters`).optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    locale: z.unknown().optional(),
    name: z.string().max(200).optional(),
    value: z.unknown().optional(),
    channelData: z
      .object({
        clientActivityID: z.string().min(1).max(200).optional(),
        clientTimestamp: z.string().max(64).optional(),
      })
      .loose()
      .optional(),
    attachments: z.array(z.unknown()).max(0, 'attachments are not supported').optional(),
  })
  .loose();

export type VisitorActivityInput = z.infer<typeof VisitorActivity>;

/** What is kept of a visitor's activity (the server adds from, recipient, conversation, channel, serviceUrl). */
export function keptVisitorFields(input: VisitorActivityInput, fallbackLocale: Locale): Record<string, unknown> {
  const parsedLocale = locale.safeParse(input.locale);
  const channelData: Record<string, string> = {};
  if (input.channelData?.clientActivityID) channelData.clientActivityID = input.channelData.clientActivityID;
  if (input.channelData?.clientTimestamp) channelData.clientTimestamp = input.channelData.clientTimestamp;
  return {
    type: input.type,
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(input.textFormat ? { textFormat: input.textFormat } : {}),
    locale: parsedLocale.success ? parsedLocale.data : LOCALE_TAGS[fallbackLocale],
    ...(input.type === 'event' && input.name ? { name: input.name } : {}),
    ...(input.type === 'event' && input.value !== undefined ? { value: input.value } : {}),
    ...(Object.keys(channelData).length > 0 ? { channelData } : {}),
  };
}

const action = z.object({
  type: z.string().min(1).max(30),
  title: z.string().max(500).optional(),
  value: z.unknown().optional(),
});

/** An activity the bot sends through the connector. */
export const BotActivity = z
  .object({
    type: z.enum(['message', 'typing', 'event', 'endOfConversation']),
    text: z.string().max(MAX_TEXT_CHARS * 2).optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    locale: locale.optional(),
    inputHint: z.enum(['acceptingInput', 'expectingInput', 'ignoringInput']).optional(),
    replyToId: z.string().max(200).optional(),
    suggestedActions: z.object({ actions: z.array(action).max(50) }).loose().optional(),
    channelData: z
      .object({
        crisis: z.object({ tier: z.enum(['history', 'passive', 'active', 'imminent']) }).optional(),
        /** Set by our bot on every reply: a turn retried after a crash sends the same keys, stored once. */
        replyKey: z.string().max(300).optional(),
      })
      .loose()
      .optional(),
    attachments: z.array(z.unknown()).max(0, 'attachments are not supported').optional(),
  })
  .loose();

export type BotActivityInput = z.infer<typeof BotActivity>;

export function keptBotFields(input: BotActivityInput): Record<string, unknown> {
  return {
    type: input.type,
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(input.textFormat ? { textFormat: input.textFormat } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
    ...(input.inputHint ? { inputHint: input.inputHint } : {}),
    ...(input.suggestedActions ? { suggestedActions: { actions: input.suggestedActions.actions.map(({ type, title, value }) => ({ type, title, value })) } } : {}),
    ...(input.channelData?.crisis ? { channelData: { crisis: { tier: input.channelData.crisis.tier } } } : {}),
  };
}

/** BCP 47 tags for the locales the bot speaks; Web Chat and Azure send tags like these. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** en or es from a tag ("es-MX" -> es); undefined for anything else. */
export function localeFromTag(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  if (/^es(-|$)/i.test(tag)) return 'es';
  if (/^en(-|$)/i.test(tag)) return 'en';
  return undefined;
}

/** A short, safe description of why a body was refused (field paths and messages, never values). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
    .join('; ');
}
