/**
 * Titles of office, as linguistic data: the words that, placed before or around a name, say
 * that the person holds an office and which kind (GUIDE.md: `leader` = head of state or
 * government, current or former; `official` = any other office holder).
 *
 * Longer titles come first so "Vice President" wins over "President" and "Foreign Minister"
 * over "Minister".
 */
import type { ActorKind } from '../facts/facts-document.js';

export interface TitleRule {
  id: string;
  /** Lower-case words of the title; matched case-insensitively on word boundaries. */
  words: string;
  kind: ActorKind | 'counterpart';
  /** A plural title lists its holders after it ("Foreign Ministers A and B"); alone it names no one. */
  plural?: boolean;
  /** Text right before the word that makes it no title ("12:35 PM": the hour's mark, not a prime minister). */
  notAfter?: RegExp;
  /** Text right before the word that it needs to be a title ("deputy" only after "his", "her", "the minister's"). */
  onlyAfter?: RegExp;
  /** The title only as written ("CS", Kenya's Cabinet Secretary; not "cs"). */
  written?: string;
  /** The one state the office serves, when the title names it alone ("Pope": the Holy See). */
  country?: string;
  example: string;
  reason: string;
}

const leader = (words: string, example: string): TitleRule => ({
  id: `title.${words.replace(/\W+/g, '-')}`, words, kind: 'leader', example,
  reason: 'A head of state or government (GUIDE.md: leader).',
});
const official = (words: string, example: string): TitleRule => ({
  id: `title.${words.replace(/\W+/g, '-')}`, words, kind: 'official', example,
  reason: 'An office below the head of state or government (GUIDE.md: official).',
});

