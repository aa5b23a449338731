import { escapeLucene } from '../../../src/graph/readers/escape-lucene.js';
import { namePrefixQuery } from '../../../src/graph/readers/name-prefix-query.js';

describe('namePrefixQuery: names as they are typed', () => {
  it.each([
    ['Zelen', 'Zelen^2 Zelen*'],
    ['Olaf  Sch', 'Olaf^2 Olaf* Sch^2 Sch*'],
    // Escaped characters stay literal: the `*` is added after the escape, never inside it.
    ['Biden (US', 'Biden^2 Biden* \\(US^2 \\(US*'],
    ['AND', 'and^2 and*'],
    ['   ', ''],
  ])('%j → %j', (text, query) => {
    expect(namePrefixQuery(escapeLucene(text))).toBe(query);
  });
});
