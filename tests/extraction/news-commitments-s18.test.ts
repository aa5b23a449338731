/**
 * Session 18 (issue 15): agreements told where no clause rule reached them. A headline tells a past
 * agreement in the present tense with its two parties joined by a comma or "and" before the verb
 * (commitment.headline-pair: "Chile, Peru sign …", demonyms only before the people who act for them);
 * two parties who reaffirm or renew "their commitment to" something undertake it together
 * (commitment.renewed-commitment, parties from the clause or the group's contact); "A of Chile and B of
 * Argentina signed" is a coordinated pair; "the Chile-Peru trade deal" names its two parties
 * (commitment.hyphen-pair). Agreeing to "stay in close contact" (quoted) or on "the need for" something
 * commits to nothing; agreeing on "the need to" act together does. Sentences written for these tests.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const commitments = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.commitments
  .map(({ byCountry, kind, target, beneficiary }) => ({ byCountry, kind, target, beneficiary }))
  .sort((a, b) => `${a.byCountry}${a.kind}`.localeCompare(`${b.byCountry}${b.kind}`));
const agreement = (byCountry: string, target: string) => ({ byCountry, kind: 'agreement', target, beneficiary: null });
const body = '\n\nOfficials gave no further details on Tuesday.';
const talks = 'Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Osaka on Monday';
const call = 'Brazilian President Lula da Silva spoke with Chilean President Gabriel Boric by phone on Monday.';

describe('agreements of session 18', () => {
  it.each([
    // A headline in the present tense: two countries, two demonyms before their leaders, "both agree", two leaders by name.
    [`Chile, Peru sign port accord${body}`, [agreement('CL', 'PE'), agreement('PE', 'CL')]],
    [`Chilean, Peruvian presidents sign port accord${body}`, [agreement('CL', 'PE'), agreement('PE', 'CL')]],
    [`Chile and Peru both agree to lower rail fees${body}`, [agreement('CL', 'PE'), agreement('PE', 'CL')]],
    [`Presidents Boric, Milei ink three energy deals${body}`, [agreement('AR', 'CL'), agreement('CL', 'AR')]],
    // Near misses: demonyms of firms; agreeing only to talk; three parties (optional in the gold); present tense outside a headline.
    [`Chilean, Peruvian firms sign port accord${body}`, []],
    [`Chile, Peru agree to hold more talks${body}`, []],
    [`Chile, Peru, Bolivia sign port accord${body}`, []],
    ['Officials in Santiago said on Tuesday that Chile, Peru sign port accords every year.', []],
    // A commitment renewed together: a group sharing the clause of a contact, a coordinated pair, a group of the contact told before.
    [`${talks}, and they renewed their commitment to build a fast rail line.`, [agreement('IN', 'JP'), agreement('JP', 'IN')]],
    ['Brazil and Argentina reaffirmed their commitment to open a new border bridge.', [agreement('AR', 'BR'), agreement('BR', 'AR')]],
    [`${talks}.\n\nThe two leaders reaffirmed their firm commitment to a joint fund for rail safety.`, [agreement('IN', 'JP'), agreement('JP', 'IN')]],
    // Near misses: one party's own commitment; a commitment only to talk.
    ['Brazil reaffirmed its commitment to the trade bloc after talks with Argentina.', []],
    [`${talks}, and they renewed their commitment to hold regular talks.`, []],
    // Each party named with "of" its country.
    ['Presidents Gabriel Boric of Chile and Javier Milei of Argentina signed a water accord in Santiago on Monday.', [agreement('AR', 'CL'), agreement('CL', 'AR')]],
    // Agreeing to keep in touch (quoted), or on the need for something, commits to nothing.
    [`${call} The two agreed to "stay in close contact".`, []],
    [`${call} Both presidents agreed on the need for a regional plan to share river water.`, []],
    // "The need to" act together is a joint undertaking.
    [`${call} Both presidents agreed on the need to build a joint rail depot.`, [agreement('BR', 'CL'), agreement('CL', 'BR')]],
    // An agreement named by its two parties joined by a hyphen, told as existing.
    ['Officials said the Chile-Peru trade deal is a historic step for the region.', [agreement('CL', 'PE'), agreement('PE', 'CL')]],
    ['The Turkish-Libyan maritime border agreement angered Athens.', [agreement('LY', 'TR'), agreement('TR', 'LY')]],
    // Near misses: proposed, wanted as a goal (a peace deal), talks about it.
    ['Talks on a proposed Chile-Peru trade deal stalled in May.', []],
    ['The Chile-Peru peace deal remains out of reach.', []],
    ['The Chile-Peru trade deal talks resumed on Monday.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});
