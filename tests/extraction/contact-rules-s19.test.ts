/**
 * Session 19 (issue 14): whether a contact noun reports a contact that happened, read from what governs it — the
 * light verb whose object it is has the verb rules' test of its verb group (a modal, "to" or a negation before it,
 * adverbs between; a past journey's purpose or "managed to" aside), a noun of report or rumour, an adjective of
 * intent, a verb of arranging, and a predicate that leaves it on the agenda make it one not held; a photo caption's present "shakes hands with", "greets" is a meeting. Every sentence
 * is ours, invented for its construction; none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

const both = ['alexander-stubb + kristen-michal 2024-05-06'];

describe('session 19: what governs a contact noun', () => {
  it.each([
    ['a modal with an adverb before the light verb: "can now start talks with" (contact.modality.governing-verb)',
      'Finnish President Alexander Stubb said on Monday he can now start talks with Estonian Prime Minister Kristen Michal in Tallinn.', []],
    ['"is likely to pay a short courtesy call to" (contact.modality.governing-verb)',
      'Finnish President Alexander Stubb is likely to pay a short courtesy call to Estonian Prime Minister Kristen Michal, aides said on Monday.', []],
    ['"should begin negotiations with" (contact.modality.governing-verb)',
      'Finnish President Alexander Stubb should now begin negotiations with Estonian Prime Minister Kristen Michal, a columnist wrote on Monday.', []],
    ['a past journey made to attend talks reports the talks (contact.modality.governing-verb, PAST_PURPOSE)',
      'Finnish President Alexander Stubb flew to Tallinn on Monday to attend talks with Estonian Prime Minister Kristen Michal.', both],
    ['"managed to hold talks" reports the talks (contact.modality.governing-verb)',
      'Finnish President Alexander Stubb managed to hold brief talks with Estonian Prime Minister Kristen Michal on Monday.', both],
    ['a denied report of a meeting (contact.modality.noun)',
      'The Finnish presidency on Monday denied reports of a secret meeting between Alexander Stubb and Estonian Prime Minister Kristen Michal.', []],
    ['speculation about talks (contact.modality.noun)',
      'A Tallinn daily wrote on Monday of speculation about talks between Finnish President Alexander Stubb and Estonian Prime Minister Kristen Michal.', []],
    ['an adjective of intent: "keen on a meeting with" (contact.modality.noun)',
      'Finnish President Alexander Stubb was keen on a meeting with Estonian Prime Minister Kristen Michal, his aides said on Monday.', []],
    ['a verb of arranging: "trying to set up a call with" (contact.modality.noun)',
      'Aides of Finnish President Alexander Stubb were trying on Monday to set up a call with Estonian Prime Minister Kristen Michal.', []],
    ['talks pulled out of (contact.modality.noun)',
      'Finnish President Alexander Stubb pulled out of talks with Estonian Prime Minister Kristen Michal on Monday.', []],
    ['a meeting that is on the agenda (contact.modality.unsettled-predicate)',
      'A meeting between Finnish President Alexander Stubb and Estonian Prime Minister Kristen Michal is on the agenda, officials said on Monday.', []],
    ['a relative clause about the agenda does not unsettle the talks before it (contact.modality.unsettled-predicate)',
      'Finnish President Alexander Stubb said after talks with Estonian Prime Minister Kristen Michal on Monday, where the cable was on the agenda, that repairs would start.', both],
  ])('%s', (_name, text, expected) => {
    expect(calls(text, '2024-05-09')).toEqual(expected);
  });
});

describe('session 19: a photo caption tells a meeting in the present', () => {
  it.each([
    ['"X, left, shakes hands with Y in <city> on <day>" (contact.shook-hands)',
      'Finnish President Alexander Stubb, left, shakes hands with Estonian Prime Minister Kristen Michal in Tallinn on Monday.', both],
    ['"X, right, greets Y at <place> on <day>" (contact.hosted)',
      'Estonian Prime Minister Kristen Michal, right, greets Finnish President Alexander Stubb at Stenbock House on Monday.', both],
  ])('%s', (_name, text, expected) => {
    expect(calls(text, '2024-05-09')).toEqual(expected);
  });
});

describe('session 19: "Also attending were …" lists the participants of the contact just reported', () => {
  const talks = 'Finnish President Alexander Stubb held talks with Estonian Prime Minister Kristen Michal in Tallinn on Monday. ';
  it.each([
    ['"Also attending were A (by video link) and B" (contact.participants)',
      `${talks}Also attending were Latvian President Edgars Rinkevics (by video link) and Lithuanian President Gitanas Nauseda.`],
    ['"Attending the talks were A and B" (contact.participants)',
      `${talks}Attending the talks were Latvian President Edgars Rinkevics and Lithuanian President Gitanas Nauseda.`],
  ])('%s', (_name, text) => {
    expect(calls(text, '2024-05-09')).toEqual(['alexander-stubb + edgars-rinkevics + gitanas-nauseda + kristen-michal 2024-05-06']);
  });
});

describe('session 19: phone contacts in forms the lead found on an unseen set (described in the lead\'s words, sentences ours)', () => {
  it.each([
    ['a day between subject and verb, "called his counterpart B over the phone" (contact.called)',
      'Finnish President Alexander Stubb on Monday called his Estonian counterpart Alar Karis over the phone.',
      ['alar-karis + alexander-stubb 2024-05-06']],
    ['a fronted contact noun with a day before "with" (contact.noun-place-with)',
      'In a meeting on Monday with Estonian Prime Minister Kristen Michal, Finnish President Alexander Stubb stressed the cable repairs.',
      both],
    ['calls received from several people: one with each (contact.call-from)',
      'Finnish President Alexander Stubb said on Monday he had received calls from Estonian Prime Minister Kristen Michal and Latvian President Edgars Rinkevics.',
      ['alexander-stubb + edgars-rinkevics 2024-05-06', 'alexander-stubb + kristen-michal 2024-05-06']],
    ['thanking someone for a call reports the call (contact.thanked-for-call)',
      'Finnish President Alexander Stubb thanked his Estonian counterpart Alar Karis for a "very open" phone call on Monday.',
      ['alar-karis + alexander-stubb 2024-05-06']],
    ['thanking someone for a call for restraint reports no call (contact.thanked-for-call)',
      'Finnish President Alexander Stubb on Monday thanked Estonian Prime Minister Kristen Michal for her call for restraint.',
      []],
  ])('%s', (_name, text, expected) => {
    expect(calls(text, '2024-05-09')).toEqual(expected);
  });
});
