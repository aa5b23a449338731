/**
 * Actors and parties the extractor must not invent (GUIDE.md, Actors and Calls): a private citizen
 * met by a leader, an untitled name that is party to no fact, the wrong holder of a surname two
 * listed people share, and an international official given the country of an earlier national
 * office. Sentences are ours; invented people where the gazetteer must not answer.
 */
import { actorId } from '../../src/facts/fact-ids.js';
import type { LeaderEntry, OfficeTerm } from '../../src/gazetteer/gazetteer-types.js';
import { createGazetteer, loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts, runStages } from '../../src/extraction/pipeline.js';
import { PRIVATE_PERSON_RULES, privatePersons } from '../../src/extraction/private-persons.js';

const base = loadGazetteer();
const entry = (name: string, aliases: string[], offices: OfficeTerm[]): LeaderEntry => ({ id: actorId(name), name, aliases, handles: [], offices });
const office = (title: string, country: string, kind: 'leader' | 'official', since: string, until: string | null): OfficeTerm => ({ title, country, kind, since, until });
const invented = [
  // Two listed people of one surname; only the first has it as an alias.
  entry('Mara Okonjo', ['Okonjo'], [office('Foreign Minister', 'NG', 'official', '2020-01-01', '2027-01-01')]),
  entry('Daniel Okonjo', [], [office('Prime Minister', 'GH', 'leader', '2023-06-01', '2028-01-01')]),
  entry('Peter Okonjo', [], [office('Foreign Minister', 'GH', 'official', '1990-01-01', '1995-01-01')]),
  // A national leader who later heads an international body.
  entry('Anna Lindqvist', ['Lindqvist'], [office('Prime Minister', 'SE', 'leader', '2001-01-01', '2006-10-01'), office('Secretary-General', '', 'official', '2020-01-01', null)]),
  // Two monarchs both called "King Tomas"; the first was crown prince before 2020.
  entry('Tomas Aldaran', ['King Tomas'], [office('Crown Prince', 'BH', 'official', '2000-01-01', '2020-01-01'), office('King', 'BH', 'leader', '2020-01-01', null)]),
  entry('Tomas II', ['King Tomas II', 'King Tomas'], [office('King', 'JO', 'leader', '2005-01-01', null)]),
];
const gazetteer = createGazetteer({ countries: base.countries, institutions: base.institutions, leaders: [...base.leaders, ...invented] });
const facts = (text: string, publishedOn: string | null = '2025-03-12') => extractFacts(text, { publishedOn: publishedOn ?? undefined, gazetteer }).document;
const calls = (text: string, publishedOn?: string | null) => facts(text, publishedOn).calls.map((c) => [...c.participants].sort().join(' + '));
const actors = (text: string, publishedOn?: string | null) => facts(text, publishedOn).actors.map((a) => a.id).sort();

describe('private citizens are no parties (GUIDE.md: not actors)', () => {
  it.each(PRIVATE_PERSON_RULES.map((r) => [r.id, r.example]))('rule %s reads its own example: %j', (_id, example) => {
    expect(privatePersons(example).size).toBe(1);
  });

  it.each([
    ['a calling before the name, earlier', 'Billionaire Karl Tanner flew to Paris. Emmanuel Macron met Karl Tanner at the Elysee on Monday.'],
    ['a calling in apposition', 'Karl Tanner, a tech entrepreneur, arrived on Sunday. Emmanuel Macron had lunch with Karl Tanner on Monday.'],
    ['a calling and a company', 'Oil tycoon Karl Tanner was in Delhi. Narendra Modi received Karl Tanner on Monday.'],
  ])('no call and no actor: %s: %j', (_construction, text) => {
    expect(calls(text)).toEqual([]);
    expect(actors(text)).not.toContain('karl-tanner');
  });

  it.each([
    ['no calling at all', 'Emmanuel Macron met Karl Tanner at the Elysee on Monday.'],
    ['a former calling', 'Karl Tanner, a former journalist, was sworn in as foreign minister on Friday. Emmanuel Macron met Karl Tanner on Monday.'],
  ])('still a party: %s: %j', (_construction, text) => {
    expect(calls(text)).toEqual(['emmanuel-macron + karl-tanner']);
  });

  it('keeps an untitled name out of the actors when it is party to no fact', () => {
    const text = 'Reporters asked Emmanuel Macron whether he would ever meet Karl Tanner. He did not answer.';
    expect(calls(text)).toEqual([]);
    expect(actors(text)).toEqual(['emmanuel-macron']);
  });
});

