/**
 * Session 18 (issue 14): the modality of a contact trigger's clause read from its tense and embedding — a simple
 * present in a temporal or relative clause is a contact still to come, a journey's purpose after a scheduled verb
 * group is a plan, talks expected "to resume" or merely "planned" did not happen, a denial may govern the verb
 * group, a contact noun whose own clause is future is a plan — and a spokesperson is no side of a contact; a
 * secretary heading a department is a minister, an assistant or principal secretary is not. Every
 * sentence is ours, invented for its construction; none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 18: tense and embedding of a contact trigger, spokespersons', () => {
  it.each([
    ['a simple present after "when" is a meeting still to come (contact.modality.present-subordinate)',
      'Finnish President Alexander Stubb will raise the cable repairs when he meets Estonian Prime Minister Kristen Michal in Tallinn.', '2024-05-09',
      []],
    ['"a day before he meets" names a meeting still to come (contact.modality.present-subordinate)',
      'Finnish President Alexander Stubb toured the harbour on Tuesday, a day before he meets Estonian Prime Minister Kristen Michal in Tallinn.', '2024-05-09',
      []],
    ['a simple present in a relative clause with a day is a meeting still to come (contact.modality.present-subordinate)',
      'Finnish President Alexander Stubb, who meets Estonian Prime Minister Kristen Michal on Friday, spoke about the cable in Turku.', '2024-05-09',
      []],
    ['"as soon as" with a simple present is a condition on a meeting to come (contact.modality.present-subordinate)',
      'As soon as Finnish President Alexander Stubb meets Estonian Prime Minister Kristen Michal, the cable deal will be signed.', '2024-05-09',
      []],
    ['the past form in the same temporal clause reports a meeting that happened (contact.modality.present-subordinate)',
      'When Finnish President Alexander Stubb met Estonian Prime Minister Kristen Michal on Monday, he raised the cable repairs.', '2024-05-09',
      ['alexander-stubb + kristen-michal 2024-05-06']],
    ['a past relative clause reports a meeting that happened (contact.modality.present-subordinate)',
      'Finnish President Alexander Stubb, who met Estonian Prime Minister Kristen Michal on Monday, spoke about the cable in Turku.', '2024-05-09',
      ['alexander-stubb + kristen-michal 2024-05-06']],
    ['an arrival followed by "and is due to meet" is no past journey made to meet (PAST_PURPOSE, contact.journey-to-meet)',
      'Irish Prime Minister Simon Harris arrived in Lisbon on Tuesday and is due to meet Portuguese Prime Minister Luis Montenegro on Thursday.', '2024-05-09',
      []],
    ['a past arrival made to meet still reports the meeting (contact.journey-to-meet)',
      'Irish Prime Minister Simon Harris arrived at the harbour palace on Tuesday to meet Portuguese Prime Minister Luis Montenegro.', '2024-05-09',
      ['luis-montenegro + simon-harris 2024-05-07']],
    ['talks someone expects "to resume" did not happen (PLANNED_AFTER)',
      'Irish Prime Minister Simon Harris expects talks with Portuguese Prime Minister Luis Montenegro to resume after the summer.', '2024-05-09',
      []],
    ['talks someone plans did not happen (contact.modality.noun)',
      'Irish Prime Minister Simon Harris plans talks with Portuguese Prime Minister Luis Montenegro in the autumn.', '2024-05-09',
      []],
    ['a denial governing the verb group: "denied having met" (contact.modality.denied)',
      'Irish Prime Minister Simon Harris denied having met Portuguese Prime Minister Luis Montenegro at the harbour in secret.', '2024-05-09',
      []],
    ['the same verb group without the denial reports the meeting (contact.modality.denied)',
      'Irish Prime Minister Simon Harris recalled having met Portuguese Prime Minister Luis Montenegro at the harbour on Tuesday.', '2024-05-09',
      ['luis-montenegro + simon-harris 2024-05-07']],
    ['a contact noun whose own clause has a future verb is a contact to come (contact.modality.noun-subject-future)',
      "Irish Prime Minister Simon Harris's talks with Portuguese Prime Minister Luis Montenegro on Friday will centre on fishing quotas.", '2024-05-09',
      []],
    ['reported speech about plans: "said his meeting with X would …" (contact.modality.noun-subject-future)',
      'Irish Prime Minister Simon Harris said his meeting with Portuguese Prime Minister Luis Montenegro would centre on fishing quotas.', '2024-05-09',
      []],
    ['a fronted "at his meeting with X on Friday" before a future main clause (contact.modality.noun-subject-future)',
      'At his meeting with Portuguese Prime Minister Luis Montenegro on Friday, Irish Prime Minister Simon Harris will raise fishing quotas.', '2024-05-09',
      []],
    ['a past day between the noun and the future verb keeps the contact one that happened (contact.modality.noun-subject-future)',
      "Irish Prime Minister Simon Harris's talks with Portuguese Prime Minister Luis Montenegro last Tuesday will shape the quota deal.", '2024-05-09',
      ['luis-montenegro + simon-harris 2024-04-30']],
    ['a past verb after the noun reports the contact (contact.modality.noun-subject-future)',
      "Irish Prime Minister Simon Harris's talks with Portuguese Prime Minister Luis Montenegro on Tuesday centred on fishing quotas.", '2024-05-09',
      ['luis-montenegro + simon-harris 2024-05-07']],
    ['a spokesperson who reports a contact is no side of it (diplomatic-contact.ts)',
      'State Department spokesman Oren Maddox said Secretary of State Antony Blinken had spoken to his counterparts in several capitals over the weekend.', '2024-05-09',
      []],
    ['a secretary who heads a department is a minister: the call is reportable (diplomatic-contact.ts CABINET_SECRETARY)',
      'United States Secretary of Defense Mark Ellison met his Kenyan counterpart, Defence Cabinet Secretary Joseph Mwangi, in Nairobi on Tuesday.', '2024-06-12',
      ['joseph-mwangi + mark-ellison 2024-06-11']],
    ['an assistant secretary and a principal secretary are officials below a minister: no reportable call (diplomatic-contact.ts CABINET_SECRETARY)',
      'Assistant Secretary of State Dana Pruitt met Kenyan Principal Secretary Ruth Otieno in Nairobi on Monday.', '2024-06-12',
      []],
  ])('%s', (_what, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
