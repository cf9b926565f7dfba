import { parseLocale, type WidgetLocale } from './options';

/**
 * Recognises the bot's crisis reply in the activity stream: the bot marks it with
 * `channelData: { crisis: { tier } }` (docs/web-chat.md). The panel shows the 988 banner for it, in the
 * language of that reply (the visitor may have switched language in the chat), else the page's.
 */
const TIERS = ['history', 'passive', 'active', 'imminent'] as const;
export type BannerTier = (typeof TIERS)[number];

export interface ActivityLike {
  type?: string;
  from?: { role?: string };
  locale?: string;
  channelData?: unknown;
}

export function crisisOf(activity: ActivityLike, pageLocale: WidgetLocale): { tier: BannerTier; locale: WidgetLocale } | undefined {
  if (activity.type !== 'message' || activity.from?.role === 'user') return undefined;
  const crisis = (activity.channelData as { crisis?: { tier?: unknown } } | undefined)?.crisis;
  const tier = TIERS.find((t) => t === crisis?.tier);
  if (!tier) return undefined;
  return { tier, locale: parseLocale(activity.locale) ?? pageLocale };
}

/** A later crisis reply only replaces the banner when it is more urgent (the tier never goes down). */
export function moreUrgent(a: BannerTier | undefined, b: BannerTier): boolean {
  return a === undefined || TIERS.indexOf(b) > TIERS.indexOf(a);
}
