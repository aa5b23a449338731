import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const posts = (text: string) => {
  const doc = extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text }));
};

// Session 19 (issue 15): how far a post's parts join. Every sentence here is written for the test.
describe('quoted posts, session 19', () => {
  it('gives a quote attributed by a bare pronoun the author only the post stage named, so it goes on in the post (post.pronoun-goes-on)', () => {
    const text = 'Flooding closed the river port of Tarnova on Monday.\n\n'
      + '"The water is still rising along the quay. Every family near the docks must leave tonight," Lena Broz wrote on Telegram.\n\n'
      + '"Buses wait at the school. Take papers and medicine only," she added.';
    expect(posts(text)).toEqual([{
      author: 'Lena Broz',
      text: 'The water is still rising along the quay. Every family near the docks must leave tonight Buses wait at the school. Take papers and medicine only',
    }]);
  });

  it('gives "she said" in the next paragraph the author too, but as words spoken anew: no part of the post (post.spoken-anew)', () => {
    const text = 'Flooding closed the river port of Tarnova on Monday.\n\n'
      + '"The water is still rising along the quay. Every family near the docks must leave tonight," Lena Broz wrote on Telegram.\n\n'
      + '"I spoke to the rescue teams at noon and they need more boats," she said.';
    expect(posts(text)).toEqual([{ author: 'Lena Broz', text: 'The water is still rising along the quay. Every family near the docks must leave tonight' }]);
  });

  it('joins words said "in the Facebook post" to the post of the paragraph before (tweet.same-post)', () => {
    const text = 'President Ruto issued a brief statement on his Facebook page after the talks with Kiir.\n\n'
      + '"We agreed to finish the northern road together," said Ruto in the brief statement.\n\n'
      + '"Trade between our countries will double," Ruto said in the Facebook post.';
    expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'We agreed to finish the northern road together Trade between our countries will double' }]);
  });
});
