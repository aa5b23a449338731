import { parse } from 'graphql';
import { buildSchema } from '../../../src/graphql/build-schema.js';
import { createAdmissionGate } from '../../../src/server/admission/admission-gate.js';
import { HEAVY_FIELDS, selectsHeavyField } from '../../../src/server/admission/heavy-fields.js';

const codeOf = (p: Promise<unknown>) => p.then(() => 'admitted', (e) => e.extensions.code as string);

describe('the admission gate', () => {
  it('runs up to `concurrency` at once and queues the next ones in order', async () => {
    const gate = createAdmissionGate({ concurrency: 2, queue: 2, maxWaitMs: 1_000 });
    const first = await gate.enter();
    await gate.enter();
    const order: number[] = [];
    const third = gate.enter().then((release) => (order.push(3), release));
    const fourth = gate.enter().then((release) => (order.push(4), release));
    expect(gate.load()).toEqual({ running: 2, waiting: 2 });
    first();
    (await third)();
    await fourth;
    expect(order).toEqual([3, 4]);
  });

  it('refuses at once with OVERLOADED (503, Retry-After) when the queue is full', async () => {
    const gate = createAdmissionGate({ concurrency: 1, queue: 1, maxWaitMs: 1_000 });
    const release = await gate.enter();
    const waiting = gate.enter();
    const refused = gate.enter();
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'OVERLOADED', http: { status: 503, headers: { 'retry-after': '2' } } } });
    release();
    expect(await codeOf(waiting)).toBe('admitted');
  });

  it('refuses a waiter whose wait passed maxWaitMs, and forgets it', async () => {
    const gate = createAdmissionGate({ concurrency: 1, queue: 5, maxWaitMs: 50 });
    const release = await gate.enter();
    expect(await codeOf(gate.enter())).toBe('OVERLOADED');
    expect(gate.load()).toEqual({ running: 1, waiting: 0 });
    release();
    release(); // a second release frees nothing more
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });
});

describe('heavy fields', () => {
  const schema = buildSchema();

  it.each(HEAVY_FIELDS.map((h) => [`${h.type}.${h.field}`, h]))('%s exists in the schema', (_, h) => {
    const type = schema.getType(h.type) as { getFields?: () => Record<string, unknown> } | undefined;
    expect(type?.getFields?.()[h.field]).toBeDefined();
  });

  it.each([
    ['{ contactNetwork(center: "joe-biden", depth: 3, limit: 1000) { nodes { id } } }', true],
    ['{ leader(name: "Biden") { counterparts { callCount } } }', true],
    ['query Q { ...F } fragment F on Query { dyad(a: "a", b: "b") { calls } }', true],
    ['{ __typename }', false],
    ['{ leader(name: "Biden") { name calls(first: 5) { totalCount } } }', false],
  ])('%s selects a heavy field: %s', (query, heavy) => {
    expect(selectsHeavyField(schema, parse(query))).toBe(heavy);
  });
});
