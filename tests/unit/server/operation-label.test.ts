/**
 * The bounded operation-name label of the GraphQL metrics, and the trusted operations it always
 * passes: the explorer's persisted documents.
 */
import { createOperationLabel, OTHER_OPERATIONS } from '../../../src/server/observability/operation-label.js';
import { trustedOperationNames } from '../../../src/server/observability/trusted-operation-names.js';

describe('the operation-name label', () => {
  it('passes trusted names always, other GraphQL names until the bound, then labels the rest "other"', () => {
    const label = createOperationLabel(['Leader'], 2);
    const sent = ['A', 'B', 'C', 'Leader', 'A', 'D', 'B'];
    expect(sent.map(label)).toEqual(['A', 'B', OTHER_OPERATIONS, 'Leader', 'A', OTHER_OPERATIONS, 'B']);
  });

  it.each([
    ['x'.repeat(65), 'longer than 64 characters'],
    ['query{a}', 'not a GraphQL name'],
    ['naïve', 'outside [_A-Za-z0-9]'],
    ['', 'empty'],
  ])('labels %j "other" (%s), taking no place under the bound', (name) => {
    const label = createOperationLabel([], 1);
    expect(label(name)).toBe(OTHER_OPERATIONS);
    expect(label('Fits')).toBe('Fits');
  });

  it('leaves an operation without a name unlabelled (a document that did not parse)', () => {
    expect(createOperationLabel([], 0)(undefined)).toBeUndefined();
  });

  it("reads the trusted operations from the explorer's persisted documents", () => {
    expect(trustedOperationNames()).toContain('ContactAdded');
    expect(trustedOperationNames('/nonexistent/persisted-documents.json')).toEqual([]);
  });
});
