/**
 * The one class that talks to the Neo4j driver. Every statement is `{ cypher, params }` (values
 * are always parameters), every session states its access mode, and results come back as plain
 * records (toPlain). A per-request view can observe each statement (for statement counting and the
 * `x-diplograph-explain` extension) without the callers knowing. A batched reader's rows come back
 * in its keys' order (readKeyed).
 *
 * @example
 *   const rows = await store.read({ cypher: 'MATCH (c:Country {code: $code}) RETURN c.name AS name', params: { code: 'UA' } });
 *   const names = await store.readKeyed({ cypher: 'UNWIND $keys AS key … RETURN key, c.name AS value', params: { keys } }, keys, null);
 */
import neo4j, { isRetriableError, type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';

/** How long a read keeps retrying transient failures (the driver's maxTransactionRetryTime for writes). */
const READ_RETRY_MS = 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A statement over its memory limit would only fail again: Neo4j calls it transient, it is not retried. */
const isOutOfMemory = (err: unknown) => String((err as { code?: string }).code ?? '').includes('OutOfMemory');

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * The statement with each of its own parameters renamed, so it can join another statement's text
 * (a batch's branch, a page inside a look-up) without two parameters sharing a name.
 */
export function renameParams({ cypher, params }: Statement, rename: (name: string) => string): Statement {
  return {
    cypher: cypher.replace(/\$(\w+)/g, (whole, name: string) => (Object.hasOwn(params, name) ? `$${rename(name)}` : whole)),
    params: Object.fromEntries(Object.entries(params).map(([name, value]) => [rename(name), value])),
  };
}

export type Row = Record<string, unknown>;

export interface StatementEvent {
  cypher: string;
  params: Record<string, unknown>;
  mode: 'READ' | 'WRITE';
  ms: number;
  rows: number;
  /** What a write statement changed (the driver's summary counters: nodesCreated, relationshipsCreated …). */
  updates?: Record<string, number>;
}

export type StatementObserver = (event: StatementEvent) => void;

const isTemporal = (v: never) =>
  neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isLocalTime(v) || neo4j.isTime(v) || neo4j.isDuration(v);

/**
 * A driver value as plain JavaScript: temporal values as ISO strings, nodes as their properties,
 * Integers (should the driver still return them) as numbers, so nothing above graph/ sees a driver
 * type. Readers project maps and return dates as text, so nearly every value is plain already: the
 * common cases are checked first and converted in place, without copying what the driver built.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isTemporal(value as never)) return String(value);
  const v = value as { properties?: Record<string, unknown>; elementId?: string };
  if (v.elementId !== undefined && v.properties) return toPlain(v.properties);
  return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, toPlain(x)]));
}

function plainRows(records: QueryResult['records']): Row[] {
  return records.map((r) => toPlain(r.toObject()) as Row);
}

export interface StoreOptions {
  /**
   * Every read's timeout (the driver's TransactionConfig): Neo4j ends a read that runs longer.
   * When set, writes say `timeout: 0` (no bound), which overrides the server's
   * db.transaction.timeout: a seed load, a migration or an import batch on a busy machine must
   * not be cut off halfway by a bound meant for graph questions.
   */
  transactionTimeoutMs?: number;
}

export class GraphStore {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
    private readonly observer?: StatementObserver,
    private readonly options: StoreOptions = {},
  ) {}

  /** A view of the same store that reports every statement it runs to `observer`. */
  observed(observer: StatementObserver): GraphStore {
    const parent = this.observer;
    return new GraphStore(this.driver, this.database, (e) => (parent?.(e), observer(e)), this.options);
  }

  private get readConfig() {
    return this.options.transactionTimeoutMs ? { timeout: this.options.transactionTimeoutMs } : undefined;
  }

  private get writeConfig() {
    return this.options.transactionTimeoutMs ? { timeout: 0 } : undefined;
  }

  /**
   * Runs one read statement as an auto-commit transaction: one round trip (RUN and PULL), where a
   * managed transaction adds a COMMIT round trip — 0.4 ms of a 1 ms page statement on localhost.
   * A single read statement needs no more than that to be consistent. Transient failures are
   * retried, with backoff, for up to 5 s, as the driver retries managed transactions.
   */
  async read(statement: Statement): Promise<Row[]> {
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.readOnce(statement, started);
      } catch (err) {
        if (!isRetriableError(err) || isOutOfMemory(err) || performance.now() - started > READ_RETRY_MS) throw err;
        await sleep(Math.min(1_000, 50 * 2 ** attempt));
      }
    }
  }

  /**
   * Runs one batched read statement (it unwinds `$keys` and returns rows `{ key, value }`) and
   * returns its values in the order of `keys`; a key without a row gets `missing`, so a
   * DataLoader receives exactly one value per key, in the order it asked.
   */
  async readKeyed<V>(statement: Statement, keys: ReadonlyArray<string | number>, missing: V): Promise<V[]> {
    const byKey = new Map<unknown, V>();
    for (const row of await this.read(statement)) byKey.set(row.key, row.value as V);
    return keys.map((key) => (byKey.has(key) ? (byKey.get(key) as V) ?? missing : missing));
  }

  /** Runs the statements in order in ONE write transaction: all of them take effect, or none. */
  async writeAll(statements: Statement[]): Promise<Row[][]> {
    const session = this.driver.session({ defaultAccessMode: 'WRITE', database: this.database });
    try {
      return await session.executeWrite(async (tx) => {
        const results: Row[][] = [];
        for (const statement of statements) results.push(await this.run(tx, statement, 'WRITE'));
        return results;
      }, this.writeConfig);
    } finally {
      await session.close();
    }
  }

  /** True when the server answers a trivial query; used by /health. */
  async ping(): Promise<boolean> {
    try {
      await this.read({ cypher: 'RETURN 1 AS ok', params: {} });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async readOnce(statement: Statement, started: number): Promise<Row[]> {
    const session = this.driver.session({ defaultAccessMode: 'READ', database: this.database });
    try {
      return this.rows(statement, 'READ', started, await session.run(statement.cypher, statement.params, this.readConfig));
    } finally {
      await session.close();
    }
  }

  private async run(tx: ManagedTransaction, statement: Statement, mode: 'READ' | 'WRITE'): Promise<Row[]> {
    const started = performance.now();
    return this.rows(statement, mode, started, await tx.run(statement.cypher, statement.params));
  }

  private rows(statement: Statement, mode: 'READ' | 'WRITE', started: number, result: QueryResult): Row[] {
    const rows = plainRows(result.records);
    const updates = mode === 'WRITE' ? result.summary.counters.updates() : undefined;
    this.observer?.({ ...statement, mode, ms: performance.now() - started, rows: rows.length, updates });
    return rows;
  }
}
