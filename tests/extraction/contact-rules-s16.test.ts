/**
 * Session 16 (issue 14): contact rule tables and the modality of the trigger's clause — constructions no
 * rule found, and contacts the rules made of habits and plans. Every sentence is ours, invented for its
 * construction; none is taken from a news text.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const calls = (text: string, publishedOn: string) =>
  extractFacts(text, { publishedOn, gazetteer }).document.calls.map((c) => `${[...c.participants].sort().join(' + ')} ${c.date ?? 'undated'}`).sort();

describe('session 16: contact rules and the modality of their clause', () => {
  it.each([
    ['a past progressive of hosting in a relative clause is a meeting (contact.hosted)',
      'Irish Prime Minister Simon Harris, who was hosting Portuguese Prime Minister Luis Montenegro in Dublin on Tuesday, said trade was growing.', '2024-05-09',
      ['luis-montenegro + simon-harris 2024-05-07']],
    ['a past progressive of meeting is a meeting (contact.was-meeting)',
      'Belgian Prime Minister Alexander De Croo, who was meeting Dutch Prime Minister Mark Rutte in Ghent on Tuesday, praised the port deal.', '2024-05-09',
      ['alexander-de-croo + mark-rutte 2024-05-07']],
    ['a phone chat is a conversation (CONTACT_NOUN)',
      'Latvian President Edgars Rinkevics had a brief phone chat with Lithuanian President Gitanas Nauseda on Wednesday.', '2024-05-09',
      ['edgars-rinkevics + gitanas-nauseda 2024-05-08']],
    ['a discussion in the singular is a conversation (CONTACT_NOUN)',
      'Polish Prime Minister Donald Tusk said on Monday that his discussion with Czech Prime Minister Petr Fiala covered the rail link.', '2024-05-09',
      ['donald-tusk + petr-fiala 2024-05-06']],
    ['"a meeting was held between A and B" (contact.conversation-with)',
      'On Wednesday, another meeting was held between Spanish Foreign Minister Jose Manuel Albares and Moroccan Foreign Minister Nasser Bourita in Rabat.', '2024-05-09',
      ['jose-manuel-albares + nasser-bourita 2024-05-08']],
    ['"is also meeting with" is a present progressive, not a contact reported as having happened (contact.modality.progressive-noun)',
      'Greek Prime Minister Kyriakos Mitsotakis is also meeting with Turkish President Recep Tayyip Erdogan in Ankara.', '2024-05-09',
      []],
    ['a possessive before "meeting with" is no progressive (contact.modality.progressive-noun)',
      "Protection of minorities was also raised in Mitsotakis's meeting with Turkish President Recep Tayyip Erdogan in Ankara on Tuesday.", '2024-05-09',
      ['kyriakos-mitsotakis + recep-tayyip-erdogan 2024-05-07']],
    ['a frequency adverb in the verb group makes a habit, not a contact (contact.modality.habitual)',
      'Polish Prime Minister Donald Tusk regularly speaks with Czech Prime Minister Petr Fiala.', '2024-05-09',
      []],
    ['a count of times after the object makes a series, not one contact (contact.modality.habitual)',
      'Chancellor Olaf Scholz has met French President Emmanuel Macron several times since 2021.', '2024-05-09',
      []],
    ['a frequency adverb in a relative clause about the subject is no habit of the contact (contact.modality.habitual)',
      'Chancellor Olaf Scholz, who has often criticised the budget rules, met Chinese President Xi Jinping in Beijing on Monday.', '2024-05-09',
      ['olaf-scholz + xi-jinping 2024-05-06']],
    ['"will … when meeting X": the participle takes the future of its main clause (contact.modality.subordinate-participle)',
      'Norwegian Prime Minister Jonas Gahr Store will raise fishing quotas when meeting Icelandic Prime Minister Bjarni Benediktsson on Friday.', '2024-05-09',
      []],
    ['"After meeting X, Y will …": a fronted participle takes the future of the main clause (contact.modality.subordinate-participle)',
      'After meeting Finnish President Alexander Stubb in Helsinki, Swedish Prime Minister Ulf Kristersson will fly to Oslo.', '2024-05-09',
      []],
    ['"After meeting X on Monday, Y flew …": a past main clause keeps the contact (contact.after-meeting)',
      'After meeting Finnish President Alexander Stubb in Helsinki on Monday, Swedish Prime Minister Ulf Kristersson flew to Oslo.', '2024-05-09',
      ['alexander-stubb + ulf-kristersson 2024-05-06']],
    ['"sat down at the palace on Monday with X": a place and a day between "sat down" and "with" (contact.sat-down-with)',
      'Chancellor Olaf Scholz sat down at the palace on Monday with French President Emmanuel Macron for talks.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-06']],
    ['"sat down and played with" is another verb\'s "with" (contact.sat-down-with)',
      'Polish President Andrzej Duda sat down and played with children from Lviv and Czech President Petr Pavel on Tuesday.', '2024-05-09',
      []],
    ['a working visit received from someone is a meeting in person (contact.courtesy-call-from)',
      'President Joko Widodo received a working visit from Malaysian Prime Minister Anwar Ibrahim on Monday.', '2024-05-09',
      ['anwar-ibrahim + joko-widodo 2024-05-06']],
    ['"A and his counterpart, B, agreed in a meeting in Rome" (contact.after-talks)',
      'Italian Prime Minister Giorgia Meloni and her Spanish counterpart, Pedro Sanchez, agreed in a meeting in Rome on Friday to review the fishing pact.', '2024-05-09',
      ['giorgia-meloni + pedro-sanchez 2024-05-03']],
    ['"taking part in the meeting" stays a participant list (contact.participants)',
      'Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on Tuesday.\nTaking part in the meeting were Portuguese Prime Minister Luis Montenegro and Irish Prime Minister Simon Harris.', '2024-05-09',
      ['emmanuel-macron + luis-montenegro + olaf-scholz + simon-harris 2024-05-07']],
    ['a meeting "of his party" is no contact with the person talked about (contact.after-talks)',
      'Greek Prime Minister Kyriakos Mitsotakis said in a meeting of his party on Monday that Turkish President Recep Tayyip Erdogan was a partner.', '2024-05-09',
      []],
    ['a call asked for is a request, not a contact (contact.modality.noun)',
      'Danish Prime Minister Mette Frederiksen asked for a call with Swedish Prime Minister Ulf Kristersson on Monday.', '2024-05-09',
      []],
    ['talks someone is preparing are a plan (contact.modality.noun)',
      'Croatian Prime Minister Andrej Plenkovic is preparing talks with Slovenian Prime Minister Robert Golob.', '2024-05-09',
      []],
    ['a meeting "being prepared" has not happened (contact.modality.noun, after the parties)',
      'A meeting between Hungarian Prime Minister Viktor Orban and Polish Prime Minister Donald Tusk is being prepared.', '2024-05-09',
      []],
    ['"travelled … to meet X, but the meeting was cancelled" (contact.modality.undone-later)',
      'Chancellor Olaf Scholz travelled to Paris on Monday to meet French President Emmanuel Macron, but the meeting was cancelled.', '2024-05-09',
      []],
    ['"attended the summit … but did not meet" (contact.modality.undone-later)',
      'Polish President Andrzej Duda and Czech President Petr Pavel attended the summit in Prague on Monday but did not meet.', '2024-05-09',
      []],
    ['"met X but did not meet Y" keeps the meeting with X (contact.modality.undone-later)',
      'Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Monday but did not meet President Xi Jinping.', '2024-05-09',
      ['antony-blinken + wang-yi 2024-05-06']],
  ])('%s', (_name, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
