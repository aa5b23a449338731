import { createLogger } from '../../../src/logger.js';
import { createServer } from '../../../src/server/create-server.js';
import { useSeededApi } from './fixtures.js';

const seeded = useSeededApi({ gazetteer: false });

// Two statements: the call read with its participants (read ahead), then the participants' calls.
const QUERY = '{ call(id: "call_ce02b0266cb16a01") { date participants { name calls(first: 1) { edges { node { id } } } } } }';

async function post(production: boolean, headers: Record<string, string> = {}): Promise<any> {
  const app = createServer({ store: seeded.store, logger: createLogger('silent'), production });
  const response = await app.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  return response.json();
}

describe('x-diplograph-explain: the statements behind a response', () => {
  it('lists every statement with its parameters, mode, rows and time, ready for cypher-shell', async () => {
    const body = await post(false, { 'x-diplograph-explain': '1' });
    expect(body.errors).toBeUndefined();
    expect(body.data.call.participants).toHaveLength(2);
    const { statements, totalMs } = body.extensions.explain;
    expect(statements).toHaveLength(2);
    expect(statements[0]).toEqual({
      cypher: expect.stringMatching(/MATCH \(n:Call \{id: key\}\)[^]*:TOOK_PART_IN/),
      params: { keys: ['call_ce02b0266cb16a01'] },
      mode: 'READ',
      rows: 1,
      ms: expect.any(Number),
    });
    // One page statement for both participants' calls: a row per participant.
    expect(statements[1]).toMatchObject({ params: { keys: [expect.objectContaining({ take: 2 }), expect.objectContaining({ take: 2 })] }, rows: 2 });
    expect(totalMs).toBeGreaterThanOrEqual(0);
  });

  it('stays silent without the header', async () => {
    const body = await post(false);
    expect(body.data.call.date).toBe('2022-03-01');
    expect(body.extensions?.explain).toBeUndefined();
  });

  it('stays silent in production, whatever the header says', async () => {
    const body = await post(true, { 'x-diplograph-explain': '1' });
    expect(body.data?.call?.date).toBe('2022-03-01');
    expect(body.extensions?.explain).toBeUndefined();
  });
});
