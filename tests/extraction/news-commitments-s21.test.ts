/**
 * Session 21 (issue 15): decisions many texts pass through rather than wordings. An adverb or an
 * auxiliary between a coordinated subject and its verb ("have also agreed", "reportedly signed"); an
 * agreement only to talk, meet or visit again however the meeting is qualified (TALKS_ONLY); support
 * named among the topics of talks (commitment.support-as-topic); sanctions evaded, breached, relieved
 * or failed to be adopted, arms bought (COMMITMENT_BLOCKER); "we agree with X that …" (an opinion,
 * commitment.agreement-joint); a measure, aid or backing dated to a year two or more before the article is
 * history (commitment.told-as-history; agreements stay); two parties who pledge, vow, resolve or commit together to
 * do something (commitment.joint-pledge, any undertaking, not only closer cooperation). Sentences written
 * for these tests.
 */
import { commitmentsOf as commitments, deal, sanctions, backing } from './helpers/commitments-of.js';

describe('agreements: the words between subject and verb, and talks only (session 21)', () => {
  it.each([
    // An auxiliary and adverbs between the coordinated subject and its verb.
    ['Britain and Kenya have also agreed to deepen their trade partnership over the next decade.', deal('GB', 'KE')],
    ['Norway and Chile had earlier signed a fisheries agreement.', deal('CL', 'NO')],
    ['Ghana and Togo reportedly agreed to reopen the coastal road.', deal('GH', 'TG')],
    ['Cuba and Laos agreed to build a new port together.', deal('CU', 'LA')],
    // Agreeing only to talk, meet or visit again, however the meeting is qualified, commits to nothing.
    ['Ireland and Ghana agreed to regularly hold summit talks in future.', []],
    ['Peru and Spain agreed to prepare for the next round of strategic dialogue in Lima.', []],
    ['Austria and Chad also agreed to look forward to more high-level visits by their ministers.', []],
    ['Fiji and Samoa have agreed to hold working-level diplomatic talks each quarter.', []],
    ['Nepal and Peru agreed on a certain agenda for the forum.', []],
    ['Nepal and Peru agreed to continue the conversation next week.', []],
    // Holding something that is not a meeting is an undertaking.
    ['Oman and Mali agreed to hold joint naval exercises next year.', deal('ML', 'OM')],
    // A group subject standing for the two parties of the contact told before it, an adverb before its verb.
    ['President Nana Akufo-Addo of Ghana met President Faure Gnassingbé of Togo in Lomé on Monday. The two leaders reportedly signed a border trade agreement.', deal('GH', 'TG')],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('support named as a topic of talks (session 21)', () => {
  it.each([
    ['Scholz and Sanchez discussed current European issues including energy prices, support for Ukraine and migration, the German government said.', []],
    ['Ahead of the summit, the two premiers will discuss bilateral trade, their future in the alliance ... support for Moldova and EU matters.', []],
    ['The ministers stressed the importance of cooperation on border security, energy, support for Ukraine and trade.', []],
    // A verb of stating between the topic and the support: support stated.
    ['Germany discussed trade and energy prices and reaffirmed its support for Ukraine.', [backing('DE', 'UA')]],
    ['Norway pledged its full support for Ukraine.', [backing('NO', 'UA')]],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('sanctions only mentioned, arms bought, a view shared (session 21)', () => {
  it.each([
    ['Iran would curb enrichment in exchange for relief from economic sanctions that Washington imposed.', []],
    ['In May the council failed to adopt fresh sanctions on Syria after a veto.', []],
    ['Trump Jr offered to revisit the question of the Magnitsky sanctions law against Russia.', []],
    ['A Belgian shipping firm said its cargo for Iran was not in breach of US sanctions, and the ministry would check.', []],
    ['The United States will impose new sanctions on Venezuela, the Treasury said.', [sanctions('US', 'VE')]],
    // Arms bought from a country are a purchase, not aid to the buyer.
    ['Japan will go ahead with the purchase of further military equipment from the United States, President Trump said.', []],
    // Agreeing with someone that something is so is an opinion, not a joint commitment.
    ['"We agree with Paris that the most urgent task in Libya is to stop the fighting," Lavrov said.', []],
    ['Canada said it would extend its sanctions on Russia for another year.', [sanctions('CA', 'RU')]],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('two parties who pledge together to do something (session 21)', () => {
  it.each([
    ['Chile and Peru committed to speeding up the rail link.', deal('CL', 'PE')],
    ['The foreign ministers of Ghana and Togo pledged to set up a joint fisheries commission.', deal('GH', 'TG')],
    ['President William Ruto of Kenya met President Samia Suluhu Hassan of Tanzania in Arusha on Monday. The two leaders vowed during their talks in Arusha to build a second border post.', deal('KE', 'TZ')],
    ['President William Ruto of Kenya met President Samia Suluhu Hassan of Tanzania in Arusha on Monday. They resolved to open a joint trade office in Nairobi.', deal('KE', 'TZ')],
    // Near misses: only to talk again; a pledge to a third party is that party's (other rules), not an agreement of the two.
    ['Chile and Peru pledged to hold further talks in May.', []],
    ['Chile and Peru vowed never to accept the ruling.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('commitments told as history (session 21)', () => {
  const dated = (text: string) => commitments(text, '2020-03-04');
  it.each([
    ['Canada imposed sanctions on Venezuela in 2011, two years before the election.', []],
    ['Back then Norway voiced its support for Ukraine, in a speech made in 1941.', []],
    ['Back in 2009, Japan sent relief supplies to Haiti.', []],
    // The year before the article, or a measure of now: reported.
    ['In 2019, Canada imposed sanctions on Venezuela.', [sanctions('CA', 'VE')]],
    ['Canada will impose new sanctions on Venezuela, officials said.', [sanctions('CA', 'VE')]],
    // An agreement made years ago still binds both.
    ['Chile and Peru signed a fisheries agreement in 2012.', deal('CL', 'PE')],
  ])('reads %j', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});
