import { buildGazetteerStatements, gazetteerCypher } from '../../../src/graph/build-gazetteer-statements.js';
import type { GazetteerData } from '../../../src/graph/build-gazetteer-statements.js';

const country = (code: string, name: string) => ({ code, alpha3: `${code}X`, name, officialName: `Republic of ${name}`, aliases: [], demonyms: [], capitals: [] });
const gazetteer: GazetteerData = {
  countries: [country('UA', 'Ukraine'), country('US', 'United States'), country('DE', 'Germany')],
  leaders: [
    {
      id: 'joe-biden', name: 'Joe Biden', aliases: ['Biden', 'Joe Biden'], handles: ['@POTUS', '@JoeBiden'],
      offices: [
        { title: 'Vice President', country: 'US', kind: 'official', since: '2009-01-20', until: '2017-01-20' },
        { title: 'President', country: 'US', kind: 'leader', since: '2021-01-20', until: '2025-01-20' },
      ],
    },
    { id: 'annalena-baerbock', name: 'Annalena Baerbock', aliases: [], handles: [], offices: [{ title: 'Foreign Minister', country: 'DE', kind: 'official', since: '2021-12-08', until: '2025-05-06' }] },
    {
      id: 'jens-stoltenberg', name: 'Jens Stoltenberg', aliases: ['Stoltenberg'], handles: [],
      offices: [{ title: 'Secretary General', country: '', institution: 'nato', kind: 'leader', role: 'head_of_institution', since: '2014-10-01', until: '2024-10-01' }],
    },
  ],
  institutions: [{ id: 'nato', name: 'NATO', aliases: ['North Atlantic Treaty Organization'], handles: ['@NATO'], country: null }],
};

describe('buildGazetteerStatements: the gazetteers as batched statements', () => {
  it('batches countries, institutions, people and their offices, in that order', () => {
    const statements = buildGazetteerStatements(gazetteer, 2);
    expect(statements.map((s) => [s.cypher, (s.params.rows as unknown[]).length])).toEqual([
      [gazetteerCypher.countries, 2], [gazetteerCypher.countries, 1],
      [gazetteerCypher.institutions, 1],
      [gazetteerCypher.people, 2], [gazetteerCypher.people, 1],
      [gazetteerCypher.countryOffices, 2], [gazetteerCypher.countryOffices, 1],
      [gazetteerCypher.institutionOffices, 1],
    ]);
  });

  it('points an office of an international body at the institution, and gives its holder no country', () => {
    const statements = buildGazetteerStatements(gazetteer, 10);
    const people = statements.find((s) => s.cypher === gazetteerCypher.people)!.params.rows as Array<Record<string, unknown>>;
    expect(people.find((p) => p.id === 'jens-stoltenberg')).toMatchObject({ kind: 'leader', title: 'Secretary General', country: null });
    expect(statements.find((s) => s.cypher === gazetteerCypher.institutionOffices)!.params.rows).toEqual([
      { actor: 'jens-stoltenberg', title: 'Secretary General', place: 'nato', since: '2014-10-01', until: '2024-10-01', role: 'head_of_institution', aliases: [], handles: [] },
    ]);
  });

  it('describes a person by their leader office, or else their latest one', () => {
    const people = buildGazetteerStatements(gazetteer, 10).find((s) => s.cypher === gazetteerCypher.people)!;
    expect((people.params.rows as unknown[]).slice(0, 2)).toEqual([
      { id: 'joe-biden', name: 'Joe Biden', kind: 'leader', title: 'President', country: 'US', aliases: ['Biden'], handles: ['@POTUS', '@JoeBiden'] },
      { id: 'annalena-baerbock', name: 'Annalena Baerbock', kind: 'official', title: 'Foreign Minister', country: 'DE', aliases: [], handles: [] },
    ]);
  });

  it('keeps a country’s official name as an alias', () => {
    const [countries] = buildGazetteerStatements(gazetteer, 10);
    expect((countries.params.rows as Array<{ aliases: string[] }>)[0].aliases).toEqual(['Republic of Ukraine']);
  });

  it('refuses a batch size that is not a positive integer', () => {
    expect(() => buildGazetteerStatements(gazetteer, 0)).toThrow('batchSize must be a positive integer, got 0');
  });
});
