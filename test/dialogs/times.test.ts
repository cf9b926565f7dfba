import { parseTimesOfDay } from '../../dialogs/parse/times';

const ALL = ['morning', 'afternoon', 'evening'];

describe('parseTimesOfDay', () => {
  it.each<[string, string[]]>([
    ['mornings', ['morning']],
    ['Morning', ['morning']],
    ['mornign', ['morning']],
    ['afternoon or evening', ['afternoon', 'evening']],
    ['evenings', ['evening']],
    ['at night', ['evening']],
    ['anytime', ALL],
    ['any time', ALL],
    ['whenever', ALL],
    ['after 5pm', ['evening']],
    ['after 5 p.m.', ['evening']],
    ['after 3pm', ['afternoon', 'evening']],
    ['before noon', ['morning']],
    ['before 2pm', ['morning', 'afternoon']],
    ['at 3pm', ['afternoon']],
    ['9am', ['morning']],
    ['7a.m.', ['morning']],
    ['17:00', ['evening']],
    ['10am-2pm', ['morning', 'afternoon']],
    ['1-3pm', ['afternoon']],
    ['9-11am', ['morning']],
    ['11-1pm', ['morning', 'afternoon']],
    ['between 6pm and 8pm', ['evening']],
    ['anytime after 3pm', ['afternoon', 'evening']],
    ['anytime except mornings', ['afternoon', 'evening']],
    ['after noon', ['afternoon', 'evening'].slice(0, 1)],
    ['lunchtime', ['afternoon']],
    ['after work', ['evening']],
    ['evenings after 6', ['evening']],
    ['AM', ['morning']],
    ['por la mañana', ['morning']],
    ['en las mañanas', ['morning']],
    ['mañana', ['morning']],
    ['tarde', ['afternoon']],
    ['por la tarde', ['afternoon']],
    ['noche', ['evening']],
    ['en la noche', ['evening']],
    ['tarde o noche', ['afternoon', 'evening']],
    ['cualquier hora', ALL],
    ['a cualquier hora', ALL],
    ['después de las 5 de la tarde', ['evening']],
    ['a las 10 de la mañana', ['morning']],
    ['entre las 9 y las 11 de la mañana', ['morning']],
    ['mañana en la tarde', ['afternoon']],
    ['me da igual', ALL],
  ])('%p -> %j', (text, times) => {
    expect(parseTimesOfDay(text)).toEqual(times);
  });

  it.each([
    'after 5', 'at 7', 'from 9 to 5', 'not mornings', "I can't do mornings", 'no', 'más tarde', 'except mornings',
    'tomorrow', 'monday', '',
  ])('%p is not understood', (text) => {
    expect(parseTimesOfDay(text)).toBeUndefined();
  });
});
