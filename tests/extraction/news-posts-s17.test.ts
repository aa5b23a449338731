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

  describe('an office named by its holder\'s possessive posts as the account of the holder\'s country (post.bare-account)', () => {
    it('"the Presidency\'s office tweeted" after the president is named', () => {
      const text = 'Drones struck Lviv while the Danish premier was visiting, Ukrainian President Volodymyr Zelensky said.\n\n"Drones over the heads of our guests. Is this the answer to the peace talks?" the Presidency\'s office tweeted.';
      expect(posts(text).map((p) => p.author)).toEqual(['Office of the President of Ukraine']);
    });

    it('"the president\'s office" is not the president speaking; "Ruto\'s office" stays Ruto\'s', () => {
      const lead = 'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala.\n\n';
      expect(posts(`${lead}"The border posts reopen on Monday," the president's office wrote on X.`).map((p) => p.author)).toEqual(['Office of the President of Uganda']);
      expect(posts(`${lead}"The border posts reopen on Monday," Ruto's office wrote on X.`).map((p) => p.author)).toEqual(['William Ruto']);
    });
  });
});
