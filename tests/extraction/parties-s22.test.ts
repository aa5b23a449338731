/**
 * Parties and actors (issue 14, session 22): decisions on names that many texts pass through — a known name joined by a
 * hyphen to a second family name is one name (HYPHENATED_SURNAME); the words of a Malaysian or Bruneian style after its
 * opening honorific are no part of the name (MALAY_STYLE); "Elect" after a title is no given name. Sentences are ours.
 */
import { extractFacts } from '../../src/extraction/pipeline.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';

const gazetteer = loadGazetteer();
const facts = (text: string, publishedOn = '2025-03-12') => extractFacts(text, { publishedOn, gazetteer }).document;
const names = (text: string, publishedOn?: string) => facts(text, publishedOn).actors.filter((a) => a.kind !== 'institution').map((a) => a.name).sort();
const calls = (text: string, publishedOn?: string) => facts(text, publishedOn).calls.map((c) => [...c.participants].sort().join(' + ')).sort();

describe('a known name joined by a hyphen to another family name is one name (HYPHENATED_SURNAME)', () => {
  it('the part after the hyphen is no mention of the leader of that surname', () => {
    const text = 'KARACHI: Pakistani Foreign Minister Bilawal Bhutto-Zardari had a telephone call with Chinese Foreign Minister Wang Yi on Tuesday about flood relief.';
    expect(names(text, '2022-09-01')).not.toContain('Asif Ali Zardari');
    expect(calls(text, '2022-09-01')).toEqual(['bilawal-bhutto-zardari + wang-yi']);
  });

  it('the leader named alone keeps his mention', () => {
    expect(names('President Asif Ali Zardari flew to Beijing on Tuesday; Zardari later met Premier Li Qiang.', '2024-06-05')).toContain('Asif Ali Zardari');
  });
});

