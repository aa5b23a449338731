/**
 * The literals a pattern cannot match without (src/extraction/required-literals.ts): matchesIn
 * skips a text that holds none of them, so a literal read wrongly would lose a match. Every rule
 * table's pattern is checked against real texts, their sentences, its own example and hostile
 * texts: wherever the pattern matches, mayMatch must say it may.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as commitmentRules from '../../src/extraction/commitment-rules.js';
import * as contactNounRules from '../../src/extraction/contact-noun-rules.js';
import * as contactRules from '../../src/extraction/contact-rules.js';
import * as dateRules from '../../src/extraction/date-rules.js';
import * as incidentRules from '../../src/extraction/incident-rules.js';
import * as newsCommitmentRules from '../../src/extraction/news-commitment-rules.js';
import * as passiveContactRules from '../../src/extraction/passive-contact-rules.js';
import * as pledgeRules from '../../src/extraction/pledge-rules.js';
import * as postRules from '../../src/extraction/post-rules.js';
import * as taggedContactRules from '../../src/extraction/tagged-contact-rules.js';
import * as titleRules from '../../src/extraction/title-rules.js';
import * as topicRules from '../../src/extraction/topic-rules.js';
import { mayMatch, readRequirement, requiredLiterals } from '../../src/extraction/required-literals.js';
import { ADVERSARIAL_CLASSES, adversarialText } from '../helpers/adversarial-texts.js';

const fixtures = (name: string) => {
  const dir = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
};

const RULE_MODULES = [commitmentRules, contactNounRules, contactRules, dateRules, incidentRules, newsCommitmentRules, passiveContactRules, pledgeRules, postRules, taggedContactRules, titleRules, topicRules];

/** Every regular expression the rule tables of src/extraction export, with the example beside it when there is one. */
function rulePatterns(): Array<{ pattern: RegExp; example?: string }> {
  const out: Array<{ pattern: RegExp; example?: string }> = [];
  const walk = (v: unknown, depth: number): void => {
    if (!v || depth > 4 || typeof v !== 'object') return;
    if (v instanceof RegExp) { out.push({ pattern: v }); return; }
    const o = v as Record<string, unknown>;
    if (o.pattern instanceof RegExp) out.push({ pattern: o.pattern, example: typeof o.example === 'string' ? o.example : undefined });
    for (const value of Array.isArray(v) ? v : Object.values(o)) if (value !== o.pattern) walk(value, depth + 1);
  };
  for (const module of RULE_MODULES) walk(module, 0);
  return out;
}

/** Whether `pattern` matches somewhere in `text`, on a copy so the rule's lastIndex stays put. */
const matches = (pattern: RegExp, text: string) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text);

