/**
 * Session 17 (issue 14): contact rule tables and the modality of the trigger's clause — an exchange told
 * with a titled counterpart and its day, a journey's arrival made to meet someone, and contacts the rules
 * made of a press source, a series, a refusal or a plan. Every sentence is ours, invented for its
 * construction; none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 17: contact rules and the modality of their clause', () => {
  it.each([
    ['telling a titled leader of another country, the day right after, is an exchange that day (contact.told-counterpart-on-day)',
      'Finnish President Alexander Stubb told Estonian Prime Minister Kristen Michal on Tuesday that the undersea cable must be repaired soon.', '2024-05-09',
      ['alexander-stubb + kristen-michal 2024-05-07']],
    ['the day between the subject and "told" (contact.day-told-counterpart)',
      'The palace said Stubb on Tuesday told Estonian Prime Minister Kristen Michal that the undersea cable must be repaired soon.', '2024-05-09',
      ['alexander-stubb + kristen-michal 2024-05-07']],
    ['telling reporters on a day is no contact (contact.told-counterpart-on-day needs a titled object)',
      'Finnish President Alexander Stubb told reporters on Tuesday that the undersea cable must be repaired soon.', '2024-05-09',
      []],
    ['telling a leader something on a day in a letter is no call (contact.told-counterpart-on-day)',
      'Finnish President Alexander Stubb told Estonian Prime Minister Kristen Michal on Tuesday in a letter that the cable must be repaired.', '2024-05-09',
      []],
    ['telling a leader something with no day of the exchange is left to the other sentences (contact.told-counterpart-on-day)',
      'Finnish President Alexander Stubb has told Estonian Prime Minister Kristen Michal that the undersea cable must be repaired soon.', '2024-05-09',
      []],
    ['a past arrival made to meet someone reports the meeting (contact.journey-to-meet)',
      'Irish Prime Minister Simon Harris arrived at the harbour palace on Tuesday to meet with Portuguese Prime Minister Luis Montenegro.', '2024-05-09',
      ['luis-montenegro + simon-harris 2024-05-07']],
    ['"has arrived … to meet" is a meeting still to come (contact.journey-to-meet)',
      'Irish Prime Minister Simon Harris has arrived in Lisbon to meet Portuguese Prime Minister Luis Montenegro.', '2024-05-09',
      []],
    ['a source who spoke on condition of anonymity spoke to the press, not with the people named before (contact.talked-mutual)',
      'Irish Prime Minister Simon Harris and Portuguese Prime Minister Luis Montenegro, said a harbour clerk who spoke on condition of anonymity about the fog, were at the quay.', '2024-05-09',
      []],
    ['a count of meetings after the object is a series, not one contact (contact.modality.habitual)',
      'Indian Prime Minister Narendra Modi has met Russian President Vladimir Putin three times since the spring of 2022.', '2024-05-09',
      []],
    ['"twice this year" in a relative clause about the subject is a series too (contact.modality.habitual)',
      'Indian Prime Minister Narendra Modi, who has met Russian President Vladimir Putin twice this year, flew home from Delhi.', '2024-05-09',
      []],
    ['two meetings of one visit are no series: "met twice with" stays a contact (contact.modality.habitual)',
      'Indian Prime Minister Narendra Modi met twice with Russian President Vladimir Putin in Moscow on Monday.', '2024-05-09',
      ['narendra-modi + vladimir-putin 2024-05-06']],
    ['a meeting that has been ruled out did not happen (contact.modality.noun, PLANNED_AFTER)',
      'A meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev has been ruled out for now, an aide said.', '2024-05-09',
      []],
    ['talks someone is ready or open for did not happen (contact.modality.noun)',
      'Armenian Prime Minister Nikol Pashinyan said on Monday he was ready for talks with Azerbaijani President Ilham Aliyev.', '2024-05-09',
      []],
    ['a call that was being arranged did not happen (PLANNED_AFTER)',
      'Armenian Prime Minister Nikol Pashinyan said a call with Azerbaijani President Ilham Aliyev was being arranged.', '2024-05-09',
      []],
    ['a meeting someone missed did not happen (contact.modality.noun)',
      'Armenian Prime Minister Nikol Pashinyan missed a meeting with Azerbaijani President Ilham Aliyev on Monday because of fog.', '2024-05-09',
      []],
  ])('%s', (_name, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
