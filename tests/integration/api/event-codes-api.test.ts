/**
 * Calls, commitments and incidents carry CAMEO codes and PLOVER types, and lists filter on them
 * (CAMEO by code or prefix), over the seed graph as `npm start` loads it.
 */
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { seededStore, testApp } from '../../helpers/seeded-app.js';

describe('event codes in the API', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  const ask = async (query: string) => {
    const { json } = await testApp(store).post({ query });
    return json;
  };

  it('filters calls by CAMEO code and prefix, and by PLOVER type', async () => {
    const { data } = await ask(`{
      phone: calls(where: { cameo: "041" }) { edges { node { medium cameo plover { event mode } } } }
      consults: calls(where: { cameo: "04" }) { totalCount }
      byPlover: calls(where: { plover: "consult" }) { totalCount }
      none: calls(where: { cameo: "163" }) { totalCount }
    }`);
    expect(data.phone.edges.map((e: any) => e.node)).toEqual([
      { medium: 'PHONE', cameo: '041', plover: { event: 'CONSULT', mode: 'phone' } },
      { medium: 'PHONE', cameo: '041', plover: { event: 'CONSULT', mode: 'phone' } },
    ]);
    expect(data.consults.totalCount).toBe(3);
    expect(data.byPlover.totalCount).toBe(3);
    expect(data.none.totalCount).toBe(0);
  });

  it('filters commitments and incidents by their codes', async () => {
    const { data } = await ask(`{
      sanctions: commitments(where: { plover: "SANCTION" }) { edges { node { kind cameo } } }
      aid: commitments(where: { cameo: "033" }) { totalCount }
      strikes: incidents(where: { cameo: "195" }) { edges { node { place plover { event mode } } } }
    }`);
    expect(data.sanctions.edges.map((e: any) => e.node)).toEqual([{ kind: 'sanctions', cameo: '163' }]);
    expect(data.aid.totalCount).toBe(2); // security assistance 0332 and humanitarian aid 0333
    expect(data.strikes.edges.map((e: any) => e.node.place).sort()).toEqual(['Kharkiv', 'Kyiv']);
    expect(data.strikes.edges[0].node.plover).toEqual({ event: 'ASSAULT', mode: 'aerial' });
  });

  it('refuses a malformed code, naming the argument', async () => {
    const json = await ask('{ calls(where: { cameo: "MATCH" }) { totalCount } }');
    expect(json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.cameo' });
  });
});
