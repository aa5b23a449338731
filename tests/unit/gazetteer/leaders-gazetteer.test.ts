import { actorId, normaliseText } from '../../../src/facts/fact-ids.js';
import type { LeaderEntry, OfficeTerm } from '../../../src/gazetteer/gazetteer-types.js';
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';

const { leaders, institutions, countryByCode, institutionById } = loadGazetteer();
const terms = leaders.flatMap((leader) => leader.offices.map((term) => ({ leader, term })));

/** Surnames and short forms that really are shared by two listed people; each needs a reason. */
const KNOWN_AMBIGUOUS = new Map([
  ['harris', 'Kamala Harris (US) and Simon Harris (IE)'],
  // 1987 wire copy says "Aquino" for Corazon; leaders.json already gave it to her son. The matcher takes
  // whichever of the two was in office on the article's date (1986–1992 or 2010–2016).
  ['aquino', 'Corazon Aquino (PH, 1986–1992) and Benigno Aquino III (PH, 2010–2016)'],
  // Relatives who held one office at different times: the matcher takes the one in office on the date.
  ['mitsotakis', 'Konstantinos Mitsotakis (GR, 1990–1993) and his son Kyriakos (GR, from 2019)'],
  ['aliyev', 'Heydar Aliyev (AZ, 1993–2003) and his son Ilham (AZ, from 2003)'],
  ['kabila', 'Laurent-Désiré Kabila (CD, 1997–2001) and his son Joseph (CD, 2001–2019)'],
  ['mutharika', 'Bingu wa Mutharika (MW, 2004–2012) and his brother Peter (MW, 2014–2020, from 2025)'],
  ['deby', 'Idriss Déby (TD, 1990–2021) and his son Mahamat (TD, from 2021)'],
  ['papandreou', 'Andreas Papandreou (GR, 1981–1989, 1993–1996) and his son George (GR, 2009–2011)'],
  ['karamanlis', 'Konstantinos Karamanlis (GR, President 1990–1995) and his nephew Kostas (GR, 2004–2009)'],
  // Two kings at once (2005–2015): the matcher takes the one holding the title on the date, else the
  // one whose country the article names.
  ['king abdullah', 'Abdullah II (JO, from 1999) and Abdullah bin Abdulaziz (SA, King 2005–2015)'],
]);

/** Countries whose heads of state or government are listed for the whole 2015–2025 span. */
const COVERED = [
  // The G20, the development corpus and the seed article.
  'AR', 'AU', 'BR', 'CA', 'CN', 'FR', 'DE', 'IN', 'ID', 'IT', 'JP', 'MX', 'RU', 'SA', 'ZA', 'KR', 'TR', 'GB', 'US',
  'UA', 'AE', 'PL', 'RO', 'IL', 'NZ', 'IE', 'VE', 'PH', 'KH', 'TH', 'MY', 'IR', 'PS', 'SI',
  // The rest of Europe: the EU, EFTA, the Western Balkans and the eastern neighbours.
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'GR', 'HU', 'LV', 'LT', 'LU', 'MT', 'NL', 'PT', 'SK', 'ES', 'SE',
  'NO', 'IS', 'RS', 'ME', 'BA', 'XK', 'MK', 'AL', 'MD', 'BY', 'GE', 'AM', 'AZ',
  // Asia.
  'VN', 'TW', 'KP', 'MN', 'BN', 'LA', 'MM', 'SG', 'TL', 'PK', 'BD', 'LK', 'NP', 'AF', 'MV', 'BT', 'KZ', 'UZ', 'TM', 'KG', 'TJ',
  // The Middle East and North Africa (Libya's rival governments of 2014–2016 are not listed).
  'QA', 'KW', 'BH', 'OM', 'IQ', 'SY', 'LB', 'JO', 'EG', 'YE', 'TN', 'DZ', 'MA', 'SD',
  // Africa's most populous states, and a few more that news names often.
  'NG', 'ET', 'CD', 'TZ', 'KE', 'UG', 'AO', 'GH', 'MZ', 'MG', 'CI', 'CM', 'NE', 'ML', 'BF', 'MW', 'ZM', 'TD', 'SO', 'SN',
  'ZW', 'RW', 'ER', 'CG', 'SS', 'BJ', 'TG', 'GN', 'SL', 'LR', 'GM', 'MR', 'GA', 'GQ', 'CF', 'BI', 'DJ', 'NA', 'BW', 'SZ',
  // Latin America (Haiti after 2024 is governed by a council, not listed).
  'CO', 'CL', 'PE', 'EC', 'BO', 'PY', 'UY', 'CU', 'GT', 'HN', 'SV', 'CR', 'PA', 'DO', 'NI', 'JM', 'GY',
  // Oceania.
  'FJ',
];

/**
 * The first day each state of the past in countries.json no longer existed. YU is the SFRY and its
 * successor the Federal Republic of Yugoslavia, renamed Serbia and Montenegro in 2003 (one state in
 * law) until Montenegro's independence.
 */
const HISTORICAL_STATE_ENDS: Record<string, string> = { SU: '1991-12-26', DD: '1990-10-03', CS: '1993-01-01', YU: '2006-06-03' };

