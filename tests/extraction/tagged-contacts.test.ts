/**
 * The tagged-contacts stage (find-tagged-contacts.ts, on with DIPLOGRAPH_TAGGER=1), on sentences of our
 * own. The stage only adds what the pattern stage did not find, so its own decision is tested on the
 * article with the patterns' calls taken away: does this clause state a contact between these people?
 * And, with the patterns' calls left in, that it adds nothing they already found.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { runStages } from '../../src/extraction/pipeline.js';
import { findTaggedContacts } from '../../src/extraction/find-tagged-contacts.js';
import { TAGGED_CONTACT_RULES } from '../../src/extraction/tagged-contact-rules.js';

const gazetteer = loadGazetteer();
const article = (body: string) => runStages(`date 2024-03-05\n${body}`, {}, gazetteer);
/** The contacts the stage reads on its own: participants, date, medium and rule of each. */
const alone = (body: string) => findTaggedContacts({ ...article(body), calls: [] }, gazetteer).calls
  .map((c) => ({ parties: [...c.participants].sort(), date: c.date, medium: c.medium, rule: c.evidence[0].rule }));

const HAPPENED: Array<[string, string[], string | null, string, string]> = [
  ['French President Emmanuel Macron on Monday conferred with German Chancellor Olaf Scholz in Paris.', ['emmanuel-macron', 'olaf-scholz'], '2024-03-04', 'unspecified', 'contact.tagged.talked-with'],
  ['Indian Prime Minister Narendra Modi has telephoned Russian President Vladimir Putin.', ['narendra-modi', 'vladimir-putin'], null, 'phone', 'contact.tagged.phoned'],
  ['Japanese Prime Minister Fumio Kishida welcomed Philippine President Ferdinand Marcos to Tokyo on Friday.', ['ferdinand-marcos', 'fumio-kishida'], '2024-03-01', 'in_person', 'contact.tagged.received'],
  ['Kenyan President William Ruto was received by South African President Cyril Ramaphosa in Pretoria on Tuesday.', ['cyril-ramaphosa', 'william-ruto'], '2024-03-05', 'in_person', 'contact.tagged.received'],
  ['Italian Prime Minister Giorgia Meloni flew to Tokyo on Sunday, where Japanese Prime Minister Fumio Kishida awaited her. The two leaders held wide-ranging talks on Monday.', ['fumio-kishida', 'giorgia-meloni'], '2024-03-04', 'in_person', 'contact.tagged.held-talks'],
  ['Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis talked for two hours in Athens on Thursday.', ['kyriakos-mitsotakis', 'recep-tayyip-erdogan'], '2024-02-29', 'unspecified', 'contact.tagged.talked-with'],
];

const NOT_A_CONTACT: Array<[string, string]> = [
  ['Indian Prime Minister Narendra Modi called Russian President Vladimir Putin a friend.', 'a second object: "called" names, it does not phone'],
  ['Indian Prime Minister Narendra Modi did not telephone Russian President Vladimir Putin on Monday.', 'negated'],
  ['Brazilian President Lula da Silva could receive Chinese President Xi Jinping in April.', 'a modal'],
  ['French President Emmanuel Macron will host German Chancellor Olaf Scholz on Friday.', 'future'],
  ['German Chancellor Olaf Scholz refused to meet French President Emmanuel Macron.', 'an infinitive after "refused"'],
];

describe('tagged contacts: the clause states a contact', () => {
  test.each(HAPPENED)('%s', (body, parties, date, medium, rule) => {
    expect(alone(body)).toEqual([{ parties, date, medium, rule }]);
  });
});

describe('tagged contacts: the clause states no contact that happened', () => {
  test.each(NOT_A_CONTACT)('%s (%s)', (body) => {
    expect(alone(body)).toEqual([]);
  });
});

test('with the patterns\' calls in, the stage adds none they already found', () => {
  for (const [body] of HAPPENED) {
    const before = article(body);
    expect(findTaggedContacts(before, gazetteer).calls).toHaveLength(before.calls.length);
  }
});

test('every tagged rule is data with an id, an example and a reason', () => {
  for (const rule of TAGGED_CONTACT_RULES) {
    expect(rule.id).toMatch(/^contact\.tagged\./);
    expect(rule.example.length).toBeGreaterThan(20);
    expect(rule.reason.length).toBeGreaterThan(20);
  }
});
