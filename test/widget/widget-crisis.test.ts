import { crisisOf, moreUrgent } from '../../src/widget/shared/crisis';
import { isHostToPanel, isPanelToHost, MAX_PERSISTED } from '../../src/widget/shared/frame-messages';
import { newer } from '../../src/widget/shared/session';

describe('the crisis banner follows the bot\'s crisis replies', () => {
  const bot = (channelData: unknown, locale = 'en-US') => ({ type: 'message', from: { role: 'bot' }, locale, channelData });

  it('when a bot reply carries channelData.crisis with a tier, then the banner is shown in that reply\'s language', () => {
    expect(crisisOf(bot({ crisis: { tier: 'active' } }), 'en')).toEqual({ tier: 'active', locale: 'en' });
    expect(crisisOf(bot({ crisis: { tier: 'imminent' } }, 'es-US'), 'en')).toEqual({ tier: 'imminent', locale: 'es' });
    expect(crisisOf(bot({ crisis: { tier: 'passive' } }, 'fr-FR'), 'es')).toEqual({ tier: 'passive', locale: 'es' });
  });

  it('when it is the visitor\'s own message, a reply without crisis data, or an unknown tier, then no banner', () => {
    expect(crisisOf({ type: 'message', from: { role: 'user' }, channelData: { crisis: { tier: 'active' } } }, 'en')).toBeUndefined();
    expect(crisisOf(bot(undefined), 'en')).toBeUndefined();
    expect(crisisOf(bot({ crisis: { tier: 'none' } }), 'en')).toBeUndefined();
    expect(crisisOf({ type: 'typing', from: { role: 'bot' }, channelData: { crisis: { tier: 'active' } } }, 'en')).toBeUndefined();
  });

  it('when a later reply is less urgent, then the banner keeps the higher tier', () => {
    expect(moreUrgent(undefined, 'history')).toBe(true);
    expect(moreUrgent('passive', 'imminent')).toBe(true);
    expect(moreUrgent('imminent', 'active')).toBe(false);
  });
});

describe('messages between the launcher and the panel', () => {
  it('when a message is well formed, then it is accepted; otherwise it is ignored', () => {
    expect(isPanelToHost({ type: 'intake-widget:close' })).toBe(true);
    expect(isPanelToHost({ type: 'intake-widget:unread', count: 2 })).toBe(true);
    expect(isPanelToHost({ type: 'intake-widget:unread', count: -1 })).toBe(false);
    expect(isPanelToHost({ type: 'intake-widget:unread', count: '2' })).toBe(false);
    expect(isPanelToHost({ type: 'intake-widget:persist', value: null })).toBe(true);
    expect(isPanelToHost({ type: 'intake-widget:persist', value: 'x'.repeat(MAX_PERSISTED + 1) })).toBe(false);
    expect(isPanelToHost({ type: 'something-else' })).toBe(false);
    expect(isPanelToHost('intake-widget:close')).toBe(false);
    expect(isHostToPanel({ type: 'intake-widget:visibility', open: true })).toBe(true);
    expect(isHostToPanel({ type: 'intake-widget:visibility', open: 'yes' })).toBe(false);
    expect(isHostToPanel(null)).toBe(false);
  });
});

describe('watermarks', () => {
  it('when two watermarks are compared, then the later sequence number wins and an empty one is the start', () => {
    expect(newer('', '4')).toBe('4');
    expect(newer('10', '9')).toBe('10');
    expect(newer('9', '10')).toBe('10');
    expect(newer('3', '')).toBe('3');
  });
});
