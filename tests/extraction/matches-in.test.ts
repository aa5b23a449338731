/**
 * matchesIn (src/extraction/matches-in.ts) gives the matches text.matchAll gives, for the rule
 * tables' patterns and for the corner cases of empty matches and astral characters.
 */
import { COMMITMENT_RULES } from '../../src/extraction/commitment-rules.js';
import { CONTACT_RULES } from '../../src/extraction/contact-rules.js';
import { matchesIn } from '../../src/extraction/matches-in.js';

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('matchesIn', () => {
  it('finds what matchAll finds for every rule on its own example', () => {
    for (const rule of [...COMMITMENT_RULES, ...CONTACT_RULES]) {
      const text = `${rule.example} ${rule.example}`;
      expect(shape(matchesIn(rule.pattern, text))).toEqual(shape(text.matchAll(rule.pattern)));
    }
  });

  it.each([
    [/x*/g, 'axxbx'],
    [/(?=[A-Z])/g, 'Biden met Scholz'],
    [/\p{L}*/gu, 'a😀𝐀b c'],
    [/(?:)/gu, '😀😀'],
    [/(?:)/g, '😀😀'],
  ])('steps over empty matches as matchAll does: %s on %j', (pattern, text) => {
    expect(shape(matchesIn(pattern, text))).toEqual(shape(text.matchAll(pattern)));
  });

  it('starts from the beginning whatever an earlier search left behind, and leaves nothing behind', () => {
    const pattern = /a/g;
    pattern.lastIndex = 3;
    expect(matchesIn(pattern, 'a a a').map((m) => m.index)).toEqual([0, 2, 4]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => matchesIn(/a/, 'a')).toThrow('must have the g flag');
  });
});
