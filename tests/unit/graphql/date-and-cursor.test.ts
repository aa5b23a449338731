import { GraphQLError, Kind } from 'graphql';
import { dateScalar } from '../../../src/graphql/build-schema.js';
import { decodeCursor, encodeCursor, isCalendarDate, pageArgs } from '../../../src/graphql/connection.js';

describe('the Date scalar', () => {
  it.each([
    ['2022-03-01', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-02-30', false],
    ['2022-13-01', false],
    ['0001-01-01', true],
    ['0099-12-31', true],
    ['0004-02-29', true],
    ['0003-02-29', false],
    ['2022-3-1', false],
    ['01/03/2022', false],
    ['2022-03-01T00:00:00Z', false],
    [20220301, false],
    [null, false],
  ])('%j is a calendar date: %s', (value, valid) => {
    expect(isCalendarDate(value)).toBe(valid);
  });

  it('agrees with the calendar of a Date on every day of every month, 0000 to 2400, and on days 0, 29–32 and months 0, 13', () => {
    const byDate = (year: number, month: number, day: number) => {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const differ: string[] = [];
    for (let year = 0; year <= 2400; year += year < 8 || year % 100 > 96 || year % 100 < 4 ? 1 : 3) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (isCalendarDate(text) !== byDate(year, month, day)) differ.push(text);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('parses valid values and literals unchanged', () => {
    expect(dateScalar.parseValue('2022-03-01')).toBe('2022-03-01');
    expect(dateScalar.parseLiteral({ kind: Kind.STRING, value: '2022-03-01' }, {})).toBe('2022-03-01');
    expect(dateScalar.serialize('2022-03-01')).toBe('2022-03-01');
  });

  it('refuses anything else with BAD_USER_INPUT, showing the value received', () => {
    const refusal = (() => {
      try {
        dateScalar.parseValue('2022-02-30');
      } catch (error) {
        return error as GraphQLError;
      }
    })();
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect(refusal!.extensions.code).toBe('BAD_USER_INPUT');
    expect(refusal!.message).toContain('"2022-02-30"');
    expect(() => dateScalar.parseLiteral({ kind: Kind.INT, value: '20220301' }, {})).toThrow('received 20220301');
  });
});

describe('cursors', () => {
  const position = { date: '2022-03-01', id: 'call_ce02b0266cb16a01' };

  it('round-trip the ordering key and hide it', () => {
    const cursor = encodeCursor('Call', position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(position.id);
    expect(decodeCursor('Call', cursor, 'after')).toEqual(position);
  });

  it('carry an undated item by its id alone, with no made-up date', () => {
    const undated = { date: null, id: 'call_0123456789abcdef' };
    expect(decodeCursor('Call', encodeCursor('Call', undated), 'after')).toEqual(undated);
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['a cursor of another kind', encodeCursor('Tweet', position)],
    ['a cursor without a date', Buffer.from(JSON.stringify(['Call', 'yesterday', 'x'])).toString('base64url')],
    ['a cursor with an impossible date', Buffer.from(JSON.stringify(['Call', '2022-13-45', 'x'])).toString('base64url')],
  ])('refuse %s, naming the argument', (_, cursor) => {
    expect(() => decodeCursor('Call', cursor, 'after')).toThrow(/Argument "after" must be a cursor returned by this Call list; received/);
  });
});

describe('page arguments', () => {
  const newestFirst = { direction: 'DESC', backward: false };

  it('read one more row than they show, to know whether more follow', () => {
    expect(pageArgs('Call', {})).toEqual({ size: 20, take: 21, position: null, order: newestFirst });
    expect(pageArgs('Call', { first: 0 })).toEqual({ size: 0, take: 1, position: null, order: newestFirst });
    expect(pageArgs('Call', { first: 100 }).take).toBe(101);
  });

  it('read backward from `before` with `last`, in the order asked for', () => {
    const before = encodeCursor('Call', { date: '2022-03-01', id: 'call_1' });
    expect(pageArgs('Call', { last: 2, before, orderBy: { direction: 'ASC' } })).toEqual({
      size: 2, take: 3, position: { date: '2022-03-01', id: 'call_1' }, order: { direction: 'ASC', backward: true },
    });
    expect(pageArgs('Call', { last: 5 }).order).toEqual({ direction: 'DESC', backward: true });
  });

  it.each([[-1], [101], [1000]])('refuse first: %d', (first) => {
    expect(() => pageArgs('Call', { first })).toThrow(`Argument "first" must be an integer from 0 to 100; received ${first}.`);
    expect(() => pageArgs('Call', { last: first })).toThrow(`Argument "last" must be an integer from 0 to 100; received ${first}.`);
  });

  it('refuse to read forward and backward at once', () => {
    expect(() => pageArgs('Call', { first: 1, last: 1 })).toThrow(/Argument "last" must not be given with "first"/);
    expect(() => pageArgs('Call', { after: 'x', last: 1 })).toThrow(/Argument "before" must not be given with "after"/);
  });
});
