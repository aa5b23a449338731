import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
const posts = (text: string) => {
  const doc = facts(text);
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text, rule: t.evidence[0].rule }));
};

// Session 15: where a post's words start and end, and who wrote them (issue 15).
describe('quoted posts, session 15', () => {
  it('keeps apart from a post a quote of the next paragraph that a verb of speaking attributes anew', () => {
    const lead = 'President William Ruto opened the new bridge at Kisumu on Monday.\n\n"The bridge joins two counties that waited forty years," Ruto wrote on X.\n\n';
    expect(posts(`${lead}He added: "Drive carefully in the first weeks."`).map((p) => p.text)).toEqual(['The bridge joins two counties that waited forty years']);
    expect(posts(`${lead}He added, "Drive carefully in the first weeks."`).map((p) => p.text)).toEqual(['The bridge joins two counties that waited forty years']);
    expect(posts(`${lead}"Drive carefully in the first weeks," he said.`).map((p) => p.text)).toEqual(['The bridge joins two counties that waited forty years']);
    // Words he "wrote" there are still the post's.
    expect(posts(`${lead}"Drive carefully in the first weeks," he wrote.`).map((p) => p.text)).toEqual(['The bridge joins two counties that waited forty years Drive carefully in the first weeks']);
  });

  it('joins to a post the quotation left open at the end of the paragraph before, which goes on in the post', () => {
    const text = 'President William Ruto condemned the raid and accused the rebels of "burning the harvest of a whole valley.\n\n"Whoever did this will answer for it in court," he wrote on X.';
    expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'burning the harvest of a whole valley. Whoever did this will answer for it in court', rule: 'tweet.joined-quote' }]);
  });

  it('keeps apart from a post a quotation over two paragraphs whose last part the author "said"', () => {
    const text = '"A long day of talks on roads and rail," wrote Ruto on Instagram.\n\n"Trust between neighbours grows slowly and is worth guarding.\n\n"We will keep our word to each other," Ruto said.';
    expect(posts(text).map((p) => p.text)).toEqual(['A long day of talks on roads and rail']);
  });

  it('reads an embed whose signature names a nickname, with the date on a line below and the words over two lines', () => {
    const text = 'President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.\n\n'
      + 'A good meeting with my sister @SuluhuSamia today\n\nWe agreed to finish the lake road by next year. pic.twitter.com/Ab12Cd34Ef\n\n'
      + '— William Ruto (Bill) (@WilliamsRuto)\n\nMarch 3, 2025\n\nThe two leaders also opened a market.';
    const doc = facts(text);
    expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'A good meeting with my sister @SuluhuSamia today We agreed to finish the lake road by next year.', rule: 'post.embedded-signature-date-below' }]);
    expect(doc.tweets[0].date).toBe('2025-03-03');
  });

  it('reads no embed from a signature with no date on its line or below it', () => {
    const text = 'President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.\n\nA good meeting with my sister today\n\n— William Ruto (@WilliamsRuto)\n\nThe two leaders also opened a market.';
    expect(posts(text)).toEqual([]);
  });
});

describe('quoted posts, session 15: a post printed without quotation marks', () => {
  it('reads a paragraph with no quotation marks whose last clause says who wrote it on a platform', () => {
    const text = 'President William Ruto met Ugandan President Yoweri Museveni in Kisumu on Monday.\n\n'
      + 'After four hours of talks on the lake road and the railway, we shared a late dinner by the water. I thank my brother Museveni for his patience and good humour, wrote Ruto on his Instagram account.\n\nThe road is to open next year.';
    expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'After four hours of talks on the lake road and the railway, we shared a late dinner by the water. I thank my brother Museveni for his patience and good humour', rule: 'post.unquoted-paragraph' }]);
  });

  it('reads no unquoted post from a paragraph that holds a quote, or whose attribution names no platform', () => {
    const quoted = 'President William Ruto met Ugandan President Yoweri Museveni in Kisumu. The talks were "long and warm", the two leaders wrote on their websites.';
    expect(posts(quoted)).toEqual([]);
    const letter = 'President William Ruto met Ugandan President Yoweri Museveni in Kisumu.\n\nThe lake road will open next year, wrote Ruto in a letter to the governors.';
    expect(posts(letter)).toEqual([]);
  });
});

describe('quoted posts, session 15: embeds broken over lines', () => {
  it('reads the words of an embed whose signature line carries its date over the lines the post was broken into', () => {
    const text = 'President William Ruto met Ugandan President Yoweri Museveni in Kisumu on Monday.\n\n'
      + 'Warm talks with my brother Museveni today\nThe lake road will open next year.\n— William Ruto (@WilliamsRuto) March 3, 2025\n\nThe road is to cost two billion shillings.';
    expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'Warm talks with my brother Museveni today The lake road will open next year.', rule: 'post.embedded-signature-line' }]);
  });
});
