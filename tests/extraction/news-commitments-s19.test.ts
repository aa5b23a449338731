/**
 * Session 19 (issue 15): political backing read as one procedure over its clause
 * (commitment.backing-object, commitment-backing.ts): a support noun or verb, its holder (the noun's
 * possessor, else the clause subject or the verb's agent; "we" in a quote is its speaker) and its object
 * (a country, its people or government, "the stabilisation of" a country, a person in office when the
 * backing is stated to him; a second object after "and for"). "X can count on Y's support" inverts the
 * two; a consent to a country joining backs it. Support for relief or reconstruction is aid of that
 * kind. A signal sent is no aid (commitment.aid-given). Sentences written for these tests.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const commitments = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.commitments
  .map(({ byCountry, kind, target, beneficiary }) => ({ byCountry, kind, target, beneficiary }))
  .sort((a, b) => `${a.byCountry}${a.kind}${a.beneficiary}`.localeCompare(`${b.byCountry}${b.kind}${b.beneficiary}`));
const backing = (byCountry: string | null, beneficiary: string, kind = 'diplomatic_support') => ({ byCountry, kind, target: null, beneficiary });

describe('backing read from its clause (session 19)', () => {
  it.each([
    // A person in office backed by a stated noun; an ally after two plain words; a wavering denied.
    ['Malaysian Prime Minister Rashid Omar expressed his full support for Budi Santoso, the Indonesian president, at the summit in Penang.', [backing('MY', 'ID')]],
    ['In Paris, French President Claire Dubois vowed Paris would never waver in its support for embattled neighbour Belgium.', [backing('FR', 'BE')]],
    // "We" inside a quote is its speaker; the people of a country; "the stabilisation of" a country.
    ['"We will stand by the Moldovan people in every way," Polish Foreign Minister Jan Kowal said on Monday.', [backing('PL', 'MD')]],
    ['German Foreign Minister Karl Brandt visited Tripoli on Monday. "We wish to send a message today that we support the stabilisation of Libya," Brandt said.', [backing('DE', 'LY')]],
    // A second object after "and for"; the possessor holds.
    ['Kenyan Defence Minister Joseph Mwangi pledged Kenya\'s continuing support for patrols off the coast and for Somalia in its fight against insurgents.', [backing('KE', 'SO')]],
    // "can count on" inverts holder and beneficiary; a consent to joining.
    ['"So Moldova, which faces pressure from its neighbour, can count on Romania\'s support," the Romanian presidency said.', [backing('RO', 'MD')]],
    ['Following Norway and Denmark\'s consent to Iceland joining the bloc, the two presidents met in Oslo.', [backing('DK', 'IS'), backing('NO', 'IS')]],
    // Support for relief after a disaster is humanitarian aid.
    ['Chile vows maximum support for storm-hit Peru\n\nOfficials gave no details on Tuesday.', [backing('CL', 'PE', 'humanitarian_aid')]],
    // Near misses: discussed, thanked, compounds, passive, a public's support, negated, a politician's support told of.
    ['The United States and Japan discussed continued support for Ukraine on Monday.', []],
    ['Kenyan President Paul Otieno thanked Germany for its support.', []],
    ['Moscow-backed separatists attacked the town on Monday.', []],
    ['The plan was backed by France on Monday.', []],
    ['Public support for Ukraine has fallen in Germany.', []],
    ['Argentina did not support Brazil\'s candidacy.', []],
    ['Former US president Walter Crane\'s support for Brazilian opposition leader Marcos Lima came as no surprise.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});
