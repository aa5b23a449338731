/**
 * Session 20 (issue 15): an armed group as the subject of attacking, ambushing, raiding or storming a place makes an
 * attack with no perpetrator country (incident.group-assault); a state that carried out "the" strike at a site, or fired
 * weapons "targeting" something, strikes (incident.country-strikes); a site named after a known town ("Erbil
 * International Airport") lies in that town's country; an embassy's state, capitalised or not, is not where it was hit;
 * a strike the story's event "follows" or answers is its cause, told again (incident.cause-retold).
 * Sentences written for these tests (publication day Thursday 2025-07-10).
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const incidents = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
  .map(({ kind, perpetrator, country, date }) => ({ kind, perpetrator, country, date }));

describe('incidents of session 20', () => {
  it.each([
    // An armed group attacks a place: an attack, no state its perpetrator.
    ['Insurgents attacked an army post on Saturday in the Kunar province of Afghanistan, killing four soldiers.',
      [{ kind: 'attack', perpetrator: null, country: 'AF', date: '2025-07-05' }]],
    ['Gunmen stormed a hotel in Mogadishu on Tuesday night and held guests for hours.',
      [{ kind: 'attack', perpetrator: null, country: 'SO', date: '2025-07-08' }]],
    // The verb coordinated with the group's first verb in its clause.
    ['The rebels rejected the truce and ambushed a police convoy near Goma on Monday.',
      [{ kind: 'attack', perpetrator: null, country: 'CD', date: '2025-07-07' }]],
    // A state in the object is what the group hit, not the attacker.
    ['Militants raided Nigerien army positions in the town of Diffa on Wednesday, the ministry in Niamey said.',
      [{ kind: 'attack', perpetrator: null, country: 'NE', date: '2025-07-09' }]],
    // A town the gazetteer does not know lies in the story's country.
    ['Talks between the Afghan government and the insurgents stalled this week.\n\nGuerrillas attacked a garrison on Sunday near a market in the eastern Darwaza district, a radio station reported.',
      [{ kind: 'attack', perpetrator: null, country: 'AF', date: '2025-07-06' }]],
    // A state carried out "the" strike at a site named after a known town.
    ['Turkey carried out the drone strike at Erbil International Airport on Wednesday, the ministry said.',
      [{ kind: 'strike', perpetrator: 'TR', country: 'IQ', date: '2025-07-09' }]],
    // A state fired weapons targeting something in a place.
    ['On Monday Iran launched missiles targeting American troops in Iraqi air bases.',
      [{ kind: 'strike', perpetrator: 'IR', country: 'IQ', date: '2025-07-07' }]],
    // A strike the story's event follows is told as its cause: no day of its own, it joins nothing and adds no country of its embassy.
    ['French jets struck a depot in northern Mali on Wednesday. The raid follows rocket attacks on the French Embassy in Mali that the junta blamed on jihadists.',
      [{ kind: 'strike', perpetrator: 'FR', country: 'ML', date: '2025-07-09' }]],
    // A cause that names its own day keeps it.
    ['Danish warships shelled a radar site in Yemen on Wednesday.\n\nCopenhagen called the raid its answer, in retaliation for an Iranian drone attack on a Danish ferry off Oman last Friday.',
      [{ kind: 'strike', perpetrator: 'DK', country: 'YE', date: '2025-07-09' }, { kind: 'strike', perpetrator: 'IR', country: 'OM', date: '2025-07-04' }]],
    // The same cause with no day of its own takes none (it is not of the telling's day).
    ['Danish warships shelled a radar site in Yemen on Wednesday.\n\nCopenhagen called the raid its answer, in retaliation for an Iranian drone attack on a Danish ferry off Oman.',
      [{ kind: 'strike', perpetrator: 'DK', country: 'YE', date: '2025-07-09' }, { kind: 'strike', perpetrator: 'IR', country: 'OM', date: null }]],
    // Bombs dropped on a place by a state's aircraft.
    ['Israeli helicopters dropped bombs on a crowded quarter of Rafah on Monday, rescuers said.',
      [{ kind: 'strike', perpetrator: 'IL', country: 'PS', date: '2025-07-07' }]],
    // A weapon's model between the state and its force ("Thai F-16 jets").
    ['Greek F-16 jets bombed Turkish army posts on Tuesday as the dispute spread.',
      [{ kind: 'strike', perpetrator: 'GR', country: 'TR', date: '2025-07-08' }]],
    // A state's shelling that killed people where the clause names no place: the paragraph's other country was struck.
    ['Bangladesh said Burmese shelling along the river frontier killed two fishermen on Sunday.',
      [{ kind: 'strike', perpetrator: 'MM', country: 'BD', date: '2025-07-06' }]],
    // A bomb that went off, a blast that tore through a place: attacks with no state.
    ['Eleven people were killed when a bomb went off near a bus depot in Quetta on Monday.',
      [{ kind: 'attack', perpetrator: null, country: 'PK', date: '2025-07-07' }]],
    ['A blast tore through a wedding hall in Kandahar on Tuesday evening.',
      [{ kind: 'attack', perpetrator: null, country: 'AF', date: '2025-07-08' }]],
    // Gunmen who opened fire on people in a known town.
    ['Gunmen opened fire on worshippers leaving a church in Maiduguri on Sunday.',
      [{ kind: 'attack', perpetrator: null, country: 'NG', date: '2025-07-06' }]],
    // Towns of war news the list now knows.
    ['A Ukrainian drone hit a fuel depot in Saratov on Wednesday, the regional governor said.',
      [{ kind: 'strike', perpetrator: 'UA', country: 'RU', date: '2025-07-09' }]],
  ])('%s', (text, expected) => {
    expect(incidents(text)).toEqual(expected);
  });

  it.each([
    // Leaders of a group that "attacked" a policy name no place: no incident.
    'Rebel leaders attacked the budget in a long speech on Monday.',
    // A threatened group attack is none.
    'Officials warned that militants could attack the port of Kismayo next week.',
    // A group whose men were attacked is no attacker.
    'Police said the convoy carrying the militants was attacked by unknown men.',
  ])('no incident: %s', (text) => {
    expect(incidents(text).filter((i) => i.kind === 'attack' && i.date === '2025-07-07')).toEqual([]);
  });

  it.each([
    // "The bombings" told again by a definite plural are no new attack.
    'A majority of voters still view the bombings as necessary, a poll in Pakistan showed on Monday.',
    // An attack someone expected or feared is none (incident's STRIKE_BLOCKER).
    '"Everyone was expecting a terrorist attack in Kabul," he said on Monday.',
    'Residents feared a drone strike on Kharkiv all through Monday night.',
  ])('nothing at all: %s', (text) => {
    expect(incidents(text)).toEqual([]);
  });

  it.each([
    // The same words with no definite determiner, or with no fear, report attacks.
    ['Coordinated bombings in Kabul killed nine people on Monday.', [{ kind: 'attack', perpetrator: null, country: 'AF', date: '2025-07-07' }]],
    // Rebels that attack a place make an attack, no strike (no state is named).
    ['Rebels attacked a customs post in eastern Chad on Monday, killing three guards.', [{ kind: 'attack', perpetrator: null, country: 'TD', date: '2025-07-07' }]],
  ])('still an attack: %s', (text, expected) => {
    expect(incidents(text)).toEqual(expected);
  });
});
