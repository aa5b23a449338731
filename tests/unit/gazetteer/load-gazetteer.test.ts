import { leaderEntrySchema } from '../../../src/gazetteer/gazetteer-schemas.js';
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';
import { GazetteerFileError, validateEntries } from '../../../src/gazetteer/validate-entries.js';

const scholz = {
  id: 'olaf-scholz',
  name: 'Olaf Scholz',
  aliases: ['Scholz'],
  handles: ['@OlafScholz'],
  offices: [{ title: 'Chancellor', country: 'DE', kind: 'leader', since: '2021-12-08', until: '2025-05-06', role: 'head_of_government' }],
};
const problemsOf = (entries: unknown[]) => {
  try {
    validateEntries('seeds/leaders.json', entries, leaderEntrySchema, 'id');
  } catch (err) {
    if (err instanceof GazetteerFileError) return err.problems;
    throw err;
  }
  return [];
};

describe('loadGazetteer', () => {
  it('reads the seeds once and indexes them', () => {
    const gazetteer = loadGazetteer();
    expect(loadGazetteer()).toBe(gazetteer);
    expect(gazetteer.countryByCode('ua')?.name).toBe('Ukraine');
    expect(gazetteer.leaderById('volodymyr-zelenskyy')?.handles).toContain('@ZelenskyyUa');
    expect(gazetteer.institutionById('nato')?.name).toBe('NATO');
    expect(gazetteer.leaderById('nobody')).toBeUndefined();
  });
});

describe('validation of a gazetteer file', () => {
  it('accepts a well-formed entry', () => {
    expect(problemsOf([scholz])).toEqual([]);
  });

  it('names the file, the entry and the field of every problem', () => {
    const bad = { ...scholz, offices: [{ ...scholz.offices[0], since: '2021-12-32' }] };
    const err = (() => {
      try {
        validateEntries('seeds/leaders.json', [scholz, bad], leaderEntrySchema, 'id');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toMatch(/^seeds\/leaders\.json is malformed:\n {2}entry 1 \("olaf-scholz"\): offices\.0\.since: not a calendar date/);
  });

  it.each([
    ['a misspelt key', { ...scholz, offices: [{ ...scholz.offices[0], unitl: null }] }, /Unrecognized key/],
    ['a term that ends before it starts', { ...scholz, offices: [{ ...scholz.offices[0], until: '2020-01-01' }] }, /`since` must come before `until`/],
    ['a country that is not alpha-2', { ...scholz, offices: [{ ...scholz.offices[0], country: 'DEU' }] }, /alpha-2/],
    ['an institution office that also names a country', { ...scholz, offices: [{ ...scholz.offices[0], institution: 'nato' }] }, /either a country .* or an institution/],
    ['a handle without @', { ...scholz, handles: ['OlafScholz'] }, /leading @/],
  ])('rejects %s', (_, entry, message) => {
    expect(problemsOf([entry]).join('\n')).toMatch(message);
  });

  it('rejects a duplicate id, pointing at the first use', () => {
    expect(problemsOf([scholz, scholz])).toEqual(['entry 1 ("olaf-scholz"): duplicate id "olaf-scholz", first used by entry 0']);
  });
});
