import { readFileSync } from 'node:fs';
import { FactsDocumentError, parseFactsDocument, type FactsDocument } from '../../../src/facts/facts-document.js';
import { buildBatchStatements, buildDocumentRows, buildFactStatements } from '../../../src/graph/build-fact-statements.js';

const seed = parseFactsDocument(
  JSON.parse(readFileSync(new URL('../../fixtures/seed/000_58b2ec0da89f2029.facts.json', import.meta.url), 'utf8')),
);
const empty = parseFactsDocument({ source: { id: 'art_empty', publishedOn: null } });
const byName = (facts: FactsDocument) => Object.fromEntries(buildFactStatements(facts).map((s) => [s.name, s]));
const rowsOf = (facts: FactsDocument, name: string) => byName(facts)[name].params.rows as Array<Record<string, unknown>>;

describe('buildFactStatements: the fixed statements that write one facts document', () => {
  it('returns the same eleven statements in the same order for every document, only the rows differ', () => {
    const names = buildFactStatements(seed).map((s) => s.name);
    expect(names).toEqual([
      'article', 'countries', 'actors', 'actorOffices', 'institutionCountries',
      'calls', 'incidents', 'commitments', 'tweets', 'tweetMentionsByHandle', 'articleWritten',
    ]);
    expect(buildFactStatements(empty).map((s) => s.cypher)).toEqual(buildFactStatements(seed).map((s) => s.cypher));
  });

  it('pins the Cypher text of every statement', () => {
    for (const s of buildFactStatements(seed)) expect(s.cypher).toMatchSnapshot(s.name);
  });

  it('pins the parameters built from the seed facts', () => {
    expect(buildFactStatements(seed).map((s) => ({ name: s.name, params: s.params }))).toMatchSnapshot();
  });

  it('gives every statement exactly the parameters its Cypher names', () => {
    for (const s of buildFactStatements(seed)) {
      const named = [...new Set([...s.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();
      expect([s.name, named]).toEqual([s.name, Object.keys(s.params).sort()]);
    }
  });

  it('never puts a value from the document into the query text', () => {
    const values = [
      ...seed.actors.flatMap((a) => [a.id, a.name]),
      ...seed.calls.map((c) => c.id),
      ...seed.countries.map((c) => `'${c.code}'`),
      seed.source.id,
      '2022',
    ];
    for (const s of buildFactStatements(seed)) for (const v of values) expect(s.cypher).not.toContain(v);
  });

  it('derives call codes, precision and normalised topics', () => {
    const calls = rowsOf(seed, 'calls');
    expect(calls.map((c) => [c.medium, c.cameo, c.ploverEvent, c.ploverMode, c.datePrecision])).toEqual([
      ['unspecified', '040', 'CONSULT', null, 'day'],
      ['phone', '041', 'CONSULT', 'phone', 'day'],
      ['phone', '041', 'CONSULT', 'phone', 'day'],
    ]);
    expect(calls[1].topics).toEqual(['shelling of residential neighbourhoods', 'closing the sky over ukraine', 'eu accession']);
  });

  it('sends a tweet’s subject to ABOUT a call or an incident, and resolves mentions to actors', () => {
    const tweets = rowsOf(seed, 'tweets');
    expect(tweets.map((t) => [(t.aboutCalls as string[]).length, (t.aboutIncidents as string[]).length])).toEqual([
      [1, 0], [1, 0], [1, 0], [0, 1],
    ]);
    expect(tweets[2].mentionedActors).toEqual(['olaf-scholz']);
    expect(rowsOf(seed, 'tweetMentionsByHandle')).toEqual([]);
  });

  it('looks up unresolved @handles in the graph, lower-cased', () => {
    const facts = { ...seed, tweets: [{ ...seed.tweets[2], mentions: ['@OlafScholz', '@EmmanuelMacron', 'Macron'] }] };
    expect(rowsOf(facts, 'tweetMentionsByHandle')).toEqual([{ tweet: seed.tweets[2].id, handle: '@emmanuelmacron' }]);
  });

  it('writes every country a fact refers to, with MENTIONS only for the ones the document lists', () => {
    const facts = { ...seed, countries: seed.countries.filter((c) => c.code !== 'RU') };
    expect(rowsOf(facts, 'countries').find((c) => c.code === 'RU')).toEqual({
      articleId: seed.source.id, code: 'RU', name: null, mentioned: false, unique: true,
    });
  });

  it('gives offices to people and a base country to institutions', () => {
    expect(rowsOf(seed, 'actorOffices')).toContainEqual({ actor: 'anton-herashchenko', title: 'Adviser to the Interior Ministry', country: 'UA' });
    expect(rowsOf(seed, 'institutionCountries')).toEqual([{ actor: 'uk-royal-family', country: 'GB' }]);
  });

  it('refuses dangling references inside the document, listing each', () => {
    const facts = {
      ...seed,
      calls: [{ ...seed.calls[0], participants: ['volodymyr-zelenskyy', 'nobody'] }],
      tweets: [{ ...seed.tweets[0], author: 'ghost', about: 'call_missing' }],
    };
    expect(() => buildFactStatements(facts)).toThrow(FactsDocumentError);
    expect(() => buildFactStatements(facts)).toThrow(
      /calls\.0\.participants\.1: an actor id defined in the document, got "nobody".*tweets\.0\.author.*tweets\.0\.about/,
    );
  });
});

describe('buildBatchStatements: many documents, the same statements', () => {
  const other = { ...seed, source: { ...seed.source, id: 'art_other' } };
  const batch = (docs: FactsDocument[]) => Object.fromEntries(buildBatchStatements(docs.map((d) => buildDocumentRows(d))).map((s) => [s.name, s]));

  it('uses the same Cypher as one document, with every document’s rows in order, each carrying its article', () => {
    const statements = batch([seed, other]);
    expect(Object.values(statements).map((s) => s.cypher)).toEqual(buildFactStatements(seed).map((s) => s.cypher));
    expect((statements.article.params.articles as Array<{ id: string }>).map((a) => a.id)).toEqual([seed.source.id, 'art_other']);
    const calls = statements.calls.params.rows as Array<{ articleId: string }>;
    expect(calls.map((c) => c.articleId)).toEqual([...seed.calls.map(() => seed.source.id), ...seed.calls.map(() => 'art_other')]);
  });

  it('sends rows that do not refer to the article once', () => {
    expect(batch([seed, other]).actorOffices.params.rows).toEqual(rowsOf(seed, 'actorOffices'));
  });

  it('lets MENTIONS be created without a lookup only for an article that occurs once in the batch, once per target', () => {
    const actors = (docs: FactsDocument[]) => batch(docs).actors.params.rows as Array<{ unique: boolean }>;
    expect(actors([seed, other]).every((r) => r.unique)).toBe(true);
    expect(actors([seed, seed]).some((r) => r.unique)).toBe(false);
    const twice = { ...seed, actors: [seed.actors[0], ...seed.actors] };
    expect(actors([twice]).map((r) => r.unique)).toEqual([true, false, ...seed.actors.slice(1).map(() => true)]);
  });
});
