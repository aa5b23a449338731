import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const posts = (text: string) => {
  const doc = extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text }));
};

// Session 21 (issue 15): a post told in one paragraph and quoted, attributed anew, at the start of the next
// (post.posted-then-quoted); "It stated:" after a statement placed on someone's platform feed (post.it-stated). Every
// sentence here is written for the test.
describe('quoted posts, session 21', () => {
  it('reads the quote opening the paragraph after "X shared … on X" as that post, whatever its verb (post.posted-then-quoted)', () => {
    for (const verb of ['stated', 'said', 'wrote']) {
      const text = 'Kenyan President William Ruto hosted Ghanaian President John Mahama in Nairobi on Tuesday.\n\n'
        + 'Ruto shared pictures of the visit on X, praising the new ferry link across the lake.\n\n'
        + `"Today I welcomed my brother John Mahama to State House. We spoke about trade and the ferry link," Ruto ${verb}.`;
      expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'Today I welcomed my brother John Mahama to State House. We spoke about trade and the ferry link' }]);
    }
  });

  it('does not read a quote as a post when the paragraph before tells of no posting, or of a post between quotes', () => {
    const text = 'Kenyan President William Ruto hosted Ghanaian President John Mahama in Nairobi on Tuesday.\n\n'
      + 'Ruto showed his guest the new ferry terminal on the lake shore.\n\n'
      + '"Today I welcomed my brother John Mahama to State House," Ruto said.';
    expect(posts(text)).toEqual([]);
  });

  it('does not take the platform of a posting told two paragraphs before', () => {
    const text = 'Ruto shared pictures of the visit on X on Tuesday.\n\n'
      + 'The two presidents later toured a tea factory outside the capital.\n\n'
      + '"The factory will double its exports," Ruto said at the gate.';
    expect(posts(text)).toEqual([]);
  });

  it('reads "It stated:" after a statement on someone\'s feed as that post (post.it-stated)', () => {
    const text = 'Diplomats in Accra were surprised by a statement on Kenyan President William Ruto\'s English language Twitter feed about the summit. '
      + 'It stated: "The summit in Accra is confirmed for March. I will attend with three ministers."';
    expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'The summit in Accra is confirmed for March. I will attend with three ministers.' }]);
  });

  it('does not read "It stated:" after a sentence that names no platform', () => {
    const text = 'Diplomats in Accra were surprised by a statement from Kenyan President William Ruto about the summit. '
      + 'It stated: "The summit in Accra is confirmed for March. I will attend with three ministers."';
    expect(posts(text)).toEqual([]);
  });

  it('gives the post of a spokesman named by no name to the account he speaks for (post.spokesman-for-account)', () => {
    const doc = extractFacts('"Talks with Accra on the ferry line were warm and useful," a spokesman for the Kenyan foreign ministry said on Twitter.', { publishedOn: '2025-07-10', gazetteer }).document;
    expect(doc.tweets.map((t) => t.author)).toEqual(['ministry-of-foreign-affairs-of-kenya']);
    // A spokesman with a name is the author himself.
    const named = extractFacts('"Talks with Accra on the ferry line were warm and useful," Kenyan Foreign Minister Musalia Mudavadi said on Twitter.', { publishedOn: '2025-07-10', gazetteer }).document;
    expect(named.tweets.map((t) => named.actors.find((a) => a.id === t.author)?.name)).toEqual(['Musalia Mudavadi']);
  });
});
