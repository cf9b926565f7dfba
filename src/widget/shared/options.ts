/**
 * The embed's options, read from the script tag's data- attributes by the launcher and again from the panel's
 * address by the panel. Both sides parse with this one function, so a value a page cannot set safely (a colour
 * that would smuggle CSS, an unknown language) is dropped to its default in the same way everywhere.
 * Pure: no DOM here, so it is unit-tested in Node and shared by the browser bundles.
 */
export type WidgetLocale = 'en' | 'es';
export type WidgetPosition = 'right' | 'left';
export type WidgetTransport = 'directline' | 'twilio';

export interface WidgetOptions {
  /** data-title: the panel's heading; empty means the copy's default. */
  title: string;
  /** data-color: launcher, header and the visitor's bubbles. Default a deep blue with 7:1 contrast on white. */
  color: string;
  /** data-text-color: text on `color`. Default white. */
  textColor: string;
  /** data-lang: en or es; otherwise the page's own language (<html lang>), otherwise English. */
  locale: WidgetLocale;
  /** data-position: the corner the launcher sits in (bottom right by default). */
  position: WidgetPosition;
  /** data-transport: Direct Line (default, no account needed) or Twilio Conversations. */
  transport: WidgetTransport;
}

export const DEFAULT_COLOR = '#1f5c99';
export const DEFAULT_TEXT_COLOR = '#ffffff';
const MAX_TITLE = 60;

/** Hex, rgb()/hsl() with plain numbers, or a CSS colour keyword: nothing that could close a declaration. */
const COLOR = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([0-9.,%\s/]+\)|[a-z]{3,20})$/i;

export function parseColor(value: string | null | undefined, fallback: string): string {
  const v = (value ?? '').trim();
  return COLOR.test(v) ? v : fallback;
}

/** "es", "es-MX", "ES_us" are Spanish; "en-GB" English; anything else is not a language we speak. */
export function parseLocale(value: string | null | undefined): WidgetLocale | undefined {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'es' ? primary : undefined;
}

export function parsePosition(value: string | null | undefined): WidgetPosition {
  return /left/i.test(value ?? '') ? 'left' : 'right';
}

export function parseTransport(value: string | null | undefined): WidgetTransport {
  return (value ?? '').trim().toLowerCase() === 'twilio' ? 'twilio' : 'directline';
}

export function parseTitle(value: string | null | undefined): string {
  // Control characters and runs of spaces would only confuse screen readers.
  return (value ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
}

/** A lookup of raw values by option name: a script's dataset, or an address's search parameters. */
export type RawOptions = (name: 'title' | 'color' | 'textColor' | 'lang' | 'position' | 'transport') => string | null | undefined;

export function parseOptions(raw: RawOptions, pageLang?: string | null): WidgetOptions {
  return {
    title: parseTitle(raw('title')),
    color: parseColor(raw('color'), DEFAULT_COLOR),
    textColor: parseColor(raw('textColor'), DEFAULT_TEXT_COLOR),
    locale: parseLocale(raw('lang')) ?? parseLocale(pageLang) ?? 'en',
    position: parsePosition(raw('position')),
    transport: parseTransport(raw('transport')),
  };
}

/** The panel's address carries the options; only values that differ from the defaults are written. */
export function optionsToQuery(options: WidgetOptions): string {
  const pairs: [string, string][] = [['lang', options.locale]];
  if (options.title) pairs.push(['title', options.title]);
  if (options.color !== DEFAULT_COLOR) pairs.push(['color', options.color]);
  if (options.textColor !== DEFAULT_TEXT_COLOR) pairs.push(['textColor', options.textColor]);
  if (options.transport !== 'directline') pairs.push(['transport', options.transport]);
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
