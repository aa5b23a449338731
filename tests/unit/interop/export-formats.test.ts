/**
 * The export side without a database: the statements it pages with (fixed shapes, every value a
 * parameter), the typed items, and what the GraphML, GEXF, CSV and JSON Lines writers produce.
 */
import { exportSections, pageStatement, START, surveyStatement } from '../../../src/graph/export-sections.js';
import { attributeType, xmlEscape } from '../../../src/interop/export-values.js';
import type { GraphNode, GraphRelationship } from '../../../src/graph/graph-item.js';
import { propertiesOf } from '../../../src/graph/graph-item.js';
import { modelNodeKeys } from '../../../src/graph/node-keys.js';
import type { GraphSurvey } from '../../../src/graph/read-graph-items.js';
import { memorySink } from '../../../src/interop/text-sink.js';
import { createCsvWriter, csvField } from '../../../src/interop/write-csv.js';
import { createGexfWriter } from '../../../src/interop/write-gexf.js';
import { createGraphmlWriter } from '../../../src/interop/write-graphml.js';
import { createJsonlWriter } from '../../../src/interop/write-jsonl.js';

const keys = Object.entries(modelNodeKeys()).map(([label, property]) => ({ label, property }));
const node: GraphNode = {
  kind: 'node',
  labels: ['Actor', 'Leader'],
  key: { label: 'Actor', property: 'id', value: 'a&b' },
  ...propertiesOf([['name', 'STRING NOT NULL', 'Tom & "Jerry" <3>\u0001'], ['aliases', 'LIST<STRING NOT NULL> NOT NULL', ['x, y']], ['since', 'DATE NOT NULL', '2022-01-01']]),
};
const rel: GraphRelationship = {
  kind: 'relationship',
  type: 'REPORTS',
  start: { label: 'Article', property: 'id', value: 'art_1' },
  end: { label: 'Actor', property: 'id', value: 'a&b' },
  ...propertiesOf([['start', 'INTEGER NOT NULL', 0], ['quote', 'STRING NOT NULL', 'line\nbreak']]),
};
const survey: GraphSurvey = {
  totals: { nodes: 1, relationships: 1 },
  nodeProperties: new Map([['name', new Set(['STRING'])], ['aliases', new Set(['LIST<STRING>'])], ['since', new Set(['DATE'])]]),
  relationshipProperties: new Map([['start', new Set(['INTEGER'])], ['quote', new Set(['STRING'])]]),
};

describe('the statements an export pages with', () => {
  it('pages the whole graph by key label, nodes then relationships, with the filter and cursor as parameters', () => {
    const sections = exportSections(keys, {});
    expect(sections.map((s) => `${s.kind}:${s.label}`)).toEqual([
      ...keys.map((k) => `node:${k.label}`),
      ...keys.map((k) => `relationship:${k.label}`),
    ]);
    const page = pageStatement(sections[0], { key: 'x', rel: '' }, 5000, {}, keys);
    expect(page.cypher).toContain('WHERE n.`id` > $afterKey');
    expect(page.cypher).toContain('LIMIT toInteger($take)');
    expect(page.params).toMatchObject({ afterKey: 'x', take: 5000, from: null, to: null, country: null });
  });

  it('exports a node with two key labels once, under the first', () => {
    const [, second] = exportSections(keys, {});
    expect(second.where).toEqual(['NOT n:`Actor`']);
  });

  it('selects calls of a window and country, their participants and countries, with the values as parameters', () => {
    const filter = { from: '2022-02-01', to: '2022-03-01', country: "UA' OR 1=1" };
    const sections = exportSections(keys, filter);
    expect(sections.map((s) => s.match)).toEqual([
      'MATCH (n:Call)',
      'MATCH (n:Actor)',
      'MATCH (n:Country)',
      'MATCH (n:Actor)-[r:TOOK_PART_IN]->(m:Call)',
      'MATCH (n:Actor)-[r:HOLDS_OFFICE|BASED_IN]->(m:Country)',
    ]);
    for (const s of sections) {
      const { cypher, params } = pageStatement(s, START, 10, filter, keys);
      expect(cypher).not.toContain('UA');
      expect(cypher).not.toContain('2022');
      expect(params).toMatchObject(filter);
      expect(surveyStatement(s, filter, keys).params).toMatchObject(filter);
    }
  });

  it('keeps the Neo4j types JSON cannot tell apart', () => {
    expect(node.types).toEqual({ since: 'DATE' });
    expect(rel.types).toEqual({ start: 'INTEGER' });
    expect(Object.keys(node.properties)).toEqual(['aliases', 'name', 'since']);
  });
});

