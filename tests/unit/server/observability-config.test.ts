/**
 * The observability settings as read from the environment, and the statement names that label
 * metrics and name spans.
 */
import { loadConfig } from '../../../src/config/env.js';
import { statementName } from '../../../src/server/observability/statement-name.js';

describe('metrics and traces configuration', () => {
  it('serves metrics and sends no traces by default', () => {
    expect(loadConfig({}).observability).toEqual({ metrics: true, traces: null });
  });

  it.each([
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, 'http://collector:4318/v1/traces'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }, 'http://collector:4318/v1/traces'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://b/otlp/traces' }, 'https://b/otlp/traces'],
  ])('sends traces by OTLP/HTTP when an endpoint is set: %j → %s', (env, url) => {
    expect(loadConfig(env).observability.traces).toEqual({ url, headers: {}, serviceName: 'diplograph', sampler: { name: 'parentbased_always_on', ratio: 1 } });
  });

  it('passes OTEL_EXPORTER_OTLP_HEADERS and OTEL_SERVICE_NAME to the exporter', () => {
    const { traces } = loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=abc%3D, tenant=t1', OTEL_SERVICE_NAME: 'api-eu' }).observability;
    expect(traces).toMatchObject({ url: 'http://c:4318/v1/traces', headers: { 'x-api-key': 'abc=', tenant: 't1' }, serviceName: 'api-eu' });
  });

  it('traces every operation by default, and as OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG say', () => {
    const sampler = (env: Record<string, string>) => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', ...env }).observability.traces?.sampler;
    expect(sampler({})).toEqual({ name: 'parentbased_always_on', ratio: 1 });
    expect(sampler({ OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.25' })).toEqual({ name: 'parentbased_traceidratio', ratio: 0.25 });
    expect(sampler({ OTEL_TRACES_SAMPLER: 'always_off' })).toEqual({ name: 'always_off', ratio: 1 });
  });

  it.each([
    [{ METRICS_ENABLED: 'maybe' }, /METRICS_ENABLED="maybe"/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, /OTEL_EXPORTER_OTLP_ENDPOINT="collector:4318": an http\(s\) URL/],
    [{ OTEL_EXPORTER_OTLP_HEADERS: 'just-a-word' }, /OTEL_EXPORTER_OTLP_HEADERS="just-a-word": key=value pairs/],
    [{ OTEL_TRACES_SAMPLER: 'jaeger_remote' }, /OTEL_TRACES_SAMPLER="jaeger_remote"/],
    [{ OTEL_TRACES_SAMPLER_ARG: '1.5' }, /OTEL_TRACES_SAMPLER_ARG="1.5"/],
    [{ OTEL_TRACES_SAMPLER_ARG: 'half' }, /OTEL_TRACES_SAMPLER_ARG="half"/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('turns metrics off with METRICS_ENABLED=false', () => {
    expect(loadConfig({ METRICS_ENABLED: 'false' }).observability.metrics).toBe(false);
  });
});

describe('statementName', () => {
  it.each([
    ['UNWIND $keys AS key\nMATCH (n:Country {code: key})\nRETURN key, n {.*} AS value', /^UNWIND MATCH Country [0-9a-f]{6}$/],
    ['MATCH (a:Article) RETURN count(a) AS articles', /^MATCH Article [0-9a-f]{6}$/],
    ['RETURN 1 AS ok', /^RETURN [0-9a-f]{6}$/],
    ['UNWIND $rows AS row MERGE (c:Call {id: row.id}) SET c += row.props WITH c, row OPTIONAL MATCH (t:Topic) CREATE (x)', /^UNWIND MERGE SET Call [0-9a-f]{6}$/],
  ])('names %j by its clauses and first label', (cypher, name) => {
    expect(statementName(cypher)).toMatch(name);
  });

  it('tells apart statements of the same shape and names the same text the same way', () => {
    const a = 'MATCH (n:Country {code: $code}) RETURN n.name AS name';
    const b = 'MATCH (n:Country {code: $code}) RETURN n.alpha3 AS name';
    expect(statementName(a)).toBe(statementName(`${a}`));
    expect(statementName(a)).not.toBe(statementName(b));
    expect(statementName(a).split(' ').slice(0, -1)).toEqual(statementName(b).split(' ').slice(0, -1));
  });
});
