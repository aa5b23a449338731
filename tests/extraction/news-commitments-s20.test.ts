/**
 * Session 20 (issue 15): agreements whose parties are told before the clause — "they" or a group
 * taking the coordinated subject of the sentence before, "the two countries" taking the only two
 * countries named from the paragraph before (commitment.group-antecedent), "we agreed" in the quote of
 * a party to the contact told before (commitment.quoted-we), agreements counted or new signed in the
 * passive after a contact (commitment.signed-passive); an agreement named by a
 * long title (commitment.signed-titled); "reached an understanding"; "agreed in 2014 to". Sanctions
 * in news wording: the progressive "was blacklisting", "agreed to sanction", a subject after a
 * subordinator with no comma, a country's carrier or firms banned (commitment.banned-party). A
 * quantity lent is a loan (commitment.lent-quantity); a "sanctions regime" described is no measure.
 * Sentences written for these tests.
 */
import { commitmentsOf as commitments, deal, sanctions } from './helpers/commitments-of.js';

describe('agreements whose parties are told before the clause (session 20)', () => {
  it.each([
    // "They" after a sentence whose subject is two coordinated countries; a long title in capitals.
    ['Officials said Chile and Peru also discussed mining projects. They signed the Andean Partnership for Shared Growth in the 21st Century agreement, which covers mining.', deal('CL', 'PE')],
    // "the two countries" with no contact near: the two countries of the paragraph before.
    ['Chile and Peru discussed mining on Monday.\n\nAfter years of dispute over the border, the two countries agreed in 2019 to reopen the crossing.', deal('CL', 'PE')],
    // "reached a common understanding" between two coordinated capitals.
    ['Speaking to reporters, the minister said Lima and Santiago had reached a common understanding over how to end the dispute.', deal('CL', 'PE')],
    ['Chile and Peru reached an understanding on the border.', deal('CL', 'PE')],
    // Near misses: only talks again; an understanding had, not reached; "they" after a possessive, not a coordinated subject;
    // "the two countries" when three are named before it.
    ['Chile and Peru discussed mining. They agreed to hold further talks.', []],
    ['Chile and Peru have a good understanding of each other.', []],
    ["Argentina's president spoke about Chile and Peru. They signed a deal.", []],
    ['Chile, Peru and Bolivia discussed mining on Monday.\n\nAfter years of dispute, the two countries agreed in 2019 to reopen the crossing.', []],
    // "We agreed" in the quote of a party to the contact told before (commitment.quoted-we); agreeing only to meet again is nothing.
    ['Chilean Foreign Minister Alberto van Klaveren held talks with his Peruvian counterpart Javier Gonzalez-Olaechea in Lima on Friday.\n\n"We have agreed to open two new border crossings," van Klaveren said.', deal('CL', 'PE')],
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. "We agreed to meet again soon," Boric said.', []],
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. "We agreed that the region has reason for hope," Boric said.', []],
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. "We agreed that our ministers will meet every month to settle the border," Boric said.', deal('CL', 'PE')],
    // A passive signing counted or new, with no party named, after a contact (commitment.signed-passive); not "the deal" told before,
    // not when the sentence names a third country, not when negated.
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. Four agreements on fisheries and ports were signed after the talks.', deal('CL', 'PE')],
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. A memorandum of understanding on ports was also signed.', deal('CL', 'PE')],
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. Trade has grown since the deal was signed last spring.', []],
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. An agreement on transit through Bolivia was signed.', []],
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. No agreement was signed.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('sanctions and loans in news wording (session 20)', () => {
  it.each([
    ['The ruling came after the European Union sanctioned Iran over the plot.', [sanctions(null, 'IR')]],
    ['The US Treasury said it was blacklisting three firms and 12 individuals for links to Syria\'s government.', [sanctions('US', 'SY')]],
    ['Ministers of the EU decided last week to sanction Russian President Vladimir Putin.', [sanctions(null, 'RU')]],
    ['Poland on Tuesday banned Belarusian airline Belavia from its airspace.', [sanctions('PL', 'BY')]],
    ['Fellow exporter Norway has already agreed to lend Sweden five million barrels of crude, to be repaid later.', [{ byCountry: 'NO', kind: 'economic_aid', target: null, beneficiary: 'SE' }]],
    // Near misses: passives, an adjective "banned", support lent, a sanctions regime compared.
    ['Three Syrian officials were blacklisted on Monday.', []],
    ['The banned Iranian airline Mahan Air flew to Damascus on Monday.', []],
    ['Norway lent Sweden its full support.', []],
    ['Analysts compared the Syrian sanctions regime with the Cuban sanctions regime of the 1990s.', []],
    // Distancing oneself from another's vow is no vow of one's own.
    ['Norwegian Premier Kari Lund distanced herself on Sunday from Swedish vows to punish whoever attacked the ferry.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});