describe('text formats', () => {
  it('escapes XML text and replaces characters XML 1.0 cannot hold', () => {
    expect(xmlEscape(`a&b <c> "d" 'e'\n\u0001\uD800`)).toBe('a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;&#10;\uFFFD\uFFFD');
  });

  it.each([
    [new Set(['INTEGER']), 'long'],
    [new Set(['FLOAT']), 'double'],
    [new Set(['BOOLEAN']), 'boolean'],
    [new Set(['DATE']), 'string'],
    [new Set(['INTEGER', 'FLOAT']), 'string'],
  ])('types %p attributes as %s', (types, expected) => {
    expect(attributeType(types)).toBe(expected);
  });

  it('quotes CSV fields that need it', () => {
    expect([csvField('plain'), csvField('a,b'), csvField('say "hi"'), csvField(['x']), csvField(null), csvField(' pad')]).toEqual([
      'plain', '"a,b"', '"say ""hi"""', '"[""x""]"', '', '" pad"',
    ]);
  });

  it('writes GraphML with typed keys, escaped ids and values', async () => {
    const sink = memorySink();
    const writer = await createGraphmlWriter(sink, survey);
    await writer.node(node);
    await writer.relationship(rel);
    await writer.end();
    const xml = sink.text();
    expect(xml).toContain('<key id="e2" for="edge" attr.name="start" attr.type="long"/>');
    expect(xml).toContain('<node id="Actor:a&amp;b"><data key="n2">[&quot;x, y&quot;]</data><data key="n3">Tom &amp; &quot;Jerry&quot; &lt;3&gt;\uFFFD</data>');
    expect(xml).toContain('<data key="n0">:Actor:Leader</data>');
    expect(xml).toContain('<edge source="Article:art_1" target="Actor:a&amp;b"><data key="e1">line&#10;break</data><data key="e2">0</data><data key="e0">REPORTS</data></edge>');
    expect(xml.trimEnd().endsWith('</graph>\n</graphml>')).toBe(true);
  });

  it('writes GEXF with nodes before edges, even when there are no edges', async () => {
    const sink = memorySink();
    const writer = await createGexfWriter(sink, survey);
    await writer.node(node);
    await writer.end();
    const xml = sink.text();
    expect(xml).toContain('<attribute id="1" title="aliases" type="string"/>');
    expect(xml).toMatch(/<node id="Actor:a&amp;b" label="Tom &amp; &quot;Jerry&quot; &lt;3&gt;\uFFFD">/);
    expect(xml).toMatch(/<\/nodes>\n {4}<edges>\n {4}<\/edges>/);
  });

  it('writes nodes.csv and edges.csv with neo4j-admin style headers', async () => {
    const nodes = memorySink();
    const edges = memorySink();
    const writer = await createCsvWriter({ nodes, edges }, survey);
    await writer.node(node);
    await writer.relationship(rel);
    await writer.end();
    expect(nodes.text()).toBe(':ID,:LABEL,aliases,name,since\r\nActor:a&b,Actor;Leader,"[""x, y""]","Tom & ""Jerry"" <3>\u0001",2022-01-01\r\n');
    expect(edges.text()).toBe(':START_ID,:END_ID,:TYPE,quote,start\r\nArticle:art_1,Actor:a&b,REPORTS,"line\nbreak",0\r\n');
  });

  it('writes one JSON object per line', async () => {
    const sink = memorySink();
    const writer = await createJsonlWriter(sink);
    await writer.node(node);
    await writer.relationship(rel);
    await writer.end();
    expect(sink.text().trim().split('\n').map((l) => JSON.parse(l))).toEqual([node, rel]);
  });
});
