import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const posts = (text: string) => {
  const doc = extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text }));
};

// Session 20 (issue 15): where a post quoted across paragraphs stops. Every sentence here is written for the test.
describe('quoted posts, session 20', () => {
  it('stops a post before a quote that follows the reporter\'s prose in a later paragraph (post.not-after-prose)', () => {
    const text = 'Flooding closed the river port of Tarnova on Monday.\n\n'
      + '"The water is still rising along the quay. Every family near the docks must leave tonight," Lena Broz wrote on Telegram.\n\n'
      + 'Deputy mayor Ivo Sarić, at an evening briefing, said that three schools would open as shelters. "We have beds for four hundred people and the army brings more.';
    expect(posts(text)).toEqual([{ author: 'Lena Broz', text: 'The water is still rising along the quay. Every family near the docks must leave tonight' }]);
  });

  it('still goes on in a quote standing alone at the start of the next paragraph (post.standalone-goes-on)', () => {
    const text = 'Flooding closed the river port of Tarnova on Monday.\n\n'
      + '"The water is still rising along the quay. Every family near the docks must leave tonight," Lena Broz wrote on Telegram.\n\n'
      + '"Buses wait at the school. Take papers and medicine only."';
    expect(posts(text)).toEqual([{
      author: 'Lena Broz',
      text: 'The water is still rising along the quay. Every family near the docks must leave tonight Buses wait at the school. Take papers and medicine only.',
    }]);
  });
});
