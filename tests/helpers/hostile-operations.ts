/**
 * A seeded generator of GraphQL operations built from the schema: random walks over the query
 * fields with valid, wrong-typed and hostile argument values, random selections, and syntactic
 * damage. Used to show the API never answers 5xx, never crashes and never leaks internals.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { prng } from './synthetic-articles.js';

export const HOSTILE_STRINGS = [
  "'}) MATCH (n) DETACH DELETE n //",
  '"}) RETURN 1 UNION MATCH (n) SET n.pwned = true //',
  '`; DROP CONSTRAINT actor_id; `',
  '\\u0000\\u0001 binary \u0000',
  "Robert'); CALL dbms.killQueries([]) //",
  '${process.env.NEO4J_PASSWORD}',
  '{"__proto__": {"admin": true}}',
  'AND OR NOT ( ) [ ] { } ^ " ~ * ? : \\ /',
  'x'.repeat(5000),
  '😀'.repeat(200),
  '2022-02-30',
  '',
];

export function hostileOperations(schema: GraphQLSchema, count: number, seed = 42): string[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const chance = (p: number) => random() < p;

  const literal = (type: GraphQLInputType, depth = 0): string => {
    if (isNonNullType(type)) return literal(type.ofType, depth);
    if (isListType(type)) return `[${literal(type.ofType, depth + 1)}]`;
    if (chance(0.15)) return pick(['null', '-1', '2147483648', '1.5', 'true', JSON.stringify(pick(HOSTILE_STRINGS))]);
    if (isEnumType(type)) return chance(0.9) ? pick(type.getValues()).name : 'NOT_A_VALUE';
    if (isInputObjectType(type)) {
      if (depth > 2) return '{}';
      const fields = Object.values(type.getFields()).filter(() => chance(0.5));
      return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, depth + 1)}`).join(', ')} }`;
    }
    switch (type.name) {
      case 'Int':
        return String(pick([1, 2, 5, 10, 0, -1, 101, 1000000]));
      case 'Date':
        return JSON.stringify(pick(['2022-03-01', '2022-01-01', '1999-12-31', '2022-13-01', 'yesterday']));
      case 'Boolean':
        return pick(['true', 'false']);
      default:
        return JSON.stringify(pick(['Zelenskyy', 'joe-biden', 'volodymyr-zelenskyy', 'UA', 'US', 'sanctions', ...HOSTILE_STRINGS]));
    }
  };

  const selection = (type: GraphQLNamedType, depth: number): string => {
    if (isLeafType(type)) return '';
    if (isUnionType(type) || (isInterfaceType(type) && chance(0.3))) {
      const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
      return `{ __typename ${members.filter(() => chance(0.5)).map((m) => `... on ${m.name} ${selection(m, depth)}`).join(' ')} }`;
    }
    if (!(isObjectType(type) || isInterfaceType(type))) return '';
    const fields = Object.values(type.getFields());
    const chosen = fields.filter(() => chance(depth > 3 ? 0.15 : 0.35)).slice(0, 5);
    if (chosen.length === 0) chosen.push(fields.find((f) => isLeafType(getNamedType(f.type))) ?? fields[0]);
    const parts = chosen.map((f) => {
      const args = f.args.filter((a) => isNonNullType(a.type) || chance(0.4)).map((a) => `${a.name}: ${literal(a.type)}`);
      const named = getNamedType(f.type);
      const sub = isLeafType(named) ? '' : depth > 5 ? '{ __typename }' : selection(named, depth + 1);
      return `${f.name}${args.length ? `(${args.join(', ')})` : ''} ${sub}`;
    });
    return `{ ${parts.join(' ')} }`;
  };

  const damage = (q: string): string => {
    const at = Math.floor(random() * q.length);
    return pick([q.slice(0, at), q.slice(0, at) + pick(['{', '}', '(', '"', '$', '@', '#', '...', '\u0000']) + q.slice(at), q.replace(/\{/g, '{{')]);
  };

  const ops: string[] = [];
  const query = schema.getQueryType()!;
  for (let i = 0; i < count; i++) {
    let op = `query ${selection(query, 1)}`;
    if (chance(0.1)) op = `mutation { ingestArticle(input: { text: ${JSON.stringify(pick(HOSTILE_STRINGS))} }) { created } }`;
    if (chance(0.15)) op = damage(op);
    ops.push(op);
  }
  return ops;
}
