/**
 * Actors (issue 14, session 19): styles of address before a name ("His Highness", "HE", "Amb.",
 * "Prof.", "Hon.", "Engr.", "Alhaji"); a lower-case portfolio of up to eight words before its
 * holder; "High Commissioner / Ambassador of A to B NAME"; "NAME, the spokesman of the X
 * administration / for the Y government"; a listed leader's one-word name inside someone else's
 * Arabic name chain ("Al-X", "X bin Y"); a title in the possessive has no holder before it.
 * Sentences and people are ours.
 */
import { extractFacts } from '../../src/extraction/pipeline.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';

const gazetteer = loadGazetteer();
const facts = (text: string, publishedOn = '2025-03-12') => extractFacts(text, { publishedOn, gazetteer }).document;
const people = (text: string, publishedOn?: string) => facts(text, publishedOn).actors.filter((a) => a.kind !== 'institution').map((a) => `${a.name} (${a.kind}, ${a.country ?? '-'})`).sort();

describe('styles of address are no part of the name (HONORIFIC_STYLES)', () => {
  it.each([
    ['President Aino Kettu of Finland met the Emir of Kuwait, His Highness Sheikh Nasser bin Khalid Al Harbi, in Helsinki on Monday.', 'Nasser bin Khalid Al Harbi (leader, KW)'],
    ['The Qatari minister of state for trade, HE Dr Karim bin Saleh Al-Harbi, arrived in Oslo on Sunday.', 'Karim bin Saleh Al-Harbi (official, QA)'],
    ['Nigeria\'s Minister of Foreign Affairs Amb. Tunde Olaleye met the visitors on Friday.', 'Tunde Olaleye (official, NG)'],
    ["Kenya's Health Minister Prof. Otieno Wambua opened the clinic on Friday.", 'Otieno Wambua (official, KE)'],
    ["Kenya's Trade Minister Hon. Otieno Wambua opened the fair on Friday.", 'Otieno Wambua (official, KE)'],
    ["Nigeria's Works Minister Engr. Sani Bakori inspected the bridge on Friday.", 'Sani Bakori (official, NG)'],
    ["Nigeria's Defence Minister Alhaji Sani Bakori inspected the barracks on Friday.", 'Sani Bakori (official, NG)'],
  ])('%s', (text, person) => {
    expect(people(text)).toContain(person);
  });

  it('an honorific after the leading words of a name before a title ("… of Nepal Dr NAME, Ambassador of …")', () => {
    expect(people('The talks were attended by Tanvir Rahman, the foreign secretary of Bangladesh Dr Hasan Karim, Ambassador of Bangladesh to Nepal, and others.').join('; ')).not.toMatch(/Dr /);
  });
});

describe('a lower-case portfolio of several words before its holder (LOWER_PORTFOLIO_LONG)', () => {
  it.each([
    ['The delegation was received by Norwegian minister of state for fisheries and coastal affairs Olav Brenner at the airport.', 'Olav Brenner (official, NO)'],
    ['The Danish delegation was led by the minister of foreign affairs and regional integration, Tomas Vinter.', 'Tomas Vinter (official, DK)'],
    ['The Qatari guests were led by the minister of state in the ministry of trade, Karim bin Saleh Al-Harbi.', 'Karim bin Saleh Al-Harbi (official, QA)'],
  ])('%s', (text, person) => {
    expect(people(text)).toContain(person);
  });

  it('a verb ends the portfolio: "the minister of health told reporters NAME …" names no minister', () => {
    expect(people('In Nairobi the minister of health told reporters Otieno Wambua would lead the review.').some((p) => p.startsWith('Otieno Wambua (official'))).toBe(false);
  });
});

describe('"High Commissioner / Ambassador of A to B NAME" (TITLE_OF_THEN_TO)', () => {
  it.each([
    ['The minister met High Commissioner of Kenya to Ghana Otieno Wambua at the ministry on Monday.', 'Otieno Wambua (official, KE)'],
    ['Ambassador of Norway to Kenya Dr Ingrid Sandvik called on the minister on Friday.', 'Ingrid Sandvik (official, NO)'],
  ])('%s', (text, person) => {
    expect(people(text)).toEqual([person]);
  });
});

