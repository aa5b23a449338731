/**
 * Session 23 (issue 15): decisions many commitment clauses pass through. A signing told as planned ("will
 * sign", "is due to sign") binds the two parties as a signing done does (commitment.signed-pair,
 * commitment.signed-with); a participle clause after a comma takes the subject of the clause it hangs on as
 * the agent of the aid it announces (commitment.participle-agent); a verb of support in -ing backs a country's
 * sovereignty or position as the finite verb does (commitment.supports-stance); "the support of his country to"
 * a party is the subject's own (commitment.backing-object); "committed to defending" a country is security
 * assistance as "pledged to defend" is (commitment.help-pledged); agreeing only to hold talks commits to nothing
 * whatever adjective of kind or manner the talks carry (TALKS_ONLY). Sentences written for these tests.
 */
import { commitmentsOf as commitments, deal, backing } from './helpers/commitments-of.js';

const aid = (byCountry: string, kind: string, beneficiary: string) => ({ byCountry, kind, target: null, beneficiary });

describe('a signing told as planned binds the two parties (session 23)', () => {
  it.each([
    ['Kenya and Tanzania will sign a new border agreement on Friday.', deal('KE', 'TZ')],
    ['Kenya and Tanzania are due to sign a rail cooperation accord in Arusha.', deal('KE', 'TZ')],
    ['President Ruto is expected to sign a fisheries treaty with Tanzania during the visit.', deal('KE', 'TZ')],
    // Only hoped for, conditional or talked about: no agreement yet.
    ['Kenya and Tanzania hope to sign a new border agreement next year.', []],
    ['Kenya and Tanzania would sign a border agreement if the survey were finished.', []],
    ['Kenya and Tanzania will discuss a new border agreement on Friday.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('the agent of a participle clause is the subject it hangs on (session 23)', () => {
  it.each([
    ['Chancellor Friedrich Merz visited Chisinau on Tuesday, announcing reconstruction aid for Moldova.', [aid('DE', 'economic_aid', 'MD')]],
    ['Chancellor Friedrich Merz toured the border crossing, pledging emergency relief to Moldova.', [aid('DE', 'humanitarian_aid', 'MD')]],
    // Aid not offered is none; a participle that gives nothing gives no aid.
    ['Chancellor Friedrich Merz spoke in Chisinau, not offering new loans to Moldova.', []],
    ['Chancellor Friedrich Merz visited Chisinau on Tuesday, praising Moldova for its reforms.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('backing in a participle or with "of his country" (session 23)', () => {
  it.each([
    ["Foreign Minister Radoslaw Sikorski met his Ukrainian counterpart in Kyiv, firmly supporting Ukraine's sovereignty.", [backing('PL', 'UA')]],
    ['Foreign Minister Radoslaw Sikorski reiterated once more the support of his country to Ukraine.', [backing('PL', 'UA')]],
    ['Foreign Minister Radoslaw Sikorski restated the support of his government for Moldova.', [backing('PL', 'MD')]],
    // Support asked for is not given.
    ['Foreign Minister Radoslaw Sikorski asked for the support of his country to Ukraine.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('"committed to defending" a country is security assistance (session 23)', () => {
  it.each([
    ['Britain committed to defending Estonia against any incursion.', [aid('GB', 'security_assistance', 'EE')]],
    ['Japan commits to protecting the Philippines, Defence Minister Nakatani said.', [aid('JP', 'security_assistance', 'PH')]],
    ['Britain refused to commit to defending Estonia.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('agreeing only to talk, whatever the talks are called (session 23)', () => {
  const met = 'Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Kampala on Monday.\n\n';
  it.each([
    [met + 'The two ministers agreed to hold intensive negotiations at several levels.', []],
    [met + 'The two ministers agreed to hold in-depth consultations on the border.', []],
    // An undertaking beyond talking stays an agreement.
    [met + 'The two ministers agreed to hold joint border patrols.', deal('KE', 'UG')],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});
