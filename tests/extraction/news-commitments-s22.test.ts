/**
 * Session 22 (issue 15): decisions many texts pass through. Agreeing only to meet again is read from the
 * verb's last word, so "agreed that we will hold such a meeting soon" is talks only as "agreed to hold talks"
 * is; a headline's capitals and a meeting's day do not hide it (TALKS_ONLY, talksOnlyAfter). The generic
 * sanctions rule gives no country sanctions told before ("the sanctions"), a body's sanctions, sanctions
 * refused or joined, or sanctions that are the subject of a prediction (commitment.sanctions-not-givers).
 * Sentences written for these tests.
 */
import { commitmentsOf as commitments, deal, sanctions, backing } from './helpers/commitments-of.js';

describe('agreeing only to meet again, read from the last word of the verb (session 22)', () => {
  it.each([
    ['President Ruto met Ugandan President Museveni in Nairobi on Monday.\n\n"We agreed that we will hold such a meeting again before long," Ruto said.', []],
    ['Kenya and Uganda agreed that they would hold regular talks on trade.', []],
    ['Chile, Peru Agree On A May 4-5 Summit\n\nLIMA, March 2 - Chile and Peru met.', []],
    ['Kenya, Uganda agree on need of closer dialogue\n\nNAIROBI, May 3 - Kenya and Uganda met.', []],
    // An undertaking after "that" is still an agreement.
    ['President Ruto met Ugandan President Museveni in Nairobi on Monday.\n\n"We agreed that we will open two new border posts," Ruto said.', deal('KE', 'UG')],
    ['Kenya and Uganda agreed that they would remove tariffs on sugar.', deal('KE', 'UG')],
    ['Kenya and Uganda agreed to build a rail link to Kampala.', deal('KE', 'UG')],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('sanctions the proximity rule must not give to a nearby country (session 22)', () => {
  it.each([
    // Told before, a body's, refused or joined, the subject of a prediction.
    ["Japan's Prime Minister Kishida said the sanctions would cost North Korea dearly.", []],
    ['Foreign Minister Penny Wong, visiting Manila, Philippines, spoke to reporters once the Security Council had approved the sanctions.', []],
    ["Russia's foreign minister said Moscow appreciated Hungary's refusal to join Western sanctions.", []],
    ['President Tokayev warned European governments that sanctions against Russia may spark a wider crisis.', []],
    ['Foreign Minister Tajani said the European Commission will present a fresh package of sanctions aimed at Russia.', []],
    // A country's own sanctions stay.
    ['The United States will impose severe sanctions on Russia, President Biden said.', [sanctions('US', 'RU')]],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('who holds "its support", weapons that are no aid, a joint pledge with a noun object (session 22)', () => {
  it.each([
    // The agent of the stating verb before "its/his/her" holds the support, whatever a fronted phrase names first.
    ["During the visit, which came after a short war between Iran and Israel last summer, Pakistan declared its support for Iran's right to civilian nuclear energy.", [backing('PK', 'IR')]],
    ["After talks on trade between Kenya and Uganda, Tanzania expressed its full support for Uganda's candidacy.", [backing('TZ', 'UG')]],
    // Nuclear, chemical or strategic weapons are what arms control limits, never aid.
    ['US Secretary of State Baker met Soviet Foreign Minister Shevardnadze on Tuesday and said Washington and Moscow will try to settle in May on cutting their strategic nuclear weapons.', []],
    ['Norway will send weapons to Ukraine, its defence minister said.', [{ byCountry: 'NO', kind: 'security_assistance', target: null, beneficiary: 'UA' }]],
    // A joint pledge with a noun object of relation, or "that they would".
    ['President Ruto met Ugandan President Museveni in Nairobi on Monday. They also pledged closer coordination against cross-border smuggling.', deal('KE', 'UG')],
    ['Kenya and Uganda pledged a sharp reduction in their tariffs on sugar.', deal('KE', 'UG')],
    ['President Ruto met Ugandan President Museveni in Nairobi on Monday. In a joint statement the two governments pledged that they would share the water of the river.', deal('KE', 'UG')],
    // What two parties pledge to a third party is not an agreement between them.
    ['Britain and France pledged new aid to Ukraine.', [{ byCountry: 'FR', kind: 'economic_aid', target: null, beneficiary: 'UA' }, { byCountry: 'GB', kind: 'economic_aid', target: null, beneficiary: 'UA' }]],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});

describe('"agreed that" states a view unless something will be done; sanctions breached are no measure (session 22)', () => {
  it.each([
    ['Chile and Peru agreed that the fisheries dispute should be settled at the regional forum.', []],
    ['Chile and Peru agreed that the border crossing at Tacna will be reopened in May.', deal('CL', 'PE')],
    ['Chile and Peru agreed that they would remove tariffs on copper.', deal('CL', 'PE')],
    ['Spanish officials said Madrid was not in breach of sanctions levied on Russia over the war.', []],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});