describe('a surname two listed people share', () => {
  it('names neither when both are in office and the article gives no fuller form', () => {
    expect(actors('Okonjo met Emmanuel Macron in Paris on Monday.', '2024-03-12')).toEqual(['emmanuel-macron']);
  });

  it('names the one the article names in full', () => {
    const text = 'Ghanaian Prime Minister Daniel Okonjo arrived in Paris on Sunday. Okonjo met Emmanuel Macron on Monday.';
    expect(actors(text, '2024-03-12')).toEqual(['daniel-okonjo', 'emmanuel-macron']);
    expect(calls(text, '2024-03-12')).toEqual(['daniel-okonjo + emmanuel-macron']);
  });

  it('names the only one in office on the date', () => {
    expect(actors('Okonjo met Emmanuel Macron in Paris on Monday.', '2021-03-12')).toEqual(['emmanuel-macron', 'mara-okonjo']);
  });

  it('names the only one in office in the decade before when none is in office', () => {
    expect(actors('Okonjo met Jacques Chirac in Paris on Monday.', '2003-03-12')).toEqual(['jacques-chirac', 'peter-okonjo']);
  });

  it('names the alias owner, not one out of office for more than a decade', () => {
    expect(actors('Okonjo met Nicolas Sarkozy in Paris on Monday.', '2012-03-12')).toEqual(['mara-okonjo', 'nicolas-sarkozy']);
  });

  it('names the alias owner when none is in office and several had been', () => {
    expect(actors('Okonjo met Emmanuel Macron in Paris on Monday.', '2030-03-12')).toContain('mara-okonjo');
  });
});

describe('a titled form two listed people share ("King Tomas")', () => {
  it('names the one who held that title on the date', () => {
    expect(actors('King Tomas met the Finnish President Alexander Stubb in Helsinki.', '2015-06-01')).toContain('tomas-ii');
    expect(actors('King Tomas met the Finnish President Alexander Stubb in Helsinki.', '2015-06-01')).not.toContain('tomas-aldaran');
  });

  it('names the one whose country the article names when both held it', () => {
    expect(actors('King Tomas said Jordan would host the talks.', '2025-03-12')).toEqual(['tomas-ii']);
    expect(actors('King Tomas said Bahrain would host the talks.', '2025-03-12')).toEqual(['tomas-aldaran']);
  });
});

describe('an international official serves no country', () => {
  it('takes no country from an earlier national office, dated or not', () => {
    for (const date of ['2025-03-12', null]) {
      const lindqvist = facts('Secretary-General Anna Lindqvist met Olaf Scholz in Berlin.', date).actors.find((a) => a.id === 'anna-lindqvist');
      expect(lindqvist?.country).toBeNull();
    }
  });

  it('meets an office holder of that earlier country in a diplomatic contact', () => {
    expect(calls('Secretary-General Anna Lindqvist met Swedish Prime Minister Ulf Kristersson in Stockholm on Monday.')).toEqual(['anna-lindqvist + ulf-kristersson']);
  });

  it.each([
    ['an undated readout naming the institution\'s title', null, 'NATO Secretary General Jens Stoltenberg met Joe Biden at the White House.', null],
    ['a date inside the international term', '2019-04-04', 'Stoltenberg met Joe Biden at the White House on Tuesday.', null],
    ['a date inside the national term before it', '2010-04-04', 'Stoltenberg met Barack Obama at the White House on Tuesday.', 'NO'],
    ['a date inside the national office after it', '2025-06-02', 'Norwegian Finance Minister Jens Stoltenberg met Scott Bessent in Washington on Friday.', 'NO'],
  ])('gives a listed person the office of the date, or the one the text names: %s', (_case, date, text, country) => {
    expect(facts(text, date).actors.find((a) => a.id === 'jens-stoltenberg')?.country).toBe(country);
  });

  it('keeps the national office for a date inside it', () => {
    const lindqvist = facts('Prime Minister Anna Lindqvist met Jacques Chirac in Paris on Monday.', '2003-05-14').actors.find((a) => a.id === 'anna-lindqvist');
    expect(lindqvist?.country).toBe('SE');
  });
});

