import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
const posts = (text: string) => {
  const doc = facts(text);
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text }));
};

// Session 17 (issue 15): who wrote a post when the sentence names another person first. Every sentence here is
// written for the test.
describe('quoted posts, session 17', () => {
  describe('a clause coordinated by ", and" with a person of its own attributes the quote (quote.coordinated-speaker)', () => {
    it.each([
      ['Officials said William Ruto was unhurt after the blast in Nairobi, and presidential adviser Tomas Ekwueme wrote on X that the leader was "safe and back at his desk."'],
      ['Aides told reporters William Ruto had left the hospital, and his spokesman Tomas Ekwueme posted on X: "The president is safe and back at his desk."'],
    ])('%s', (text) => {
      expect(posts(text).map((p) => p.author)).toEqual(['Tomas Ekwueme']);
    });

    it('keeps the subject of the first clause when the second has no person of its own', () => {
      expect(posts('William Ruto thanked the rescuers in Nairobi, and wrote on X: "We are safe."')).toEqual([{ author: 'William Ruto', text: 'We are safe.' }]);
    });
  });

  describe('an untitled name as the subject of the verb of posting is the author (post.subject-author)', () => {
    it.each([
      ['Officials said William Ruto was unhurt after the blast in Nairobi, and Tomas Ekwueme posted on Telegram that the president was "safe and back at his desk."'],
      ['"We are safe," Tomas Ekwueme wrote on X about William Ruto.'],
    ])('%s', (text) => {
      expect(posts(text).map((p) => p.author)).toEqual(['Tomas Ekwueme']);
    });

    it('not a name after a preposition (the platform)', () => {
      expect(posts('Trump, on Truth Social, said: "The war must end now."').map((p) => p.author)).toEqual(['Donald Trump']);
    });
  });
});
