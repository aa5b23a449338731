import { escapeLucene } from '../../../src/graph/readers/escape-lucene.js';

describe('escapeLucene: user text becomes literal words', () => {
  it.each([
    ['Olaf Scholz', 'Olaf Scholz'],
    ['  Biden  ', 'Biden'],
    ['Biden AND (Putin)', 'Biden and \\(Putin\\)'],
    ['AND OR ( ) " ~ * :', 'and or \\( \\) \\" \\~ \\* \\:'],
    ['NOT NATO', 'not NATO'],
    ['a+b-c && d || !e', 'a\\+b\\-c \\&\\& d \\|\\| \\!e'],
    ['[1 TO 5] {x} ^2 ? / \\', '\\[1 TO 5\\] \\{x\\} \\^2 \\? \\/ \\\\'],
    ['#EU @ZelenskyyUa', '#EU @ZelenskyyUa'],
  ])('escapes %j', (text, query) => {
    expect(escapeLucene(text)).toBe(query);
  });
});
