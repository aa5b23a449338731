/**
 * The custom scalars. DateTime is emitted as the ISO string the graph layer produces.
 */
import { GraphQLScalarType } from 'graphql';
import { dateScalar } from '../scalars/date-scalar.js';

export const scalarResolvers = {
  Date: dateScalar,
  DateTime: new GraphQLScalarType({
    name: 'DateTime',
    description: 'An ISO 8601 date-time with offset, e.g. "2022-03-02T10:15:00Z".',
    serialize: (value) => String(value),
  }),
};
