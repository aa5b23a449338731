import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const incidents = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
  .map(({ perpetrator, country, date, killed, evidence }) => ({ perpetrator, country, date, killed, rule: evidence[0].rule }));

describe('strikes in news wording', () => {
  it.each([
    ['Israel bombed two Syrian army depots in April.', { perpetrator: 'IL', country: 'SY', date: null, killed: null, rule: 'incident.country-strikes' }],
    ['U.S. warships shelled two Iranian radar stations on the coast on Monday.', { perpetrator: 'US', country: 'IR', date: '2025-07-07', killed: null, rule: 'incident.country-strikes' }],
    ['It followed an Iranian missile attack on a Kuwaiti oil tanker, the Gulf Pearl, in Kuwaiti waters last Friday.', { perpetrator: 'IR', country: 'KW', date: '2025-07-04', killed: null, rule: 'incident.attack-on' }],
    ['A Russian missile hit a holiday camp near Odesa in Ukraine on Tuesday, killing at least 32 people.', { perpetrator: 'RU', country: 'UA', date: '2025-07-08', killed: 32, rule: 'incident.strike' }],
    ['Israel struck targets in Iran early on Friday.', { perpetrator: 'IL', country: 'IR', date: '2025-07-04', killed: null, rule: 'incident.country-strikes' }],
    ['Israeli air strikes on Gaza killed at least 40 Palestinians on Tuesday.', { perpetrator: 'IL', country: 'PS', date: '2025-07-08', killed: 40, rule: 'incident.attack-on' }],
    ['Russian missiles struck Kyiv on Wednesday, killing at least 12 people.', { perpetrator: 'RU', country: 'UA', date: '2025-07-09', killed: 12, rule: 'incident.country-strikes' }],
    ['A Russian drone strike killed three people in Kharkiv in Ukraine on Monday, the deadliest since 2022.', { perpetrator: 'RU', country: 'UA', date: '2025-07-07', killed: 3, rule: 'incident.strike' }],
    ['Russia launched a massive drone attack on Kyiv on Sunday.', { perpetrator: 'RU', country: 'UA', date: '2025-07-06', killed: null, rule: 'incident.country-strikes' }],
    // Session 9: an airstrike launched in one word, in a capital named by its country's demonym.
    ['Turkey launched a rare airstrike in the Iraqi capital on Tuesday, hitting a depot.', { perpetrator: 'TR', country: 'IQ', date: '2025-07-08', killed: null, rule: 'incident.country-strikes' }],
    // Killed in an air strike in a capital named after a direction; the number of all killed, not of those among them.
    ['Medics said 12 people including four women died in an air strike in eastern Tripoli on Tuesday.', { perpetrator: null, country: 'LY', date: '2025-07-08', killed: 12, rule: 'incident.attack-on' }],
    // A town or region of war news locates the strike in its country (incident-places.ts).
    ['An Israeli air strike killed at least 32 people in Gaza on Tuesday, health officials said.', { perpetrator: 'IL', country: 'PS', date: '2025-07-08', killed: 32, rule: 'incident.strike' }],
    ['A Russian missile hit a hospital in Kharkiv on Monday, killing three people.', { perpetrator: 'RU', country: 'UA', date: '2025-07-07', killed: 3, rule: 'incident.strike' }],
    ['Israeli forces shelled the Jabalia refugee camp in northern Gaza on Sunday.', { perpetrator: 'IL', country: 'PS', date: '2025-07-06', killed: null, rule: 'incident.country-strikes' }],
    // A strike named as a noun with the state making it; a drone strike that killed one person.
    ['An Israeli strike on a school in Gaza City killed 25 people on Saturday.', { perpetrator: 'IL', country: 'PS', date: '2025-07-05', killed: 25, rule: 'incident.named-attack' }],
    ['A US drone strike killed a militant commander in Somalia on Thursday.', { perpetrator: 'US', country: 'SO', date: '2025-07-10', killed: null, rule: 'incident.strike' }],
    // A state's own army striking inside its own country.
    ['A Sudanese army air strike killed 30 people at a market in Darfur on Monday.', { perpetrator: 'SD', country: 'SD', date: '2025-07-07', killed: 30, rule: 'incident.strike' }],
    // An armed group, no state, as the attacker: the strike is told, with no perpetrator country.
    ['Houthi rebels fired two missiles at an Israeli port city on Monday.', { perpetrator: null, country: 'IL', date: '2025-07-07', killed: null, rule: 'incident.country-strikes' }],
    // Session 12: a demonym of the people hit ("Turkish workers") is not where the strike happened.
    ['A Russian missile hit a hostel housing Turkish workers in Kharkiv on Monday, killing two people.', { perpetrator: 'RU', country: 'UA', date: '2025-07-07', killed: 2, rule: 'incident.strike' }],
    ['An Israeli drone struck a bus carrying Indian pilgrims near Tehran on Monday.', { perpetrator: 'IL', country: 'IR', date: '2025-07-07', killed: null, rule: 'incident.country-strikes' }],
    // Session 10: a district the gazetteer does not know, "of" a town it does, locates the strike.
    ['Three people died on Saturday after a Russian drone attack in the Saltivskyi district of Kharkiv.', { perpetrator: 'RU', country: 'UA', date: '2025-07-05', killed: 3, rule: 'incident.attack-on' }],
    // Killed by shelling named as its agent, with the attacker qualifying it.
    ['Four miners were killed by Russian shelling in the Donetsk region on Sunday.', { perpetrator: 'RU', country: 'UA', date: '2025-07-06', killed: 4, rule: 'incident.strike' }],
    // Where it happened outweighs what was hit: "bases in southern Lebanon".
    ['Israeli jets raided Palestinian guerrilla bases in southern Lebanon on Tuesday, killing 12 people.', { perpetrator: 'IL', country: 'LB', date: '2025-07-08', killed: 12, rule: 'incident.country-strikes' }],
    // "Overnight" in the news of a day: the day of publication.
    ["Russia launched 400 drones and 40 missiles at Ukraine overnight, Ukraine's air force said.", { perpetrator: 'RU', country: 'UA', date: '2025-07-10', killed: null, rule: 'incident.country-strikes' }],
    ['At least 15 people were killed when Russian missiles struck Dnipro overnight.', { perpetrator: 'RU', country: 'UA', date: '2025-07-10', killed: 15, rule: 'incident.country-strikes' }],
    // Session 8: wire and BBC wording of the 1980s-2000s; forces named by kind ("helicopter gunships", "air force jets").
    ['Iraqi warplanes bombed the Iranian city of Dezful on Tuesday, killing 25 civilians, Tehran Radio said.', { perpetrator: 'IQ', country: 'IR', date: '2025-07-08', killed: 25, rule: 'incident.country-strikes' }],
    ['Iranian gunboats attacked a Kuwaiti tanker in the Gulf on Monday, shipping sources said.', { perpetrator: 'IR', country: 'KW', date: '2025-07-07', killed: null, rule: 'incident.country-strikes' }],
    ['Iraq said its warplanes hit an Iranian oil terminal at Kharg Island on Sunday.', { perpetrator: 'IQ', country: 'IR', date: '2025-07-06', killed: null, rule: 'incident.strike' }],
    ['An Iraqi air raid on the Iranian town of Baneh killed 20 people on Wednesday, the Iranian news agency IRNA said.', { perpetrator: 'IQ', country: 'IR', date: '2025-07-09', killed: 20, rule: 'incident.attack-on' }],
    ['Israeli warplanes raided Palestinian guerrilla positions near Sidon in south Lebanon yesterday, killing 12 people, police said.', { perpetrator: 'IL', country: 'LB', date: '2025-07-09', killed: 12, rule: 'incident.country-strikes' }],
    ['Israeli helicopter gunships fired missiles at a car in Gaza City on Monday, killing two Hamas militants.', { perpetrator: 'IL', country: 'PS', date: '2025-07-07', killed: 2, rule: 'incident.country-strikes' }],
    ['US aircraft bombed suspected insurgent positions in Falluja overnight, the military said.', { perpetrator: 'US', country: 'IQ', date: '2025-07-10', killed: null, rule: 'incident.country-strikes' }],
    ['The Israeli Air Force carried out an air strike on a house in Rafah on Sunday, killing three people.', { perpetrator: 'IL', country: 'PS', date: '2025-07-06', killed: 3, rule: 'incident.country-strikes' }],
    ['Pakistani troops fired mortar shells into Afghanistan on Friday, Afghan officials said.', { perpetrator: 'PK', country: 'AF', date: '2025-07-04', killed: null, rule: 'incident.country-strikes' }],
    ['Nigerian air force jets mistakenly bombed a village in Niger on Wednesday, killing seven people.', { perpetrator: 'NG', country: 'NE', date: '2025-07-09', killed: 7, rule: 'incident.country-strikes' }],
    ['A missile fired by Israeli aircraft struck a car in the Jabalya refugee camp on Tuesday, killing two men.', { perpetrator: 'IL', country: 'PS', date: '2025-07-08', killed: 2, rule: 'incident.country-strikes' }],
    ['A US drone strike killed five suspected militants in North Waziristan on Saturday, Pakistani officials said.', { perpetrator: 'US', country: 'PK', date: '2025-07-05', killed: 5, rule: 'incident.strike' }],
    ['Israeli shelling killed five people in southern Lebanon on Monday.', { perpetrator: 'IL', country: 'LB', date: '2025-07-07', killed: 5, rule: 'incident.strike' }],
    // A trailing participle ("…, striking nine sites in Pakistan") has the sentence's opening state as its subject.
    ['India launched Operation Sindoor early on Wednesday, striking nine sites in Pakistan and Pakistan-administered Kashmir.', { perpetrator: 'IN', country: 'PK', date: '2025-07-09', killed: null, rule: 'incident.country-strikes' }],
    ["Israel launched Operation Rising Lion on Friday, striking Iran's nuclear facilities at Natanz.", { perpetrator: 'IL', country: 'IR', date: '2025-07-04', killed: null, rule: 'incident.country-strikes' }],
    ['Iran fired missiles at a US base in Qatar on Monday.', { perpetrator: 'IR', country: 'QA', date: '2025-07-07', killed: null, rule: 'incident.country-strikes' }],
    ["Israel's strike on Doha killed six people on Tuesday.", { perpetrator: 'IL', country: 'QA', date: '2025-07-08', killed: 6, rule: 'incident.named-attack' }],
    // A raid on a known place after "the"; an air strike in a province of war news.
    ['Israeli troops killed three Palestinians in a raid on the Jenin refugee camp on Monday.', { perpetrator: 'IL', country: 'PS', date: '2025-07-07', killed: 3, rule: 'incident.named-attack' }],
    ['According to the Syrian Observatory, Russian airstrikes killed 20 civilians in Idlib province.', { perpetrator: 'RU', country: 'SY', date: null, killed: 20, rule: 'incident.strike' }],
    // Strikes carried out "in" a country, strikes that killed people "across" a place, a bombardment of a place.
    ['Israel carried out air strikes in southern Lebanon on Thursday.', { perpetrator: 'IL', country: 'LB', date: '2025-07-10', killed: null, rule: 'incident.country-strikes' }],
    ['Israeli strikes killed at least 50 people across Gaza on Saturday, the health ministry said.', { perpetrator: 'IL', country: 'PS', date: '2025-07-05', killed: 50, rule: 'incident.strike' }],
    ['The Israeli bombardment of Gaza City killed 30 people on Friday.', { perpetrator: 'IL', country: 'PS', date: '2025-07-04', killed: 30, rule: 'incident.strike' }],
    // Session 13: a ship's registry names no place; a state's attack or raid named as a noun; a hit verb with a weapon as instrument.
    ['A drone attack on the Liberian-registered tanker Ocean Star in Yemeni waters on Friday damaged its hull.', { perpetrator: null, country: 'YE', date: '2025-07-04', killed: null, rule: 'incident.attack-on' }],
    ['A Turkish attack on a Syrian army post near Aleppo on Monday killed four soldiers.', { perpetrator: 'TR', country: 'SY', date: '2025-07-07', killed: 4, rule: 'incident.named-attack' }],
    ['A French raid on a Libyan air base near Sirte on Monday destroyed two jets.', { perpetrator: 'FR', country: 'LY', date: '2025-07-07', killed: null, rule: 'incident.named-attack' }],
    ['Russia pummelled Odesa with the largest missile barrage in weeks, hours after the talks.', { perpetrator: 'RU', country: 'UA', date: null, killed: null, rule: 'incident.hit-with-weapon' }],
    // Session 13 (H15): a bombing or terrorist attack, by no state named, in a place or country.
    ['Four people were killed in a suicide bombing at a market in northern Pakistan on Friday.', { perpetrator: null, country: 'PK', date: '2025-07-04', killed: 4, rule: 'incident.bomb-attack' }],
    ['Chile mourned the victims of the terrorist attack in Peru on Sunday.', { perpetrator: null, country: 'PE', date: '2025-07-06', killed: null, rule: 'incident.bomb-attack' }],
  ])('reads %j', (text, expected) => {
    expect(incidents(text)).toEqual([expected]);
  });

  it.each([
    ['Trump threatened to bomb Iran if talks failed.'],
    ['Turkey struck a deal with Libya on Tuesday.'],
    ['Japan struck an agreement with India on Monday.'],
    ['The bombing of Hiroshima killed 140,000 people in Japan in 1945.'],
    ['Israel warned it could launch strikes on Iran.'],
    ['Zelenskyy spoke about the shelling of residential neighbourhoods.'],
    ['Workers went on strike against the government in France on Monday.'],
    ['The president condemned the attack on democracy in Brazil.'],
    // Rebels, a conjunction before the force, a strike inside the attacker's own country (a car bomb is an attack, below).
    // (Rebels who attack a place make an attack, no strike: news-incidents-s20.test.ts, incident.group-assault.)
    ['Israeli officials discussed the possibility of air strikes on Iran.'],
    ['Russian warplanes bombed the Chechen capital Grozny on Sunday.'],
    ['Iraq accused Iran of shelling Basra.'],
    ['Pakistan said India was striking a blow against peace, officials said.'],
    ['Britain and France were striking a deal on Monday, attacking the plan.'],
    // Strikes of workers or prisoners.
    ['Hunger strikes killed two prisoners in Turkey last year.'],
    ['The strike by dock workers in Britain lasted three days.'],
    // A state's own forces named with no strike of theirs: the country is not struck by itself.
    ['The Sudanese army said on Monday that its troops were moving into Darfur.'],
    ['Houthi rebels fired their spokesman on Monday.'],
    // A hit verb whose instrument is no weapon.
    ['The opposition hammered the Canadian government with questions on Monday.'],
    ['Washington hammered Beijing with new tariffs on Friday.'],
    ['Pakistan warned of possible terrorist attacks during the elections.'],
  ])('reads no strike in %j', (text) => {
    expect(incidents(text)).toEqual([]);
  });
  it('gives a strike called recent no day of its sentence, which dates the telling, and joins it to the strike the story dates', () => {
    const text = "Israel's recent raid on Beirut harmed the ceasefire talks, the minister said on Monday. Israeli jets struck the Lebanese capital on Tuesday, killing six people.";
    expect(incidents(text)).toEqual([{ perpetrator: 'IL', country: 'LB', date: '2025-07-08', killed: 6, rule: 'incident.country-strikes' }]);
    expect(incidents("Israel's recent raid on Beirut harmed the ceasefire talks, the minister said on Monday.")).toEqual([{ perpetrator: 'IL', country: 'LB', date: null, killed: null, rule: 'incident.named-attack' }]);
  });
  it('reads a bomb planted, driven or thrown (car, truck, roadside, suicide; "a bomb attack on") as an attack, not a strike', () => {
    const kinds = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
      .map(({ kind, country, date, place, evidence }) => ({ kind, country, date, place, rule: evidence[0].rule }));
    expect(kinds('A car bomb exploded in Baghdad on Tuesday, killing 20 people.')).toEqual([{ kind: 'attack', country: 'IQ', date: '2025-07-08', place: 'Baghdad', rule: 'incident.bomb-attack' }]);
    expect(kinds('A bomb attack on a bus in Quetta on Monday killed six people.')).toEqual([{ kind: 'attack', country: 'PK', date: '2025-07-07', place: 'Quetta', rule: 'incident.bomb-attack' }]);
    expect(kinds('A roadside bomb killed three soldiers in Kandahar on Sunday.')).toEqual([{ kind: 'attack', country: 'AF', date: '2025-07-06', place: 'Kandahar', rule: 'incident.bomb-attack' }]);
    // Air-dropped bombs stay strikes.
    expect(kinds('Israeli bombs killed five people in Rafah on Monday.')).toEqual([{ kind: 'strike', country: 'PS', date: '2025-07-07', place: 'Rafah', rule: 'incident.strike' }]);
  });
  it('places a bombing by the known town qualifying it, and keeps an undated one in another town as another attack', () => {
    const text = 'A suicide bombing hit a market in Herat on Monday, killing nine people.\n\nA Kabul car bombing earlier this month left four people dead.';
    expect(extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents.map(({ kind, country, date, place }) => ({ kind, country, date, place }))).toEqual([
      { kind: 'attack', country: 'AF', date: '2025-07-07', place: 'Herat' },
      { kind: 'attack', country: 'AF', date: null, place: 'Kabul' },
    ]);
  });
  it('takes an undated report of a strike, as in a headline, for the strike the story later dates', () => {
    const text = 'Air strike kills 9 people in Libyan capital\n\nMedics said 9 people died in an air strike in eastern Tripoli on Tuesday.';
    expect(incidents(text)).toEqual([{ perpetrator: null, country: 'LY', date: '2025-07-08', killed: 9, rule: 'incident.attack-on' }]);
  });
});
