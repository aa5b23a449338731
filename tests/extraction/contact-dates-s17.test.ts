/**
 * The day of a contact, session 17: a phrase that names no day, or a day, qualifying another event's noun in
 * the contact's own sentence ("towns hit by last week's floods") dates that event, not the contact (date.attributive),
 * unless the event is the contact's setting ("at last week's rail conference") or the contact stands right after it
 * ("Friday's bilateral meeting"); a week or month named in another clause of the sentence ("their first call since
 * the two quarrelled last month", "After the vote last week, …") leaves the contact the day of its paragraph or story
 * (date.other-clause-dayless). A contact so dated is no second call beside its dated report (merge.earlier-period
 * keeps only a contact of an earlier period apart). The lead's day skips a day qualifying another noun; a day right
 * before "and (then)" dates the first verb's contact when the second has a day of its own (date.earlier-clause-day);
 * a day after "ahead of"/"before"/"since" dates its phrase's event unless the sentence gives no other
 * (date.other-clause-day). Every sentence is ours, invented for its construction; none is taken from a news text.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const facts = (text: string, publishedOn: string) => extractFacts(text, { publishedOn, gazetteer }).document;
const dated = (text: string, publishedOn: string) =>
  facts(text, publishedOn).calls.map((c) => `${[...c.participants].sort().join(' + ')} ${c.date}`).sort();

describe('the day of a contact (session 17)', () => {
  it.each([
    ['a week qualifying another event\'s noun ("last week\'s floods") is not the contact\'s period',
      'Chancellor Olaf Scholz promised on Saturday that Berlin would rebuild the towns hit by last week\'s floods when he met French President Emmanuel Macron in Aachen.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-16']],
    ['…so the contact is one call with its dated report, not a second one',
      'Chancellor Olaf Scholz promised on Saturday that Berlin would rebuild the towns hit by last week\'s floods when he met French President Emmanuel Macron in Aachen.\nThe first meeting between Macron and Scholz this year took place in the cathedral on Saturday evening.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-16']],
    ['a day qualifying another event\'s noun before the contact dates that event',
      'Chancellor Olaf Scholz returned to Berlin on Saturday.\nAhead of Tuesday\'s budget vote, Scholz held a phone call with French President Emmanuel Macron.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-16']],
    ['an event that is the contact\'s setting keeps its period',
      'Chancellor Olaf Scholz returned to Berlin on Saturday.\nAt last week\'s rail conference in Lille, Scholz met French President Emmanuel Macron.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz null']],
    ['a month named after "since" in a later clause is another event\'s; the contact takes its paragraph\'s day',
      'Chancellor Olaf Scholz returned to Berlin on Saturday. Scholz held a phone call with French President Emmanuel Macron, their first since the two quarrelled over rail tariffs last month.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-16']],
    ['a week named in a clause fronted by a subordinator and closed by a comma is that clause\'s',
      'Chancellor Olaf Scholz returned to Berlin on Saturday. After the vote in parliament last week, Scholz held a phone call with French President Emmanuel Macron.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-16']],
    ['the contact\'s own week still makes its day unknown',
      'Chancellor Olaf Scholz returned to Berlin on Saturday. Scholz met French President Emmanuel Macron in Lille last week.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz null']],
    ['a day before "and then" dates the first clause\'s contact; the second takes the day after its own verb',
      'Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on Thursday and then spoke with Polish Prime Minister Donald Tusk by phone on Friday.', '2024-03-17',
      ['donald-tusk + olaf-scholz 2024-03-15', 'emmanuel-macron + olaf-scholz 2024-03-14']],
    ['with no day after its verb, the second clause\'s contact keeps the sentence\'s day',
      'On Thursday, Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris and then spoke with Polish Prime Minister Donald Tusk by phone.', '2024-03-17',
      ['donald-tusk + olaf-scholz 2024-03-14', 'emmanuel-macron + olaf-scholz 2024-03-14']],
    ['a fronted day before a coordinated subject dates its clause\'s contact, not a later event\'s day',
      'On Thursday, Chancellor Olaf Scholz and French President Emmanuel Macron met in Paris ahead of the rail summit on Saturday.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-14']],
    ['a lead whose first day qualifies another event\'s noun gives later paragraphs no day',
      'Chancellor Olaf Scholz spoke about Tuesday\'s budget vote in Berlin.\n\nScholz held a phone call with French President Emmanuel Macron about the rail link.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz null']],
  ])('%s', (_why, text, publishedOn, expected) => {
    expect(dated(text, publishedOn)).toEqual(expected);
  });

  it('an attack keeps the day that qualifies its own noun ("Tuesday\'s attack")', () => {
    const incidents = facts('Tuesday\'s car bomb attack killed nine soldiers at an army post near Kandahar in Afghanistan, the army said.', '2024-03-14').incidents;
    expect(incidents.map((i) => i.date)).toEqual(['2024-03-12']);
  });
});
