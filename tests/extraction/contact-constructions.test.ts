/**
 * The constructions news uses to report a contact, as a table: each sentence is ours (or from the
 * openly licensed Wikinews/Kremlin texts), not copied from the corpus the extractor is scored on.
 * Publication date 2024-03-13, a Wednesday.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts, runStages } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const calls = (text: string, publishedOn = '2024-03-13') =>
  extractFacts(text, { publishedOn, gazetteer }).document.calls.map((c) => ({ parties: [...c.participants].sort().join(' + '), date: c.date }));

describe('contacts in news prose', () => {
  it.each([
    ['verb', 'Scholz met Macron in Paris on Monday.', 'emmanuel-macron + olaf-scholz', '2024-03-11'],
    ['verb with adverbials before "with"', 'Scholz held talks in Paris on Tuesday with Emmanuel Macron.', 'emmanuel-macron + olaf-scholz', '2024-03-12'],
    ['mutual subject', 'Scholz and Macron met in Berlin on Monday.', 'emmanuel-macron + olaf-scholz', '2024-03-11'],
    ['coordinated subject with appositions', "France's president, Emmanuel Macron, and Germany's chancellor, Olaf Scholz, held talks with Polish Prime Minister Donald Tusk.", 'donald-tusk + emmanuel-macron + olaf-scholz', null],
    ['hosted', 'Biden hosted Chancellor Scholz at the White House on Friday.', 'joe-biden + olaf-scholz', '2024-03-08'],
    ['received', 'Putin received the Iranian President Ebrahim Raisi in the Kremlin.', 'ebrahim-raisi + vladimir-putin', null],
    ['passive', 'Foreign Minister Wang Yi was received by Vladimir Putin in Moscow on Tuesday.', 'vladimir-putin + wang-yi', '2024-03-12'],
    ['told visiting', 'Xi Jinping told visiting Spanish Prime Minister Pedro Sanchez that ties were strong.', 'pedro-sanchez + xi-jinping', null],
    ['phoned', 'Erdogan phoned Putin on Tuesday.', 'recep-tayyip-erdogan + vladimir-putin', '2024-03-12'],
    ['spoke by video link', 'Zelenskyy spoke by video link with Japanese Prime Minister Fumio Kishida.', 'fumio-kishida + volodymyr-zelenskyy', null],
    ['noun with possessor', "Macron's meeting with Xi Jinping lasted three hours on Monday.", 'emmanuel-macron + xi-jinping', '2024-03-11'],
    ['fronted noun phrase', 'After a two-hour meeting with Xi Jinping, Macron told reporters the talks were frank.', 'emmanuel-macron + xi-jinping', null],
    ['talks between', 'Talks between Antony Blinken and Wang Yi took place in Munich on Saturday.', 'antony-blinken + wang-yi', '2024-03-09'],
    ['on the sidelines', 'On the sidelines of the G20 summit, Modi met Canadian Prime Minister Justin Trudeau.', 'justin-trudeau + narendra-modi', null],
    ['across sentences', 'Scholz arrived in Beijing on Sunday. He met Xi Jinping on Monday.', 'olaf-scholz + xi-jinping', '2024-03-11'],
    ['counterpart', 'Kishida sat down with his South Korean counterpart Yoon Suk Yeol on Monday.', 'fumio-kishida + yoon-suk-yeol', '2024-03-11'],
    ['their summit', 'Biden shared a toast with Xi Jinping during their summit in California on Monday.', 'joe-biden + xi-jinping', '2024-03-11'],
    ['participle', 'Welcoming Kenyan President William Ruto to the White House, Biden praised the partnership.', 'joe-biden + william-ruto', null],
    ['then with', 'On Monday Sunak met with Olaf Scholz, then with Emmanuel Macron.', ['emmanuel-macron + rishi-sunak', 'olaf-scholz + rishi-sunak'], '2024-03-11'],
    ['untitled party', 'Tony Blair has met Spanish Prime Minister Jose Maria Aznar in Madrid.', 'jose-maria-aznar + tony-blair', null],
    ['coordinated with a counterpart', "Kenya's President William Ruto and his Ugandan counterpart Yoweri Museveni held bilateral talks at State House on Monday.", 'william-ruto + yoweri-museveni', '2024-03-11'],
    ['played host to', 'Nigerian President Bola Tinubu played host to Ghanaian President Nana Akufo-Addo in Abuja on Monday.', 'bola-tinubu + nana-akufo-addo', '2024-03-11'],
    ['weekday of last week', "South Korea's Yoon Suk Yeol and Japan's Fumio Kishida held a summit in Tokyo on Thursday last week.", 'fumio-kishida + yoon-suk-yeol', '2024-03-07'],
    ['a role as the passive subject', 'Japanese Foreign Minister Yoko Kamikawa arrived in Manila on Tuesday. The visiting minister was received by President Ferdinand Marcos Jr. at Malacanang Palace.', 'ferdinand-marcos-jr + yoko-kamikawa', '2024-03-12'],
    ['appositive naming a body', 'Nigerian President Olusegun Obasanjo, the current chairman of the African Union, telephoned Ghanaian President John Kufuor on Monday.', 'john-kufuor + olusegun-obasanjo', '2024-03-11'],
    ['trailing participle', "Ukraine's president, Viktor Yushchenko, arrived in Moscow on Monday, meeting Vladimir Putin in the Kremlin.", 'viktor-yushchenko + vladimir-putin', '2024-03-11'],
    ['untitled object', 'Zambian President Kenneth Kaunda met Amani Mwakyusa in Lusaka on Monday.', 'amani-mwakyusa + kenneth-kaunda', '2024-03-11'],
    ["a country's possessive for the title", "Malawi's President Chikondi Phiri conferred with Tanzania's Amani K. Mwakyusa.", 'amani-k-mwakyusa + chikondi-phiri', null],
    ["a country's possessive as the subject", "Britain's Margaret Thornbury met Irish Prime Minister Seamus Byrne on Monday.", 'margaret-thornbury + seamus-byrne', '2024-03-11'],
    ['appositive title after the name', 'Hu Jintao, the President of the People\'s Republic of China, had lunch today with the President of Brazil, Luiz Inácio Lula da Silva.', 'hu-jintao + luiz-inacio-lula-da-silva', '2024-03-13'],
    ['wire dateline', 'MANILA, March 12 - U.S. Secretary of State Antony Blinken held talks with Philippine President Ferdinand Marcos Jr.', 'antony-blinken + ferdinand-marcos-jr', '2024-03-12'],
    ['last weekday is the previous week', 'Last Thursday Scholz met Macron.', 'emmanuel-macron + olaf-scholz', '2024-03-07'],
  ])('%s: %j', (_construction, text, parties, date) => {
    const got = calls(text);
    const want = ([] as string[]).concat(parties);
    expect(got.map((c) => c.parties).sort()).toEqual(want);
    for (const c of got) expect(c.date).toBe(date);
  });

  it.each([
    ['planned (modal)', 'Scholz will meet Macron in Paris on Friday.'],
    ['planned (due to)', 'Scholz is due to meet Macron on Friday.'],
    ['planned noun', 'Ahead of talks with Macron, Scholz visited a factory.'],
    ['scheduled after the noun', 'A meeting between Scholz and Macron is scheduled for next week.'],
    ['negated', 'Scholz did not meet Macron during the visit.'],
    ['never', 'Biden has never met Kim Jong Un.'],
    ['refused', 'Zelenskyy refused to meet Putin.'],
    ['condition', 'If Trump meets Putin, the sanctions could be lifted.'],
    ['proposed', 'Macron proposed a meeting with Putin.'],
    ['cancelled', 'Biden cancelled his meeting with Netanyahu.'],
    ['a letter is not a call', 'Macron wrote a letter to Scholz about the budget.'],
    ['own government', 'Putin met Foreign Minister Sergei Lavrov in the Kremlin.'],
    ['same country officials', 'Biden met Secretary of State Antony Blinken.'],
    ['an interview is not a call', 'President Kenneth Kaunda of Zambia spoke to Fox News on Monday.'],
    ['a name given is not a call', 'Zambian President Kenneth Kaunda said the colony was called Southern Rhodesia.'],
    ["a firm after a country's possessive", "Kenyan President William Ruto met executives of Japan's Toyota Motor in Nairobi."],
  ])('no call when %s: %j', (_why, text) => {
    expect(calls(text)).toEqual([]);
  });

  it('folds one contact reported twice into one call with the day', () => {
    expect(calls('Scholz met Macron on Monday. The meeting with Macron lasted two hours, Scholz said.')).toEqual([
      { parties: 'emmanuel-macron + olaf-scholz', date: '2024-03-11' },
    ]);
  });

  it('keeps an earlier contact apart from the story’s own ("their first summit")', () => {
    const got = calls('Biden met Xi Jinping in California on Monday. It was their second summit; at their first summit in Bali the two leaders agreed to talk.');
    expect(got).toContainEqual({ parties: 'joe-biden + xi-jinping', date: '2024-03-11' });
    expect(got).toHaveLength(2);
  });
});

describe('contacts in news prose: calls', () => {
  it.each([
    ['mutual by phone', 'Scholz and Macron spoke by phone on Monday.', 'emmanuel-macron + olaf-scholz', '2024-03-11'],
    ['called to', 'Macron called Zelenskyy on Monday to express his support.', 'emmanuel-macron + volodymyr-zelenskyy', '2024-03-11'],
    ['call from', 'Ramaphosa received a call from Narendra Modi on Tuesday.', 'cyril-ramaphosa + narendra-modi', '2024-03-12'],
    ['fronted call without "with"', 'In a phone call on Monday, Scholz and Macron discussed the budget.', 'emmanuel-macron + olaf-scholz', '2024-03-11'],
    ['call inside the clause', 'Zelenskyy told Biden in a telephone conversation on Tuesday that the front held.', 'joe-biden + volodymyr-zelenskyy', '2024-03-12'],
    ['call to', "Biden's phone call to Netanyahu on Monday lasted an hour.", 'benjamin-netanyahu + joe-biden', '2024-03-11'],
    ['joint news conference', 'Blinken joked during a joint news conference with Indian Foreign Minister Subrahmanyam Jaishankar.', 'antony-blinken + subrahmanyam-jaishankar', null],
  ])('%s: %j', (_construction, text, parties, date) => {
    expect(calls(text)).toEqual([{ parties, date }]);
  });

  it.each([
    ['name-calling', 'Biden called Putin a killer.'],
    ['a request', 'Scholz called on Putin to withdraw his troops.'],
    ['demands met', "Scholz met Macron's demands on the budget."],
    ['support from', 'Zelenskyy received support from Biden.'],
  ])('no call for %s: %j', (_why, text) => {
    expect(calls(text)).toEqual([]);
  });
});

describe('contacts in news prose: more constructions', () => {
  it.each([
    ['participle after a coordinated subject', 'Putin and Xi Jinping, meeting in Moscow on Tuesday, pledged closer ties.', 'vladimir-putin + xi-jinping', '2024-03-12'],
    ['spoke for a while by phone', 'Biden and Xi Jinping spoke for nearly two hours by phone on Tuesday.', 'joe-biden + xi-jinping', '2024-03-12'],
    ['discussed with', 'Modi discussed trade and defence with Australian Prime Minister Anthony Albanese on Friday.', 'anthony-albanese + narendra-modi', '2024-03-08'],
    ['hosted a dinner for', 'Lula hosted a state dinner for Emmanuel Macron in Brasilia.', 'emmanuel-macron + luiz-inacio-lula-da-silva', null],
    ['visited by', 'Zelenskyy was visited by Chancellor Olaf Scholz in Kyiv.', 'olaf-scholz + volodymyr-zelenskyy', null],
    ['shook hands', 'Modi and Xi Jinping shook hands at the summit.', 'narendra-modi + xi-jinping', null],
    ['hyphenated names', 'The Biden-Putin talks in Geneva on Monday lasted four hours.', 'joe-biden + vladimir-putin', '2024-03-11'],
    ['between the two leaders', 'Biden met Xi Jinping on Monday. It was the first meeting between the two leaders in a year.', 'joe-biden + xi-jinping', '2024-03-11'],
    ['their first meeting is this one', 'Scholz met Fumio Kishida on Monday. In their first meeting, they discussed trade.', 'fumio-kishida + olaf-scholz', '2024-03-11'],
    ['a coordinated subject that spoke', 'Biden and Xi Jinping spoke on Tuesday, the White House said.', 'joe-biden + xi-jinping', '2024-03-12'],
    ['a coordinated subject that conferred', 'Zambian President Chanda Mulenga and Tanzanian President Amani Kassim conferred in Dar es Salaam on Monday.', 'amani-kassim + chanda-mulenga', '2024-03-11'],
    ['received in audience', 'President Bola Tinubu on Wednesday received in audience the visiting Prime Minister of Equatorial Guinea, Manuela Roka Botey, at the State House in Abuja.', 'bola-tinubu + manuela-roka-botey', '2024-03-13'],
    ['a welcome from', 'Trump received a warm welcome from Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday.', 'donald-trump + mohammed-bin-salman', '2024-03-12'],
    ['called on (a courtesy visit)', "Pakistan's Prime Minister Shehbaz Sharif called on Chinese Premier Li Qiang in Beijing on Tuesday.", 'li-qiang + shehbaz-sharif', '2024-03-12'],
    ['bare talks after a coordinated subject', 'Putin and Kim Jong Un signed a defence pact after talks in Pyongyang on Tuesday.', 'kim-jong-un + vladimir-putin', '2024-03-12'],
    ['a place after a preposition is no party', 'During talks in the Kremlin, Putin and Narendra Modi discussed oil supplies.', 'narendra-modi + vladimir-putin', null],
    ['passive with a place before "by"', 'After arriving in Hanoi, Putin was greeted at the airport by Vietnamese President Tran Van Minh.', 'tran-van-minh + vladimir-putin', null],
    ['an object pronoun is not its clause\'s subject', 'Indian Prime Minister Narendra Modi landed in Vienna on Tuesday. His host, Chancellor Karl Nehammer, received him at the Federal Chancellery.', 'karl-nehammer + narendra-modi', '2024-03-12'],
    ['two offices of one person', 'Blinken met Saudi Crown Prince and Prime Minister Mohammed bin Salman in Riyadh.', 'antony-blinken + mohammed-bin-salman', null],
    ['a body before a titled party is no party', 'Erdogan hosted Palestinian President Mahmoud Abbas and Hamas political chief Ismail Haniyeh in Ankara.', 'ismail-haniyeh + mahmoud-abbas + recep-tayyip-erdogan', null],
    ['brought together', 'The summit brought together Brazilian President Luiz Inacio Lula da Silva, Indian Prime Minister Narendra Modi and South African President Cyril Ramaphosa.', 'cyril-ramaphosa + luiz-inacio-lula-da-silva + narendra-modi', null],
    ['a hosted summit attended by', 'Lula hosted a summit in Brasilia on Tuesday attended by Narendra Modi and Cyril Ramaphosa.', 'cyril-ramaphosa + luiz-inacio-lula-da-silva + narendra-modi', '2024-03-12'],
    ['a bilateral with', 'Australian Prime Minister Anthony Albanese held a bilateral with Narendra Modi on the margins of the Quad summit.', 'anthony-albanese + narendra-modi', null],
    ['"the two" after a sentence naming two people', 'Netanyahu flew to Washington to meet Donald Trump. The two met at the White House on Monday.', 'benjamin-netanyahu + donald-trump', '2024-03-11'],
    ['a regnal number before the verb is no body', 'His Majesty King Abdullah II received Secretary Blinken at the Royal Palace.', 'abdullah-ii + antony-blinken', null],
    ['a name with an accented capital', 'Venezuelan President Hugo Chávez and his Colombian counterpart Álvaro Uribe met in Maracaibo.', 'alvaro-uribe + hugo-chavez', null],
  ])('%s: %j', (_construction, text, parties, date) => {
    expect(calls(text)).toEqual([{ parties, date }]);
  });

  it('makes one call with each party of bilateral meetings in the plural', () => {
    expect(calls('On the sidelines of the G7 summit, Italian Prime Minister Giorgia Meloni held bilateral meetings with Narendra Modi, Recep Tayyip Erdogan and Volodymyr Zelenskyy.').map((c) => c.parties).sort())
      .toEqual(['giorgia-meloni + narendra-modi', 'giorgia-meloni + recep-tayyip-erdogan', 'giorgia-meloni + volodymyr-zelenskyy']);
  });

  it('reads a title with a name as that name in the gazetteer, not a surname inside it ("King Hussein", "Ali Osman Taha")', () => {
    expect(calls('Egyptian President Hosni Mubarak held talks with King Hussein in Amman.', '1987-04-14')).toEqual([{ parties: 'hosni-mubarak + hussein-bin-talal', date: null }]);
    const actors = extractFacts('Kofi Annan met Vice-President Ali Osman Taha in Khartoum.', { publishedOn: '2005-02-25', gazetteer }).document.actors.map((a) => a.id);
    expect(actors).toContain('ali-osman-taha');
  });

  it.each([
    ['denied', 'The Kremlin denied that Putin had spoken with Trump.'],
    ['cancelled after the noun', 'A summit between Putin and Trump in Budapest was cancelled.'],
    ['bare "after the meeting" with no coordinated subject', 'After the meeting, Putin told reporters that Biden was wrong.'],
    ['called on someone to act', 'Macron called on Xi Jinping and Putin to end the war.'],
    ['a negated subject', 'Neither Putin nor Zelenskyy has met Trump this year.'],
    ['two speeches', 'Narendra Modi and Shehbaz Sharif spoke on Friday at the UN General Assembly.'],
    ['a contact noun after a modal verb', "Blinken's trip will include meetings with Netanyahu and Abbas."],
  ])('no call when %s: %j', (_why, text) => {
    expect(calls(text)).toEqual([]);
  });
});

describe('office holders the gazetteer does not know (invented names, so that no gazetteer entry answers)', () => {
  const actors = (text: string) => extractFacts(text, { publishedOn: '1987-03-16', gazetteer }).document.actors.map((a) => [a.name, a.kind, a.title]);
  it.each([
    ['a governed comma', "Iraq's prime minister, Mohammed Shia al-Sudani, spoke.", ['Mohammed Shia al-Sudani', 'leader']],
    ['a title after the name', 'Hu Jintao, the President of the People\'s Republic of China, spoke.', ['Hu Jintao', 'leader']],
    ['a copula', 'In 2009 Tsvangirai became prime minister.', ['Tsvangirai', 'leader']],
    ['a regime named after its leader', 'The regime of Bashar al-Assad fell in December.', ['Bashar al-Assad', 'leader']],
    ['a list of ministers with portfolios', 'Some Brazilian ministers were present: Antonio Palocci (Economy), Celso Amorim (Exterior Relations).', ['Antonio Palocci', 'official', 'Minister of Economy']],
    ['an abbreviated title', 'Israeli PM Yoram Ben-Dor arrived.', ['Yoram Ben-Dor', 'leader']],
    ['a particle in the name', 'Kenyan President Daniel arap Moi arrived.', ['Daniel arap Moi', 'leader']],
    ['initials', 'South African President P.K. Mbeleni arrived.', ['P.K. Mbeleni', 'leader']],
    ["a country's possessive before a contact", "Britain's Margaret Thornbury met Mikhail Gorbachev.", ['Margaret Thornbury', 'leader']],
    ['a middle initial', 'Sri Lankan President Nimal R. Perera arrived.', ['Nimal R. Perera', 'leader']],
    ['an honorific before an appositive title', "Mr Novak, Slovakia's prime minister since October, met Mikhail Gorbachev.", ['Novak', 'leader']],
    ['a counterpart holds the office of the person before it', 'Slovak Foreign Minister Juraj Blanar held talks with his Hungarian counterpart Peter Szollosi.', ['Peter Szollosi', 'official', 'Foreign Minister']],
    ['a body and adjectives before the title', 'Erdogan hosted Hamas political chief Samir Khalaf in Ankara.', ['Samir Khalaf', 'official', 'Hamas political chief']],
    ['a rank right after the title', "Pakistan's army chief General Tariq Rahim met Chinese officials.", ['Tariq Rahim', 'official', 'army chief']],
    ["an appositive title of a body's office", 'Jake Sullivan, the White House national security adviser, arrived.', ['Jake Sullivan', 'official']],
  ])('%s: %j', (_construction, text, [name, kind, title]) => {
    expect(actors(text)).toContainEqual(title ? [name, kind, title] : expect.arrayContaining([name, kind]));
  });

  it('gives a title joined by "and" to a titled name that name\'s country', () => {
    const doc = extractFacts('Slovak President Zuzana Kovacova and Prime Minister Tomas Novak met Mikhail Gorbachev.', { publishedOn: '1987-03-16', gazetteer }).document;
    expect(doc.actors.find((a) => a.name === 'Tomas Novak')).toMatchObject({ kind: 'leader', country: 'SK' });
  });

  it('knows a name with and without its middle initial as one person', () => {
    const text = "Tanzania's Amani K. Mwakyusa met Zambian President Kenneth Kaunda. Amani Mwakyusa said the talks went well.";
    expect(actors(text).filter(([name]) => /Mwakyusa/.test(String(name)))).toEqual([['Amani K. Mwakyusa', 'leader', null]]);
  });

  it("reads the country of a possessive before adjectives (\"Iran's top war spokesman\")", () => {
    const doc = extractFacts("Iran's top war spokesman Darius Kamrani vowed revenge.", { publishedOn: '1987-10-20', gazetteer }).document;
    expect(doc.actors.map((a) => [a.name, a.country, a.title])).toEqual([['Darius Kamrani', 'IR', 'top war spokesman']]);
  });

  it('gives a listed person the office the text names before any listed office began, not a later one', () => {
    // Hu Jintao is listed from 2002; in a 1987 text nothing of his later office may be read back.
    const doc = extractFacts('Party official Hu Jintao arrived in Lhasa.', { publishedOn: '1987-03-16', gazetteer }).document;
    expect(doc.actors.find((a) => a.name === 'Hu Jintao')).toMatchObject({ kind: 'official', title: null, country: 'CN' });
  });

  it('uses the family name alone for names that put it first ("Lee", "Xi")', () => {
    const text = 'South Korean President Lee Jae-myung met Chinese President Xi Jinping on Monday. Lee said the talks went well; Xi agreed.';
    // "Xi" is also the gazetteer's alias; "Lee" is too common to be one.
    const mentions = runStages(text, { publishedOn: '2025-11-01' }, gazetteer).mentions.filter((m) => m.start > text.indexOf('.') && !m.reference);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.actor])).toEqual([['Lee', 'lee-jae-myung'], ['Xi', 'xi-jinping']]);
  });

  it('reads a shared surname after an honorific or a title as whoever held office then ("Mr Bush")', () => {
    const who = (text: string, publishedOn: string) => extractFacts(text, { publishedOn, gazetteer }).document.actors.map((a) => a.id);
    expect(who('Mr Bush spoke to Mr Putin by telephone on Wednesday.', '2005-02-10')).toEqual(expect.arrayContaining(['george-w-bush']));
    expect(who('President Bush met Chancellor Kohl on Wednesday.', '1990-02-10')).toEqual(expect.arrayContaining(['george-h-w-bush']));
  });

  it('reads no person from a headline in capitals', () => {
    expect(actors('IRAN LEADER VOWS REVENGE ON U.S.')).toEqual([]);
  });
});

describe('contacts in news prose: clauses', () => {
  it.each([
    ['after meeting', 'Speaking after meeting Vladimir Putin in the Kremlin on Monday, Narendra Modi said the war must end.', 'narendra-modi + vladimir-putin', '2024-03-11'],
    ['perfect infinitive', 'Scholz said he was delighted to have met Emmanuel Macron on Monday.', 'emmanuel-macron + olaf-scholz', '2024-03-11'],
  ])('%s: %j', (_construction, text, parties, date) => {
    expect(calls(text)).toEqual([{ parties, date }]);
  });
});

describe('contacts in news prose: days', () => {
  it.each([
    ['"today" in wire copy is the dateline\'s day', 'WASHINGTON, March 12 - Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi today.', 'antony-blinken + wang-yi', '2024-03-12'],
    ['an agency dateline', 'SEOUL, March 12 (Yonhap) -- President Yoon Suk Yeol held talks with Japanese Prime Minister Fumio Kishida today.', 'fumio-kishida + yoon-suk-yeol', '2024-03-12'],
    ['a sentence dating the contact just reported', 'Modi met Biden in Apulia. The meeting took place on Thursday.', 'joe-biden + narendra-modi', '2024-03-07'],
    ['a date in a relative clause dates another event', 'Mr Abbas, who was elected in January, also met Foreign Secretary Jack Straw on Monday.', 'jack-straw + mahmoud-abbas', '2024-03-11'],
  ])('%s: %j', (_construction, text, parties, date) => {
    expect(calls(text)).toEqual([{ parties, date }]);
  });

  it('takes "earlier in the day" from the story\'s day, not from a relative clause\'s "yesterday"', () => {
    const text = 'MOSCOW, June 1 - Soviet leader Mikhail Gorbachev today received Italian Foreign Minister Giulio Andreotti. Andreotti, who arrived yesterday, held talks with Soviet Foreign Minister Eduard Shevardnadze earlier in the day.';
    expect(calls(text, '1987-06-02')).toEqual([
      { parties: 'giulio-andreotti + mikhail-gorbachev', date: '1987-06-01' },
      { parties: 'eduard-shevardnadze + giulio-andreotti', date: '1987-06-01' },
    ]);
  });

  it('gives a clause "after meeting X" in mid-sentence the sentence\'s subject', () => {
    expect(calls('Biden spoke with Fumio Kishida on Thursday, a day after meeting Emmanuel Macron.').map((c) => c.parties).sort())
      .toEqual(['emmanuel-macron + joe-biden', 'fumio-kishida + joe-biden']);
  });
});

describe('contacts in news prose: wire copy and present-tense leads', () => {
  it.each([
    ['how long and where between "met" and "with"', 'Shultz met for 90 minutes here today with Soviet Foreign Minister Eduard Shevardnadze.', 'eduard-shevardnadze + george-shultz', '1987-04-15', '1987-04-15'],
    ['a duration is no date', 'Shultz conferred privately for two hours with Shevardnadze yesterday.', 'eduard-shevardnadze + george-shultz', '1987-04-14', '1987-04-15'],
    ['a present-tense lead', 'Modi holds talks with Putin in Moscow.', 'narendra-modi + vladimir-putin', null, '2024-03-13'],
    ['a joint press conference held', 'Macron and Scholz held a joint press conference in Paris on Monday.', 'emmanuel-macron + olaf-scholz', '2024-03-11', '2024-03-13'],
    ['the subject and object of a verb during a meeting', 'Zelenskyy thanked Biden during a meeting in Washington on Tuesday.', 'joe-biden + volodymyr-zelenskyy', '2024-03-12', '2024-03-13'],
    ["a day's possessive before the meeting", "Vance clashed with Zelensky during Friday's Oval Office meeting.", 'jd-vance + volodymyr-zelenskyy', '2024-03-08', '2024-03-13'],
    ['a family name of two letters from the gazetteer', 'Biden and Xi met for four hours in Woodside on Wednesday.', 'joe-biden + xi-jinping', '2024-03-13', '2024-03-13'],
    ['a bare weekday after "spoke"', 'Trump and Putin spoke Tuesday for more than two hours.', 'donald-trump + vladimir-putin', '2025-03-18', '2025-03-19'],
    ['a bare weekday after "spoke by phone"', 'Trump spoke by phone Tuesday with Putin.', 'donald-trump + vladimir-putin', '2025-03-18', '2025-03-19'],
    ['"in a call" with a bare weekday', 'In a call Tuesday, Trump and Putin agreed to a partial ceasefire.', 'donald-trump + vladimir-putin', '2025-03-18', '2025-03-19'],
    ['parties named together attending one summit', 'Putin, Xi and Modi attended the BRICS summit in Kazan on Wednesday.', 'narendra-modi + vladimir-putin + xi-jinping', '2024-10-23', '2024-10-24'],
    ['a fronted "meeting" before listed subjects', 'Meeting in Kyiv on Saturday, Merz, Macron, Starmer and Tusk urged Putin to accept a ceasefire.', 'donald-tusk + emmanuel-macron + friedrich-merz + keir-starmer', '2025-05-10', '2025-05-12'],
    ['who reports the contact is no party', 'Putin held a phone conversation Tuesday with Trump, the Kremlin said.', 'donald-trump + vladimir-putin', '2025-03-18', '2025-03-19'],
  ])('%s: %j', (_construction, text, parties, date, publishedOn) => {
    expect(calls(text, publishedOn)).toEqual([{ parties, date }]);
  });

  it.each([
    ['talks judged unlikely', 'Talks between Putin and Zelenskyy are unlikely.'],
    ['a meeting that remains impossible', 'A meeting between Putin and Zelenskyy remains impossible.'],
    ['hosting proposed', 'Erdogan has proposed hosting a meeting between Putin and Zelenskyy.'],
    ['a complement after the object', 'Biden called Putin a killer after the summit.'],
    ['a place modifying a plural', 'Xi met Hong Kong leaders in Beijing on Monday.'],
    ['a firm', 'Tanner Holdings met with Narendra Modi on Monday.'],
    ['a sub-national office holder of unknown country', 'Biden spoke with New York Governor Kathy Hochul on Monday.'],
    ['an institution modifying the people met', 'Blinken held talks with Hamas negotiators in Doha.'],
    ['one party attending a summit', 'Modi attended the BRICS summit in Kazan on Wednesday.'],
    ['a meeting in a clause about the future', 'Olmert will travel to Washington next week for a meeting with US President George W. Bush.'],
  ])('no call when %s: %j', (_why, text) => {
    expect(calls(text)).toEqual([]);
  });
});

describe('contacts in news prose: clauses inside the sentence', () => {
  it.each([
    ['the subject before a relative clause, not inside it', 'President Bola Tinubu on Tuesday received his Ghanaian counterpart, John Dramani Mahama, in Abuja. The visiting president, who was accompanied by his Foreign Minister Samuel Okudzeto Ablakwa, held a closed-door meeting with Tinubu.', 'bola-tinubu + john-mahama', '2025-03-04', '2025-03-05'],
    ["a later coordinated clause's day is not the contact's", 'Mr Bush met Nato Secretary General Jaap de Hoop Scheffer, and on Tuesday he will hold talks with German Chancellor Gerhard Schroeder in Mainz.', 'george-w-bush + jaap-de-hoop-scheffer', null, '2005-02-22'],
    ['an unnamed counterpart is the holder of the same office', 'Lula landed in Beijing on Thursday. On Friday he was received by his Chinese counterpart at a ceremony in the city.', 'luiz-inacio-lula-da-silva + xi-jinping', '2024-03-08', '2024-03-13'],
    ['honorifics inside a coordinated subject', 'Mr Modi and Mr Putin met in Moscow on Monday.', 'narendra-modi + vladimir-putin', '2024-03-11', '2024-03-13'],
    ['a second verb of the subject after "and"', 'Secretary of State George Shultz met Prime Minister Yitzhak Shamir for two hours today and later flew to Amman for talks with King Hussein.', ['george-shultz + hussein-bin-talal', 'george-shultz + yitzhak-shamir'], '1988-02-03', '1988-02-03'],
    ['a summit "in" a place attended by', 'Sudanese President Omar al-Bashir has held talks with Libyan leader Col Muammar Gaddafi in Tripoli. The mini-summit in Tripoli was also attended by Nigerian President Olusegun Obasanjo.', 'muammar-gaddafi + olusegun-obasanjo + omar-al-bashir', null, '2004-10-12'],
    ["a relative clause's day earlier in the paragraph is not borrowed", 'Hungarian Prime Minister Karoly Grosz, who arrived Tuesday, toured the parliament. Foreign Minister Alois Mock held talks with his Hungarian counterpart, Peter Varkonyi.', 'alois-mock + peter-varkonyi', null, '1987-06-10'],
  ])('%s: %j', (_construction, text, parties, date, publishedOn) => {
    const want = ([] as string[]).concat(parties);
    expect(calls(text, publishedOn).sort((a, b) => a.parties.localeCompare(b.parties))).toEqual(want.map((p) => ({ parties: p, date })));
  });

  it('dates a contact "a day after" a dated one from that day', () => {
    expect(calls('Scholz and Macron met on Tuesday, a day after Scholz spoke with Biden.').sort((a, b) => a.parties.localeCompare(b.parties))).toEqual([
      { parties: 'emmanuel-macron + olaf-scholz', date: '2024-03-12' },
      { parties: 'joe-biden + olaf-scholz', date: '2024-03-11' },
    ]);
  });

  it('reads a middle initial without its period ("George W Bush")', () => {
    const doc = extractFacts('US President George W Bush has dined with French President Jacques Chirac in Brussels.', { publishedOn: '2005-02-22', gazetteer }).document;
    expect(doc.actors.map((a) => a.name)).toEqual(['George W Bush', 'Jacques Chirac']);
  });
});
