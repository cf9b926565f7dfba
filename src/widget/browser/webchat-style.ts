import type { WidgetOptions } from '../shared/options';

/** Web Chat's locale names for our languages (its own labels, including screen-reader text, follow them). */
export const WEB_CHAT_LOCALE = { en: 'en-US', es: 'es-ES' } as const;

/**
 * Web Chat's style options for the panel: the page's colour on the visitor's bubbles and on the answer
 * buttons, buttons that wrap (no carousel to scroll sideways on a phone), no upload button (the bot takes
 * text only), sizes that fill the panel.
 */
export function styleOptions(options: WidgetOptions): Record<string, unknown> {
  return {
    accent: options.color,
    bubbleFromUserBackground: options.color,
    bubbleFromUserTextColor: options.textColor,
    bubbleFromUserBorderRadius: 12,
    bubbleBorderRadius: 12,
    bubbleMaxWidth: 600,
    suggestedActionLayout: 'flow',
    suggestedActionBorderColor: options.color,
    suggestedActionTextColor: options.color,
    suggestedActionBorderRadius: 8,
    suggestedActionHeight: 44,
    sendBoxButtonColor: options.color,
    hideUploadButton: true,
    rootHeight: '100%',
    rootWidth: '100%',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  };
}
