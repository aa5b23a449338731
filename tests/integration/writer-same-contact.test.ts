/**
 * One contact, one Call across sources (issue 14): an undated report of a contact and a dated
 * report of it from another source become one Call with both sources, in either order and in one
 * batch; calls three or more days apart, and undated reports published far apart, stay apart;
 * writing either article again changes nothing.
 *
 * The reports are real readouts of tests/fixtures/corpus run through the extractor:
 * - 010.txt, the White House readout of Biden's video call with Putin of 2021-12-07 ("held a
 *   secure video call today"): the dated report;
 * - 021.txt, the Kremlin readout of Putin's telephone conversation with Macron and Scholz
 *   (published 2022-05-28), which states no day: the extractor leaves its call undated. Its dated
 *   report is the same readout with the day stated ("On Saturday, Vladimir Putin spoke …"), as a
 *   wire story of the call would state it.
 * The undated report of each contact is the same readout published on another day (so another
 * Article), as the writer receives it from a readout whose text gives no day: `date: null`, id
 * keyed by its article (`callId`).
 */
import { readFileSync } from 'node:fs';
import { callId } from '../../src/facts/fact-ids.js';
import { parseFactsDocument, type FactsDocument } from '../../src/facts/facts-document.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { SAME_CONTACT_DAYS } from '../../src/graph/same-contact-cypher.js';
import { writeFacts, writeFactsBatch } from '../../src/graph/write-facts.js';
import { extractFacts } from '../../src/extraction/pipeline.js';
import { clearGraph, graphCounts, graphFingerprint, testStore } from '../helpers/graph-counts.js';

const store = testStore();

/** A readout of tests/fixtures/corpus as the extractor reads it when published on `publishedOn`, with a day stated if given. */
function readout(file: string, publishedOn: string, stateDay?: [string, string]): FactsDocument {
  let text = readFileSync(new URL(`../fixtures/corpus/${file}`, import.meta.url), 'utf8');
  if (stateDay) text = text.replace(stateDay[0], stateDay[1]);
  return extractFacts(text.replace(/^date \d{4}-\d{2}-\d{2}/, `date ${publishedOn}`)).document;
}

/** The same readout stating no day: every call undated, keyed by its article, as `callId` keys it. */
function undated(document: FactsDocument, extra: { topics?: string[]; tweet?: boolean } = {}): FactsDocument {
  const calls = document.calls.map((c) => ({
    ...c,
    id: callId(c.participants, null, document.source.id),
    date: null,
    dateText: null,
    topics: [...c.topics, ...(extra.topics ?? [])],
  }));
  // A post quoted by the undated report about its call (written here, not from the readout).
  const text = 'Spoke with President Putin together with Chancellor Scholz.';
  const tweets = extra.tweet
    ? [{ id: 'tw_same_contact', author: 'emmanuel-macron', text, date: null, platform: 'twitter', mentions: [], hashtags: [],
        about: calls[0].id, evidence: [{ quote: text, start: 0, end: text.length, rule: 'tweet.quoted-wrote' }] }]
    : [];
  return parseFactsDocument({ ...document, calls, tweets: [...document.tweets, ...tweets] });
}

const BIDEN_PUTIN = ['joe-biden', 'vladimir-putin'];
/** 021's call with its day stated: 2022-05-28 was a Saturday. */
const ON_SATURDAY: [string, string] = ['\nVladimir Putin spoke by telephone', '\nOn Saturday, Vladimir Putin spoke by telephone'];
const PUTIN_MACRON_SCHOLZ = ['emmanuel-macron', 'olaf-scholz', 'vladimir-putin'];

/** Every call of exactly these participants, with what hangs off it. */
async function callsOf(participants: string[]) {
  return store.read({
    cypher: `MATCH (c:Call)
             WHERE COLLECT { MATCH (a:Actor)-[:TOOK_PART_IN]->(c) RETURN a.id ORDER BY a.id } = $participants
             RETURN c.id AS id, toString(c.date) AS date, c.undated AS undated, c.medium AS medium,
                    COLLECT { MATCH (art:Article)-[:REPORTS]->(c) RETURN DISTINCT art.id ORDER BY art.id } AS sources,
                    COLLECT { MATCH (c)-[:INVOLVES]->(k:Country) RETURN k.code ORDER BY k.code } AS countries,
                    COLLECT { MATCH (c)-[:DISCUSSED]->(t:Topic) RETURN t.name ORDER BY t.name } AS topics,
                    COLLECT { MATCH (t:Tweet)-[:ABOUT]->(c) RETURN t.id } AS tweets
             ORDER BY date, id`,
    params: { participants },
  });
}

const writeInTurn = async (documents: FactsDocument[]) => {
  for (const d of documents) await writeFacts(store, d);
};

beforeAll(() => applySchema(store));
afterAll(() => store.close());

