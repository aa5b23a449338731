import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
const posts = (text: string) => {
  const doc = facts(text);
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text, rule: t.evidence[0].rule }));
};
const texts = (text: string) => posts(text).map((p) => p.text);

// Session 16: where a post's words start and end (a quotation over paragraphs, an embed over lines), and posts
// introduced before their words (issue 15). Every sentence here is written for the test.
describe('quoted posts, session 16', () => {
  describe('a quote standing alone after a post goes on from it', () => {
    it('also when the post\'s author is a name only the post stage reads', () => {
      const text = 'Shells hit the river port of Dunav overnight.\n\n"Rescuers are still searching the flattened blocks," said Lena Broz via Telegram.\n\n"So far the dead number nine."';
      expect(posts(text)).toEqual([{ author: 'Lena Broz', text: 'Rescuers are still searching the flattened blocks So far the dead number nine.', rule: 'post.on-platform' }]);
    });

    it('also when the attribution names the author before "said" and the platform after it', () => {
      const text = '"Rescuers are still searching the flattened blocks," Lena Broz said via Telegram.\n\n"So far the dead number nine."';
      expect(texts(text)).toEqual(['Rescuers are still searching the flattened blocks So far the dead number nine.']);
      // A quote attributed anew by name with "said" and no platform is still a statement of its own.
      const anew = '"Rescuers are still searching the flattened blocks," Lena Broz said via Telegram.\n\n"So far the dead number nine," Lena Broz said.';
      expect(texts(anew)).toEqual(['Rescuers are still searching the flattened blocks']);
    });
  });

  describe('a quote of the next paragraph said to go on with the post', () => {
    const lead = 'President William Ruto opened the new bridge at Kisumu on Monday.\n\n"The bridge joins two counties that waited forty years," Ruto wrote on X.\n\n';
    it.each([
      ['"Drive carefully in the first weeks," Ruto added.'],
      ['"Drive carefully in the first weeks," he continued.'],
    ])('joins %j', (next) => {
      expect(texts(lead + next)).toEqual(['The bridge joins two counties that waited forty years Drive carefully in the first weeks']);
    });

    it('joins the quote a line of its own ending in a colon introduces ("Ruto concluded:")', () => {
      const text = `${lead}"Tolls will be low," Ruto added.\n\nRuto concluded:\n\n"Drive carefully in the first weeks."`;
      expect(texts(text)).toEqual(['The bridge joins two counties that waited forty years Tolls will be low Drive carefully in the first weeks.']);
    });

    it('keeps apart what the reporter tells anew: "He added:" before the quote, "he said", "He said:" on a line of its own', () => {
      expect(texts(`${lead}He added: "Drive carefully in the first weeks."`)).toEqual(['The bridge joins two counties that waited forty years']);
      expect(texts(`${lead}"Drive carefully in the first weeks," he said.`)).toEqual(['The bridge joins two counties that waited forty years']);
      expect(texts(`${lead}He said:\n\n"Drive carefully in the first weeks."`)).toEqual(['The bridge joins two counties that waited forty years']);
    });
  });

  describe('an embed whose words stand in paragraphs above the signature\'s', () => {
    it('reads the paragraphs of the author\'s own words above it', () => {
      const text = 'Foreign Minister Ana Ruiz met Swedish Foreign Minister Tomas Lindqvist in Madrid on Monday.\n\n'
        + 'Good talks with my friend @LindqvistT at the ministry today.\n\n\n\nWe went over the ferry line and the new fishing quotas.\n\n\n\n'
        + 'We meet again in Malmo in May. pic.twitter.com/Zx81Qw — Ana Ruiz (@AnaRuizM) March 3, 2025\n\nThe two ministers also visited a shipyard.';
      expect(posts(text)).toEqual([{ author: 'Ana Ruiz', text: 'Good talks with my friend @LindqvistT at the ministry today. We went over the ferry line and the new fishing quotas. We meet again in Malmo in May.', rule: 'post.embedded-words-above' }]);
    });

    it('leaves out a paragraph of the page\'s prose above it: someone said, the author named, or no first person', () => {
      const lead = 'Foreign Minister Ana Ruiz met Swedish Foreign Minister Tomas Lindqvist in Madrid on Monday.\n\n';
      const sig = 'We meet again in Malmo in May. — Ana Ruiz (@AnaRuizM) March 3, 2025';
      for (const above of ['The talks went well, our correspondent said.', 'Ruiz thanked her guest for our shared work on the quotas.', 'The ferry line opens in the spring.']) {
        expect(texts(`${lead}${above}\n\n${sig}`)).toEqual(['We meet again in Malmo in May.']);
      }
    });
  });

  it('reads an embed whose signature a page that runs its paragraphs together prints inside prose', () => {
    const text = 'Foreign Minister Ana Ruiz met Swedish Foreign Minister Tomas Lindqvist in Madrid on Monday.\n\n'
      + 'Good talks with my friend @LindqvistT today. — Ana Ruiz (@AnaRuizM) March 3, 2025 The two ministers also visited a shipyard.';
    expect(posts(text)).toEqual([{ author: 'Ana Ruiz', text: 'Good talks with my friend @LindqvistT today.', rule: 'post.embedded-signature-in-prose' }]);
    // Before the signature, a sentence that tells of the post is the page's, not the post's.
    const told = 'Foreign Minister Ana Ruiz met Swedish Foreign Minister Tomas Lindqvist in Madrid on Monday.\n\n'
      + 'Ruiz thanked her guest on X. Good talks with my friend @LindqvistT today. — Ana Ruiz (@AnaRuizM) March 3, 2025';
    expect(texts(told)).toEqual(['Good talks with my friend @LindqvistT today.']);
  });

  it('joins to a post the quote coordinated with its words in the same sentence ("wrote that "…" and that "…"")', () => {
    const text = 'Foreign Minister Ana Ruiz met Swedish Foreign Minister Tomas Lindqvist in Madrid on Monday.\n\n'
      + 'In a post on X, Ruiz wrote that "we reject the ferry plan of the northern provinces" and that "we will talk again in May."';
    expect(texts(text)).toEqual(['we reject the ferry plan of the northern provinces we will talk again in May.']);
  });

  it('reads a post the prose quotes in other words beside its embed as the embed alone', () => {
    const text = 'Foreign Minister Ana Ruiz met Swedish Foreign Minister Tomas Lindqvist in Madrid on Monday.\n\n'
      + '"Our two ports will work together as one," Ruiz wrote on social media.\n\n'
      + 'Today I met my friend @LindqvistT. Our two harbours will work together as one.\n\n— Ana Ruiz (@AnaRuizM) March 3, 2025';
    expect(posts(text)).toEqual([{ author: 'Ana Ruiz', text: 'Today I met my friend @LindqvistT. Our two harbours will work together as one.', rule: 'post.embedded-signature-line' }]);
  });

  it('reads quoted words that address an @handle as a post', () => {
    const text = 'Foreign Minister Ana Ruiz spoke to Swedish Foreign Minister Tomas Lindqvist on Monday.\n\n"Good talks today with my friend @LindqvistT on the ferry line," Ruiz\'s statement read.';
    expect(posts(text)).toEqual([{ author: 'Ana Ruiz', text: 'Good talks today with my friend @LindqvistT on the ferry line', rule: 'post.handle-in-words' }]);
    expect(texts(text.replace(' @LindqvistT', ' Tomas'))).toEqual([]);
  });

  describe('a quote standing alone after a sentence telling that its speaker posted', () => {
    it('is that post, by the one named before the verb', () => {
      const text = 'After the storm, Mayor Ines Varga posted a message on Telegram on Monday evening.\n\n"The dams held and the school will open on Friday."';
      expect(posts(text)).toEqual([{ author: 'Ines Varga', text: 'The dams held and the school will open on Friday.', rule: 'post.told-before' }]);
    });

    it('is not after a sentence that tells no post', () => {
      const text = 'After the storm, Mayor Ines Varga visited the dams on Monday evening.\n\n"The dams held and the school will open on Friday."';
      expect(texts(text)).toEqual([]);
    });
  });

  describe('a post printed without quotation marks', () => {
    const lead = 'President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.\n\n';
    it('is the paragraph a line of its own ending in a colon sets off ("Ruto wrote on Instagram:")', () => {
      const text = `${lead}Ruto wrote on Instagram:\n\nTwo days of talks on the lake road ended well. We meet again in May!\n\nHassan flew home on Tuesday.`;
      expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'Two days of talks on the lake road ended well. We meet again in May!', rule: 'post.unquoted-introduced' }]);
      // A line that names no platform sets off no post.
      expect(texts(`${lead}Ruto wrote to the governors:\n\nTwo days of talks on the lake road ended well. We meet again in May!`)).toEqual([]);
    });

    it('is the paragraph whose attribution a dash sets off at its end', () => {
      const text = `${lead}Two days of talks on the lake road ended well. Thank you, Arusha! - Ruto wrote on Instagram.`;
      expect(posts(text)).toEqual([{ author: 'William Ruto', text: 'Two days of talks on the lake road ended well. Thank you, Arusha!', rule: 'post.unquoted-paragraph' }]);
    });
  });

  it('reads "it read" after a sentence whose subject is a post as that post', () => {
    const text = 'Foreign Minister Ana Ruiz\'s Telegram post on Monday thanked the harbour workers. "The ferry will run again in May," it read.';
    expect(posts(text)).toEqual([{ author: 'Ana Ruiz', text: 'The ferry will run again in May', rule: 'post.platform-noun' }]);
  });
});
