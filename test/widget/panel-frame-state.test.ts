import { HostBackedStorage } from '../../src/widget/shared/host-backed-storage';
import { buildFrameFragment, parseFrameFragment } from '../../src/widget/shared/frame-fragment';

describe('the panel state the clinic page keeps when the browser gives the panel no storage', () => {
  it('when the panel writes, changes and removes entries, then the page is sent the whole state after each change, only when something changed, and null once empty', () => {
    const sent: (string | null)[] = [];
    const storage = new HostBackedStorage({ a: '1' }, (value) => sent.push(value));
    expect(storage.getItem('a')).toBe('1');
    storage.setItem('a', '1');
    expect(sent).toEqual([]);
    storage.setItem('b', '2');
    storage.removeItem('missing');
    storage.removeItem('toString');
    storage.removeItem('a');
    storage.removeItem('b');
    expect(sent).toEqual(['{"a":"1","b":"2"}', '{"b":"2"}', null]);
    expect(storage.getItem('toString')).toBeNull();
  });
});

describe('what the launcher hands the panel in the iframe fragment', () => {
  it('when the launcher names its page origin and the kept state, then the panel reads both back', () => {
    const fragment = buildFrameFragment('https://clinic.example', JSON.stringify({ k: 'v' }));
    expect(parseFrameFragment(`#${fragment}`)).toEqual({ hostOrigin: 'https://clinic.example', state: { k: 'v' } });
    expect(parseFrameFragment(buildFrameFragment('http://localhost:3000', null))).toEqual({ hostOrigin: 'http://localhost:3000', state: {} });
  });

  it.each(['null', '*', 'https://clinic.example/page', 'javascript:alert(1)', 'file:///tmp/x.html', ''])('when the host origin is %j, then the panel has no origin to post to (and so posts nothing)', (origin) => {
    expect(parseFrameFragment(`host=${encodeURIComponent(origin)}`).hostOrigin).toBeUndefined();
  });

  it('when the kept state is damaged or not string values, then it is left out rather than thrown', () => {
    expect(parseFrameFragment('host=https%3A%2F%2Fa.example&state=%7Bnot').state).toEqual({});
    expect(parseFrameFragment(`state=${encodeURIComponent(JSON.stringify({ a: 1, b: 'x' }))}`).state).toEqual({ b: 'x' });
    expect(parseFrameFragment(`state=${encodeURIComponent('[1]')}`).state).toEqual({});
  });
});
