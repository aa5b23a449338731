/**
 * The day of a contact, session 23. Which clause's day a contact takes when a fronted "after" or participle clause
 * gives an earlier step its own day (date.fronted-step-day); a count of hours before or after the day just told
 * ("24 hours before X and Y met"); a story told under a present-tense headline of a contact or in the lede's present
 * progressive is of the publication day for a held contact of a later paragraph that no day reaches (date.present-lede);
 * a contact told again by a definite noun ("during the telephone talks") joins its first telling
 * (date.retold-contact). Every sentence is ours, invented for its construction; none is taken from a news text.
 */
import { callsOf } from './helpers/calls-of.js';

const PUBLISHED = '2024-03-13'; // a Wednesday

describe('a fronted clause\'s day yields to the contact\'s own clause (session 23, date.fronted-step-day)', () => {
  it.each([
    ['"after landing … on Monday evening, … met … on Tuesday morning"', 'After landing in Oslo on Monday evening, Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist at the palace on Tuesday morning.', ['anna-varga + erik-lindqvist 2024-03-12']],
    ['a participle clause', 'Arriving in Oslo on Monday evening, Chancellor Anna Varga held talks with Swedish Prime Minister Erik Lindqvist on Tuesday.', ['anna-varga + erik-lindqvist 2024-03-12']],
    ['with no day of its own clause, the fronted day stands', 'After arriving in Oslo on Monday, Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist at the palace.', ['anna-varga + erik-lindqvist 2024-03-11']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(`Headline of the story\n\n${text}`, PUBLISHED)).toEqual(expected);
  });
});

describe('hours counted from the day just told (session 23)', () => {
  it.each([
    ['"24 hours before" is the day after', 'On Sunday, Chancellor Anna Varga held talks with Swedish Prime Minister Erik Lindqvist in Oslo, 24 hours before Lindqvist and Finnish President Aino Korpela met in Helsinki.', ['aino-korpela + erik-lindqvist 2024-03-11', 'anna-varga + erik-lindqvist 2024-03-10']],
    ['"two days before", with a longer subject', 'On Sunday, Chancellor Anna Varga held talks with Swedish Prime Minister Erik Lindqvist in Oslo, two days before Lindqvist and Finnish President Aino Korpela met in Helsinki.', ['aino-korpela + erik-lindqvist 2024-03-12', 'anna-varga + erik-lindqvist 2024-03-10']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(`Headline of the story\n\n${text}`, PUBLISHED)).toEqual(expected);
  });
});

describe('a story told in the present is of the publication day for a later held contact (session 23, date.present-lede)', () => {
  it.each([
    ['the lede\'s present progressive', 'Varga in Vienna for gas talks\n\nChancellor Anna Varga is visiting Vienna for two days of talks on gas transit.\n\nVarga held talks with Swedish Prime Minister Erik Lindqvist at the old palace.', ['anna-varga + erik-lindqvist 2024-03-13']],
    ['a present-tense headline of a contact', 'Varga meets Nordic leaders in Vienna\n\nChancellor Anna Varga has welcomed the leaders of the Nordic states to the Austrian capital.\n\nShe held talks with Swedish Prime Minister Erik Lindqvist at the old palace.', ['anna-varga + erik-lindqvist 2024-03-13']],
    ['not a story told in the past', 'Varga hosted Nordic leaders in Vienna\n\nChancellor Anna Varga welcomed the leaders of the Nordic states to the Austrian capital.\n\nShe held talks with Swedish Prime Minister Erik Lindqvist at the old palace.', ['anna-varga + erik-lindqvist undated']],
    ['not a plan in the lede, nor a headline\'s noun "talks"', 'Varga in Vienna for gas talks\n\nChancellor Anna Varga is expected to visit Vienna for two days of talks on gas transit.\n\nVarga held talks with Swedish Prime Minister Erik Lindqvist at the old palace.', ['anna-varga + erik-lindqvist undated']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(text, PUBLISHED)).toEqual(expected);
  });
});

describe('a contact told again by a definite noun keeps its first telling\'s day (session 23, date.retold-contact)', () => {
  it.each([
    ['"in the phone conversation, A and B …" in a paragraph of another day', 'Chancellor Anna Varga spoke with Swedish Prime Minister Erik Lindqvist by phone on Monday.\n\nOn Tuesday, Varga flew to Bergen for a summit. In the phone conversation, Varga and Lindqvist also discussed the ferry link.', ['anna-varga + erik-lindqvist 2024-03-11']],
    ['"the telephone talks between A and B" in a paragraph of another day', 'Chancellor Anna Varga spoke with Swedish Prime Minister Erik Lindqvist by phone on Monday.\n\nOn Tuesday, Varga flew to Bergen for a summit. The telephone talks between Varga and Lindqvist also covered the ferry link.', ['anna-varga + erik-lindqvist 2024-03-11']],
    ['not a second contact told by a verb', 'Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist in Oslo on Monday.\n\nOn Tuesday, Varga travelled to Bergen. Varga and Lindqvist met again there.', ['anna-varga + erik-lindqvist 2024-03-11', 'anna-varga + erik-lindqvist 2024-03-12']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(`Headline of the story\n\n${text}`, PUBLISHED)).toEqual(expected);
  });
});