describe('a region named after a country word is no country', () => {
  it.each([
    ['Latin America', 'Lula said Brazil wants closer trade ties across Latin America.'],
    ['Latin American', 'Lula spoke to Latin American ministers about rail links.'],
  ])('%s: %j', (_region, text) => {
    expect(facts(text).countries.map((c) => c.code)).toEqual(['BR']);
  });
});

describe('words that are no part of a name', () => {
  it.each([
    ['a headline verb in title case', 'Gulf Leaders Congratulate Erdogan', ['recep-tayyip-erdogan']],
    ['a headline verb after a titled name', 'PM Rutte Confers With Benelux Leaders', ['mark-rutte']],
    ['a military rank after a title', 'Cabinet Secretary Maj. Rafael Ostrowski arrived in Vilnius.', ['rafael-ostrowski']],
    ['a title-case headline the story never restates', 'Minister Returns Home After Talks\n\nForeign Minister Rafael Ostrowski returned to Vilnius on Sunday.', ['rafael-ostrowski']],
    ['a treaty named after a title word', 'Lithuania cited the General Agreement on Tariffs in its complaint.', []],
    ['an office given to someone ("took office as the next President of …") names no holder', 'Anwar Ibrahim hosted Prabowo Subianto in Putrajaya, weeks before Prabowo took office as the next President of Indonesia.', ['anwar-ibrahim', 'prabowo-subianto']],
    ['a trade representative is an office holder of the country before the title', 'Trade Minister Hajime Tamura of Japan met U.S. Trade Representative Clayton Yeutter in Paris.', ['clayton-yeutter', 'hajime-tamura']],
    ['Malaysian honorifics before the name', 'Prime Minister Datuk Seri Anwar Ibrahim received Defence Minister Datuk Seri Faris Nordin in Putrajaya.', ['anwar-ibrahim', 'faris-nordin']],
    ['a second office with its qualifier, joined by "and"', 'Anwar Ibrahim received Thai Prime Minister-elect and Finance Minister Arun Chaiyasit in Putrajaya.', ['anwar-ibrahim', 'arun-chaiyasit']],
    ['a surname with its Arabic article, used alone', 'Prime Minister Faris Al Nouri arrived in Vilnius on Sunday. Prime Minister Al Nouri said trade would grow.', ['faris-al-nouri']],
  ])('%s: %j', (_case, text, ids) => {
    expect(actors(text, '2020-02-10')).toEqual(ids);
  });
});

describe('a role in a headline', () => {
  it('"premier" is the prime minister the story names', () => {
    const text = "Pakistan's premier speaks to Fico\n\nPakistani Premier Shehbaz Sharif telephoned Slovak Prime Minister Robert Fico on Monday.";
    expect(actors(text, '2024-03-13')).toEqual(['robert-fico', 'shehbaz-sharif']);
    expect(calls(text, '2024-03-13')).toEqual(['robert-fico + shehbaz-sharif']);
  });
});

describe('bodies named by two letters', () => {
  it.each([
    ['EU', 'The EU imposed sanctions on Russia on Monday.', 'european-union'],
    ['UN', 'The UN sent aid to Sudan on Monday.', 'united-nations'],
  ])('%s is a mention of its body', (_form, text, id) => {
    expect(runStages(text, { publishedOn: '2025-03-12' }, gazetteer).mentions.map((m) => m.actor)).toContain(id);
  });
});
