/**
 * `ingestArticle` answers with the facts as the graph stored them (every field of every call,
 * post, commitment and incident), and `extractArticle` shows the same facts without writing.
 */
import { expectData } from './api-client.js';
import { useSeededApi } from './fixtures.js';
import { createApiClient } from './api-client.js';
import { createIngestService } from '../../../src/ingest/ingest-service.js';

const seeded = useSeededApi();
// An API with the ingestion service over the seeded store (the seeded client is read-only).
const api = createApiClient(
  () => seeded.store,
  (input) => createIngestService(seeded.store)(input),
);

// Written for this test: a video call "on Monday", a commitment, a strike and a post.
const ARTICLE = [
  'date 2023-06-14',
  'President Joe Biden held a video call with Chancellor Olaf Scholz of Germany on Monday. They discussed energy security and Ukraine.',
  'The United States announced new sanctions against Russia on Tuesday, Mr Biden said.',
  "At least ten people were killed after a rocket hit Ukraine's second-biggest city Kharkiv on Tuesday.",
  'Zelenskyy wrote on Twitter: "Thank you @POTUS for the strong support! #StandWithUkraine"',
].join('\n');

const FACTS = `
  calls { id date dateText medium topics participants { id name } }
  tweets { id text postedOn hashtags mentions author { id } }
  commitments { id kind date quote maker { id } }
  incidents { id kind place date killed }`;

const countArticles = async () => (await seeded.store.read({ cypher: 'MATCH (a:Article) RETURN count(a) AS n', params: {} }))[0].n;

describe('ingestArticle and extractArticle: the facts of an article, before and after it is stored', () => {
  let preview: any;

  it('extractArticle shows every fact with its fields and evidence, and writes nothing', async () => {
    const before = await countArticles();
    const data = await expectData(
      api,
      `mutation ($text: String!) { extractArticle(input: { text: $text }) {
        article { id publishedOn }
        actors { id kind name title country }
        calls { id date dateText medium topics participants { id name country } evidence { quote start end rule } }
        tweets { id text postedOn hashtags mentions author { id } }
        commitments { id kind date quote maker { id } byCountry target beneficiary }
        incidents { id kind place country date killed injured }
        warnings
      } }`,
      { text: ARTICLE },
    );
    preview = data.extractArticle;
    expect(preview.article.publishedOn).toBe('2023-06-14');
    expect(preview.calls).toEqual([
      expect.objectContaining({
        date: '2023-06-12',
        dateText: 'on Monday',
        medium: 'VIDEO',
        participants: [
          { id: 'joe-biden', name: 'Joe Biden', country: 'US' },
          { id: 'olaf-scholz', name: 'Olaf Scholz', country: 'DE' },
        ],
      }),
    ]);
    expect(preview.calls[0].evidence[0]).toMatchObject({ start: 0, rule: 'contact.video-with' });
    expect(preview.commitments).toEqual([expect.objectContaining({ kind: 'sanctions', date: '2023-06-13', maker: { id: 'joe-biden' }, byCountry: 'US', target: 'RU' })]);
    expect(preview.incidents).toEqual([expect.objectContaining({ kind: 'strike', place: 'Kharkiv', country: 'UA', date: '2023-06-13', killed: 10 })]);
    expect(preview.tweets).toEqual([expect.objectContaining({ author: { id: 'volodymyr-zelenskyy' }, hashtags: ['StandWithUkraine'], mentions: ['@POTUS'] })]);
    expect(preview.warnings).toEqual([]);
    expect(await countArticles()).toBe(before);
  });

  it('ingestArticle answers with the same facts, read back from the graph with every field', async () => {
    const data = await expectData(api, `mutation ($text: String!) { ingestArticle(input: { text: $text }) { created article { id publishedOn textLength } ${FACTS} } }`, {
      text: ARTICLE,
    });
    const report = data.ingestArticle;
    expect(report.created).toBe(true);
    expect(report.article).toMatchObject({ id: preview.article.id, publishedOn: '2023-06-14' });
    expect(report.calls).toEqual([
      {
        id: preview.calls[0].id,
        date: '2023-06-12',
        dateText: 'on Monday',
        medium: 'VIDEO',
        topics: preview.calls[0].topics,
        participants: [
          { id: 'joe-biden', name: 'Joe Biden' },
          { id: 'olaf-scholz', name: 'Olaf Scholz' },
        ],
      },
    ]);
    const pick = (list: any[], keys: string[]) => list.map((item) => Object.fromEntries(keys.map((k) => [k, item[k]])));
    expect(pick(report.tweets, ['id', 'text', 'postedOn', 'hashtags', 'mentions', 'author'])).toEqual(
      pick(preview.tweets, ['id', 'text', 'postedOn', 'hashtags', 'mentions', 'author']),
    );
    expect(pick(report.commitments, ['id', 'kind', 'date', 'quote', 'maker'])).toEqual(pick(preview.commitments, ['id', 'kind', 'date', 'quote', 'maker']));
    expect(pick(report.incidents, ['id', 'kind', 'place', 'date', 'killed'])).toEqual(pick(preview.incidents, ['id', 'kind', 'place', 'date', 'killed']));
  });

  it('answers the same stored facts when the article was already there', async () => {
    const again = await expectData(api, `mutation ($text: String!) { ingestArticle(input: { text: $text }) { created ${FACTS} } }`, { text: ARTICLE });
    expect(again.ingestArticle.created).toBe(false);
    expect(again.ingestArticle.calls[0]).toMatchObject({ date: '2023-06-12', dateText: 'on Monday', medium: 'VIDEO' });
    expect(again.ingestArticle.incidents).toHaveLength(1);
  });

  it('refuses text extractArticle cannot read with the field named, as ingestArticle does', async () => {
    const { errors } = await api.query('mutation { extractArticle(input: { text: "   " }) { calls { id } } }');
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'input.text' }) })]);
  });
});
