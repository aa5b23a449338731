import { readFileSync } from 'node:fs';
import { normaliseText } from '../../../src/facts/fact-ids.js';
import type { LeaderEntry } from '../../../src/gazetteer/gazetteer-types.js';
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';

const { leaders } = loadGazetteer();
const terms = leaders.flatMap((leader) => leader.offices.map((term) => ({ leader, term })));
const historical = JSON.parse(readFileSync(new URL('../../../seeds/leaders-historical.json', import.meta.url), 'utf8')) as LeaderEntry[];
const current = JSON.parse(readFileSync(new URL('../../../seeds/leaders.json', import.meta.url), 'utf8')) as LeaderEntry[];

/**
 * Countries (several codes for one line of succession) whose heads of state or government are listed every
 * quarter from 1980 to 2014, with the days their history starts or ends when it is not the whole span.
 */
const HISTORY: Array<{ codes: string[]; from?: string; to?: string }> = [
  ...['US', 'GB', 'FR', 'DE', 'CN', 'JP', 'IN', 'PK', 'IL', 'EG', 'IR', 'IQ', 'SY', 'JO', 'LB', 'SA', 'TR', 'ZA', 'ZM', 'MZ',
    'AO', 'TZ', 'KE', 'NG', 'GH', 'ET', 'LY', 'BR', 'AR', 'MX', 'CA', 'AU', 'IT', 'ES', 'PL', 'KP', 'KR', 'PH', 'ID', 'VN', 'AF',
    'PS', 'CU', 'NI', 'VE', 'CL', 'LK', 'BD', 'TH', 'MY', 'SG'].map((code) => ({ codes: [code] })),
  { codes: ['SU', 'RU'] },
  { codes: ['YU', 'RS'] },
  { codes: ['DD'], to: '1990-10-03' },
  { codes: ['UA'], from: '1991-12-05' },
  { codes: ['ZW'], from: '1980-04-18' },
];

/** Spans with no head listed, on purpose: each names who (if anyone) ruled and why they are not listed. */
const KNOWN_GAPS: Record<string, Array<[string, string, string]>> = {
  IQ: [['2003-04-09', '2004-06-28', 'the Coalition Provisional Authority and the rotating Governing Council']],
  LY: [['2014-03-11', '2015-01-01', 'rival parliaments and prime ministers']],
  AR: [['2001-12-21', '2002-01-02', 'three interim presidents in eleven days']],
  KP: [['2011-12-17', '2012-04-13', 'Kim Jong-un before his first state office']],
  NI: [['1979-07-17', '1981-03-04', 'the junta before Ortega coordinated it']],
  VE: [['2013-03-05', '2013-04-19', 'Maduro as acting president (leaders.json starts him at his inauguration)']],
  RS: [['2003-03-07', '2004-07-11', "Serbia and Montenegro's president and Serbia's acting presidents"]],
};

const heldOn = (codes: string[], day: string) =>
  terms.some(({ term }) => codes.includes(term.country) && (term.role === 'head_of_state' || term.role === 'head_of_government') &&
    (term.since === null || term.since <= day) && (term.until === null || day < term.until));

describe('the historical leaders (seeds/leaders-historical.json)', () => {
  it.each(HISTORY.map((h) => [h.codes.join('/'), h] as const))('has a head of state or government of %s in every quarter 1980–2014', (_, { codes, from, to }) => {
    const allowed = codes.flatMap((code) => KNOWN_GAPS[code] ?? []);
    const gaps: string[] = [];
    for (let year = 1980; year <= 2014; year++) {
      for (const month of ['01', '04', '07', '10']) {
        const day = `${year}-${month}-01`;
        if ((from && day < from) || (to && day >= to) || allowed.some(([a, b]) => a <= day && day < b)) continue;
        if (!heldOn(codes, day)) gaps.push(day);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('lists later terms only for people leaders.json does not list (their earlier terms belong here)', () => {
    const inCurrent = new Set(current.map((l) => l.id));
    const late = historical.flatMap((l) => l.offices.filter((t) => t.since !== null && t.since >= '2015-01-01').map((t) => `${l.id}: ${t.title} ${t.since}`));
    expect(late.filter((line) => inCurrent.has(line.split(':')[0]))).toEqual([]);
    for (const l of historical) expect([l.id, l.offices.some((t) => t.since !== null && t.since < '2015-01-01')]).toEqual([l.id, true]);
  });

  it.each([
    ['Gorbachev', 'mikhail-gorbachev'], ['Gorbachov', 'mikhail-gorbachev'], ['Yeltsin', 'boris-yeltsin'],
    ['Gaddafi', 'muammar-gaddafi'], ['Qaddafi', 'muammar-gaddafi'], ['Kadhafi', 'muammar-gaddafi'], ['Mubarak', 'hosni-mubarak'],
    ['Weizsaecker', 'richard-von-weizsacker'], ['Schroeder', 'gerhard-schroder'], ['Mrs Thatcher', 'margaret-thatcher'],
  ])('knows "%s" as one person (%s)', (form, id) => {
    expect(leaders.filter((l) => [l.name, ...l.aliases].some((a) => normaliseText(a) === normaliseText(form))).map((l) => l.id)).toEqual([id]);
  });

  it('leaves out surnames that two listed people share', () => {
    const owners = (form: string) => leaders.filter((l) => l.aliases.some((a) => normaliseText(a) === normaliseText(form))).map((l) => l.id);
    for (const surname of ['Bush', 'Clinton', 'Gandhi', 'Bhutto', 'Sharif', 'Assad', 'Castro', 'Kenyatta', 'Hariri', 'Singh']) expect([surname, owners(surname)]).toEqual([surname, []]);
  });
});
