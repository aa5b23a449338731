import { expectData, expectRefused } from './api-client.js';
import { useSeededApi } from './fixtures.js';

const seeded = useSeededApi({ corpus: true });
const { api } = seeded;

const data = (query: string, variables?: Record<string, unknown>) => expectData(api, query, variables);

const refused = (query: string, argument: string) => expectRefused(api, query, argument);

describe('counterparts: whom an actor talks to, how often, since when', () => {
  it('counts every shared call, dated or not, dates the first and last dated one, and puts the undated last', async () => {
    const { leader } = await data('{ leader(id: "volodymyr-zelenskyy") { counterparts(first: 3) { actor { id } callCount firstContact lastContact } } }');
    // Biden: 2022-02-24, 2022-03-01 and a call reported undated on 2022-06-15.
    expect(leader.counterparts[0]).toEqual({ actor: { id: 'joe-biden' }, callCount: 3, firstContact: '2022-02-24', lastContact: '2022-03-01' });
    expect(leader.counterparts.slice(1).map((c: any) => [c.actor.id, c.callCount])).toEqual([['olaf-scholz', 1], ['uk-royal-family', 1]]);
  });
});

describe('dyad: contacts per period between two sides', () => {
  it('counts the calls of an actor with a country per month, week or year', async () => {
    const found = await data(`{
      month: dyad(a: "joe-biden", b: "UA") { period count }
      year: dyad(a: "US", b: "ua", interval: YEAR) { period count }
      week: dyad(a: "UA", b: "US", interval: WEEK, from: "2022-02-01") { period count }
      none: dyad(a: "joe-biden", b: "UA", to: "2022-01-31") { period count }
    }`);
    // Biden met Kuleba on 2022-02-22 and called Zelenskyy on 2022-02-24 and 2022-03-01.
    expect(found.month).toEqual([{ period: '2022-02-01', count: 2 }, { period: '2022-03-01', count: 1 }]);
    expect(found.year).toEqual([{ period: '2022-01-01', count: 3 }]);
    expect(found.week).toEqual([{ period: '2022-02-21', count: 2 }, { period: '2022-02-28', count: 1 }]);
    expect(found.none).toEqual([]);
    expect(api.statements).toHaveLength(1);
  });

  it('needs two different actors on a call: Biden shares no call with another American', async () => {
    const { us } = await data('{ us: dyad(a: "US", b: "joe-biden") { period count } }');
    expect(us).toEqual([]);
    // Biden and Scholz were both on the transatlantic video call of 2022-02-11, and on no other.
    const { de } = await data('{ de: dyad(a: "joe-biden", b: "DE", interval: YEAR) { period count } }');
    expect(de).toEqual([{ period: '2022-01-01', count: 1 }]);
  });

  it('refuses a window that ends before it starts', () =>
    refused('{ dyad(a: "US", b: "UA", from: "2022-03-02", to: "2022-03-01") { count } }', 'to'));
});

describe('timeline: what happened around an actor or a country, in date order', () => {
  it('merges calls, commitments and posts of an actor, oldest first', async () => {
    const { timeline } = await data(`{ timeline(actor: "joe-biden", from: "2022-02-01", to: "2022-02-28") {
      __typename ... on Call { date } ... on Commitment { kind date } ... on Tweet { postedOn } ... on Incident { date } } }`);
    expect(timeline.map((t: any) => [t.__typename, t.date ?? t.postedOn])).toEqual([
      ['Call', '2022-02-11'], ['Commitment', '2022-02-11'], ['Commitment', '2022-02-11'],
      // The sanctions of "the Executive Order issued last night and new sanctions announced today" date today.
      ['Call', '2022-02-22'], ['Commitment', '2022-02-22'], ['Commitment', '2022-02-22'], ['Commitment', '2022-02-22'], ['Commitment', '2022-02-22'],
      ['Call', '2022-02-24'],
      ['Commitment', '2022-02-25'],
    ]);
    expect(api.statements).toHaveLength(1);
  });

  it('shows a country’s calls, incidents and posts, and cuts at `first`', async () => {
    const { ua, cut } = await data(`{
      ua: timeline(country: "ua", from: "2022-03-01", to: "2022-03-01") { __typename }
      cut: timeline(actor: "joe-biden", first: 2) { ... on Call { id date } }
    }`);
    // The seed article's day: three calls, the two strikes it reports in Ukraine, Zelenskyy's two posts.
    expect(ua.map((t: any) => t.__typename)).toEqual(['Call', 'Call', 'Call', 'Incident', 'Incident', 'Tweet', 'Tweet']);
    // Biden's first dated fact: the video call with Putin of 2021-12-07.
    expect(cut).toHaveLength(2);
    expect(cut[0]).toEqual({ id: 'call_0a53625fe07d82d3', date: '2021-12-07' });
    expect(api.statements).toHaveLength(1);
  });

  it.each([
    ['neither actor nor country', '{ timeline { __typename } }', 'actor'],
    ['both actor and country', '{ timeline(actor: "joe-biden", country: "US") { __typename } }', 'actor'],
    ['a country that is not a code', '{ timeline(country: "Ukraine") { __typename } }', 'country'],
    ['a page above the cap', '{ timeline(actor: "joe-biden", first: 101) { __typename } }', 'first'],
    ['a window that ends before it starts', '{ timeline(actor: "joe-biden", from: "2022-03-02", to: "2022-03-01") { __typename } }', 'to'],
  ])('refuses %s', (_, query, argument) => refused(query, argument));
});

describe('officeHolder: who held an office on a day', () => {
  it('follows terms day by day, `until` being the successor’s first day', async () => {
    const found = await data(`{
      president: officeHolder(country: "us", title: "President", on: "2022-03-01") { name }
      handover: officeHolder(country: "US", title: "head of state", on: "2017-01-20") { name }
      gap: officeHolder(country: "US", title: "foreign minister", on: "2025-01-20") { name }
      rubio: officeHolder(country: "US", title: "Secretary  of State", on: "2025-01-21") { name }
      chancellor: officeHolder(country: "DE", title: "chancellor", on: "2022-03-01") { name }
    }`);
    expect(found).toEqual({
      president: [{ name: 'Joe Biden' }],
      handover: [{ name: 'Donald Trump' }],
      gap: [],
      rubio: [{ name: 'Marco Rubio' }],
      chancellor: [{ name: 'Olaf Scholz' }],
    });
    expect(api.statements).toHaveLength(1);
  });

  it.each([
    ['an empty title', '{ officeHolder(country: "US", title: "  ", on: "2022-03-01") { name } }', 'title'],
    ['a country that is not a code', '{ officeHolder(country: "USA", title: "President", on: "2022-03-01") { name } }', 'country'],
  ])('refuses %s', (_, query, argument) => refused(query, argument));
});