const overlaps = (a: OfficeTerm, b: OfficeTerm) =>
  (a.until === null || b.since === null || b.since < a.until) && (b.until === null || a.since === null || a.since < b.until);
const officeKey = (t: OfficeTerm) => `${t.title}|${t.country}|${t.institution ?? ''}`;

describe('the leaders gazetteer (seeds/leaders.json and leaders-historical.json, joined by id)', () => {
  it('keys every leader by the slug of their name, once', () => {
    for (const l of leaders) expect(l.id).toBe(actorId(l.name));
    expect(new Set(leaders.map((l) => l.id)).size).toBe(leaders.length);
  });

  it('ties every office to a country in countries.json, or to a listed institution', () => {
    for (const { leader, term } of terms) {
      const where = `${leader.id}: ${term.title}`;
      if (term.institution) expect([where, institutionById(term.institution)?.id]).toEqual([where, term.institution]);
      else expect([where, countryByCode(term.country)?.code]).toEqual([where, term.country]);
    }
  });

  // Historical terms (seeds/leaders-historical.json) may serve a state of the past (Brezhnev, Honecker), but
  // only while it existed: a term running past the state's end would put a Soviet title on a Russian leader.
  it('ties an office to a state of the past only for a term that ended while that state existed', () => {
    for (const { leader, term } of terms) {
      if (!countryByCode(term.country)?.historical) continue;
      const end = HISTORICAL_STATE_ENDS[term.country];
      expect([`${leader.id}: ${term.title}`, end !== undefined && term.until !== null && term.until <= end]).toEqual([`${leader.id}: ${term.title}`, true]);
    }
  });

  it('never has two holders of one office at the same time', () => {
    const clashes: string[] = [];
    terms.forEach((a, i) =>
      terms.slice(i + 1).forEach((b) => {
        if (officeKey(a.term) === officeKey(b.term) && overlaps(a.term, b.term)) {
          clashes.push(`${officeKey(a.term)}: ${a.leader.id} ${a.term.since}..${a.term.until} / ${b.leader.id} ${b.term.since}..${b.term.until}`);
        }
      }),
    );
    expect(clashes).toEqual([]);
  });

  it('gives each name, alias and handle to one person, apart from the known ambiguous surnames', () => {
    const owners = new Map<string, Set<string>>();
    for (const l of leaders) {
      for (const form of [l.name, ...l.aliases, ...l.handles]) {
        const key = normaliseText(form);
        owners.set(key, (owners.get(key) ?? new Set()).add(l.id));
      }
    }
    const shared = [...owners].filter(([form, ids]) => ids.size > 1 && !KNOWN_AMBIGUOUS.has(form));
    expect(shared.map(([form, ids]) => `${form}: ${[...ids].join(', ')}`)).toEqual([]);
    for (const form of KNOWN_AMBIGUOUS.keys()) expect(owners.get(form)?.size).toBeGreaterThan(1);
  });

  it('lets an office name ("POTUS", "@POTUS") pass between holders but never mean two people at once', () => {
    const byForm = new Map<string, Array<{ leader: LeaderEntry; term: OfficeTerm }>>();
    for (const t of terms) for (const form of [...(t.term.aliases ?? []), ...(t.term.handles ?? [])]) byForm.set(form, [...(byForm.get(form) ?? []), t]);
    for (const [form, holders] of byForm) {
      holders.forEach((a, i) =>
        holders.slice(i + 1).forEach((b) => {
          if (a.leader.id !== b.leader.id) expect([form, overlaps(a.term, b.term)]).toEqual([form, false]);
        }),
      );
    }
    expect(byForm.get('@POTUS')?.map((t) => t.leader.id)).toEqual(['barack-obama', 'donald-trump', 'donald-trump', 'joe-biden']);
  });

  it.each(COVERED)('has a head of state or government of %s in every quarter from 2015 to 2025', (country) => {
    const gaps: string[] = [];
    for (let year = 2015; year <= 2025; year++) {
      for (const month of ['01', '04', '07', '10']) {
        const day = `${year}-${month}-01`;
        const held = terms.some(({ term }) =>
          term.country === country && (term.role === 'head_of_state' || term.role === 'head_of_government') &&
          (term.since === null || term.since <= day) && (term.until === null || day < term.until));
        if (!held) gaps.push(day);
      }
    }
    expect(gaps).toEqual([]);
  });
});

describe('the institutions gazetteer (seeds/institutions.json)', () => {
  it('keys every institution by the slug of its name and names the country of national ones', () => {
    for (const i of institutions) expect(i.id).toBe(actorId(i.name));
    expect(institutionById('uk-royal-family')).toMatchObject({ country: 'GB', aliases: expect.arrayContaining(['Royal Family', 'British Royal Family']) });
    for (const id of ['european-union', 'nato', 'united-nations', 'united-nations-security-council', 'g7', 'g20', 'african-union', 'international-atomic-energy-agency', 'world-health-organization', 'international-monetary-fund', 'world-bank', 'osce', 'asean', 'arab-league', 'european-commission']) {
      expect(institutionById(id)?.country).toBeNull();
    }
  });
});
