import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';
import { mostRecentOffice, officeOn } from '../../../src/gazetteer/office-on.js';

const gazetteer = loadGazetteer();
const leader = (id: string) => {
  const found = gazetteer.leaderById(id);
  if (!found) throw new Error(`no leader ${id} in seeds/leaders.json`);
  return found;
};

describe('officeOn: the office a leader held on a day', () => {
  it.each([
    ['olaf-scholz', '2022-03-01', 'Chancellor', 'DE'],
    ['friedrich-merz', '2025-06-01', 'Chancellor', 'DE'],
    ['volodymyr-zelenskyy', '2022-03-01', 'President', 'UA'],
    ['rishi-sunak', '2023-01-01', 'Prime Minister', 'GB'],
    ['liz-truss', '2022-10-01', 'Prime Minister', 'GB'],
    ['liz-truss', '2022-03-01', 'Foreign Secretary', 'GB'],
    ['keir-starmer', '2024-07-22', 'Prime Minister', 'GB'],
    ['joe-biden', '2024-07-22', 'President', 'US'],
    ['donald-trump', '2025-01-26', 'President', 'US'],
    ['justin-trudeau', '2022-01-11', 'Prime Minister', 'CA'],
    ['mark-carney', '2025-03-14', 'Prime Minister', 'CA'],
    ['fumio-kishida', '2024-07-22', 'Prime Minister', 'JP'],
    ['sanae-takaichi', '2025-11-01', 'Prime Minister', 'JP'],
    ['dmytro-kuleba', '2022-02-22', 'Foreign Minister', 'UA'],
    ['mohamed-bin-zayed-al-nahyan', '2021-12-03', 'Crown Prince of Abu Dhabi', 'AE'],
    ['mohamed-bin-zayed-al-nahyan', '2022-06-01', 'President', 'AE'],
    ['charles-iii', '2022-09-14', 'King', 'GB'],
    ['hun-manet', '2025-10-26', 'Prime Minister', 'KH'],
    ['anutin-charnvirakul', '2025-10-26', 'Prime Minister', 'TH'],
  ])('%s on %s was %s of %s', (id, date, title, country) => {
    expect(officeOn(leader(id), date)).toMatchObject({ title, country });
  });

  it('returns null before and after every term', () => {
    expect(officeOn(leader('olaf-scholz'), '2025-06-01')).toBeNull();
    expect(officeOn(leader('donald-trump'), '2024-07-22')).toBeNull();
    expect(officeOn(leader('keir-starmer'), '2023-01-01')).toBeNull();
  });

  it('treats `until` as the first day out of office, so the handover day belongs to the successor', () => {
    expect(officeOn(leader('olaf-scholz'), '2025-05-05')?.title).toBe('Chancellor');
    expect(officeOn(leader('olaf-scholz'), '2025-05-06')).toBeNull();
    expect(officeOn(leader('friedrich-merz'), '2025-05-06')?.title).toBe('Chancellor');
  });

  it('prefers a leader office over a minister office held at the same time', () => {
    expect(officeOn(leader('mohammed-bin-salman'), '2020-01-01')?.title).toBe('Crown Prince');
    expect(officeOn(leader('benjamin-netanyahu'), '2016-01-01')?.title).toBe('Prime Minister');
  });

  it('with no date, answers with the latest office', () => {
    expect(officeOn(leader('joe-biden'), null)).toMatchObject({ title: 'President', since: '2021-01-20' });
    expect(officeOn(leader('mohammed-bin-salman'), null)?.title).toBe('Prime Minister');
    expect(officeOn(leader('charles-michel'), null)).toMatchObject({ institution: 'european-council', country: '' });
  });

  it('rejects a date that is not YYYY-MM-DD, naming the value received', () => {
    expect(() => officeOn(leader('olaf-scholz'), '1 March 2022')).toThrow(/YYYY-MM-DD or null; received "1 March 2022"/);
  });
});

describe('mostRecentOffice: the office a "former" leader is known by', () => {
  it('answers with the current office when there is one', () => {
    expect(mostRecentOffice(leader('olaf-scholz'), '2022-03-01')?.title).toBe('Chancellor');
  });

  it('answers with the last office left before the date, never a later one', () => {
    expect(mostRecentOffice(leader('donald-trump'), '2024-07-22')).toMatchObject({ title: 'President', until: '2021-01-20' });
    expect(mostRecentOffice(leader('elizabeth-ii'), '2022-09-14')).toMatchObject({ title: 'Queen', country: 'GB' });
  });

  it('answers null before the first term', () => {
    expect(mostRecentOffice(leader('keir-starmer'), '2020-01-01')).toBeNull();
  });
});
