/**
 * The commitments a text yields as the scorer compares them (giver country, kind, target, beneficiary),
 * sorted — for the construction tests of tests/extraction/news-commitments-*.test.ts — and the items
 * those tests expect, built by name.
 */
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();

export interface Item { byCountry: string | null; kind: string; target: string | null; beneficiary: string | null }
const order = (a: Item, b: Item) => `${a.byCountry}${a.kind}${a.target}${a.beneficiary}`.localeCompare(`${b.byCountry}${b.kind}${b.target}${b.beneficiary}`);

export const commitmentsOf = (text: string, publishedOn = '2025-07-10'): Item[] =>
  extractFacts(text, { publishedOn, gazetteer }).document.commitments
    .map(({ byCountry, kind, target, beneficiary }) => ({ byCountry, kind, target, beneficiary }))
    .sort(order);

/** A two-country agreement: one item each way. */
export const deal = (a: string, b: string): Item[] =>
  [{ byCountry: a, kind: 'agreement', target: b, beneficiary: null }, { byCountry: b, kind: 'agreement', target: a, beneficiary: null }].sort(order);
export const sanctions = (byCountry: string | null, target: string): Item => ({ byCountry, kind: 'sanctions', target, beneficiary: null });
export const backing = (byCountry: string, beneficiary: string): Item => ({ byCountry, kind: 'diplomatic_support', target: null, beneficiary });