describe('"NAME, the spokesman of the X administration" (OF_BODY, SERVED_OWN_GOVERNMENT)', () => {
  it('a government named by a capitalised word and a lower-case head', () => {
    expect(people('Rahimullah Zadran, the spokesman of the Taliban administration, told reporters in Kabul that the border stays shut.').map((p) => p.replace(/ \(.*$/, ''))).toEqual(['Rahimullah Zadran']);
  });

  it('a country\'s government served is the holder\'s country', () => {
    expect(people('Rahimullah Zadran, the spokesman for the Afghan government, said on Tuesday that the strike killed nine.')).toEqual(['Rahimullah Zadran (official, AF)']);
  });
});

describe('a listed leader\'s one-word name inside another Arabic name (actor.not-leader.part-of-name)', () => {
  it('after a glued article: "Al-Mubarak" in a Kuwaiti name is not Hosni Mubarak', () => {
    expect(people('Finnish President Aino Kettu welcomed Sheikh Jaber Al-Fahad Al-Mubarak Al-Sabah in Helsinki on Monday.', '2024-12-22').join('; ')).not.toMatch(/Hosni/);
  });

  it('before a patronymic: "Dr Mohammed bin …" is not a listed leader named Mohammed', () => {
    expect(people('The Emir was accompanied by several ministers; Dr Mohammed bin Saleh Al-Harthy led the talks.', '2023-09-13').join('; ')).not.toMatch(/Murtala/);
  });
});

describe('a title in the possessive has no holder before it (TITLE_POSSESSIVE)', () => {
  it('"Villa Sorrel, the Danish head of state\'s official residence" names no one', () => {
    expect(people('The two leaders met at Villa Sorrel, the Danish head of state\'s official residence, on Monday.')).toEqual([]);
  });

  it('…but a body\'s possessive after the title keeps the holder ("NAME, Deputy Director of the X Ministry\'s press department")', () => {
    expect(people('Ivo Marek, Deputy Director of the Czech Foreign Ministry\'s press department, said the talks went well.')).toEqual(['Ivo Marek (official, CZ)']);
  });
});

describe('a leader of a movement is no head of state (LEADER_OF_NO_STATE)', () => {
  it.each([
    ['Kenyan opposition leader Otieno Wambua met the visiting envoys in Nairobi on Monday.', 'Otieno Wambua (official, KE)'],
    ['The rebel leader Otieno Wambua met the mediators in Kampala on Monday.', 'Otieno Wambua (official'],
  ])('%s', (text, person) => {
    expect(people(text).some((p) => p.startsWith(person))).toBe(true);
  });

  it('a country\'s leader stays a leader', () => {
    expect(people('The Kenyan leader Otieno Wambua met the visiting envoys in Nairobi on Monday.')).toEqual(['Otieno Wambua (leader, KE)']);
  });
});

describe('a country word opening a society\'s name is no state served (COUNTRY_IN_BODY_NAME)', () => {
  it.each([
    'Otieno Wambua, president of the Kenya Bankers Association, met the governor on Monday.',
    'The governor met the president of the Kenya Red Cross, Otieno Wambua, on Monday.',
  ])('%s', (text) => {
    expect(people(text).some((p) => / \(leader, KE\)$/.test(p))).toBe(false);
  });

  it('…but "President of Kenya NAME" serves Kenya', () => {
    expect(people('President of Kenya Otieno Wambua opened the summit on Monday.')).toEqual(['Otieno Wambua (leader, KE)']);
  });
});

describe('a handle after a title (HANDLE_OF_NAME, HANDLE_OF_OFFICE)', () => {
  it('a handle spelling a listed person\'s name is that person, with their country', () => {
    expect(people('On Sunday Foreign Minister HH Prince @FaisalbinFarhan took a call from Tehran.', '2024-04-14')).toContain('Faisal bin Farhan Al Saud (official, SA)');
  });

  it('an unlisted handle after a country\'s title is the person the text names in that office', () => {
    expect(people('Norway\'s Foreign Minister Jana Lindqvist spoke to reporters on Sunday.\n\nThe call was reported by Norwegian Foreign Minister @JanaLQ on Sunday.\n')).toEqual(['Jana Lindqvist (official, NO)']);
  });
});

describe('a given name under a title the text gave the full name (FOLD_GIVEN_NAME)', () => {
  it('"Crown Prince Mohammed" after "Saudi Crown Prince Mohammed bin Salman" is the same person', () => {
    expect(people('Prime Minister Aino Kettu of Finland met Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday.\n\nKettu later thanked Crown Prince Mohammed for the welcome.\n', '2025-10-27').map((p) => p.replace(/ \(.*$/, ''))).toEqual(['Aino Kettu', 'Mohammed bin Salman']);
  });
});

describe('the country after a portfolio (PORTFOLIO_THEN_COUNTRY) and a country\'s own ministry served', () => {
  it.each([
    ['Otieno Wambua, Minister for Foreign Affairs of Kenya, met the visiting envoys on Monday.', 'Otieno Wambua (official, KE)'],
    ['The minister of foreign affairs of Kenya, Otieno Wambua, met the visiting envoys on Monday.', 'Otieno Wambua (official, KE)'],
    ['Otieno Wambua, a spokesman for Kenya\'s foreign ministry, said the talks were useful.', 'Otieno Wambua (official, KE)'],
  ])('%s', (text, person) => {
    expect(people(text)).toContain(person);
  });
});
