/**
 * Session 16 (issue 14): party selection and merging — which of a sentence's people are a contact's parties, and
 * when reports are one contact or several. Every sentence is ours, invented for its construction; none is taken
 * from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 16: party selection and merging', () => {
  it.each([
    ['", then held talks with": the next contact is the visitor\'s, not the one he met first (contact.parties.later-contact-same-subject)',
      'Prime Minister Jonas Gahr Store met Chancellor Olaf Scholz in Bonn on Tuesday, then held talks with President Emmanuel Macron.', '2024-05-09',
      ['emmanuel-macron + jonas-gahr-store 2024-05-07', 'jonas-gahr-store + olaf-scholz 2024-05-07']],
    ['", a day after holding talks with": the participle\'s subject is the main clause\'s (contact.parties.later-contact-same-subject)',
      'Prime Minister Jonas Gahr Store met Chancellor Olaf Scholz on Tuesday, the day after holding talks with President Emmanuel Macron in Lille.', '2024-05-09',
      ['emmanuel-macron + jonas-gahr-store 2024-05-06', 'jonas-gahr-store + olaf-scholz 2024-05-07']],
    ['", following talks with": the visitor\'s talks (contact.parties.later-contact-same-subject)',
      'Prime Minister Jonas Gahr Store met Chancellor Olaf Scholz on Tuesday, following talks with President Emmanuel Macron in Lille.', '2024-05-09',
      ['emmanuel-macron + jonas-gahr-store 2024-05-07', 'jonas-gahr-store + olaf-scholz 2024-05-07']],
    ['"was received by X …, then held talks with Y": the passive\'s subject holds the next talks (contact.parties.later-contact-same-subject)',
      'Prime Minister Jonas Gahr Store was received by Chancellor Olaf Scholz on Tuesday, then held talks with President Emmanuel Macron.', '2024-05-09',
      ['emmanuel-macron + jonas-gahr-store 2024-05-07', 'jonas-gahr-store + olaf-scholz 2024-05-07']],
    ['"He was received by X. Later, he held talks with Y": "he" is the sentence\'s subject pronoun, not the agent (coref.pronoun-subject)',
      'Prime Minister Jonas Gahr Store arrived in Bonn on Tuesday. He was received by President Frank-Walter Steinmeier at the villa. Later, he held talks with Chancellor Olaf Scholz.', '2024-05-09',
      ['frank-walter-steinmeier + jonas-gahr-store 2024-05-07', 'jonas-gahr-store + olaf-scholz 2024-05-07']],
    ['"He met X. Later, he …": the second "he" is the first one\'s person, not the one he met (coref.pronoun-subject)',
      'Prime Minister Jonas Gahr Store arrived in Bonn on Tuesday. He met President Frank-Walter Steinmeier at the villa. Later, he held talks with Chancellor Olaf Scholz.', '2024-05-09',
      ['frank-walter-steinmeier + jonas-gahr-store 2024-05-07', 'jonas-gahr-store + olaf-scholz 2024-05-07']],
    ['"met X in the morning and Y in the afternoon": two meetings with the verb left out (contact.parties.gapped-object, merge.union-of-separate)',
      'Prime Minister Jonas Gahr Store held talks with Chancellor Olaf Scholz and President Frank-Walter Steinmeier on Tuesday. Store met Scholz in the morning and Steinmeier in the afternoon.', '2024-05-09',
      ['frank-walter-steinmeier + jonas-gahr-store 2024-05-07', 'jonas-gahr-store + olaf-scholz 2024-05-07']],
    ['a list of everyone a visitor met, then separate reports of two of them: separate meetings with all three (merge.summary-of-separate)',
      'Prime Minister Jonas Gahr Store met Prime Minister Narendra Modi, President Droupadi Murmu and External Affairs Minister S Jaishankar during his visit to Pune on Wednesday.\n\nModi and Store discussed shipping. Jaishankar called on Store at his hotel.', '2024-05-09',
      ['droupadi-murmu + jonas-gahr-store 2024-05-08', 'jonas-gahr-store + narendra-modi 2024-05-08', 'jonas-gahr-store + subrahmanyam-jaishankar 2024-05-08']],
    ['"Their meeting was attended by A and B": those who attended join the contact just reported (contact.parties.joined-by)',
      'Prime Minister Jonas Gahr Store met Chancellor Olaf Scholz in Bonn on Tuesday. Their meeting was attended by Foreign Minister Annalena Baerbock and Foreign Minister Espen Barth Eide.', '2024-05-09',
      ['annalena-baerbock + espen-barth-eide + jonas-gahr-store + olaf-scholz 2024-05-07']],
    ['"at the lunch that was joined by": the list joins the story\'s contact across paragraphs, each report of it (contact.parties.the-meeting-joined)',
      'Prime Minister Jonas Gahr Store met Chancellor Olaf Scholz in Bonn on Tuesday, where they discussed shipping.\n\nScholz praised the fjords.\n\nNews in brief\n\n"We agree on the route," Store told reporters at the lunch that was joined by Foreign Minister Annalena Baerbock and Foreign Minister Espen Barth Eide.', '2024-05-09',
      ['annalena-baerbock + espen-barth-eide + jonas-gahr-store + olaf-scholz 2024-05-07']],
    ['a contact told as the topic of another yields to its own report\'s day; "the two leaders" are the main contact\'s (contact.parties.embedded-contact)',
      'Prime Minister Jonas Gahr Store held a phone call with Chancellor Olaf Scholz on Wednesday.\nThe Norwegian leader joined a long call with Scholz to learn the outcome of the chancellor\'s phone call with Macron.\nStore said the two leaders had the call for an hour.\nScholz on Tuesday held talks with President Emmanuel Macron.', '2025-03-20',
      ['emmanuel-macron + olaf-scholz 2025-03-18', 'jonas-gahr-store + olaf-scholz 2025-03-19']],
    ['"Norway\'s foreign minister" is its foreign minister, not another minister of Norway (coref.same-portfolio)',
      'Chinese Foreign Minister Wang Yi met Norway\'s foreign minister in Chengdu on Monday.', '2025-06-03',
      ['espen-barth-eide + wang-yi 2025-06-02']],
    ['"the visiting prime minister" is the guest, not the host of the same title named before (coref.visiting-role)',
      'KOCHI, May 8 (PTI) Norwegian Prime Minister Jonas Gahr Store on Wednesday held talks with Prime Minister Narendra Modi. External Affairs Minister S Jaishankar called on the visiting prime minister and discussed shipping.', '2024-05-09',
      ['jonas-gahr-store + narendra-modi 2024-05-08', 'jonas-gahr-store + subrahmanyam-jaishankar 2024-05-08']],
    ['"Before his talks with X, Y told …": the possessive in the fronted phrase is the main clause\'s subject, not the man named before (coref.cataphoric-possessive)',
      'Foreign Minister Espen Barth Eide arrived in Oslo on Monday.\n\nBefore his talks with Chancellor Olaf Scholz on Tuesday, Prime Minister Jonas Gahr Store told reporters that shipping was the main subject.', '2024-05-09',
      ['jonas-gahr-store + olaf-scholz 2024-05-07']],
    ['"A and B on Monday agreed … . The deal came after their summit": "their" are the previous sentence\'s coordinated subject (contact.parties.previous-coordinated-subject)',
      'Prime Minister Jonas Gahr Store and Prime Minister Mette Frederiksen on Monday agreed to build a new ferry link.\n\nThe deal came after their summit during the Danish leader\'s two-day visit to Bergen.', '2024-05-09',
      ['jonas-gahr-store + mette-frederiksen 2024-05-06']],
    ['"discussions between the two leaders Monday" with no contact told before: the two counterparts named last, not the king beside one (contact.parties.two-of-kind)',
      'Prime Minister Jonas Gahr Store has called off his visit to Copenhagen, officials in Oslo said on Wednesday.\n\nStore was due to arrive Friday for talks with Prime Minister Mette Frederiksen, King Frederik and other ministers.\n\nFishing quotas were expected on the agenda, after discussions between the two leaders Monday at a summit in Bergen.', '2024-05-09',
      ['jonas-gahr-store + mette-frederiksen 2024-05-06']],
  ])('%s', (_name, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
