/**
 * How property values and types look in the text formats (GraphML, GEXF, CSV): numbers and
 * booleans as such, temporal values as ISO strings, lists as JSON, and XML text stripped of the
 * characters XML 1.0 cannot carry and escaped, so Gephi and NetworkX parse every file.
 *
 * @example
 *   textValue(['EU', 'NATO'])   // '["EU","NATO"]'
 *   xmlEscape('Tom & "Jerry" <3') // 'Tom &amp; &quot;Jerry&quot; &lt;3'
 *   attributeType(new Set(['INTEGER']))  // 'long'
 */
import type { GraphSurvey } from '../graph/read-graph-items.js';

export function textValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

// Characters outside XML 1.0's Char production: C0 controls but TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Attribute values normalise raw white space; character references survive.
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** The attribute type a property gets: long, double and boolean when all its values agree, else string. */
export function attributeType(types: Set<string>): 'long' | 'double' | 'boolean' | 'string' {
  if (types.size !== 1) return 'string';
  const [type] = types;
  return type === 'INTEGER' ? 'long' : type === 'FLOAT' ? 'double' : type === 'BOOLEAN' ? 'boolean' : 'string';
}

export interface Column {
  name: string;
  type: ReturnType<typeof attributeType>;
}

/** The property columns of nodes and of relationships, sorted by name. */
export function propertyColumns(survey: GraphSurvey): { node: Column[]; relationship: Column[] } {
  const columns = (m: Map<string, Set<string>>) =>
    [...m].map(([name, types]) => ({ name, type: attributeType(types) })).sort((a, b) => (a.name < b.name ? -1 : 1));
  return { node: columns(survey.nodeProperties), relationship: columns(survey.relationshipProperties) };
}
