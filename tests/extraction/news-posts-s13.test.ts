import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
const posts = (text: string) => {
  const doc = facts(text);
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text, rule: t.evidence[0].rule }));
};

// Session 13: quoted posts as unseen pages print them.
describe('quoted posts, session 13', () => {
  it('reads an embedded post whose signature stands on its own line under the words', () => {
    const text = 'Modi flew to Nairobi on Monday.\nFruitful talks with my friend President Ruto on roads and schools.\n— Narendra Modi (@narendramodi) March 3, 2024\nThe visit ends on Wednesday.';
    const doc = facts(text);
    expect(posts(text)).toEqual([{ author: 'Narendra Modi', text: 'Fruitful talks with my friend President Ruto on roads and schools.', rule: 'post.embedded-signature-line' }]);
    expect(doc.tweets[0]).toMatchObject({ date: '2024-03-03', platform: 'Twitter' });
  });

  it('keeps the embedded post, not a fragment of it quoted in the story', () => {
    const text = 'Modi flew to Nairobi on Monday.\nFruitful talks with my friend President Ruto on roads and schools.\n— Narendra Modi (@narendramodi) March 3, 2024\nModi on Twitter called the talks "fruitful."';
    expect(posts(text).map((p) => p.text)).toEqual(['Fruitful talks with my friend President Ruto on roads and schools.']);
  });

  it('keeps a quoted post, not an embed of the same words', () => {
    const text = '"Fruitful talks with President Ruto," Modi tweeted on Monday.\nFruitful talks with President Ruto.\n— Narendra Modi (@narendramodi) March 3, 2024';
    expect(posts(text)).toEqual([{ author: 'Narendra Modi', text: 'Fruitful talks with President Ruto', rule: 'post.tweeted' }]);
  });

  it('takes a semicolon before the quote for a colon: the subject before it is the author', () => {
    const text = 'Prime Minister Narendra Modi met President William Ruto on Monday and later tweeted; "Fruitful talks on roads and schools today."';
    expect(posts(text)).toEqual([{ author: 'Narendra Modi', text: 'Fruitful talks on roads and schools today.', rule: 'post.tweeted' }]);
  });
});
