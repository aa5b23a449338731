import type { LeaderEntry } from '../../../src/gazetteer/gazetteer-types.js';
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';
import { mergeLeaderFiles } from '../../../src/gazetteer/merge-leader-files.js';
import { GazetteerFileError } from '../../../src/gazetteer/validate-entries.js';

const term = (title: string, since: string, until: string | null) =>
  ({ title, country: 'RU', kind: 'leader', since, until, role: 'head_of_state' }) as const;
const putinNow: LeaderEntry = { id: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'], handles: [], offices: [term('President', '2012-05-07', null)] };
const putinThen: LeaderEntry = { id: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin', 'V. Putin'], handles: [], offices: [term('President', '2000-05-07', '2008-05-07')] };
const yeltsin: LeaderEntry = { id: 'boris-yeltsin', name: 'Boris Yeltsin', aliases: ['Yeltsin'], handles: [], offices: [term('President', '1991-07-10', '1999-12-31')] };

describe('mergeLeaderFiles', () => {
  it('makes a person listed in both files one leader with the offices of both, oldest first', () => {
    const merged = mergeLeaderFiles([putinNow], [putinThen, yeltsin]);
    expect(merged.map((l) => l.id)).toEqual(['vladimir-putin', 'boris-yeltsin']);
    expect(merged[0].aliases).toEqual(['Putin', 'V. Putin']);
    expect(merged[0].offices.map((o) => o.since)).toEqual(['2000-05-07', '2012-05-07']);
  });

  it('refuses one id with two names, naming the entry', () => {
    const other = { ...putinThen, name: 'Vladimir Putin Jr.' };
    expect(() => mergeLeaderFiles([putinNow], [other])).toThrow(GazetteerFileError);
    expect(() => mergeLeaderFiles([putinNow], [other])).toThrow(/"vladimir-putin": name "Vladimir Putin Jr\." differs/);
  });
});

describe('the gazetteer with both leader files', () => {
  const { leaders, leaderById, officeOn } = loadGazetteer();

  it('has one Putin who was Prime Minister in 1999, President in 2005 and President again now', () => {
    expect(leaders.filter((l) => l.id === 'vladimir-putin')).toHaveLength(1);
    const putin = leaderById('vladimir-putin')!;
    expect(officeOn(putin, '1999-09-01')).toMatchObject({ title: 'Prime Minister', country: 'RU' });
    expect(officeOn(putin, '2005-01-01')).toMatchObject({ title: 'President', country: 'RU' });
    expect(officeOn(putin, '2024-01-01')).toMatchObject({ title: 'President', country: 'RU', until: null });
  });

  it('knows who held office on days of the 1980s', () => {
    const holder = (title: string, country: string, day: string) =>
      leaders.filter((l) => { const o = officeOn(l, day); return o?.title === title && o.country === country; }).map((l) => l.name);
    expect(holder('General Secretary of the Communist Party', 'SU', '1987-06-01')).toEqual(['Mikhail Gorbachev']);
    expect(holder('President', 'US', '1987-06-01')).toEqual(['Ronald Reagan']);
    expect(holder('Secretary of State', 'US', '1987-06-01')).toEqual(['George Shultz']);
  });
});
