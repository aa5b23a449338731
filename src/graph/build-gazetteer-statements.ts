/**
 * Turns the gazetteers (seeds/countries.json, leaders.json, institutions.json) into batches of
 * statements: countries, institutions, leaders and officials, then their dated offices (in a
 * country, or in an international body such as NATO).
 * The gazetteer is the authority on what it states (names, alpha-3, office terms), so it
 * overwrites those properties; aliases and handles union with what articles added. Pure.
 *
 * @example
 *   for (const batch of buildGazetteerStatements(gazetteer, 500)) await store.writeAll([batch]);
 */
import type { CountryEntry, InstitutionEntry, LeaderEntry, OfficeTerm } from '../gazetteer/gazetteer-types.js';
import { upsertActor } from './actor-cypher.js';
import type { Statement } from './graph-store.js';

export interface GazetteerData {
  countries: CountryEntry[];
  leaders: LeaderEntry[];
  institutions: InstitutionEntry[];
}

/**
 * A term is identified by holder, place, title and start; its end, role and the names that come
 * with the office ("POTUS", "@POTUS": they denote the holder only during the term) are updated
 * in place, so a gazetteer that closes a term changes the edge rather than adding one.
 */
function officeCypher(place: string): string {
  return `UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
${place}
WITH a, place, row
OPTIONAL MATCH (a)-[h:HOLDS_OFFICE {title: row.title, source: 'gazetteer'}]->(place)
  WHERE h.since = date(row.since) OR (h.since IS NULL AND row.since IS NULL)
WITH a, place, row, collect(h) AS terms
FOREACH (h IN terms | SET h.until = date(row.until), h.role = row.role, h.aliases = row.aliases, h.handles = row.handles)
FOREACH (_ IN CASE WHEN size(terms) = 0 THEN [1] ELSE [] END |
  CREATE (a)-[:HOLDS_OFFICE {title: row.title, since: date(row.since), until: date(row.until), role: row.role,
                             aliases: row.aliases, handles: row.handles, source: 'gazetteer'}]->(place))`;
}

export const gazetteerCypher = {
  countries: `UNWIND $rows AS row
MERGE (c:Country {code: row.code})
SET c.name = row.name, c.alpha3 = row.alpha3, c.aliases = row.aliases, c.demonyms = row.demonyms,
    c.capitals = row.capitals, c.historical = row.historical`,

  /** Leaders and officials through the one actor upsert (actor-cypher.ts), the gazetteer's values winning. */
  people: `UNWIND $rows AS row
${upsertActor('SET a.name = row.name, a.title = coalesce(row.title, a.title), a.country = coalesce(row.country, a.country)')}`,

  /** Terms of offices that serve a country: `(:Actor)-[:HOLDS_OFFICE]->(:Country)`. */
  countryOffices: officeCypher('MERGE (place:Country {code: row.place})'),

  /** Terms of offices that serve an international body: `(:Actor)-[:HOLDS_OFFICE]->(:Institution)`. */
  institutionOffices: officeCypher('MATCH (place:Actor {id: row.place})'),

  institutions: `UNWIND $rows AS row
${upsertActor('SET a.name = row.name, a.country = coalesce(row.country, a.country)')}
FOREACH (code IN row.countries | MERGE (c:Country {code: code}) MERGE (a)-[:BASED_IN]->(c))`,
} as const;

export function buildGazetteerStatements(gazetteer: GazetteerData, batchSize = 500): Statement[] {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`buildGazetteerStatements: batchSize must be a positive integer, got ${JSON.stringify(batchSize)}`);
  }
  const countries = gazetteer.countries.map((c) => ({
    code: c.code,
    name: c.name,
    alpha3: c.alpha3,
    aliases: [...new Set([c.officialName, ...c.aliases].filter((x) => x && x !== c.name))],
    demonyms: c.demonyms,
    capitals: c.capitals,
    historical: c.historical ?? false,
  }));
  const people = gazetteer.leaders.map((l) => {
    const office = mainOffice(l.offices);
    return {
      id: l.id,
      name: l.name,
      kind: l.offices.some((o) => o.kind === 'leader') ? 'leader' : 'official',
      title: office?.title ?? null,
      // Offices of international bodies have country "" in the gazetteer: no country.
      country: office?.country || null,
      aliases: [...new Set(l.aliases.filter((x) => x !== l.name))],
      handles: [...new Set(l.handles)],
    };
  });
  const offices = gazetteer.leaders.flatMap((l) =>
    l.offices.map((o) => ({
      actor: l.id,
      title: o.title,
      place: o.institution ? o.institution : o.country,
      inInstitution: Boolean(o.institution),
      since: o.since,
      until: o.until,
      role: o.role ?? null,
      aliases: o.aliases ?? [],
      handles: o.handles ?? [],
    })),
  );
  const officeRows = (inInstitution: boolean) =>
    offices.filter((o) => o.inInstitution === inInstitution).map(({ inInstitution: _, ...row }) => row);
  const institutions = gazetteer.institutions.map((i) => ({
    id: i.id,
    kind: 'institution',
    name: i.name,
    country: i.country,
    countries: i.country ? [i.country] : [],
    aliases: [...new Set(i.aliases.filter((x) => x !== i.name))],
    handles: [...new Set(i.handles)],
  }));
  return [
    ...batches(gazetteerCypher.countries, countries, batchSize),
    ...batches(gazetteerCypher.institutions, institutions, batchSize),
    ...batches(gazetteerCypher.people, people, batchSize),
    ...batches(gazetteerCypher.countryOffices, officeRows(false), batchSize),
    ...batches(gazetteerCypher.institutionOffices, officeRows(true), batchSize),
  ];
}

/** The office that describes a person now: an open term (leader offices first), else the latest. */
function mainOffice(offices: OfficeTerm[]): OfficeTerm | undefined {
  const rank = (o: OfficeTerm) => [o.until === null ? 1 : 0, o.kind === 'leader' ? 1 : 0, o.until ?? '', o.since ?? ''];
  return [...offices].sort((a, b) => compare(rank(b), rank(a)))[0];
}

function compare(a: Array<string | number>, b: Array<string | number>): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

function batches(cypher: string, rows: unknown[], size: number): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += size) out.push({ cypher, params: { rows: rows.slice(i, i + size) } });
  return out;
}