describe.each([
  { contact: 'Biden–Putin video call (010)', file: '010.txt', day: '2021-12-07', later: '2021-12-08', participants: BIDEN_PUTIN, countries: ['RU', 'US'] },
  { contact: 'Putin–Macron–Scholz call (021)', file: '021.txt', day: '2022-05-28', later: '2022-05-30', participants: PUTIN_MACRON_SCHOLZ, countries: ['DE', 'FR', 'RU'],
    stateDay: ON_SATURDAY },
])('$contact: a dated report and an undated one published on $later', ({ file, day, later, participants, countries, stateDay }) => {
  const dated = readout(file, day, stateDay);
  const plain = undated(readout(file, later));
  const rich = undated(readout(file, later), { topics: ['Grain exports'], tweet: participants.includes('emmanuel-macron') });

  it('the readouts give the pair the test needs', () => {
    expect(dated.calls.map((c) => [c.date, [...c.participants].sort()])).toEqual([[day, participants]]);
    expect(plain.calls.map((c) => [c.date, [...c.participants].sort()])).toEqual([[null, participants]]);
    expect(plain.source.id).not.toBe(dated.source.id);
  });

  const orders = [
    { order: 'dated first', write: () => writeInTurn([dated, rich]) },
    { order: 'undated first', write: () => writeInTurn([rich, dated]) },
    { order: 'one batch, dated first', write: () => writeFactsBatch(store, [dated, rich]).then(() => undefined) },
    { order: 'one batch, undated first', write: () => writeFactsBatch(store, [rich, dated]).then(() => undefined) },
  ];
  const fingerprints = new Map<string, string>();

  it.each(orders)('$order: one Call on the dated day with both sources, its people, countries, topics and posts', async ({ order, write }) => {
    await clearGraph(store);
    await write();
    const calls = await callsOf(participants);
    expect(calls).toEqual([
      {
        id: dated.calls[0].id,
        date: day,
        undated: null,
        medium: dated.calls[0].medium,
        sources: [dated.source.id, rich.source.id].sort(),
        countries,
        topics: ['grain exports', ...dated.calls[0].topics.map((t) => t.toLowerCase())].sort(),
        tweets: rich.tweets.map((t) => t.id),
      },
    ]);
    const [{ edges }] = await store.read({ cypher: 'MATCH (:Article {id: $id})-[r:REPORTS]->(:Call) RETURN count(r) AS edges', params: { id: rich.source.id } });
    expect(edges).toBe(rich.calls[0].evidence.length);
    expect((await graphCounts(store)).calls).toBe(1);
    fingerprints.set(order, await graphFingerprint(store));
  });

  it('every order writes the same graph', () => {
    expect(new Set(fingerprints.values()).size).toBe(1);
    expect(fingerprints.size).toBe(orders.length);
  });

  it.each([
    { order: 'dated first', first: () => dated, second: () => plain },
    { order: 'undated first', first: () => plain, second: () => dated },
  ])('$order: writing either article again changes nothing', async ({ first, second }) => {
    await clearGraph(store);
    await writeInTurn([first(), second()]);
    const before = await graphFingerprint(store);
    for (const again of [first(), second()]) {
      const report = await writeFacts(store, again);
      expect(report).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
      expect(await graphFingerprint(store)).toBe(before);
    }
    expect(await callsOf(participants)).toHaveLength(1);
  });
});

describe('calls that are not the same contact stay apart', () => {
  const dated = readout('010.txt', '2021-12-07');
  const datedDays = (document: FactsDocument) => document.calls.map((c) => c.date);

  it(`an undated report published ${SAME_CONTACT_DAYS + 1} or more days after the dated call is another call, in either order`, async () => {
    const late = undated(readout('010.txt', '2021-12-10'));
    for (const documents of [[dated, late], [late, dated]]) {
      await clearGraph(store);
      await writeInTurn(documents);
      const calls = await callsOf(BIDEN_PUTIN);
      expect(calls.map((c) => [c.date, c.sources])).toEqual([
        [datedDays(dated)[0], [dated.source.id]],
        [null, [late.source.id]],
      ]);
    }
  });

  it('an undated report published before the dated call is another call', async () => {
    const early = undated(readout('010.txt', '2021-12-06'));
    for (const documents of [[dated, early], [early, dated]]) {
      await clearGraph(store);
      await writeInTurn(documents);
      expect(await callsOf(BIDEN_PUTIN)).toHaveLength(2);
    }
  });

  it('dated calls on different days stay apart, and the undated report joins the one it follows', async () => {
    const earlier = readout('010.txt', '2021-12-03');
    const next = undated(readout('010.txt', '2021-12-08'));
    for (const documents of [[earlier, dated, next], [next, earlier, dated], [dated, next, earlier]]) {
      await clearGraph(store);
      await writeInTurn(documents);
      const calls = await callsOf(BIDEN_PUTIN);
      expect(calls.map((c) => [c.date, c.sources])).toEqual([
        ['2021-12-03', [earlier.source.id]],
        ['2021-12-07', [dated.source.id, next.source.id].sort()],
      ]);
    }
  });

  it('an undated report written after dated calls on two days within the window joins the later day', async () => {
    const nextDay = readout('010.txt', '2021-12-08');
    const report = undated(readout('010.txt', '2021-12-09'));
    await clearGraph(store);
    await writeInTurn([dated, nextDay, report]);
    const calls = await callsOf(BIDEN_PUTIN);
    expect(calls.map((c) => [c.date, c.sources])).toEqual([
      ['2021-12-07', [dated.source.id]],
      ['2021-12-08', [nextDay.source.id, report.source.id].sort()],
    ]);
  });

  it('two undated reports published far apart stay apart; only the one near the dated call joins it', async () => {
    const kremlin = readout('021.txt', '2022-05-28', ON_SATURDAY);
    const near = undated(readout('021.txt', '2022-05-29'));
    const far = undated(readout('021.txt', '2022-06-20'));
    await clearGraph(store);
    await writeInTurn([near, far]);
    expect((await callsOf(PUTIN_MACRON_SCHOLZ)).map((c) => c.sources).sort()).toEqual([[near.source.id], [far.source.id]].sort());
    await writeFacts(store, kremlin);
    const calls = await callsOf(PUTIN_MACRON_SCHOLZ);
    expect(calls.map((c) => [c.date, c.sources])).toEqual([
      ['2022-05-28', [kremlin.source.id, near.source.id].sort()],
      [null, [far.source.id]],
    ]);
  });
});
