import { US_TIME_ZONES, parseTimezone, stateSpansZones, timezoneForState } from '../../dialogs/parse/timezone';
import { US_STATES } from '../../dialogs/parse/us-state';

describe('parseTimezone', () => {
  it.each([
    ['Eastern', 'America/New_York'], ['eastern time', 'America/New_York'], ['ET', 'America/New_York'],
    ['EST', 'America/New_York'], ['edt', 'America/New_York'], ['east coast', 'America/New_York'],
    ['hora del este', 'America/New_York'], ['Este', 'America/New_York'], ['I am on EST', 'America/New_York'],
    ['Central', 'America/Chicago'], ['CST', 'America/Chicago'], ['CT', 'America/Chicago'],
    ['hora del centro', 'America/Chicago'], ['Mountain', 'America/Denver'], ['MST', 'America/Denver'],
    ['hora de la montaña', 'America/Denver'], ['Arizona', 'America/Phoenix'], ['Pacific', 'America/Los_Angeles'],
    ['PST', 'America/Los_Angeles'], ['west coast', 'America/Los_Angeles'], ['hora del pacífico', 'America/Los_Angeles'],
    ['Alaska', 'America/Anchorage'], ['Hawaii', 'Pacific/Honolulu'], ['HST', 'Pacific/Honolulu'],
    ['Puerto Rico', 'America/Puerto_Rico'], ['Atlantic', 'America/Puerto_Rico'], ['AST', 'America/Puerto_Rico'],
    ['pacfic time', 'America/Los_Angeles'], ['easternn', 'America/New_York'],
    ['America/Chicago', 'America/Chicago'], ['america/new_york', 'America/New_York'],
    ['US/Eastern', 'America/New_York'], ['Europe/Madrid', 'Europe/Madrid'],
  ])('%p -> %s', (text, zone) => {
    expect(parseTimezone(text)).toBe(zone);
  });

  it.each(['eastern or central', 'Mars/Olympus', 'Japan', 'GMT+5', 'whatever', 'part time', 'et al', ''])(
    '%p is not understood',
    (text) => {
      expect(parseTimezone(text)).toBeUndefined();
    },
  );
});

describe('timezoneForState', () => {
  it('gives every state one of the offered US zones', () => {
    for (const state of US_STATES) expect(US_TIME_ZONES).toContain(timezoneForState(state.code));
  });

  it.each([
    ['NY', 'America/New_York'], ['co', 'America/Denver'], ['AZ', 'America/Phoenix'], ['CA', 'America/Los_Angeles'],
    ['TX', 'America/Chicago'], ['HI', 'Pacific/Honolulu'], ['AK', 'America/Anchorage'], ['PR', 'America/Puerto_Rico'],
    ['IN', 'America/New_York'],
  ])('%s -> %s', (code, zone) => {
    expect(timezoneForState(code)).toBe(zone);
  });

  it('is undefined for an unknown code and says which states span zones', () => {
    expect(timezoneForState('XX')).toBeUndefined();
    expect(stateSpansZones('TX')).toBe(true);
    expect(stateSpansZones('CO')).toBe(false);
  });
});

describe('the answers the Spanish question offers', () => {
  it.each([
    ['del Este', 'America/New_York'],
    ['Central', 'America/Chicago'],
    ['de la Montaña', 'America/Denver'],
    ['Arizona', 'America/Phoenix'],
    ['del Pacífico', 'America/Los_Angeles'],
    ['Alaska', 'America/Anchorage'],
    ['Hawái', 'Pacific/Honolulu'],
  ])('when a person types "%s", as the question suggests, then it is %s', (text, zone) => {
    expect(parseTimezone(text)).toBe(zone);
  });
});
