import type { Sentence } from './extraction-types.js';

/**
 * A headline capitalises every word ("King Returns Home"): a name read there that the body never
 * uses again is a headline's verb and object, not a person (a person named in a headline is named
 * in the story too).
 */
export function onlyInHeadline(scan: string, sentences: Sentence[], sentence: number, name: string): boolean {
  if (!sentences[sentence]?.isTitle) return false;
  const last = name.split(' ').pop()!.replace(/'s$/, '');
  return !new RegExp(`(?<!\\p{L})${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(scan.slice(sentences[sentence].end));
}
