/**
 * The end of a page statement (page-statement.ts): each key's items, and with them the relations
 * some key of the batch asked to read one level ahead. Each item's relations are read as their
 * relation readers read them (relations.ts), from the item's node (carried as `k` through the
 * page, dropped at the end), in a subquery that sees nothing else.
 *
 * @example
 *   pageEnd([]); // 'RETURN key.i AS key, items[..toInteger(key.take)] AS value'
 *   pageEnd(aheadOf([{ take: 3, ahead: ['topicsOfCall'] }])); // … CALL (value) { … topicsOfCall: COLLECT { … } … }
 */
import { mergeProperties, type Properties } from './node-projection.js';
import type { PageKey } from './page-key.js';
import { relations, relationValue, type RelationName } from './relations.js';

/**
 * The relations some key of the batch asks to read ahead, sorted (part of the statement's text),
 * each with the properties its items are read with: all that any key asking for it reads.
 */
export function aheadOf(keys: readonly PageKey[]): Array<[RelationName, Properties]> {
  const names = [...new Set(keys.flatMap((key) => key.ahead ?? []))].sort();
  return names.map((name) => {
    const asking = keys.filter((key) => key.ahead?.includes(name));
    return [name, relations[name].items ? mergeProperties(asking.map((key) => key.aheadProperties?.[name])) : undefined];
  });
}

/** Returns each key's `items`, cut to its take, with the relations in `ahead` read for every item. */
export function pageEnd(ahead: ReadonlyArray<[RelationName, Properties]>): string {
  if (ahead.length === 0) return 'RETURN key.i AS key, items[..toInteger(key.take)] AS value';
  const values = ahead.map(([name, properties]) => `${name}: ${relationValue(name, properties).replace(/\n/g, '\n      ')}`).join(',\n      ');
  return `WITH key.i AS page, items[..toInteger(key.take)] AS value
CALL (value) {
  UNWIND value AS entry
  CALL (entry) {
    WITH entry.k AS k
    // k projected beside the map: a relation that aggregates needs it as a grouping key.
    WITH k, {
      ${values}
    } AS ahead
    RETURN ahead
  }
  RETURN collect(entry {.node, .sortDate, ahead: ahead}) AS withAhead
}
RETURN page AS key, withAhead AS value`;
}
