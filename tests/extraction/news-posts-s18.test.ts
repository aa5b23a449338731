import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
const posts = (text: string) => {
  const doc = facts(text);
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text, platform: t.platform }));
};

// Session 18 (issue 15): posts whose introduction read-new showed unread. Every sentence here is written for the test.
describe('quoted posts, session 18', () => {
  it('reads two apostrophes in a row as a double quotation mark (DOUBLED_APOSTROPHE)', () => {
    const text = "Foreign Minister Tomas Lindqvist visited Santiago on Monday.\n\n''Grateful to President Gabriel Boric for a generous welcome. Our ports will work as one,'' Lindqvist tweeted.";
    expect(posts(text).map((p) => p.text)).toEqual(['Grateful to President Gabriel Boric for a generous welcome. Our ports will work as one']);
  });

  describe('an account named right after the verb attributing the quote is its author (post.account-verb-first)', () => {
    it.each([
      ['President Gabriel Boric met the Peruvian delegation in Santiago on Monday.\n\n"Both leaders reviewed the new ferry line and the shared fisheries," said a Chilean Foreign Ministry statement on X.', 'CL'],
      ['Indian Prime Minister Narendra Modi held talks in Lusaka on Friday with Zambian President Hakainde Hichilema.\n\n"A warm welcome for an old friend. The two leaders discuss mining and rail," tweeted the Prime Minister\'s Office, sharing photos of the two men.', 'IN'],
    ])('%s', (text, country) => {
      const doc = facts(text);
      expect(doc.tweets).toHaveLength(1);
      const author = doc.actors.find((a) => a.id === doc.tweets[0].author);
      expect(author?.kind).toBe('institution');
      expect(author?.country).toBe(country);
    });
  });

  it('not an account followed by a person of its own (its spokesman is the one who wrote)', () => {
    const text = 'President Gabriel Boric met the Peruvian delegation in Santiago on Monday.\n\n"Both leaders reviewed the new ferry line and the shared fisheries," said a Chilean Foreign Ministry spokesman, Tomas Vidal, on X.';
    const doc = facts(text);
    expect(doc.tweets.map((t) => doc.actors.find((a) => a.id === t.author)?.kind)).not.toContain('institution');
  });

  it('a sentence a little before that tells the news was posted places the quote on that platform (post.told-this-on)', () => {
    const text = 'Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Arica.\n\nThe Chilean leader shared this on social media in the evening, a local paper reports.\n\n"We spoke about the ferry line and about the fisheries of the coast. Our peoples are neighbours," Boric stressed.';
    expect(posts(text)).toEqual([{ author: 'Gabriel Boric', text: 'We spoke about the ferry line and about the fisheries of the coast. Our peoples are neighbours', platform: 'social media' }]);
    // With no such sentence, or with another person named in it, the quote is no post.
    expect(posts(text.replace('shared this on social media', 'spoke to the press'))).toEqual([]);
    expect(posts(text.replace('The Chilean leader shared', 'Dina Boluarte shared'))).toEqual([]);
  });

  it('a paragraph that opens with the words of a quote whose opening mark was lost holds that quote (quote.opened-before)', () => {
    const text = 'Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Arica on Monday.\n\nOur ports will work as one and our fishermen will share the coast," Boric wrote on X after the talks. He thanked the mayors of the border towns.';
    expect(posts(text)).toEqual([{ author: 'Gabriel Boric', text: 'Our ports will work as one and our fishermen will share the coast', platform: 'X' }]);
  });

  it('counts an embedded post\'s length without the picture link it prints (post.embedded-length-without-link)', () => {
    const text = 'Spanish Foreign Minister Ana Ruiz welcomed the Finnish minister in Vigo.\n\nGood talks today with my friend @LindqvistT about the ferry line that will join our two coasts next spring, and about the new ports of the south.\n\nWe agreed to open it in May and to meet again in Turku before the summer. Our two peoples are good neighbours. pic.twitter.com/AbCdEf1234 — Ana Ruiz (@AnaRuizM) March 3, 2024';
    expect(posts(text).map((p) => p.text)).toEqual(['Good talks today with my friend @LindqvistT about the ferry line that will join our two coasts next spring, and about the new ports of the south. We agreed to open it in May and to meet again in Turku before the summer. Our two peoples are good neighbours.']);
  });
});