describe('the words of a Malay style after its opening honorific are no part of the name (MALAY_STYLE)', () => {
  it.each([
    ['The premier was met at the airport by State Secretary Datuk Patinggi Hamzah Idris Openg.', 'Hamzah Idris Openg'],
    ['Also present was Deputy Chief Minister Datuk Amar Rosli Kamal Jusoh.', 'Rosli Kamal Jusoh'],
    ['He was joined by Second Finance Minister Dato Seri Setia Dr Halim Wahab Daud.', 'Halim Wahab Daud'],
    ["Trade Minister Dato' Sri Haji Kamarul Ismail Yusof opened the fair.", 'Kamarul Ismail Yusof'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('a style word with no honorific before it stays in the name', () => {
    expect(names('Chief Minister Amar Rosli Jusoh opened the bridge on Friday.')).toContain('Amar Rosli Jusoh');
  });
});

describe('"Elect" after a title is no given name', () => {
  it('"President Elect X" names X', () => {
    const found = names('The Ruritanian prime minister said she hoped to meet Polish President Elect Tomasz Wojcik soon.');
    expect(found).toContain('Tomasz Wojcik');
    expect(found.some((n) => n.startsWith('Elect'))).toBe(false);
  });
});

describe('a surname two people share names the one already named while the other is not yet (SHARED_SHORT_FORM)', () => {
  it('before the namesake is named, the surname is the person named so far', () => {
    const text = 'Ruritanian Foreign Minister Ana Ruiz landed in Lima on Monday. Ruiz held talks with Peruvian Foreign Minister Carlos Vega the same day.\n\nRuritanian Ambassador Pedro Ruiz hosted a dinner later.';
    expect(calls(text)).toContain('ana-ruiz + carlos-vega');
  });

  it('once both are named, the surname names neither', () => {
    const text = 'Ruritanian Foreign Minister Ana Ruiz landed in Lima on Monday with Trade Minister Pedro Ruiz. Ruiz held talks with Peruvian Foreign Minister Carlos Vega the same day.';
    expect(calls(text).some((c) => /ruiz/.test(c))).toBe(false);
  });
});

describe('a listed leader named only by a surname another person of the text bears in full is that person (NAMESAKE_NAMED_IN_FULL)', () => {
  it.each([
    ['date 2005-01-20\n\nOpposition leader Michael Howard attacked the budget on Monday. Mr Howard said the plan would not add up.', 'John Howard'],
    ['date 1988-05-02\n\nPeruvian Trade Minister Luis Ortega held talks in Bonn on Monday with Economy Minister Karl Stoltenberg of West Germany.\n\nAides said Ortega and Stoltenberg went over the debt figures.', 'Jens Stoltenberg'],
  ])('%s', (text, leader) => {
    const found = names(text);
    expect(found).not.toContain(leader);
  });

  it('the talks of the namesake are his', () => {
    const text = 'date 1988-05-02\n\nPeruvian Trade Minister Luis Ortega held talks in Bonn on Monday with Economy Minister Karl Stoltenberg of West Germany.\n\nAides said Ortega and Stoltenberg went over the debt figures.';
    expect(calls(text)).toEqual(['karl-stoltenberg + luis-ortega']);
  });

  it('the leader named with his own title stays', () => {
    expect(names('date 2005-01-20\n\nOpposition leader Michael Howard attacked the budget. He praised Australian Prime Minister Howard for his tax cuts.')).toContain('John Howard');
  });
});

describe('a leader\'s family name written first before a given name none of his names has is someone else (OTHER_GIVEN_NAME_AFTER)', () => {
  it('another Lee has lunch with the Japanese envoy, not the prime minister', () => {
    const text = 'South Korean Prime Minister Lee Nak-yon plans a trip to Tokyo. On Monday, Lee Min-gyu, the deputy envoy, had lunch with Japanese Foreign Minister Taro Kono in Seoul.';
    expect(calls(text, '2019-10-16')).not.toContain('lee-nak-yon + taro-kono');
  });

  it('a place named with a leader\'s surname first names no one', () => {
    expect(names('The Ghanaian leader was received at Aso Rock by his host on Monday.', '2009-03-02')).not.toContain('Taro Aso');
  });

  it.each([
    ['Prime Minister Lee Nak-yon flew to Tokyo on Monday. Lee Nak-yon later met Japanese Prime Minister Shinzo Abe.', 'lee-nak-yon + shinzo-abe'],
    ['Japanese Prime Minister Abe Shinzo met President Trump on Monday, and Abe said the talks went well.', 'donald-trump + shinzo-abe'],
  ])('the leader\'s own given name keeps him: %s', (text, call) => {
    expect(calls(text, '2019-10-16')).toContain(call);
  });
});

describe('"also" with no comma before it stands between a subject and its verb, no verb coordination (ALSO_AFTER_SUBJECT)', () => {
  it('after a fronted phrase naming someone else, the subject before "also" holds the talks', () => {
    const text = 'Slovak Prime Minister Jan Marek flew to Ankara. Ahead of a lunch with Hungarian Prime Minister Viktor Orban, Marek also held talks with Turkish President Recep Tayyip Erdogan.';
    expect(calls(text, '2025-01-21')).toEqual(['jan-marek + recep-tayyip-erdogan']);
  });

  it('a second verb after a comma and "also" is still the first subject\'s', () => {
    expect(calls('US President Joe Biden thanked Chinese President Xi Jinping, also met Russian President Vladimir Putin.', '2024-06-05')).toEqual(['joe-biden + vladimir-putin']);
  });
});

describe('a word of a body\'s or an office\'s name after a title is no person (ORG_HEAD_AFTER)', () => {
  it.each([
    'Officials at the Ruritanian Export Promotion Agency said orders had doubled since the spring.',
    'Olav Brenner, the former director of the Federal Bureau of Statistics, said on Monday that the figures were sound.',
    'Chief Electoral Commissioner Ana Ruiz declared the result on Monday.',
  ])('%s', (text) => {
    expect(names(text).some((n) => /^(?:Promotion|Bureau|Electoral)$/.test(n))).toBe(false);
  });

  it('"President X of <country>" keeps its name', () => {
    expect(names('Egyptian diplomats said President Sisi of Egypt would attend.', '2024-06-05')).toContain('Abdel Fattah el-Sisi');
  });

  it('the holder of the office keeps his name', () => {
    expect(names('Chief Electoral Commissioner Ana Ruiz declared the result on Monday.')).toContain('Ana Ruiz');
  });
});

describe('police ranks before a name and letters after it are no part of the name (COMPOUND_RANK, POST_NOMINAL)', () => {
  it.each([
    ['But Assistant Chief Constable Tom Hale has spoken with the organisers.', 'Tom Hale'],
    ['Chief Superintendent Ramon Diaz of the regional police said two blasts hit the market.', 'Ramon Diaz'],
    ["Lena Vance MP, the Labour Chief Secretary to the Treasury, told reporters the plan was costed.", 'Lena Vance'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('two portfolios joined by "and" before a minister\'s title are one title (PORTFOLIO_AND)', () => {
  it.each([
    'Ecuadorean Energy Minister Tomas Vinter met Ruritanian energy and mines minister Olav Brenner on Tuesday.',
    'Ecuadorean Energy Minister Tomas Vinter met Ruritanian Oil and Energy Minister Olav Brenner on Tuesday.',
  ])('the minister after the verb is its object: %s', (text) => {
    expect(calls(text, '1987-03-11')).toEqual(['olav-brenner + tomas-vinter']);
  });

  it('a name before "and" is no portfolio', () => {
    const people = facts('Talks were held on Monday by Chancellor Olaf Scholz and Finance Minister Tomas Vinter.', '2024-06-05').actors;
    expect(people.find((a) => a.name === 'Tomas Vinter')?.title).toBe('Finance Minister');
  });
});
