import { getNamedType, GraphQLError, isInputObjectType, isInterfaceType, isObjectType, type GraphQLNamedType } from 'graphql';
import { buildSchema } from '../../../src/graphql/build-schema.js';
import { toApiError } from '../../../src/graphql/to-api-error.js';

const schema = buildSchema();
const ownTypes = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith('__'));

describe('the schema', () => {
  it('describes every type and every field', () => {
    const undocumented: string[] = [];
    for (const type of ownTypes) {
      if (!type.description && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  // A list field added to the SDL without its line in ownedLists (build-schema.ts) would fall to the
  // default resolver, which reads a property of that name: null for a non-null connection.
  it('resolves every list field of every type, so none falls to the default resolver', () => {
    const unresolved: string[] = [];
    for (const type of ownTypes) {
      if (!isObjectType(type) || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name.endsWith('Connection') && !field.resolve) unresolved.push(`${type.name}.${field.name}`);
      }
    }
    expect(unresolved).toEqual([]);
    // The owned lists are resolved for each type implementing the interface that owns them.
    expect(['Leader', 'Official', 'Institution'].map((name) => Boolean((schema.getType(name) as { getFields(): Record<string, { resolve?: unknown }> }).getFields().calls.resolve))).toEqual([true, true, true]);
  });

  it('offers the fixed entry points of DESIGN.md', () => {
    const query = schema.getQueryType()!.getFields();
    expect(query.leader.args.map((a) => a.name)).toEqual(['id', 'name']);
    expect(query.calls.args.map((a) => a.name)).toEqual(['where', 'first', 'after', 'last', 'before', 'orderBy']);
    expect(String(query.country.args[0].type)).toBe('String!');
    expect(String(schema.getMutationType()!.getFields().ingestArticle.type)).toBe('IngestReport!');
  });
});

describe('toApiError', () => {
  it('codes an unreachable database as DATABASE_UNAVAILABLE, keeping the cause out of the response', () => {
    const cause = Object.assign(new Error('Could not perform discovery'), { code: 'ServiceUnavailable' });
    const error = toApiError(cause);
    expect(error.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(error.originalError).toBeUndefined();
    expect((error as { cause?: unknown }).cause).toBe(cause);
    expect(JSON.stringify(error)).not.toContain('discovery');
  });

  it('codes any other fault as INTERNAL_SERVER_ERROR with a message that reveals nothing', () => {
    const cause = Object.assign(new Error('Invalid input at line 3'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    const error = toApiError(cause);
    expect(error).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' }, originalError: cause });
  });

  it('lets GraphQL errors through unchanged', () => {
    const error = new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(toApiError(error)).toBe(error);
  });
});