describe('required literals', () => {
  it('reads the literals of alternatives, sequences and look-arounds', () => {
    expect(readRequirement(String.raw`\b(?:pledg|promis)\w* to (?:send|give)`, 'g')?.literals).toEqual([' to send', ' to give']);
    expect(readRequirement(String.raw`(?:pledg|promis)ed to (?:send|give)`, 'g')?.literals.length).toBe(4);
    expect(readRequirement(String.raw`(?<=\bmet )with`, 'g')?.literals).toEqual(['met ']);
    expect(readRequirement(String.raw`(?<!not )agreed`, 'g')?.literals).toEqual(['agreed']);
    expect(readRequirement(String.raw`[Tt]alks?`, 'g')?.literals.sort()).toEqual(['Talk', 'talk']);
    expect(readRequirement(String.raw`Phone Call`, 'gi')).toEqual({ literals: ['phone call'], lower: true });
  });

  it.each([
    [String.raw`[A-Z]\w+`, 'g'],
    [String.raw`a|\d`, 'g'],
    [String.raw`x*`, 'g'],
    [String.raw`(?:ab)*c?`, 'g'],
    [String.raw`[\p{L}--x]`, 'gv'],
    [String.raw`\q`, 'g'],
  ])('leaves no requirement where it cannot be sure: /%s/%s', (source, flags) => {
    expect(readRequirement(source, flags)).toBeNull();
  });

  it('reads i with u, except "s" and "k", which the long s and the Kelvin sign match', () => {
    expect(readRequirement(String.raw`talks`, 'giu')).toEqual({ literals: ['tal'], lower: true });
    expect(readRequirement(String.raw`ask`, 'giu')).toBeNull();
    for (const text of ['TALKS', 'tal\u212as', 'Tal\u212a\u017f']) expect(mayMatch(/talks/giu, text)).toBe(true);
    expect(mayMatch(/talks/giu, 'walks')).toBe(false);
  });

  it('requires one literal of every set of a sequence, none of an alternation', () => {
    expect(readRequirement(String.raw`\b(?:sat|sits) (?:\w+ )?(?:with|beside)\b`, 'g')).toEqual({ literals: ['sat ', 'sits '], lower: false, also: [['with', 'beside']] });
    expect(readRequirement(String.raw`\b(?:sat|sits) \w+|\bwith \w+`, 'g')?.also).toBeUndefined();
    const sat = /\b(?:sat|sits) (?:\w+ )?with\b/g;
    expect(mayMatch(sat, 'The envoy sat down with the minister.')).toBe(true);
    expect(mayMatch(sat, 'The envoy sat alone.')).toBe(false);
    expect(mayMatch(sat, 'The envoy spoke with the minister.')).toBe(false);
  });

  it('keeps what it can read around what it cannot', () => {
    expect(readRequirement(String.raw`(ab)\1`, 'g')?.literals).toEqual(['ab']);
    expect(readRequirement(String.raw`Caf\u00e9`, 'gi')).toEqual({ literals: ['caf'], lower: true });
  });

  it.each([
    [/\bhold (?:talks|a meeting)? with\b/g, ['hold  with', 'hold talks with', 'held talks with']],
    [/(?:ab){2}c/g, ['ababc', 'abc', 'abababc']],
    [/x{0,2}yz/g, ['yz', 'xyz', 'xxyz', 'x y z']],
    [/(?=(?:Mon|Tues)day)\w+ talks/g, ['Monday talks', 'Tuesday talks', 'Monday meeting']],
    [/\u00e9t\xe9 [\-.]/g, ['été -', 'été .', 'ete -']],
    [/[^a]bc|d[a-c]e/g, ['xbc', 'dbe', 'dde', 'abc']],
    [/\bMEET(?:S|ING)?\b/gi, ['they meet', 'MeEtInG', 'met', 'Meeting']],
    [/a{/g, ['a{', 'a']],
    [/😀 hi/gu, ['😀 hi', ' hi', 'hi']],
  ])('never refuses a text the pattern matches: %s', (pattern, texts) => {
    for (const text of texts) if (matches(pattern, text)) expect(mayMatch(pattern, text)).toBe(true);
    expect(texts.some((text) => !mayMatch(pattern, text))).toBe(true);
  });

  it('never refuses a text a rule matches, on real texts, their lines and sentences, the rule examples and hostile texts', () => {
    const rules = rulePatterns();
    expect(rules.length).toBeGreaterThan(100);
    const texts = [...fixtures('corpus'), ...fixtures('news-open'), ...ADVERSARIAL_CLASSES.map((c) => adversarialText(c.id, 2_000))];
    const pieces = texts.flatMap((t) => [t, ...t.split(/\n+/), ...t.split(/(?<=[.!?]["”’]?)\s+/)]);
    pieces.push(...rules.flatMap((r) => (r.example ? [r.example, r.example.toUpperCase(), r.example.toLowerCase()] : [])));
    let refused = 0;
    const lost: string[] = [];
    for (const { pattern } of rules) {
      for (const piece of pieces) {
        if (mayMatch(pattern, piece)) continue;
        refused++;
        if (matches(pattern, piece)) lost.push(`${pattern} on ${JSON.stringify(piece.slice(0, 60))}`);
      }
    }
    expect(lost).toEqual([]);
    expect(refused).toBeGreaterThan(0);
  });

  it('reads most rule patterns (else matchesIn gains nothing)', () => {
    const rules = rulePatterns();
    const read = rules.filter((r) => requiredLiterals(r.pattern));
    expect(read.length / rules.length).toBeGreaterThan(0.8);
  });
});
