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

describe('the admission gate\'s estimate of the wait', () => {
  /** A gate on a clock the test moves: each operation holds its slot `holdMs`. */
  function gateHolding(holdMs: number, o: { concurrency: number; queue: number; maxWaitMs: number }) {
    let clock = 0;
    const gate = createAdmissionGate({ ...o, now: () => clock });
    const hold = async () => {
      const release = await gate.enter();
      clock += holdMs;
      release();
    };
    return { gate, hold };
  }

  it('queues a burst whose wait stays within maxWaitMs, beyond the concurrency', async () => {
    const { gate, hold } = gateHolding(100, { concurrency: 2, queue: 100, maxWaitMs: 1_000 });
    await hold(); // one operation held its slot 100 ms: a slot frees every 50 ms
    await gate.enter();
    await gate.enter();
    // The n-th in line waits about n × 50 ms: twenty fit in 1,000 ms, the 21st would not.
    const queued = Array.from({ length: 20 }, () => gate.enter());
    expect(gate.load()).toEqual({ running: 2, waiting: 20 });
    const refused = gate.enter();
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'OVERLOADED', http: { status: 503 } } });
    expect(gate.load()).toEqual({ running: 2, waiting: 20 });
    queued.forEach((p) => p.catch(() => {}));
  });

  it('sets Retry-After to the wait the refused operation would have had', async () => {
    const { gate, hold } = gateHolding(1_000, { concurrency: 1, queue: 2, maxWaitMs: 10_000 });
    await hold(); // a slot frees every second
    await gate.enter();
    const queued = [gate.enter(), gate.enter()]; // 1 s and 2 s away; the queue is full
    const refused = await gate.enter().catch((e) => e);
    expect(refused.extensions).toMatchObject({ code: 'OVERLOADED', http: { headers: { 'retry-after': '3' } } });
    expect(refused.message).toMatch(/retry in 3 s/);
    queued.forEach((p) => p.catch(() => {}));
  });

  it('refuses at once the waiters at the back of the line that the slowed queue can no longer admit in time', async () => {
    let clock = 0;
    const gate = createAdmissionGate({ concurrency: 1, queue: 100, maxWaitMs: 1_000, now: () => clock });
    const first = await gate.enter();
    clock = 100;
    first(); // holds take 100 ms
    const holder = await gate.enter();
    const queued = Array.from({ length: 9 }, () => gate.enter().then(() => 'admitted', (e) => e.extensions.code as string));
    expect(gate.load()).toEqual({ running: 1, waiting: 9 }); // 100 … 900 ms away: all within the second
    clock = 600;
    holder(); // this one held 500 ms: the average is now 180 ms, and the deadlines are at 1,100
    // The first waiter takes the slot; of the eight left, the n-th is 180n ms from 600, so two still fit.
    expect(gate.load()).toEqual({ running: 1, waiting: 2 });
    const outcomes = await Promise.all([queued[0], ...queued.slice(3)]);
    expect(outcomes).toEqual(['admitted', ...Array(6).fill('OVERLOADED')]);
  });

  it('never advises waiting longer than maxWaitMs', async () => {
    const { gate, hold } = gateHolding(60_000, { concurrency: 1, queue: 0, maxWaitMs: 3_000 });
    await hold();
    await gate.enter();
    await expect(gate.enter()).rejects.toMatchObject({ extensions: { http: { headers: { 'retry-after': '3' } } } });
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
    // counterparts reads the contact aggregate, one edge per counterpart: no slot (issue 19).
    ['{ leader(name: "Biden") { counterparts { callCount } } }', false],
    ['query Q { ...F } fragment F on Query { dyad(a: "a", b: "b") { calls } }', true],
    ['{ __typename }', false],
    ['{ leader(name: "Biden") { name calls(first: 5) { totalCount } } }', false],
  ])('%s selects a heavy field: %s', (query, heavy) => {
    expect(selectsHeavyField(schema, parse(query))).toBe(heavy);
  });

  it('checks the list it is given, each list with its own cache of documents', () => {
    const document = parse('{ leader(name: "Biden") { counterparts { callCount } } }');
    const counterparts = [{ type: 'Actor', field: 'counterparts', reason: 'a test' }];
    expect(selectsHeavyField(schema, document)).toBe(false);
    expect(selectsHeavyField(schema, document, counterparts)).toBe(true);
    expect(selectsHeavyField(schema, document)).toBe(false);
  });
});
