import { parseDays } from '../../dialogs/parse/days';

const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

describe('parseDays', () => {
  it.each<[string, string[]]>([
    ['mon wed fri', ['mon', 'wed', 'fri']],
    ['Mon, Wed, Fri', ['mon', 'wed', 'fri']],
    ['Friday and Monday', ['mon', 'fri']],
    ['weekdays', WEEKDAYS],
    ['weekends', ['sat', 'sun']],
    ['any day', ALL],
    ['anytime', ALL],
    ['no preference', ALL],
    ['tuesdays and thursdays', ['tue', 'thu']],
    ['mon-fri', WEEKDAYS],
    ['Mon – Thu', ['mon', 'tue', 'wed', 'thu']],
    ['M-F', WEEKDAYS],
    ['monday through friday', WEEKDAYS],
    ['from monday to wednesday', ['mon', 'tue', 'wed']],
    ['between monday and friday', WEEKDAYS],
    ['fri-mon', ['mon', 'fri', 'sat', 'sun']],
    ['weekdays except friday', ['mon', 'tue', 'wed', 'thu']],
    ['any day but monday', ['tue', 'wed', 'thu', 'fri', 'sat', 'sun']],
    ['any weekday', WEEKDAYS],
    ['weekdays after 5pm', WEEKDAYS],
    ['wendsday', ['wed']],
    ['thrusday', ['thu']],
    ['lunes y miércoles', ['mon', 'wed']],
    ['lunes y miercoles', ['mon', 'wed']],
    ['entre semana', WEEKDAYS],
    ['cualquier día', ALL],
    ['fines de semana', ['sat', 'sun']],
    ['fin de semana', ['sat', 'sun']],
    ['de lunes a viernes', WEEKDAYS],
    ['del lunes al jueves', ['mon', 'tue', 'wed', 'thu']],
    ['entre lunes y viernes', WEEKDAYS],
    ['los sábados y domingos', ['sat', 'sun']],
    ['todos los días menos el domingo', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']],
    ['me da igual', ALL],
    ['all of them', ALL],
  ])('%p -> %j', (text, days) => {
    expect(parseDays(text)).toEqual(days);
  });

  it.each([
    "I can't do Mondays", 'not monday', 'no', 'none', 'tomorrow', 'next week', 'except friday', 'no puedo los lunes', '',
  ])('%p is not understood', (text) => {
    expect(parseDays(text)).toBeUndefined();
  });
});
