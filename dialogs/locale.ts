/** The languages every piece of copy exists in. A missing translation is a type error, not a runtime surprise. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** One piece of copy in every supported language. */
export type Localized = Record<Locale, string>;
