/**
 * Contact constructions of news prose that the extractor once missed or misread, as a table: one
 * party meeting several, a place or a list between a contact noun and "with", quoted posts,
 * visits only announced, and the day of a contact. Every sentence is ours, invented for its
 * construction (people, places and wording); none is taken from a news text. Publication date
 * 2024-03-13, a Wednesday.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const calls = (text: string, publishedOn = '2024-03-13') =>
  extractFacts(text, { publishedOn, gazetteer }).document.calls.map((c) => ({ parties: [...c.participants].sort().join(' + '), date: c.date }))
    .sort((a, b) => a.parties.localeCompare(b.parties));
const rows = (parties: string[], date: string | null) => parties.map((p) => ({ parties: p, date }));

describe('who met whom when one party meets several', () => {
  it.each([
    ['bilateral talks with two, one each', 'On Thursday Chancellor Olaf Scholz held bilateral talks with Polish President Andrzej Duda and Czech Prime Minister Petr Fiala.', ['andrzej-duda + olaf-scholz', 'olaf-scholz + petr-fiala'], '2024-03-07'],
    ['bilateral talks with "his counterpart" and another, one each', 'Kyriakos Mitsotakis held bilateral talks in Athens on Friday with his Maltese counterpart Robert Abela and Cypriot President Nikos Christodoulides.', ['kyriakos-mitsotakis + nikos-christodoulides', 'kyriakos-mitsotakis + robert-abela'], '2024-03-08'],
    ['bilateral issues discussed with a list, one each', 'Meloni also discussed bilateral issues with Croatian Prime Minister Andrej Plenkovic and Slovenian Prime Minister Robert Golob on Monday.', ['andrej-plenkovic + giorgia-meloni', 'giorgia-meloni + robert-golob'], '2024-03-11'],
  ])('%s: %j', (_construction, text, parties, date) => {
    expect(calls(text)).toEqual(rows(parties, date));
  });

  it('joins the leaders a later sentence counts and names to separate meetings, one each', () => {
    const text = 'French President Emmanuel Macron on Friday held separate meetings with presidents of three Baltic countries. The three leaders are President Gitanas Nauseda of Lithuania, President Edgars Rinkevics of Latvia and President Alar Karis of Estonia.';
    expect(calls(text)).toEqual(rows(['alar-karis + emmanuel-macron', 'edgars-rinkevics + emmanuel-macron', 'emmanuel-macron + gitanas-nauseda'], '2024-03-08'));
  });

  it('joins the leaders a later sentence names to one meeting of them all', () => {
    const text = 'Macron on Friday held a meeting with the presidents of three Baltic countries. The three leaders were Lithuanian President Gitanas Nauseda, Latvian President Edgars Rinkevics and Estonian President Alar Karis.';
    expect(calls(text)).toEqual(rows(['alar-karis + edgars-rinkevics + emmanuel-macron + gitanas-nauseda'], '2024-03-08'));
  });

  it.each([
    ['talks with a list, then "bilateral" in the topic, are one', 'Prime Minister Mark Rutte held talks in Oslo with King Harald of Norway and Norwegian Crown Prince Haakon on fisheries and bilateral relations on Monday.', ['haakon + harald-v + mark-rutte'], '2024-03-11'],
    ['a trilateral meeting is one', 'Swedish Foreign Minister Tobias Billstrom held a trilateral meeting with Norwegian Foreign Minister Espen Barth Eide and Danish Foreign Minister Lars Lokke Rasmussen on Monday.', ['espen-barth-eide + lars-lokke-rasmussen + tobias-billstrom'], '2024-03-11'],
  ])('%s: %j', (_construction, text, parties, date) => {
    expect(calls(text)).toEqual(rows(parties, date));
  });
});

describe('contact forms of news prose', () => {
  it.each([
    ['a place between the noun and "with"', 'Orban rejected the report after talks in Budapest with Slovak Prime Minister Robert Fico.', ['robert-fico + viktor-orban'], null],
    ['a possessor, a place and "with"', 'Frederiksen announced the grant after her two-day summit in Copenhagen with Finnish President Alexander Stubb.', ['alexander-stubb + mette-frederiksen'], null],
    ['a long list of topics before "with"', 'Albanese discussed fisheries, tourism, undersea cables, climate finance and disaster relief with New Zealand Prime Minister Christopher Luxon on Monday.', ['anthony-albanese + christopher-luxon'], '2024-03-11'],
    ['a press conference two parties addressed', 'Romanian President Klaus Iohannis and his Bulgarian counterpart Rumen Radev addressed a press conference in Sofia on Tuesday.', ['klaus-iohannis + rumen-radev'], '2024-03-12'],
    ['praised visiting', 'Spanish Prime Minister Pedro Sanchez on Monday praised visiting Portuguese President Marcelo Rebelo de Sousa for his support.', ['marcelo-rebelo-de-sousa + pedro-sanchez'], '2024-03-11'],
    ['after a quotation about the future', '"Our two navies will train together next year," Marcos said at a news conference following a meeting with Australian Prime Minister Anthony Albanese.', ['anthony-albanese + ferdinand-marcos-jr'], null],
    ['"his counterpart" after "with" is one party', 'Scholz met Dutch Prime Minister Mark Rutte on Monday. During a bilateral meeting with his counterpart Karl Nehammer, Scholz also raised energy prices.', ['karl-nehammer + olaf-scholz', 'mark-rutte + olaf-scholz'], '2024-03-11'],
    ['two parties who had exchanges on a topic', 'Viktor Orban and Robert Fico had frank exchanges over gas transit on Monday.', ['robert-fico + viktor-orban'], '2024-03-11'],
    ['a summit of several that one party hosted', 'Olaf Scholz hosted a summit of Emmanuel Macron, Giorgia Meloni and Donald Tusk in Berlin on Monday.', ['donald-tusk + emmanuel-macron + giorgia-meloni + olaf-scholz'], '2024-03-11'],
    ['a past journey made to meet someone', 'Hungarian Prime Minister Viktor Orban flew to Bratislava on Monday to meet Robert Fico.', ['robert-fico + viktor-orban'], '2024-03-11'],
    ['a demonym and "colleague" before the party', 'After meeting with Argentine colleague Javier Milei, Chilean President Gabriel Boric said the border would stay open.', ['gabriel-boric + javier-milei'], null],
    ['a place with a determiner between the noun and "with"', 'Anwar announced the loan after talks at his residence in Putrajaya with Thai Prime Minister Srettha Thavisin on Sunday.', ['anwar-ibrahim + srettha-thavisin'], '2024-03-10'],
    ['an unlisted handle after a title, in a post', '"Useful talks with FM @hmartinsson of Iceland on Arctic shipping," Penny Wong wrote on X on Monday.', ['hmartinsson + penny-wong'], '2024-03-11'],
    ['a noun phrase of friendship before the party', '"Dinner with a very dear friend, FM @melaniejoly of Canada," Baerbock wrote on Monday.', ['annalena-baerbock + melanie-joly'], '2024-03-11'],
    ['a participle opening a quotation', '"Receiving a trusted partner, Foreign Minister Tomas Halvorsen of Iceland," Penny Wong wrote on Monday.', ['penny-wong + tomas-halvorsen'], '2024-03-11'],
    ['an envoy with a brief before the name', 'Lavrov also met UN special envoy on Yemen, Tomas Varga, on Monday.', ['sergei-lavrov + tomas-varga'], '2024-03-11'],
    ['"He" is the subject of the sentence before, not the object of its fronted phrase', 'At the meeting with Hungarian Prime Minister Viktor Orban on Monday, Fico raised gas prices. He discussed rail links with Czech Prime Minister Petr Fiala.', ['petr-fiala + robert-fico', 'robert-fico + viktor-orban'], '2024-03-11'],
  ])('%s: %j', (_construction, text, parties, date) => {
    expect(calls(text)).toEqual(rows(parties, date));
  });

  it.each([
    ['a name written without its middle initial is its holder on the date', '2002-03-06', 'Egyptian President Hosni Mubarak held talks in Washington with President George Bush on Tuesday.', ['george-w-bush + hosni-mubarak'], '2002-03-05'],
    ['… and another holder on another date', '1990-08-15', 'Egyptian President Hosni Mubarak held talks in Washington with President George Bush on Tuesday.', ['george-h-w-bush + hosni-mubarak'], '1990-08-14'],
    ['a name with its particle capitalised', '2024-03-13', 'President Luiz Inacio Lula Da Silva received Colombian President Gustavo Petro in Brasilia on Monday.', ['gustavo-petro + luiz-inacio-lula-da-silva'], '2024-03-11'],
  ])('%s: %j', (_construction, publishedOn, text, parties, date) => {
    expect(calls(text, publishedOn)).toEqual(rows(parties, date));
  });

  it.each([
    ['a press conference of one party', 'Chancellor Olaf Scholz addressed a news conference in Berlin on Tuesday.'],
    ['a visit someone is "now due" to make for talks', 'Orpo is now due in Oslo on Friday for talks with Jonas Gahr Store.'],
    ['talks someone arrived for', 'Indonesian President Joko Widodo has arrived in Canberra for talks with Anthony Albanese.'],
    ['prisoner exchanges', 'Ukraine and Russia held prisoner exchanges on Monday, Volodymyr Zelenskyy said.'],
    ['a meeting whose schedule was published', "Officials in Oslo had published the schedule of Mr Store's May 3 meeting with Chancellor Olaf Scholz."],
    ['a journey made in a bid to meet someone', 'Viktor Orban flew to Bratislava on Monday in a bid to meet Robert Fico.'],
    ['a journey still to come', 'Viktor Orban will fly to Bratislava on Monday to meet Robert Fico.'],
    ['a meeting that "has not happened"', "Scholz's one-on-one meeting with Polish President Andrzej Duda has not happened, a German official said."],
  ])('no contact: %s: %j', (_construction, text) => {
    expect(calls(text)).toEqual([]);
  });
});

describe('the day of a contact', () => {
  it('is not the day of a later clause of reporting ("and said that … on April 18")', () => {
    const text = 'Mitsotakis called his meeting with Erdogan productive and said that the Turkish president will visit Athens on April 18, 2024.';
    expect(calls(text)).toEqual(rows(['kyriakos-mitsotakis + recep-tayyip-erdogan'], null));
  });

  it('is not the day of the saying that reports it ("At a news conference on Tuesday, X said Y\'s call with Z …")', () => {
    const text = "At a news conference on Tuesday, government spokesman Tomas Varga said Viktor Orban's call with Robert Fico had covered gas transit.";
    expect(calls(text)).toEqual(rows(['robert-fico + viktor-orban'], null));
  });

  it('is not "now"', () => {
    expect(calls('Albanese, now in Wellington, held talks with Christopher Luxon.')).toEqual(rows(['anthony-albanese + christopher-luxon'], null));
  });

  it('is the day of the contact just reported for "the two leaders" after it, not a byline\'s', () => {
    const text = 'Orban in Bratislava\n\nDanube Daily\nWednesday March 13, 2024\n\nHungarian Prime Minister Viktor Orban has met with his Slovak counterpart Robert Fico on Tuesday in Bratislava.\n\nThe two leaders discussed gas transit.';
    expect(calls(text)).toEqual(rows(['robert-fico + viktor-orban'], '2024-03-12'));
  });

  it('is the day a later sentence gives "the two leaders", though it names who reports it', () => {
    const text = 'Hungarian Prime Minister Viktor Orban spoke by telephone with his Slovak counterpart, Robert Fico.\nHis spokesman, Tomas Varga, told reporters on Tuesday that the two men held a phone call on Monday.';
    expect(calls(text)).toEqual(rows(['robert-fico + viktor-orban'], '2024-03-11'));
  });

  it('is the lead paragraph\'s day for a later paragraph that names none', () => {
    const text = 'Prime Minister Anwar Ibrahim today met several leaders at a regional forum in Jakarta.\n\nAnwar and Philippine President Ferdinand Marcos Jr. exchanged views on fisheries.';
    expect(calls(text)).toEqual(rows(['anwar-ibrahim + ferdinand-marcos-jr'], '2024-03-13'));
  });

  it('is not a lead day later than the publication date', () => {
    const text = 'Anwar will fly to Manila next Monday.\n\nAnwar and Philippine President Ferdinand Marcos Jr. exchanged views on fisheries.';
    expect(calls(text)).toEqual(rows(['anwar-ibrahim + ferdinand-marcos-jr'], null));
  });
});

describe('a wire dateline', () => {
  it('with an agency and no dash dates the story, and yields to the day a later report of the contact gives', () => {
    const text = 'Oslo, March 13 (NTB) Norwegian Foreign Minister Espen Barth Eide and Danish Foreign Minister Lars Lokke Rasmussen discussed Arctic shipping.\n\nIn a phone call on Monday, the two ministers also reviewed fisheries quotas.';
    expect(calls(text)).toEqual(rows(['espen-barth-eide + lars-lokke-rasmussen'], '2024-03-11'));
  });
});

describe('the medium of a contact', () => {
  it('is in person for talks with no other cue', () => {
    const text = "Viktor Orban's talks with Robert Fico on Monday centred on gas transit.";
    expect(extractFacts(text, { publishedOn: '2024-03-13', gazetteer }).document.calls.map((c) => c.medium)).toEqual(['in_person']);
  });

  it('is in person for "separate meetings" with several', () => {
    const text = 'Chinese President Xi Jinping held separate meetings with Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa on Monday.';
    expect(extractFacts(text, { publishedOn: '2024-03-13', gazetteer }).document.calls.map((c) => c.medium)).toEqual(['in_person', 'in_person']);
  });
});
