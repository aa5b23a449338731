import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
const posts = (text: string) => {
  const doc = facts(text);
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text, rule: t.evidence[0].rule }));
};

// Session 14: quoted posts as unseen news prints them (issue 15).
describe('quoted posts, session 14', () => {
  it('gives an embed signed by a government account to that account, an actor of its own', () => {
    const text = 'Kenya has closed two border posts, officials said on Monday.\nPresident @WilliamsRuto orders the border posts at Lokichogio closed for a week.\n— Presidency | Kenya (@StateHouseKenya) March 3, 2024\nThe posts reopen on Monday.';
    const doc = facts(text);
    expect(posts(text)).toEqual([{ author: 'Presidency of Kenya', text: 'President @WilliamsRuto orders the border posts at Lokichogio closed for a week.', rule: 'post.signature-account' }]);
    expect(doc.actors.find((a) => a.name === 'Presidency of Kenya')).toMatchObject({ kind: 'institution', country: 'KE', handles: ['@StateHouseKenya'] });
  });

  it('gives a post of an office named with no country to the account of its holder\'s country', () => {
    const text = 'Foreign Minister Musalia Mudavadi of Kenya met his Ugandan counterpart in Nairobi on Monday. "We welcome our neighbours to the talks on the new road," the Foreign Ministry said in a tweet.';
    const doc = facts(text);
    expect(posts(text)).toEqual([{ author: 'Ministry of Foreign Affairs of Kenya', text: 'We welcome our neighbours to the talks on the new road', rule: 'post.tweeted' }]);
    expect(doc.actors.find((a) => a.name === 'Ministry of Foreign Affairs of Kenya')).toMatchObject({ kind: 'institution', country: 'KE' });
  });

  it('gives a post to the author named after "according to a post … by"', () => {
    const text = 'The talks in Nairobi ended on Monday. "The road to peace runs through honest talks between neighbours," according to a post on Tuesday by Kenyan President William Ruto.';
    expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'The road to peace runs through honest talks between neighbours', rule: 'post.in-a-post' }]);
  });

  it('reads a post quoted over two paragraphs, the first left open, as one post of the author told before it', () => {
    const text = 'President William Ruto, writing on Facebook, told of talks on roads and schools.\n\n"We spoke at length about the new road to the coast. Both sides want the work to start soon.\n\n"We will meet again in Mombasa in the autumn," the post read.\n\nThe road is to cost two billion shillings.';
    expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'We spoke at length about the new road to the coast. Both sides want the work to start soon. We will meet again in Mombasa in the autumn', rule: 'tweet.joined-quote' }]);
  });

  it('takes no word or three quoted in a paraphrase of a post for the post; a clause quoted so still is one', () => {
    expect(posts('President William Ruto tweeted that the meeting with his neighbours was "very warm".')).toEqual([]);
    const clause = 'In a post on X, President William Ruto wrote that Kenya was "a free nation that will choose its own partners".';
    expect(posts(clause).map((p) => p.text)).toEqual(['a free nation that will choose its own partners']);
  });
});
