import { readFileSync } from 'node:fs';
import { constraintKeys, modelNodeKeys } from '../../../src/graph/node-keys.js';

describe('node keys: the model keys are the uniqueness constraints of schema/constraints.cypher', () => {
  it('names each node label of the model with its key property, bookkeeping labels left out', () => {
    expect(modelNodeKeys()).toEqual({
      Country: 'code', Actor: 'id', Call: 'id', Tweet: 'id', Commitment: 'id', Incident: 'id', Topic: 'name', Article: 'id',
    });
  });

  it('follows the constraints file: a constraint added there is a key here', () => {
    const script = `${readFileSync(new URL('../../../schema/constraints.cypher', import.meta.url), 'utf8')}
CREATE CONSTRAINT place_slug IF NOT EXISTS FOR (p:Place) REQUIRE p.slug IS UNIQUE;`;
    expect(constraintKeys(script)).toEqual({ ...modelNodeKeys(), Place: 'slug' });
  });
});