export const TITLE_RULES: TitleRule[] = [
  official('vice president', 'Vice President Kamala Harris'),
  official('vice-president', 'Vice-President Kamala Harris'),
  official('deputy prime minister', 'Deputy Prime Minister Chrystia Freeland'),
  official('first deputy prime minister', 'First Deputy Prime Minister Yulia Svyrydenko'),
  official('chancellor of the exchequer', 'Chancellor of the Exchequer Rishi Sunak'),
  official('managing director', 'IMF Managing Director Kristalina Georgieva'),
  official('director-general', 'WHO Director-General Tedros Adhanom Ghebreyesus'),
  official('director general', 'IAEA Director General Rafael Grossi'),
  official('first minister', 'Scottish First Minister John Swinney'),
  official('governor-general', 'Governor-General Sam Mostyn'),
  official('governor general', 'Governor General Mary Simon'),
  official('chief executive', 'Hong Kong Chief Executive John Lee'),
  official('fm', 'Chinese FM Wang Yi'),
  official('secretary general', 'NATO Secretary General Jens Stoltenberg'),
  official('secretary-general', 'UN Secretary-General Antonio Guterres'),
  official('secretary of state', 'Secretary of State Antony Blinken'),
  official('high representative', 'High Representative Josep Borrell'),
  official('deputy supreme commander-in-chief', 'Deputy Supreme Commander-in-Chief Sheikh Mohamed'),
  official('commander-in-chief', 'Commander-in-Chief Valerii Zaluzhnyi'),
  official('national security adviser', 'National Security Adviser Jake Sullivan'),
  official('national security advisor', 'National Security Advisor Jake Sullivan'),
  official('chief of staff', 'Chief of Staff Andriy Yermak'),
  official('special representative', 'Special Representative Sergei Ivanov'),
  official('special envoy', 'Special Envoy Steve Witkoff'),
  official('permanent representative', 'Permanent Representative to the UN, Vassily Nebenzia'),
  official('foreign secretary', 'Foreign Secretary David Lammy'),
  official('defence secretary', 'Defence Secretary Ben Wallace'),
  official('defense secretary', 'Defense Secretary Lloyd Austin'),
  { ...official('ministers', 'Defence Ministers Hans Olsen of Norway and Piet de Vries of the Netherlands'), plural: true },
  official('minister', 'Foreign Minister Dmytro Kuleba; Minister of Defence Oleksii Reznikov'),
  official('secretary', 'Treasury Secretary Janet Yellen'),
  official('spokesman', 'Kremlin spokesman Dmitry Peskov'),
  official('spokeswoman', 'Foreign Ministry spokeswoman Maria Zakharova'),
  official('spokesperson', 'State Department spokesperson Ned Price'),
  official('senior special assistant', 'Senior Special Assistant on Media Femi Adeyemo'),
  official('special assistant', "the President's Special Assistant on Youth, Kemi Adeyemo"),
  official('adviser', "Kyiv's Interior Ministry adviser Anton Herashchenko"),
  official('advisor', 'Presidential advisor Mykhailo Podolyak'),
  { ...official('aide', 'Presidential Aide Orla Venn; Kremlin aide Orla Venn'), reason: "A leader's or an office's aide is an official (GUIDE.md: optional when no party to a fact); alone, lower-case and ungoverned (\"an aide said\"), it names no one." },
  official('ambassador', 'Ambassador Bridget Brink'),
  official('envoy', 'envoy Steve Witkoff'),
  { ...official('top diplomat', "Ruritania's top diplomat Orla Venn"), reason: "A country's foreign minister or its highest envoy, as news calls them (GUIDE.md: official)." },
  { ...official('chief diplomat', "Ruritania's chief diplomat Orla Venn"), reason: "A country's foreign minister, as news calls them (GUIDE.md: official)." },
  official('speaker', 'State Duma Speaker Vyacheslav Volodin'),
  official('deputy chairman', 'Deputy Chairman of the Security Council Dmitry Medvedev'),
  official('chairman', 'Chairman Xi'),
  official('director', 'Director of the Foreign Intelligence Service Sergei Naryshkin'),
  official('chief minister', 'Chief Minister Mamata Banerjee'),
  official('chief justice', 'Chief Justice Ambrose Telling'),
  official('chief', 'IAEA chief Rafael Grossi; Hamas political chief Ismail Haniyeh'),
  { ...official('high commissioner', 'High Commissioner of Ruritania to Freedonia Olav Brenner'), reason: "A Commonwealth country's envoy to another, as an ambassador (GUIDE.md: official); \"High\" is no organisation word." },
  official('commissioner', 'Commissioner Thierry Breton'),
  official('trade representative', 'U.S. Trade Representative Clayton Yeutter'),
  official('general', 'General Mark Milley'),
  official('governor', 'Governor Gavin Newsom'),
  official('senator', 'Senator Lindsey Graham'),
  official('undersecretary', 'Undersecretary Victoria Nuland'),
  official('under-secretary', 'Under-Secretary Victoria Nuland'),
  { ...official('cs', 'Foreign Affairs CS Alfred Mutua'), written: 'CS', reason: "Kenya's Cabinet Secretary, a minister (GUIDE.md: official); only in capitals." },
  { ...official('deputy', 'Foreign Minister Anna Berg and her deputy, Jon Lie'), onlyAfter: /(?:\b[Hh]is|\b[Hh]er|\btheir|['’]s) $/, reason: 'A deputy named as someone\'s (GUIDE.md: official); "deputy" alone qualifies a title ("deputy foreign minister").' },
  official('mayor', 'Mayor Vitali Klitschko'),
  leader('federal chancellor', 'Federal Chancellor of Germany Olaf Scholz'),
  leader('president-elect', 'President-elect Donald Trump'),
  leader('prime minister-elect', 'Prime Minister-elect Keir Starmer'),
  leader('prime minister-designate', 'Prime Minister-designate Nawaf Salam'),
  leader('ex-president', 'Ex-president Jacob Zuma'),
  leader('ex-prime minister', 'Ex-prime minister Imran Khan'),
  { ...leader('prime ministers', 'Prime Ministers Mark Carney and Keir Starmer'), plural: true },
  { ...leader('presidents', 'Presidents William Ruto and Yoweri Museveni'), plural: true },
  leader('prime minister', 'Prime Minister Justin Trudeau of Canada'),
  leader('president', 'President Vladimir Putin of Russia'),
  leader('premier', 'Premier Li Qiang'),
  { ...leader('pm', 'Israeli PM Ariel Sharon'), notAfter: /\d\s?$/, reason: 'A head of government (GUIDE.md: leader); after a number ("Updated 12:35 PM") the hour\'s mark of a page stamp.' },
  leader('chancellor', 'Chancellor Olaf Scholz'),
  leader('crown prince', 'the Crown Prince of Abu Dhabi, Sheikh Mohamed bin Zayed Al Nahyan'),
  leader('king', 'King Charles III'),
  leader('queen', 'Queen Elizabeth II'),
  leader('emperor', 'Emperor Naruhito'),
  leader('emir', 'Emir Sheikh Tamim bin Hamad Al Thani'),
  leader('amir', 'Amir Sheikh Tamim bin Hamad Al Thani'),
  leader('sultan', 'Sultan Haitham bin Tarik'),
  leader('taoiseach', 'Irish Taoiseach Simon Harris'),
  { ...leader('pope', 'Pope Leo XIV'), country: 'VA', reason: 'The Pope is head of state of the Holy See (GUIDE.md: leader); the title names the state.' },
  leader('supreme leader', 'Supreme Leader Ali Khamenei'),
  leader('head of state', 'The Head of State noted the importance'),
  leader('head of government', 'Head of Government Mohamed Ould Bilal'),
  leader('ruler', 'military ruler Min Aung Hlaing'),
  leader('leader', 'Chinese leader Xi Jinping'),
  { id: 'title.counterpart', words: 'counterpart', kind: 'counterpart', example: 'his United States counterpart Joe Biden', reason: 'A counterpart holds the same office as the person it is relative to, in the country named.' },
];

/** Words that, before a title, only qualify it ("former president", "Outgoing Mexican President"). */
export const TITLE_QUALIFIERS = new Set(['former', 'visiting', 'host', 'then', 'acting', 'outgoing', 'incoming', 'interim', 'transitional', 'caretaker', 'provisional', 'deputy', 'first', 'federal', 'late', 'newly', 'elected', 'new', 'current', 'sitting', 'presidential', 'foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'trade', 'justice', 'health', 'energy']);

/** Capitalised words that can follow a country inside an institution's name ("UAE Armed Forces"). */
export const ORG_WORDS = new Set(['Armed', 'Forces', 'Force', 'Army', 'Navy', 'Air', 'Ministry', 'Government', 'Council', 'Republic', 'Federation', 'Kingdom', 'Office', 'Service', 'Committee', 'Commission', 'Parliament', 'Assembly', 'Cabinet', 'Administration', 'Agency', 'Department', 'Executive', 'Presidential', 'Security', 'Intelligence', 'Foreign', 'Defence', 'Defense', 'Affairs', 'State', 'National', 'Federal', 'Union', 'Bank', 'European', 'General', 'Staff', 'Interior', 'Internal', 'Environmental', 'Protection', 'Ecology', 'Transport', 'Duma', 'Central', 'Supreme', 'Court', 'House', 'Senate', 'Congress', 'Treasury', 'Emirates', 'Arab', 'United', 'Nations', 'Organization',
  // SERVICE_WORDS: the armed and police services a chief commands ("Chief of Naval Staff", "Inspector-General of Police").
  'Naval', 'Police', 'Guard']);

/** Honorifics dropped from the front of a name ("Sheikh Mohamed bin Zayed"). */
export const HONORIFICS = new Set(['Colonel', 'Col.', 'Col', 'Lieutenant', 'Lt.', 'Lt', 'Major', 'Maj.', 'Maj', 'Brig.', 'Brig', 'Cmdr.', 'Cdr.', 'Adm.', 'Captain', 'Capt.', 'Brigadier', 'Marshal', 'Field', 'Admiral', 'Gen.', 'Ayatollah', 'Sayyid', 'Cde', 'Imam', 'Sheikh', 'Sir', 'Dame', 'Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Lord', 'Lady', 'HRH', 'H.E.', 'His', 'Her', 'Majesty', 'Excellency', 'Prince', 'Princess',
  // Malaysian honorifics ("Datuk Seri Anwar Ibrahim", "Tun Mahathir").
  'Datuk', 'Dato', "Dato'", 'Datin', 'Seri', 'Tun',
  // Indian honorifics ("Shri Ravindra Kalpesh", "Smt. Lata Verhoven"): no part of the name.
  'Shri', 'Smt', 'Smt.', 'Shrimati',
  // HONORIFIC_STYLES: styles of address before a name in Gulf, African and South Asian press ("His Highness Sheikh X",
  // "HE Dr X", "HH Prince X", "Amb. X", "Prof. X", "Hon. X", "Engr. X", "Alhaji X"): no part of the name.
  'Highness', 'HH', 'HE', 'Amb.', 'Prof.', 'Prof', 'Hon.', 'Engr.', 'Engr', 'Alhaji']);

/** Lower-case words allowed inside a personal name ("Ursula von der Leyen", "bin Zayed"). */
export const NAME_PARTICLES = new Set(['arap', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'la', 'le', 'bin', 'ibn', 'bint', 'al', 'el', 'dos', 'das', 'du', 'ter', 'y']);

/** Capitalised words that never start or continue a personal name. */
export const NOT_NAME_WORDS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Our', 'Its', 'My', 'Your', 'In', 'On', 'At', 'By', 'For', 'With', 'From', 'To', 'Of', 'And', 'But', 'Or', 'As', 'He', 'She', 'They', 'We', 'I', 'It', 'Today', 'Tonight', 'Yesterday', 'Tomorrow', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'According', 'After', 'Before', 'During', 'While', 'When', 'Following', 'Meanwhile', 'However', 'Also', 'Further', 'Notably', 'Both', 'Earlier', 'Later', 'Last', 'Next', 'Readout', 'Statement', 'Joint', 'Declaration', 'Meeting', 'Call', 'Video', 'Phone', 'Telephone', 'Conversation', 'Had', 'Has', 'Have', 'Was', 'Is', 'Will', 'Would', 'Said', 'Says', 'Spoke', 'Met', 'Who', 'What', 'Where', 'Which', 'Participants', 'Taking', 'Signed', 'Witnessed', 'Counsellor', 'Counselor',
  // Verbs of a headline in title case ("PM Rutte Confers With Benelux Leaders").
  'Meets', 'Confers', 'Holds', 'Hails', 'Discusses', 'Receives', 'Visits', 'Urges', 'Welcomes', 'Hosts', 'Talks', 'Signs', 'Pledges', 'Vows', 'Thanks', 'Praises', 'Arrives', 'Travels', 'Speaks', 'Phones', 'Congratulates', 'Greets', 'Backs', 'Slams', 'Warns', 'Calls', 'Tells', 'Asks', 'Seeks', 'Offers', 'Agrees', 'Condemns', 'Rejects', 'Announces', 'Highlights', 'Extends',
  // …and their bare forms after a plural subject ("Russian And Ukrainian Presidents Decide To …", "Leaders Agree On …").
  'Meet', 'Confer', 'Hold', 'Discuss', 'Receive', 'Visit', 'Urge', 'Welcome', 'Sign', 'Pledge', 'Vow', 'Thank', 'Praise', 'Phone', 'Congratulate', 'Greet', 'Condemn', 'Reject', 'Announce',
  'Hail', 'Host', 'Arrive', 'Travel', 'Speak', 'Warn', 'Ask', 'Seek', 'Offer', 'Agree', 'Highlight', 'Extend', 'Decide', 'Reaffirm', 'Stress',
  // Common nouns and adjectives that follow a title word without naming its holder: "the General Election",
  // a page's "General News" section, "a Minister Responsible for Fisheries".
  'Election', 'Elections', 'News', 'Responsible']);
