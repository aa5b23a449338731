import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const commitments = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.commitments
  .map((c) => [c.byCountry ?? c.by, c.kind, c.target ?? c.beneficiary, c.evidence[0].rule].join(' '))
  .sort();

describe('commitments in news wording', () => {
  it.each([
    // Penalties on a country: by the clause's subject, an agent after "by", or the qualifying country.
    ['Trump threatened on Friday to slap a steep import tax on Brazilian coffee and beef.', ['US sanctions BR commitment.measures-on']],
    ['Lula said he would reply in kind to any tariffs put on Brazil by the United States.', ['US sanctions BR commitment.measures-on']],
    ['The European Union and Canada imposed new sanctions on Russia on Monday.', ['CA sanctions RU commitment.measures-on', 'european-union sanctions RU commitment.measures-on']],
    ['Trump announced higher tariffs on Japan, South Korea and Sri Lanka.', ['US sanctions JP commitment.measures-on', 'US sanctions KR commitment.measures-on', 'US sanctions LK commitment.measures-on']],
    ['Washington has slapped tariffs on Chinese steel.', ['US sanctions CN commitment.measures-on']],
    ['The Brazilian leader declared that "any one-sided tariff rise" would be answered with matching tariffs imposed on US goods.', ['BR sanctions US commitment.measures-on']],
    // Consequences promised or warned of, a response vowed: accountability.
    ['Britain warned Russia of severe consequences on Monday.', ['GB accountability RU commitment.retaliation']],
    ['Pakistan vowed a befitting response to India.', ['PK accountability IN commitment.retaliation']],
    // Support pledged with no aid named; loans and credit lines.
    ['China pledged its firm support for Pakistan on Monday.', ['CN diplomatic_support PK commitment.pledged-support']],
    ['Japan will extend a $500 million loan to Sri Lanka.', ['JP economic_aid LK commitment.aid-given']],
    ['India announced a $1 billion line of credit for Bangladesh.', ['IN economic_aid BD commitment.aid-given']],
    ['Russia and Ukraine agreed on Friday to exchange 1,000 prisoners each.', ['RU agreement UA commitment.agreed-pair', 'UA agreement RU commitment.agreed-pair']],
    // A purchase undertaken from a country is a trade commitment towards it.
    ['China has promised to buy more Brazilian products.', ['CN agreement BR commitment.purchase']],
    // Penalties by verb: the object is the target.
    ['The United States sanctioned three Iranian officials on Tuesday.', ['US sanctions IR commitment.sanctioned']],
    ['Trump threatened Canada and Mexico with 25% tariffs.', ['US sanctions CA commitment.penalty-with', 'US sanctions MX commitment.penalty-with']],
    // Agreements: one item each way.
    ['On March 3, Chile and Peru signed a maritime border agreement.', ['CL agreement PE commitment.signed-pair', 'PE agreement CL commitment.signed-pair']],
    ['Brazil signed a trade deal with China on Tuesday.', ['BR agreement CN commitment.signed-with', 'CN agreement BR commitment.signed-with']],
    ['The meeting is part of a new economic agreement between Brazil and China.', ['BR agreement CN commitment.agreement-between', 'CN agreement BR commitment.agreement-between']],
    // Backing stated whatever verb reports it.
    ["The US president, Donald Trump, this week voiced his support for Turkey's position on the Kurdish militias.", ['US diplomatic_support TR commitment.backing']],
    ['British Prime Minister Tony Blair has been the staunchest backer of Turkish accession.', ['GB diplomatic_support TR commitment.backing']],
    // Aid named by its amount or by what it is for.
    ["Trump has admitted that a $20bn US lifeline to help shore up Argentina's peso is political.", ['US economic_aid AR commitment.economic']],
    ["Iran's President Hassan Rouhani promised retaliation against the US attack.", ['IR accountability US commitment.retaliation']],
    // The giver is the clause's subject when no person or statement author is named.
    ['Germany pledged 500 million euros in military aid to Ukraine.', ['DE security_assistance UA commitment.aid-given']],
    ['On Monday, Washington announced a new $2 billion weapons package for Ukraine.', ['US security_assistance UA commitment.aid-given']],
    ["France backs Ukraine's bid to join the European Union.", ['FR diplomatic_support UA commitment.backing-membership']],
    // A fronted participle clause holds no subject: the party after its comma commits.
    ['Speaking after a meeting with Philippine President Corazon Aquino, US Secretary of State George Shultz delivered an endorsement of the Manila government.', ['US diplomatic_support PH commitment.backing']],
    // Aid in news wording: relief, weapons supplied, a country given something directly.
    ['India sent 15 tonnes of relief supplies to Myanmar after the earthquake.', ['IN humanitarian_aid MM commitment.aid-given']],
    ['China offered emergency humanitarian assistance to Myanmar.', ['CN humanitarian_aid MM commitment.aid-given']],
    ['Washington agreed to supply Patriot missiles to Ukraine.', ['US security_assistance UA commitment.aid-given']],
    ['Britain will give Ukraine 5,000 air defence missiles.', ['GB security_assistance UA commitment.aid-given']],
    ['North Korea has supplied missiles to Russia, Seoul said.', ['KP security_assistance RU commitment.aid-given']],
    // Political backing: recognition, favouring an accession (each party of a coordinated subject).
    ['Spain formally recognised the State of Palestine on Tuesday.', ['ES diplomatic_support PS commitment.recognition']],
    ["Germany and Italy both favour a quick opening of Turkey's accession negotiations.", ['DE diplomatic_support TR commitment.favour-accession', 'IT diplomatic_support TR commitment.favour-accession']],
    ['Pakistan vowed to retaliate against India.', ['PK accountability IN commitment.retaliation']],
    // Aid given: the verb's agent gives, the party after to/for/in or right after the verb receives; the kind is what is given.
    ['Japan pledged $50 million in aid to Sudan on Monday.', ['JP economic_aid SD commitment.aid-given']],
    ['The United States will provide an additional $400 million in military assistance to Ukraine, the Pentagon said.', ['US security_assistance UA commitment.aid-given']],
    ['Britain promised 100 million pounds in humanitarian aid for Sudan.', ['GB humanitarian_aid SD commitment.aid-given']],
    ['India delivered 20 tonnes of food and medicines to Sri Lanka on Tuesday.', ['IN humanitarian_aid LK commitment.aid-given']],
    ['Germany agreed to provide Ukraine with two more Patriot air defence systems.', ['DE security_assistance UA commitment.aid-given']],
    ['The Netherlands will donate 18 F-16 jets to Ukraine.', ['NL security_assistance UA commitment.aid-given']],
    ["Saudi Arabia announced a $2 billion deposit in Pakistan's central bank.", ['SA economic_aid PK commitment.aid-given']],
    ['Australia will give $5 million to help Tonga recover from the tsunami.', ['AU humanitarian_aid TO commitment.aid-given']],
    ['North Korea has sent thousands of troops to Russia, Seoul said.', ['KP security_assistance RU commitment.aid-given']],
    ['The Chinese government announced 30 million yuan of emergency aid for Indonesia.', ['CN humanitarian_aid ID commitment.aid-given']],
    ['Putin said Russia would supply 50,000 tonnes of grain to Burkina Faso, Zimbabwe and Mali.', ['RU humanitarian_aid BF commitment.aid-given', 'RU humanitarian_aid ML commitment.aid-given', 'RU humanitarian_aid ZW commitment.aid-given']],
    ['Britain has given Ukraine more than 12 billion pounds in military aid since 2022.', ['GB security_assistance UA commitment.aid-given']],
    ['The Soviet Union has agreed to sell Zimbabwe MiG-29 fighter jets, officials said.', ['SU security_assistance ZW commitment.aid-given']],
    ['Kenya received 1 million doses of vaccine from Britain.', ['GB humanitarian_aid KE commitment.aid-received']],
    ['The United States has agreed to provide Pakistan with 4.02 billion dlrs in military and economic aid over six years, officials said.', ['US economic_aid PK commitment.aid-given', 'US security_assistance PK commitment.aid-given']],
    ['West Germany pledged 50 mln marks in development aid to Zambia.', ['DE economic_aid ZM commitment.aid-given']],
    // Help pledged to a party by name: the kind from what it is for, backing when nothing is named.
    ["President Yoon Suk Yeol pledged to support Ukraine's reconstruction.", ['KR economic_aid UA commitment.help-pledged']],
    ['China pledged to help Sri Lanka restructure its debt.', ['CN economic_aid LK commitment.help-pledged']],
    ["The United States pledged to support Nigeria's fight against terrorism.", ['US security_assistance NG commitment.help-pledged']],
    ["China vowed to defend Pakistan's sovereignty.", ['CN diplomatic_support PK commitment.help-pledged']],
    ["President Tinubu promised that Nigeria would support Niger's transition.", ['NG diplomatic_support NE commitment.help-pledged']],
    ['The United States will continue to support Ukraine, Blinken said.', ['US diplomatic_support UA commitment.help-pledged']],
    ['China will help Pakistan build a nuclear plant.', ['CN economic_aid PK commitment.help-pledged']],
    ['Washington granted Manila 50 mln dlrs in emergency aid.', ['US humanitarian_aid PH commitment.aid-given']],
    // A penalty faced: by the agent after "by", else the story's main imposer.
    ['Brazil faces a 50% tariff imposed by the United States from August 1.', ['US sanctions BR commitment.penalty-faced']],
    ['Trump announced higher tariffs on Canada on Monday. Japan and Sri Lanka were among a dozen countries sent notices warning of steeper levies.', ['US sanctions CA commitment.measures-on', 'US sanctions JP commitment.penalty-faced', 'US sanctions LK commitment.penalty-faced']],
    // Kremlin wording: agreements between two governments, bilateral documents signed.
    ['The documents signed include an agreement between the Government of the Russian Federation and the Government of the Socialist Republic of Vietnam on nuclear energy.', ['RU agreement VN commitment.agreement-between', 'VN agreement RU commitment.agreement-between']],
    ['Kazakhstan and Russia signed a number of bilateral documents.', ['KZ agreement RU commitment.signed-pair', 'RU agreement KZ commitment.signed-pair']],
    // A group subject that says there are two: the parties of the contact told before it, or of the paragraph.
    ['Putin met Vietnamese President To Lam in Hanoi on Thursday. The two leaders signed a strategic partnership agreement.', ['RU agreement VN commitment.group-pair', 'VN agreement RU commitment.group-pair']],
    ['Officials from India and Bangladesh met in Dhaka. The two countries signed an agreement on river water sharing.', ['BD agreement IN commitment.group-pair', 'IN agreement BD commitment.group-pair']],
    // Assets frozen: sanctions against the owner's country.
    ['Canada froze the assets of three Russian oligarchs.', ['CA sanctions RU commitment.assets-frozen']],
    ["The United States froze Venezuela's central bank assets.", ['US sanctions VE commitment.assets-frozen']],
    // A request is made to the party asked; what is asked for is no commitment of the asker.
    ['Pakistan urged India to show restraint.', ['PK request IN commitment.request']],
    ['Kyiv asked Berlin for more Patriot batteries.', ['UA request DE commitment.request']],
    ['Kyiv asked Berlin to send Taurus missiles.', ['UA request DE commitment.request']],
    // Session 8, sentences in the styles of wire, BBC, Wikinews and Asian press.
    // Responsibility held: by the verb's agent (or the speaker of "we"), against the party held.
    ['Iran said it holds the United States responsible for the attack.', ['IR accountability US commitment.held-responsible']],
    ['Washington will hold Damascus responsible for any attacks, Rice said.', ['US accountability SY commitment.held-responsible']],
    ['Bush said the United States would hold Iran accountable for any attack on its troops.', ['US accountability IR commitment.held-responsible']],
    ['"We will hold the Russian Federation fully responsible," Ukrainian President Volodymyr Zelensky said.', ['UA accountability RU commitment.held-responsible']],
    // Money lent, gifted, or given for a country's reconstruction; amounts in wire and Asian press forms.
    ['Japan agreed to lend Indonesia $1 billion to help it weather the crisis.', ['JP economic_aid ID commitment.aid-given']],
    ['Japan will lend 500 mln dlrs to the Philippines, the Finance Ministry said.', ['JP economic_aid PH commitment.aid-given']],
    ['India will provide USD 100 million to the Maldives, the foreign ministry said.', ['IN economic_aid MV commitment.aid-given']],
    ['Saudi Arabia pledged $1 billion for the reconstruction of Lebanon.', ['SA economic_aid LB commitment.aid-given']],
    ['India gifted two helicopters to the Maldives.', ['IN security_assistance MV commitment.aid-given']],
    ['Seoul said it would provide Pyongyang with 500,000 tonnes of fertiliser.', ['KR humanitarian_aid KP commitment.aid-given']],
    // An aid package with no kind named takes its kind from the sentence (economic when nothing says otherwise).
    ['Washington unveiled a $1 billion aid package for Ukraine.', ['US economic_aid UA commitment.aid-given']],
    // Bans and restrictions on a country's goods or officials are sanctions.
    ['Russia imposed a ban on imports of Polish meat on Thursday.', ['RU sanctions PL commitment.measures-on']],
    ['The United States imposed visa restrictions on Nigerian officials on Monday.', ['US sanctions NG commitment.measures-on']],
    ['"We will impose sanctions on Iran if it does not comply," Blair said.', ['GB sanctions IR commitment.measures-on']],
    // Agreements between two named leaders, memorandums and joint statements.
    ['President Hu Jintao and President Pervez Musharraf signed a treaty of friendship in Islamabad.', ['CN agreement PK commitment.signed-pair', 'PK agreement CN commitment.signed-pair']],
    ['The visiting Chinese Premier Wen Jiabao and his Indian counterpart Manmohan Singh signed 12 agreements.', ['CN agreement IN commitment.signed-pair', 'IN agreement CN commitment.signed-pair']],
    ['Sri Lanka signed a Memorandum of Understanding with India on energy cooperation.', ['IN agreement LK commitment.signed-with', 'LK agreement IN commitment.signed-with']],
    ['Putin and Chinese President Xi Jinping signed a joint statement on deepening their partnership.', ['CN agreement RU commitment.signed-pair', 'RU agreement CN commitment.signed-pair']],
    ['Vladimir Putin held talks with President of Vietnam To Lam. Following the talks, the two leaders adopted a joint declaration.', ['RU agreement VN commitment.group-pair', 'VN agreement RU commitment.group-pair']],
    // The one-China policy upheld: backing of China.
    ['Pakistan reaffirmed its firm commitment to the one-China policy.', ['PK diplomatic_support CN commitment.one-china']],
    ["Sri Lanka's President Ranil Wickremesinghe said Sri Lanka adheres to the one-China principle.", ['LK diplomatic_support CN commitment.one-china']],
    // Trade retaliation in the wire's trade stories is an economic penalty; a measure on an amount of a country's goods.
    ['The United States threatened trade retaliation against Japan on Friday.', ['US sanctions JP commitment.trade-retaliation']],
    ['Reagan said the United States would retaliate against Japan for violating the semiconductor pact, which limits chip exports.', ['US sanctions JP commitment.trade-retaliation']],
    ['The U.S. will impose 100 pct tariffs on 300 mln dlrs worth of Japanese electronic goods, President Reagan said.', ['US sanctions JP commitment.measures-on']],
    ['Washington imposed duties on about 300 mln dlrs of Japanese imports.', ['US sanctions JP commitment.measures-on']],
    // A coordinated agent: each of its parties gives.
    ['Britain and France have offered to send troops to Ivory Coast.', ['FR security_assistance CI commitment.aid-given', 'GB security_assistance CI commitment.aid-given']],
    // A party of another clause before ", and" is no co-giver.
    ['The talks between Russia and China ended, and Japan pledged $5 million in aid to Nepal.', ['JP economic_aid NP commitment.aid-given']],
    ['Japan, South Korea and Australia pledged $100 million in humanitarian aid to Myanmar.', ['AU humanitarian_aid MM commitment.aid-given', 'JP humanitarian_aid MM commitment.aid-given', 'KR humanitarian_aid MM commitment.aid-given']],
    // "They" or "the leaders" after a contact stand for its two parties.
    ['Putin met Chinese President Xi Jinping in Beijing on Tuesday. They agreed to boost bilateral trade to $200 billion by 2024.', ['CN agreement RU commitment.group-pair', 'RU agreement CN commitment.group-pair']],
    ['Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo. The leaders signed an agreement on high-speed rail.', ['IN agreement JP commitment.group-pair', 'JP agreement IN commitment.group-pair']],
    // Sanctions on a number of a country's people or firms.
    ['Australia announced it would impose targeted sanctions on 12 Russian individuals.', ['AU sanctions RU commitment.measures-on']],
    ['Britain imposed sanctions on more than 100 Russian entities on Friday.', ['GB sanctions RU commitment.measures-on']],
    // US and wire style: the day between "agreed" and "to".
    ['The United States and South Korea agreed Tuesday to expand joint military exercises.', ['KR agreement US commitment.agreed-pair', 'US agreement KR commitment.agreed-pair']],
    ['Japan and the United States agreed yesterday to set up a working group on semiconductors.', ['JP agreement US commitment.agreed-pair', 'US agreement JP commitment.agreed-pair']],
    // Session 9: a time or manner adverbial between the coordinated subject and "signed".
    ['Pakistan and China on Wednesday signed a free trade agreement.', ['CN agreement PK commitment.signed-pair', 'PK agreement CN commitment.signed-pair']],
    ['The Soviet Union and India today formally signed an agreement on trade.', ['IN agreement SU commitment.signed-pair', 'SU agreement IN commitment.signed-pair']],
    // An international body commits in its own name, for no country (byCountry null; the row shows its id).
    ['The European Union imposed new sanctions on Belarus on Monday.', ['european-union sanctions BY commitment.measures-on']],
    ['LUXEMBOURG, Oct 14 - European Union finance ministers on Monday decided to impose sanctions on Belarus, including travel bans.', ['european-union sanctions BY commitment.measures-on']],
    ['The World Bank approved a $500 million loan to Kenya.', ['world-bank economic_aid KE commitment.aid-given']],
    ['At the EU summit, Germany pledged 500 million euros in military aid to Ukraine.', ['DE security_assistance UA commitment.aid-given']],
    // A state bank governed by its country gives ("Korea's state Export-Import Bank … loans to help Vietnam").
    ["Korea's state Export-Import Bank this week approved about 300 million dollars in loans to help Vietnam build power lines.", ['KR economic_aid VN commitment.aid-given']],
    // A place of one of the two parties before them is no third party.
    ['After the lunch at the Presidential Palace, Hanoi, Vietnam, and Laos signed a deal on river transport.', ['LA agreement VN commitment.signed-pair', 'VN agreement LA commitment.signed-pair']],
    ["Modi secured Japan's support for India's membership of the Nuclear Suppliers Group.", ['JP diplomatic_support IN commitment.backing']],
    // Support for a country's reunification; a group subject for the parties of the contacts told before it.
    ["Chilean President Gabriel Boric voiced his support for China's reunification efforts.", ['CL diplomatic_support CN commitment.backing']],
    ['Xi Jinping held separate meetings with President Gustavo Petro of Colombia and President Gabriel Boric of Chile on Saturday. The Latin American leaders reiterated their support for the one-China policy.', ['CL diplomatic_support CN commitment.one-china', 'CO diplomatic_support CN commitment.one-china']],
    ["Xi Jinping held separate meetings with President Gustavo Petro of Colombia and President Gabriel Boric of Chile on Saturday. The two presidents also restated their countries' position on Taiwan, voicing their support for China's reunification.", ['CL diplomatic_support CN commitment.backing', 'CO diplomatic_support CN commitment.backing']],
    // One joint contact of many is a multilateral statement (optional in the gold, GUIDE.md): the group makes no item for each; the readout's own author does.
    ["Biden held a video call with Macron, Scholz and Trudeau on Friday. The leaders reaffirmed their support for Ukraine's sovereignty.", ['US diplomatic_support UA commitment.diplomatic']],
    // A loan "in" a country named after a compound adjective.
    ['Canadian Prime Minister Justin Trudeau has promised a further $20m in grants for rebuilding schools in storm-battered Haiti.', ['CA economic_aid HT commitment.aid-given']],
    // Session 10: agreements signed with the other party told by the visit or the contact; a joint pledge; people sanctioned.
    ['On his state visit to Chile, Lula signed several agreements on trade and energy.', ['BR agreement CL commitment.counterpart-agreement', 'CL agreement BR commitment.counterpart-agreement']],
    ['Modi met Sri Lankan President Anura Kumara Dissanayake in Colombo on Friday. After the talks, memoranda on health and digital payments were exchanged at a ceremony that followed.', ['IN agreement LK commitment.counterpart-agreement', 'LK agreement IN commitment.counterpart-agreement']],
    ['Indian Foreign Minister S. Jaishankar held talks with his Japanese counterpart in Tokyo on Monday. Both ministers pledged to work closely on energy and shipping.', ['IN agreement JP commitment.group-pair', 'JP agreement IN commitment.group-pair']],
    ['India and Japan pledged to deepen cooperation in shipping.', ['IN agreement JP commitment.joint-pledge', 'JP agreement IN commitment.joint-pledge']],
    ['Britain sanctioned 14 officials who helped the Belarusian government rig the vote.', ['GB sanctions BY commitment.sanctioned-people']],
    // Sanctions over a country's acts, tariffs in retaliation, a country named before "sanctions" that another extends.
    ["The European Union imposed sanctions over Belarus's crackdown on protesters.", ['european-union sanctions BY commitment.measures-on']],
    ['Canada retaliated with tariffs of 25% on US steel.', ['CA sanctions US commitment.measures-on']],
    ['EU foreign ministers agreed to extend Iran sanctions by six months.', ['european-union sanctions IR commitment.named-sanctions']],
    // Aid given with the receiver first ("provide Vietnam with …"), support assured, training given.
    ['Japan agreed to provide Vietnam with six patrol vessels.', ['JP security_assistance VN commitment.aid-given']],
    ["Modi assured Hasina of India's full support.", ['IN diplomatic_support BD commitment.support-assured']],
    ["Putin assured the Belarusian leader of Russia's readiness to help with air defence.", ['RU security_assistance BY commitment.support-assured']],
    ['France will train 2,000 Ukrainian soldiers.', ['FR security_assistance UA commitment.training']],
    ['Japan will train 500 Ghanaian civil servants over five years.', ['JP economic_aid GH commitment.training']],
    // Retaliation a party warns another of, in a trade story.
    ['South Korea warned Canada it might impose retaliatory duties if Ottawa raised its levies on Korean cars.', ['KR sanctions CA commitment.trade-retaliation']],
    ['Brazil warned the United States that it would retaliate against any new tariffs on its steel.', ['BR sanctions US commitment.trade-retaliation']],
    // The leaders witnessing the signing after their contact; a country's support a leader pledges.
    ['Ruto met Museveni in Kampala on Saturday. The leaders witnessed the signing of five agreements on roads and power.', ['KE agreement UG commitment.counterpart-agreement', 'UG agreement KE commitment.counterpart-agreement']],
    ["Erdogan pledged Turkey's support for Azerbaijan.", ['TR diplomatic_support AZ commitment.pledged-support']],
    // Session 12: agreements of news wording — the people who act for two countries, a counted set of
    // documents, an agreement "in principle", a group subject of heads of state after their contact.
    ['Japanese and Indian negotiators agreed on Monday to cut tariffs on steel.', ['IN agreement JP commitment.agreed-pair', 'JP agreement IN commitment.agreed-pair']],
    ['Kenya said Kenyan and Ugandan officials had "agreed in principle" to share the pipeline.', ['KE agreement UG commitment.agreed-pair', 'UG agreement KE commitment.agreed-pair']],
    ['Egypt and Sudan on Monday signed 12 documents on water, trade and roads.', ['EG agreement SD commitment.signed-pair', 'SD agreement EG commitment.signed-pair']],
    ['Macron met Lula in Brasilia on Tuesday. The Presidents reached an agreement on a joint space fund.', ['BR agreement FR commitment.group-pair', 'FR agreement BR commitment.group-pair']],
    // Two people joined by "and" before the verb each pledge; standing with a country is backing it.
    ['Scholz and Tusk pledged their continued support for Moldova.', ['DE diplomatic_support MD commitment.pledged-support', 'PL diplomatic_support MD commitment.pledged-support']],
    ['Albanese said Australia would stand with Fiji.', ['AU diplomatic_support FJ commitment.help-pledged']],
    // Backing said with the verb, a commitment to a country itself, a country's support after "the".
    ["Kenya backs Somalia's efforts to rebuild its army.", ['KE diplomatic_support SO commitment.supports-stance']],
    ['Meloni said Italy remains firmly committed to Albania.', ['IT diplomatic_support AL commitment.committed-to']],
    ["Kishida reaffirmed Japan's unwavering commitment to the Philippines.", ['JP diplomatic_support PH commitment.committed-to']],
    ["Albanese reaffirmed the UK's steadfast support for Fiji.", ['GB diplomatic_support FJ commitment.pledged-support']],
    // Something shown "in support of" a country, a country vouched for.
    ['Scholz agreed to show "a united front in support of Moldova" at the summit.', ['DE diplomatic_support MD commitment.in-support-of']],
    ['Spain offered to vouch for the reliability of Chile in talks with lenders.', ['ES diplomatic_support CL commitment.in-support-of']],
    // A stance in the present tense; support conveyed.
    ['Meloni said Italy stands firmly by Albania.', ['IT diplomatic_support AL commitment.stands-by']],
    ['Ruto said Kenya firmly supports Somalia.', ['KE diplomatic_support SO commitment.stands-by']],
    ["Ruto conveyed Kenya's support for Somalia.", ['KE diplomatic_support SO commitment.pledged-support']],
    // Session 13: "for" a country's officials or goods names a measure's target as "on" does.
    ['The EU imposed visa bans for Malian government officials on Monday.', ['european-union sanctions ML commitment.measures-on']],
    // Session 13: respect for a country's sovereignty with the country after "of", named or pointed back to
    // ("this country"); "the leaders" after a bilateral contact are both of its sides.
    ['Scholz stressed his respect for the territorial integrity and sovereignty of Moldova.', ['DE diplomatic_support MD commitment.sovereignty-of']],
    ['President Ruto of Kenya met President Museveni of Uganda on Monday. The leaders reviewed the fighting in Sudan and underlined full respect for the independence and unity of this country.', ['KE diplomatic_support SD commitment.sovereignty-of', 'UG diplomatic_support SD commitment.sovereignty-of']],
    // Session 13 (H15): two leaders who witness the signing, a host, "her <demonym> counterpart", an agreement
    // "signed by" two parties, and a group subject paragraphs after the article's only pair of countries.
    ['Norway and Chile witnessed the signing of a fisheries agreement in Oslo.', ['CL agreement NO commitment.signed-pair', 'NO agreement CL commitment.signed-pair']],
    ['Chile and host Norway signed a shipping accord on Monday.', ['CL agreement NO commitment.signed-pair', 'NO agreement CL commitment.signed-pair']],
    ['Trade Minister Ana Lopez of Chile, and her Norwegian counterpart signed a shipping accord.', ['CL agreement NO commitment.signed-pair', 'NO agreement CL commitment.signed-pair']],
    ['The fisheries accord signed by Chile and Norway in 2019 expires next year.', ['CL agreement NO commitment.signed-by-pair', 'NO agreement CL commitment.signed-by-pair']],
    ['Norwegian Prime Minister Jonas Gahr Store met Chilean President Gabriel Boric in Oslo on Monday.\n\nThe visit "opens a new chapter in our ties," the ministry said in a statement.\n\nThe two countries signed four agreements on fisheries and ports.', ['CL agreement NO commitment.article-pair', 'NO agreement CL commitment.article-pair']],
    ['Norwegian Prime Minister Jonas Gahr Store met Chilean President Gabriel Boric in Oslo on Monday.\n\nThe visit "opens a new chapter in our ties," the ministry said in a statement.\n\nLater, they agreed to cooperate closely on fisheries and ports.', ['CL agreement NO commitment.article-pair', 'NO agreement CL commitment.article-pair']],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });

  it.each([
    ['The United States lifted sanctions on Cuba.'],
    ['Talks on a trade agreement between Brazil and China stalled.'],
    ['Exporters in Brazil fear the tariffs on Brazilian goods.'],
    ['Turkey, Greece and Cyprus signed a pipeline agreement.'],
    ['Germany and France have discussed sanctions on Russia.'],
    ['Iran will never stop its progress because of sanctions on Iran imposed by the United States.'],
    // A country named inside the clause is not its subject ("The leaders … about Russia's build-up").
    ['Germany ended its support for Israel on Monday.'],
    ['India refused to buy more Russian oil.'],
    ['Beijing would not agree to buy US soybeans.'],
    ['Japan warned of consequences for the global economy.'],
    ['Pakistan repaid a loan to China.'],
    ['India and Pakistan have not agreed to talks.'],
    ['Three Iranian officials were sanctioned by the United States.'],
    ['Russian banks sanctioned by the European Union lost access to SWIFT.'],
    ['Trump threatened Canada on Tuesday.'],
    ['Hamas fighters hit Israel with rockets.'],
    ['Hungary does not support Ukraine\'s membership of NATO.'],
    ['Moscow refused to recognise Kosovo.'],
    ['Scholz said Russia showed no respect for the sovereignty of Moldova.'],
    ['Canada lifted travel bans for Chinese nationals.'],
    ['Russia sent missiles and drones into Ukrainian cities overnight.'],
    ["The president recognised Zelensky's efforts to end the war."],
    ['Ukraine will need more air defence missiles, Zelensky said.'],
    ['Israel halted humanitarian aid to Gaza.'],
    ["The leaders expressed their concern about Russia's build-up and reaffirmed their support for Ukraine's sovereignty."],
    // Aid refused, halted, received, or sent into a country as troops.
    ['Germany refused to send Taurus missiles to Ukraine.'],
    ['Ukraine was promised more air defence systems.'],
    ['Russia sent troops into Ukraine in February 2022.'],
    ['Hungary blocked 50 billion euros in aid to Ukraine.'],
    ['The Taliban accused Pakistan of sending weapons to rebels.'],
    ['Japan sent a message to China on Monday.'],
    ['President Reagan approved $100 million in aid to the Contra rebels in Nicaragua.'],
    ['Brazil sold soybeans to China.'],
    ['Britain announced a ban on arms sales to Argentina.'],
    ['Washington suspended aid to Panama on Thursday.'],
    ['India could face sanctions, officials said.'],
    ['Germany would support Ukraine if Russia attacked again.'],
    ["India will not support Pakistan's bid."],
    ['Leaders of France, Germany and Italy met in Rome. The three countries signed a pact.'],
    ['The two sides agreed to hold further talks.'],
    ['Exporters in Brazil face tariffs of 50%.'],
    ['Germany refused to help Ukraine with more missiles.'],
    // Session 8 near misses: nothing received, a passive, a statement of ministers, three parties, aid lifted.
    ['Pakistan received no aid from India after the quake.'],
    ['The United States was held responsible for the attack by Iran.'],
    ['Russia denied holding Ukraine responsible.'],
    ['The foreign ministers of India and China issued a statement after the meeting.'],
    ['Russia, China and Iran adopted a joint declaration.'],
    ['Russia and Ukraine exchanged prisoners on Sunday.'],
    ["Taiwan's president said he would not respect the one-China principle."],
    ['The Chinese Premier and the Indian Prime Minister held talks on trade.'],
    ['Japan said it hoped to avoid trade retaliation against its exporters.'],
    ['Officials said any retaliation against Japan would hurt U.S. trade.'],
    // Agreeing only to talk again; "they" with no contact told before it.
    ['Putin met Xi in Beijing on Tuesday. They agreed to hold further talks.'],
    ['Russia and China agreed to continue consultations on the issue.'],
    ['Putin and Xi agreed to hold further talks in Moscow.'],
    ['Officials from France, Germany and Italy said they agreed to boost trade.'],
    ['India and Japan have close ties. They agreed to boost trade.'],
    ['Washington and Seoul agreed Tuesday to hold further talks.'],
    // Session 14 (H15): agreeing only to remain in contact.
    ['Tinubu met Mahama in Abuja on Friday. Both presidents agreed to remain in regular contact.'],
    ['Iran, Russia and China on Friday signed a pact on trade.'],
    // An international body is never the target or the beneficiary.
    ['Russia imposed sanctions on the European Union.'],
    ['The African leaders reiterated their support for the one-China policy.'],
    // Support sought is not given.
    ["Modi sought Turkey's support for India's bid for a permanent seat on the Security Council."],
    ["At the forum, Lula sought the backing of Germany for Brazil's bid to join the OECD."],
    // Agreements only planned, or signed with no contact or visit to say with whom; people sanctioned by the speaker's own country.
    ['On his visit to Chile, Lula is expected to sign several agreements.'],
    ['Lula signed several agreements on Monday.'],
    ['Modi met Dissanayake in Colombo. Memoranda will be exchanged later.'],
    ['Britain sanctioned 14 officials on Monday.'],
    ['The two ministers pledged to hold more talks.'],
    ['Kenya refused to train Somali troops.'],
    ['Russia sanctions have hurt the economy.'],
    ['Putin assured Lukashenko that talks would continue.'],
    ['Sanctions over Russia were discussed.'],
    // Agreeing only on the need for a summit.
    ['Kishida met Yoon in Tokyo. Both sides agreed on the importance of a meeting with China.'],
    ['South Korea warned Canada that it might lose market share.'],
    ['The leaders witnessed the signing of five agreements.'],
    // Negotiators only negotiating; the presidents with no contact before them.
    ['Japanese and Indian negotiators held talks on a trade pact.'],
    ['The Presidents reached an agreement on a joint space fund.'],
    ['Albanese asked whether Australia would stand with Fiji if the storm hit.'],
    ['Meloni said Italy remains committed to the Paris Agreement.'],
    ["Kenya does not back Somalia's efforts to rebuild its army."],
    ['Spain refused to vouch for Chile.'],
    ['Italy no longer supports Albania.'],
    ['Meloni stood with Rama at the ceremony.'],
    // Session 13 (H15): a third country named in the group's paragraph; contacts of two different pairs before it.
    ['Norwegian Prime Minister Jonas Gahr Store met Chilean President Gabriel Boric in Oslo on Monday.\n\nBoric later flew to Lima.\n\nPeru welcomed the visit. The two countries signed four agreements on fisheries and ports.'],
    ['Norwegian Prime Minister Jonas Gahr Store met Chilean President Gabriel Boric in Oslo on Monday.\n\nStore also met Peruvian President Dina Boluarte on Tuesday.\n\nThe statement said so.\n\nThe talks were warm. The two countries signed four agreements on fisheries and ports.'],
  ])('reads no commitment in %j', (text) => {
    expect(commitments(text)).toEqual([]);
  });
  it('does not read again by proximity a group agreement whose verb a clause rule has read (no third country from "among")', () => {
    const text = "Foreign Minister Meets Japanese Counterpart\n\nForeign minister Cho Tae-yul held talks with his Japanese counterpart, Takeshi Iwaya, in Nairobi on Monday.\n\nAccording to Seoul's foreign ministry, Cho congratulated Iwaya on the new port.\n\nThe two sides also agreed to deepen cooperation among Kenya, South Korea and Japan.";
    expect(commitments(text)).toEqual(['JP agreement KR commitment.article-pair', 'KR agreement JP commitment.article-pair']);
  });
});
