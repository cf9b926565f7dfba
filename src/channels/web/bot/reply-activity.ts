import type { Activity, CardAction } from 'botbuilder';
import type { RenderedReply } from '../../../../dialogs/render';
import type { Locale } from '../../../../dialogs/locale';
import { LOCALE_TAGS } from '../directline/activity-schema';

/**
 * A rendered reply as a Bot Framework message, the shape the widget relies on (docs/web-chat.md):
 * choices become suggested actions (imBack buttons whose value is the label, which the answer parsers
 * understand), and a crisis reply carries `channelData.crisis.tier` so the page can show a 988 banner.
 * `replyKey` names the reply by the activity it answers and its place: a turn replayed after a failure sends
 * the same keys, and the local connector stores each once.
 */
export function replyActivity(reply: RenderedReply, locale: Locale, replyKey: string): Partial<Activity> {
  const actions: CardAction[] | undefined = reply.choices?.map((label) => ({ type: 'imBack', title: label, value: label }));
  return {
    type: 'message',
    text: reply.text,
    textFormat: 'markdown',
    locale: LOCALE_TAGS[locale],
    inputHint: actions ? 'expectingInput' : 'acceptingInput',
    ...(actions ? { suggestedActions: { actions } as Activity['suggestedActions'] } : {}),
    channelData: { replyKey, ...(reply.crisisTier ? { crisis: { tier: reply.crisisTier } } : {}) },
  };
}

/** A message the service sends on its own (a clinician's words, a release): plain text, never a link. */
export function proactiveActivity(text: string, locale: Locale, replyKey: string): Partial<Activity> {
  return { type: 'message', text, textFormat: 'plain', locale: LOCALE_TAGS[locale], channelData: { replyKey } };
}
