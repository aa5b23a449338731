/**
 * Session 17 (issue 15): agreements whose signing clause names its parties away from the verb. A verb
 * joined by "and" to the first verb of its clause shares that clause's subject, and a group subject
 * ("they", "the two leaders", "both the sides", also after a fronted phrase or "said") stands for the
 * two countries of the contact told before it (commitment.clause-group); a time phrase between
 * "agreed" and "to" ("agreed in early March to"); leaders who "observed the signing of" an agreement;
 * "We agree who …" states an opinion, not an agreement. Support pledged with no party named after it
 * goes to the other country of the contact told before (commitment.support-to-counterpart), of the kinds
 * its "including" list names; manner adverbs after "support <party>" name the kinds, one item each.
 * Sentences written for these tests.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const commitments = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.commitments
  .map(({ byCountry, kind, target, beneficiary }) => ({ byCountry, kind, target, beneficiary }))
  .sort((a, b) => `${a.byCountry}${a.kind}`.localeCompare(`${b.byCountry}${b.kind}`));
const agreement = (byCountry: string, target: string) => ({ byCountry, kind: 'agreement', target, beneficiary: null });
const help = (byCountry: string, kind: string, beneficiary: string) => ({ byCountry, kind, target: null, beneficiary });

describe('agreements of session 17', () => {
  it.each([
    // The verb after "and" shares the subject "they" of its clause: the two countries of the meeting.
    ['Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Osaka on Monday, and they toured a rail depot and agreed to widen cooperation on fast trains.', [agreement('IN', 'JP'), agreement('JP', 'IN')]],
    // The group opens the sentence, the verb follows a first verb phrase and "and".
    ['Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Osaka on Monday.\n\nThe two leaders also toured a new container port and agreed to widen cooperation on fast trains.', [agreement('IN', 'JP'), agreement('JP', 'IN')]],
    // Talks that are the first verb's object do not make the shared agreement only sought; a modal before the first verb does.
    ['Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Osaka on Monday.\n\nThe two leaders also held talks on energy and agreed to build a gas terminal.', [agreement('IN', 'JP'), agreement('JP', 'IN')]],
    ['Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Osaka on Monday.\n\nThe two leaders would tour a port and agreed to build a gas terminal.', []],
    // A group after a fronted phrase without a comma.
    ['Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Osaka on Monday.\n\nDuring the talks both the sides agreed to widen cooperation on fast trains.', [agreement('IN', 'JP'), agreement('JP', 'IN')]],
    // A time phrase between "agreed" and "to".
    ['Brazil and Argentina agreed in early March to open their markets to each other\'s wine.', [agreement('AR', 'BR'), agreement('BR', 'AR')]],
    // Leaders who observed the signing of a memorandum commit as those who sign it.
    ['Brazilian President Lula da Silva and Chilean President Gabriel Boric observed the signing of two memoranda on lithium.', [agreement('BR', 'CL'), agreement('CL', 'BR')]],
    // Near misses: "they" of no contact; agreeing on who is to blame is an opinion.
    ['Farmers near the border said they planted early and agreed to sell more grain to Brazil.', []],
    ['Chancellor Friedrich Merz spoke about the war. "We agree who began this war: Russia," Merz said.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('support of session 17', () => {
  const talks = 'Brazilian President Lula da Silva held talks with Chilean President Gabriel Boric in Santiago on Monday.';
  it.each([
    // Support with no party after it: the other country of the contact; the kinds its "including" list names.
    [`${talks}\n\nLula reaffirmed his full support, including through continued economic and humanitarian aid.`, [help('BR', 'economic_aid', 'CL'), help('BR', 'humanitarian_aid', 'CL')]],
    // No kind named: political backing.
    [`${talks} Lula pledged his support, saying the two nations were close.`, [help('BR', 'diplomatic_support', 'CL')]],
    // Manner adverbs name the kinds of support given to the party.
    ['Norway will support Moldova militarily, diplomatically and financially.', [help('NO', 'diplomatic_support', 'MD'), help('NO', 'economic_aid', 'MD'), help('NO', 'security_assistance', 'MD')]],
    // Near misses: support for something that is not a party; support with no contact told.
    [`${talks} Lula pledged his support for the plan.`, []],
    ['Brazilian President Lula da Silva spoke to reporters in Santiago on Monday. Lula pledged his support, saying the region was close.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('agreements told in the passive, by a noun, or with a phrase before "with" (session 17)', () => {
  const visit = 'President William Ruto hosted Rwandan President Paul Kagame in Nairobi on Monday.\n\n';
  it.each([
    ['Kenya signed agreements on trade and energy with Rwanda on Monday.', [agreement('KE', 'RW'), agreement('RW', 'KE')]],
    ['Five agreements were signed between Kenya and Rwanda.', [agreement('KE', 'RW'), agreement('RW', 'KE')]],
    ['Kenya agreed with Rwanda to reopen the border.', [agreement('KE', 'RW'), agreement('RW', 'KE')]],
    [`${visit}Five agreements were also signed on trade and health.`, [agreement('KE', 'RW'), agreement('RW', 'KE')]],
    [`${visit}The visit saw the signing of five agreements on trade.`, [agreement('KE', 'RW'), agreement('RW', 'KE')]],
    // Near misses: agreeing with a view; an agreement only said to ease tensions, or still to be signed.
    ["Kenya agreed with Rwanda's position on trade.", []],
    ['The deal would ease tensions between Kenya and Rwanda.', []],
    ['Five agreements will be signed between Kenya and Rwanda.', []],
    [`${visit}The visit prepared the ground for the signing of five agreements on trade.`, []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});
