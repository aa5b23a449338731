/**
 * A cheap check that a facts document already is what parseFactsDocument would return for it:
 * every field the contract (facts-document.ts) requires is there with its type and bounds, every
 * default is already filled in, and no object holds a key the contract does not name. True means
 * parsing it would give an equal document, so the extractor (build-document.ts) can skip zod, which
 * copied and re-checked every object of every article (about 4 % of extraction). False says only
 * "not sure": the caller then parses, which throws the contract's own message or fills a default.
 *
 * The writer still parses every document it is given (src/graph/write-facts.ts): this check is for
 * the extractor's own output, not for input from outside.
 *
 * @example
 *   return conformsToFacts(document) ? document : parseFactsDocument(document);
 */
import { isCalendarDate } from './calendar-date.js';
import { actorKinds, media } from './facts-document.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): boolean => typeof v === 'string';
const filled = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const count = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const CODE = /^[A-Z]{2}$/;
const code = (v: unknown): boolean => typeof v === 'string' && CODE.test(v);
const nullable = (test: (v: unknown) => boolean) => (v: unknown) => v === null || test(v);
const optional = (test: (v: unknown) => boolean) => (v: unknown) => v === undefined || test(v);
const date = (v: unknown): boolean => typeof v === 'string' && isCalendarDate(v);
const strings = (v: unknown): boolean => Array.isArray(v) && v.every(str);
const listOf = (test: (v: unknown) => boolean, min = 0) => (v: unknown) => Array.isArray(v) && v.length >= min && v.every(test);
const oneOf = (values: readonly string[]) => (v: unknown) => typeof v === 'string' && values.includes(v);

/**
 * An object with these keys only, in this order (zod's output follows the schema's order; a key the
 * object does not hold is read as undefined).
 */
function shape(fields: Record<string, (v: unknown) => boolean>): (v: unknown) => boolean {
  const names = Object.keys(fields);
  const rank = new Map(names.map((name, i) => [name, i]));
  return (v) => {
    if (!isObj(v)) return false;
    let last = -1;
    for (const key in v) {
      const r = rank.get(key);
      if (r === undefined || r < last) return false;
      last = r;
    }
    for (const name of names) if (!fields[name](v[name])) return false;
    return true;
  };
}

// The event codes a source may state: the extractor states none, so anything else is "not sure".
const absent = (v: unknown) => v === undefined;
const eventCodes = { cameo: absent, ploverEvent: absent, ploverMode: absent };

const evidence = listOf(shape({ quote: str, start: count, end: count, rule: filled, sentence: optional(count) }), 1);

const checkDocument = shape({
  source: shape({ id: filled, publishedOn: nullable(date), url: optional(str), title: optional(str), extractorVersion: optional(str) }),
  actors: listOf(shape({
    id: filled, kind: oneOf(actorKinds), name: filled, aliases: strings, handles: optional(strings), title: nullable(str), country: nullable(code),
  })),
  countries: listOf(shape({ code, name: filled })),
  calls: listOf(shape({
    id: filled, date: nullable(date), dateText: optional(nullable(str)), medium: oneOf(media), participants: listOf(filled, 2), topics: strings,
    ...eventCodes, evidence,
  })),
  tweets: listOf(shape({
    id: filled, author: filled, text: filled, date: nullable(date), platform: optional(str), mentions: strings, hashtags: strings,
    about: nullable(str), evidence,
  })),
  commitments: listOf(shape({
    id: filled, by: nullable(str), byCountry: nullable(code), kind: filled, target: nullable(code), beneficiary: nullable(code),
    date: nullable(date), quote: str, ...eventCodes, evidence,
  })),
  incidents: listOf(shape({
    id: filled, kind: filled, perpetrator: nullable(code), place: nullable(str), country: nullable(code), date: nullable(date),
    killed: nullable(count), injured: nullable(count), ...eventCodes, evidence,
  })),
});

/** True when `value` holds exactly what parseFactsDocument(value) would return; false when unsure. */
export function conformsToFacts(value: unknown): boolean {
  return checkDocument(value);
}
