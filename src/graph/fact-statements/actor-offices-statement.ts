/**
 * An office an article gives a person, kept only when no office of that title to that country is
 * known yet (the gazetteer's dated terms are better). Term dates are unknown: null.
 */
import { factStatement } from './fact-statement.js';
import { sendOnce } from './send-once.js';

export const actorOfficesStatement = factStatement({
  name: 'actorOffices',
  cypher: `UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (c:Country {code: row.country})
WHERE NOT EXISTS { (a)-[h:HOLDS_OFFICE]->(c) WHERE h.title = row.title }
MERGE (a)-[:HOLDS_OFFICE {title: row.title, source: 'article'}]->(c)`,
  rows: ({ facts }) =>
    facts.actors.filter((a) => a.kind !== 'institution' && a.title && a.country).map((a) => ({ actor: a.id, title: a.title, country: a.country })),
  combine: sendOnce,
});
