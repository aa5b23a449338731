/**
 * The calls a text yields, one line each — "participant-a + participant-b YYYY-MM-DD" (or "undated"),
 * participants and lines sorted — for the construction tests of tests/extraction/contact-*.test.ts.
 */
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();

export const callsOf = (text: string, publishedOn: string): string[] =>
  extractFacts(text, { publishedOn, gazetteer }).document.calls.map((c) => `${[...c.participants].sort().join(' + ')} ${c.date ?? 'undated'}`).sort();
