/**
 * Overload becomes coded refusals, never INTERNAL_SERVER_ERROR (issue 16): heavy questions pass
 * the admission gate or are refused with OVERLOADED (503, Retry-After) while cheap ones still
 * answer; a statement past the driver's transaction timeout is QUERY_TIMEOUT.
 */
import { GraphStore } from '../../../src/graph/graph-store.js';
import { toApiError } from '../../../src/graphql/to-api-error.js';
import { createAdmissionGate } from '../../../src/server/admission/admission-gate.js';
import { testDriver } from '../../helpers/graph-counts.js';
import { seededStore, testApp } from '../../helpers/seeded-app.js';

const NETWORK = '{ contactNetwork(center: "volodymyr-zelenskyy", depth: 2) { nodes { id } } }';

async function ask(app: ReturnType<typeof testApp>['app'], query: string) {
  const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { data?: any; errors?: any[] } };
}

describe('admission of heavy questions', () => {
  let store: GraphStore;
  beforeAll(async () => (store = await seededStore()));
  afterAll(() => store.close());

  it('refuses a heavy question with OVERLOADED (503, Retry-After) while the gate is full, and still answers cheap ones', async () => {
    const gate = createAdmissionGate({ concurrency: 1, queue: 0, maxWaitMs: 1_000 });
    const { app, statements } = testApp(store, { production: true, admission: gate });
    const release = await gate.enter(); // another heavy question holds the only slot
    try {
      const refused = await ask(app, NETWORK);
      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toBe('2');
      expect(refused.body.errors?.map((e) => e.extensions.code)).toEqual(['OVERLOADED']);
      expect(statements).toHaveLength(0);

      const cheap = await ask(app, '{ __typename leader(name: "Zelenskyy") { name } }');
      expect(cheap.status).toBe(200);
      expect(cheap.body.data.leader.name).toBe('Volodymyr Zelenskyy');
    } finally {
      release();
    }
    const admitted = await ask(app, NETWORK);
    expect(admitted.status).toBe(200);
    expect(admitted.body.data.contactNetwork.nodes.length).toBeGreaterThan(1);
  });

  it('answers each of many concurrent heavy questions or refuses it with a code, and frees every slot', async () => {
    const gate = createAdmissionGate({ concurrency: 2, queue: 3, maxWaitMs: 5_000 });
    const { app } = testApp(store, { production: true, admission: gate });
    const answers = await Promise.all(Array.from({ length: 20 }, () => ask(app, NETWORK)));
    const outcomes = answers.map((a) => (a.body.errors ? a.body.errors.map((e) => e.extensions.code).join() : 'answered'));
    expect(outcomes.filter((o) => o === 'answered').length).toBeGreaterThanOrEqual(5);
    // How many are refused depends on timing; that each is one or the other does not.
    expect(outcomes.filter((o) => o !== 'answered' && o !== 'OVERLOADED')).toEqual([]);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('answers a burst the queue absorbs within its deadline, none refused', async () => {
    const gate = createAdmissionGate({ concurrency: 2, queue: 64, maxWaitMs: 60_000 });
    const { app } = testApp(store, { production: true, admission: gate });
    const answers = await Promise.all(Array.from({ length: 30 }, () => ask(app, NETWORK)));
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
    expect(answers.every((a) => a.body.data.contactNetwork.nodes.length > 1)).toBe(true);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once, without queueing, a question whose expected wait passes the deadline', async () => {
    const gate = createAdmissionGate({ concurrency: 1, queue: 64, maxWaitMs: 1_000 });
    const { app, statements } = testApp(store, { production: true, admission: gate });
    // One operation held the only slot 1.5 s: the next in line would wait about as long.
    const first = await gate.enter();
    await new Promise((done) => setTimeout(done, 1_500));
    first();
    const release = await gate.enter();
    try {
      const refused = await ask(app, NETWORK);
      expect(refused.status).toBe(503);
      expect(refused.body.errors?.map((e) => e.extensions.code)).toEqual(['OVERLOADED']);
      expect(refused.body.errors?.[0].message).toMatch(/about 1\d{3} ms to wait, more than 1000/);
      expect(refused.retryAfter).toBe('1');
      expect(statements).toHaveLength(0);
    } finally {
      release();
    }
  });
});

describe('statement bounds', () => {
  it('ends a statement past the transaction timeout, coded QUERY_TIMEOUT', async () => {
    const store = new GraphStore(testDriver(), undefined, undefined, { transactionTimeoutMs: 50 });
    try {
      const error = await store.read({ cypher: 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n', params: {} }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).not.toBeNull();
      expect(toApiError(error).extensions).toMatchObject({ code: 'QUERY_TIMEOUT', http: { status: 503 } });
    } finally {
      await store.close();
    }
  });
});
