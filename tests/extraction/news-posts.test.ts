import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
const posts = (text: string) => {
  const doc = facts(text);
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text, rule: t.evidence[0].rule }));
};

describe('quoted posts in news wording', () => {
  it.each([
    ['"We will never accept tutelage," Lula wrote on X.', 'Luiz Inácio Lula da Silva', 'We will never accept tutelage', 'post.on-platform'],
    ['Trump posted on Truth Social: "Brazil has treated us very badly."', 'Donald Trump', 'Brazil has treated us very badly.', 'post.on-platform'],
    ['"The deal is done," Trump said in a post on his Truth Social account.', 'Donald Trump', 'The deal is done', 'post.on-platform'],
    ['Zelensky said in a post: "Russia must be stopped."', 'Volodymyr Zelenskyy', 'Russia must be stopped.', 'post.in-a-post'],
    ['"Ukraine will not give up," Zelensky wrote on his Telegram channel.', 'Volodymyr Zelenskyy', 'Ukraine will not give up', 'post.on-platform'],
    ['In a Facebook post, Modi said: "India stands with the victims."', 'Narendra Modi', 'India stands with the victims.', 'post.on-platform'],
    ['"Peace through strength," Trump posted.', 'Donald Trump', 'Peace through strength', 'post.posted'],
    ['"We stand with Ukraine," Trudeau tweeted.', 'Justin Trudeau', 'We stand with Ukraine', 'post.tweeted'],
    ['Macron said on social media: "France will help."', 'Emmanuel Macron', 'France will help.', 'post.social-media'],
    ['Trump, on Truth Social, said: "The war must end now."', 'Donald Trump', 'The war must end now.', 'post.on-platform'],
    ['After the call Trump wrote on Truth Social: "It was a very good call."', 'Donald Trump', 'It was a very good call.', 'post.on-platform'],
    ['"It was a great call," Trump wrote on Truth Social after speaking with Putin.', 'Donald Trump', 'It was a great call', 'post.on-platform'],
    ['A Facebook post by Albanese said: "Australia stands with Fiji."', 'Anthony Albanese', 'Australia stands with Fiji.', 'post.platform-noun-subject'],
    ['"Pakistan will always stand with Qatar," Prime Minister Shehbaz Sharif said late on Monday in a message to his followers on X.', 'Shehbaz Sharif', 'Pakistan will always stand with Qatar', 'post.on-platform'],
    ['"We stand with the people of Türkiye," Prime Minister Narendra Modi wrote on X.', 'Narendra Modi', 'We stand with the people of Türkiye', 'post.on-platform'],
    ['President Lee Jae Myung wrote on his Facebook page: "The government will do its utmost."', 'Lee Jae-myung', 'The government will do its utmost.', 'post.on-platform'],
    ['"The attack was barbaric," Erdogan said in a social media post.', 'Recep Tayyip Erdoğan', 'The attack was barbaric', 'post.social-media'],
    ['"India will always stand with Bangladesh," Modi said in a tweet.', 'Narendra Modi', 'India will always stand with Bangladesh', 'post.tweeted'],
    ['"It was a great call," Donald Trump said in the post.', 'Donald Trump', 'It was a great call', 'post.in-a-post'],
    ['"We will win," the post by Volodymyr Zelensky read.', 'Volodymyr Zelenskyy', 'We will win', 'post.the-post-read'],
    // A quote that ends in "!" ends its sentence; its attribution is the next one.
    ['"Thank you, Japan!" Ukrainian President Volodymyr Zelensky wrote on X, after Tokyo announced new aid.', 'Volodymyr Zelenskyy', 'Thank you, Japan!', 'post.on-platform'],
    // Session 8: a platform post, a reply, an X post; an account of India's external affairs ministry.
    ['"Thank you, Mr President," Zelensky replied on X.', 'Volodymyr Zelenskyy', 'Thank you, Mr President', 'post.on-platform'],
    ['"I spoke to President Ruto," Modi said in an X post.', 'Narendra Modi', 'I spoke to President Ruto', 'post.on-platform'],
    ['"We are working on a deal," said Trump on Truth Social.', 'Donald Trump', 'We are working on a deal', 'post.on-platform'],
    ["India's Ministry of External Affairs said on X: \"We are monitoring the situation closely.\"", 'Ministry of External Affairs of India', 'We are monitoring the situation closely.', 'post.on-platform'],
    // The post told in the sentence after the quote.
    ['"Our thoughts are with the people of Japan," Albanese said.\n\nHe made the comments in a post on X.', 'Anthony Albanese', 'Our thoughts are with the people of Japan', 'post.on-platform'],
    ['"We stand with Fiji," Albanese said. The message was posted on his Facebook page.', 'Anthony Albanese', 'We stand with Fiji', 'post.on-platform'],
    // A fragment quoted inside a paraphrase of the same sentence is not part of the post.
    ['"I spoke with Prime Minister Modi," Yoon wrote on his Facebook account, adding that the talks were "very productive".', 'Yoon Suk Yeol', 'I spoke with Prime Minister Modi', 'post.on-platform'],
    // The post as the subject of its attribution: its author is the one told posting just before.
    ['Trump posted on Truth Social on Friday. "Canada has been very difficult to deal with," the post said.', 'Donald Trump', 'Canada has been very difficult to deal with', 'post.the-post-read'],
    // A force's own account.
    ['"Russia launched 400 drones overnight," Ukraine\'s air force said on Telegram.', 'Air Force of Ukraine', 'Russia launched 400 drones overnight', 'post.on-platform'],
    ['"Canada will pay," Trump said on his platform, Truth Social.', 'Donald Trump', 'Canada will pay', 'post.on-platform'],
    ['"We will not back down," Zelensky wrote on the platform formerly known as Twitter.', 'Volodymyr Zelenskyy', 'We will not back down', 'post.formerly-twitter'],
    // Session 9: an appositive between the author and the verb; an author the gazetteer does not know, named without a title.
    ['"We will not surrender a single metre," Andriy Yermak, the head of the presidential office, wrote on Telegram.', 'Andriy Yermak', 'We will not surrender a single metre', 'post.on-platform'],
    ['"Nobody wants a war in the region," Karl Tanner, a senior adviser to the president, wrote on X.', 'Karl Tanner', 'Nobody wants a war in the region', 'post.on-platform'],
    ['Karl Tanner wrote on X: "The deal is dead."', 'Karl Tanner', 'The deal is dead.', 'post.on-platform'],
    ['In a post on Telegram, Karl Tanner said: "The talks are a trap."', 'Karl Tanner', 'The talks are a trap.', 'post.on-platform'],
    // An office named by its kind and place, not by a country's name, posting on its own page.
    ['"Two clinics lost power," the health ministry of the Libyan capital said on Sunday on its Facebook page.', 'health ministry of the Libyan capital', 'Two clinics lost power', 'post.on-platform'],
    ['The health office of Zaporizhzhia region wrote on Telegram: "A school was damaged."', 'health office of Zaporizhzhia region', 'A school was damaged.', 'post.on-platform'],
    // Session 13: a knight or dame named by honorific and given name after the first mention (honorific-author.ts).
    ['Ed Davey visited Kyiv on Monday. In a post on X, Sir Ed said: "We stand with you."', 'Ed Davey', 'We stand with you.', 'post.on-platform'],
    ['Prime Minister Keir Starmer flew to Oslo. "Norway is a friend we can count on," Sir Keir wrote on X.', 'Keir Starmer', 'Norway is a friend we can count on', 'post.on-platform'],
  ])('reads the post in %j', (text, author, words, rule) => {
    expect(posts(text)).toEqual([{ author, text: words, rule }]);
  });

  it('joins a post quoted across two paragraphs, also a quote that opens the next one and "he added" (session 16); "he said" there is a statement of its own', () => {
    const text = '"Russia attacked our cities again," Zelensky wrote on X.\n\n"We need more air defence," he wrote.';
    expect(posts(text).map((p) => p.text)).toEqual(['Russia attacked our cities again We need more air defence']);
    const added = '"Russia attacked our cities again," Zelensky wrote on X.\n\n"We need more air defence," he added.';
    expect(posts(added).map((p) => p.text)).toEqual(['Russia attacked our cities again We need more air defence']);
    const said = '"Russia attacked our cities again," Zelensky wrote on X.\n\n"We need more air defence," he said.';
    expect(posts(said).map((p) => p.text)).toEqual(['Russia attacked our cities again']);
  });

  it('leaves out of a post a neighbouring quote attributed anew, by name, with "said"', () => {
    const after = '"The fair will open new markets," the chancellor posted on X, adding, "We expect many visitors." "We will also sign two accords," Scholz said.';
    expect(posts('Chancellor Olaf Scholz arrived in Hanover.\n\n' + after).map((p) => p.text)).toEqual(['The fair will open new markets We expect many visitors.']);
    const before = '"A good lunch with FM Joly of Canada. We discussed Arctic shipping," Ms Wong said.\n\n"Dinner with a dear old friend, FM Peters of New Zealand," Ms Wong tweeted.';
    expect(posts('Foreign Minister Penny Wong was in Ottawa.\n\n' + before).map((p) => p.text)).toEqual(['Dinner with a dear old friend, FM Peters of New Zealand']);
  });

  it('joins the parts of a post quoted across paragraphs over fragments quoted in the paraphrase between them', () => {
    const text = 'President Javier Milei defended his budget on Monday. "Spending is down and the deficit is gone," he posted on Instagram. Unions called for "a national strike" on Thursday.\n\n'
      + 'Milei wrote, "Our reserves are growing every week."\n\nHe also attacked Congress, "the party of waste." Milei insisted the cuts came after "years of reckless borrowing" by others.\n\n'
      + '"They ruined this country for decades!" he wrote.';
    expect(posts(text)).toEqual([{ author: 'Javier Milei', text: 'Spending is down and the deficit is gone Our reserves are growing every week. They ruined this country for decades!', rule: 'post.on-platform' }]);
  });

  // Session 12: the extent of a post quoted in a text with one paragraph per line.
  it('ends a quote left open at the end of its line, so that the next lines keep their own posts', () => {
    const line = 'Speaking for the foreign ministry, spokesman Karl Tanner wrote on X: "Minister Ishaq Dar welcomed his Chinese counterpart in Islamabad today. The two sides reviewed trade and the corridor projects.';
    const text = `${line}\nThe talks lasted three hours.\n"A productive day with a trusted friend," Dar posted on X.`;
    expect(posts(text).map((p) => [p.author, p.text])).toEqual([
      ['Karl Tanner', 'Minister Ishaq Dar welcomed his Chinese counterpart in Islamabad today. The two sides reviewed trade and the corridor projects.'],
      ['Ishaq Dar', 'A productive day with a trusted friend'],
    ]);
  });

  it('keeps apart two posts of one author when the second is placed on the platform in its own clause', () => {
    const text = 'President William Ruto hosted the summit on Monday. "Kenya is open for business," Ruto posted on Facebook. Later, in a post on X, Ruto stated, "We signed deals on roads and power."';
    expect(posts(text).map((p) => p.text)).toEqual(['Kenya is open for business', 'We signed deals on roads and power.']);
  });

  it('gives a post "the foreign minister" wrote to the minister, not to the prime minister named before', () => {
    const text = 'Foreign Minister Ahmed Attaf met Prime Minister Rishi Sunak in London on Sunday.\n\n"Delighted to be in London," the foreign minister wrote on X.';
    expect(posts(text)).toEqual([{ author: 'Ahmed Attaf', text: 'Delighted to be in London', rule: 'post.on-platform' }]);
  });

  it('reads a post someone "made", with the words quoted after it', () => {
    const text = 'President Javier Milei spoke on Monday.\n\nThat evening, the president made another post saying the country would "never default again."\n\n"Stay calm! Stay firm!" he wrote.';
    expect(posts(text)).toEqual([{ author: 'Javier Milei', text: 'never default again. Stay calm! Stay firm!', rule: 'post.made-a-post' }]);
  });

  it('reads a quote the author "wrote" as part of a post told shortly before', () => {
    const text = 'Trump wrote on Truth Social on Sunday that the tariffs would start in August.\n\n"This is a great day for America," he wrote.';
    expect(posts(text)).toEqual([{ author: 'Donald Trump', text: 'This is a great day for America', rule: 'post.on-platform' }]);
  });

  it('reads no post in a quote written in a letter told after the post', () => {
    const text = 'Trump wrote on Truth Social on Sunday that the tariffs would start.\n\nIn a letter to Lula, he attacked the trial.\n\n"This case is a disgrace and must end," he wrote.';
    expect(posts(text)).toEqual([]);
  });

  it('leaves out of a post a fragment quoted in a paraphrase of the next paragraph, and words said to reporters', () => {
    expect(posts('"Putin is a murderer," Zelensky wrote on X.\n\nZelensky also said the talks in Istanbul "were useless".').map((p) => p.text)).toEqual(['Putin is a murderer']);
    expect(posts('"Japan will stand with Ukraine," Kishida wrote on X.\n\nSpeaking to reporters later, he said: "We will increase support."').map((p) => p.text)).toEqual(['Japan will stand with Ukraine']);
  });

  it('reads a post set off after a line that ends in a colon', () => {
    const text = 'Trump wrote on Truth Social:\n\n"Brazil has treated the United States very badly for many years."\n\nThe letter followed.';
    expect(posts(text)).toEqual([{ author: 'Donald Trump', text: 'Brazil has treated the United States very badly for many years.', rule: 'post.on-platform' }]);
  });

  it('gives a post of a government account to that account', () => {
    const doc = facts('"Pakistan stands with its brothers in Qatar," the Government of Pakistan wrote on X.');
    expect(doc.tweets).toHaveLength(1);
    const author = doc.actors.find((a) => a.id === doc.tweets[0].author);
    expect(author).toMatchObject({ name: 'Government of Pakistan', kind: 'institution', country: 'PK' });
  });

  // Session 10: constructions of news no rule had seen.
  it('reads a post embedded as the platform prints it, its author and date from the signature', () => {
    const text = 'Modi flew to Nairobi on Monday.\n\nWarm talks with my friend President Ruto on trade and health. pic.twitter.com/Ab12Cd — Narendra Modi (@narendramodi) March 3, 2024\n\nThe visit ends on Wednesday.';
    const doc = facts(text);
    expect(posts(text)).toEqual([{ author: 'Narendra Modi', text: 'Warm talks with my friend President Ruto on trade and health.', rule: 'post.embedded-signature' }]);
    expect(doc.tweets[0]).toMatchObject({ date: '2024-03-03', platform: 'Twitter' });
    // A dash and a handle without the signature's date is no embed.
    expect(posts('Talks went well — Narendra Modi (@narendramodi) said later.')).toEqual([]);
  });

  it('takes the name after a possessive as the author, not the possessive', () => {
    const text = 'Prime Minister Anthony Albanese hosted the dinner.\n\nOn his arrival in Canberra, Luxon said on X: "Good to be back with friends."';
    expect(posts(text)).toEqual([{ author: 'Christopher Luxon', text: 'Good to be back with friends.', rule: 'post.on-platform' }]);
  });

  it('joins to a post the next paragraph\'s quote the author "concluded" with (session 16: it goes on, not spoken anew)', () => {
    const text = '"Our teams will meet next week," Trump posted on Truth Social.\n\n"I look forward to a fair deal for both of our great countries," Trump concluded.';
    expect(posts(text).map((p) => p.text)).toEqual(['Our teams will meet next week I look forward to a fair deal for both of our great countries']);
  });

  it('gives a post to the untitled name an unclosed appositive describes, also in the next sentence', () => {
    const text = 'Foreign Minister Ishaq Dar met his counterpart.\n\nLeila Haddad, spokesperson of Pakistan MoFA tweeted, "The two ministers met in Goa today." "Ties will grow," the tweet added.';
    expect(posts(text)).toEqual([{ author: 'Leila Haddad', text: 'The two ministers met in Goa today. Ties will grow', rule: 'post.tweeted' }]);
  });

  it('reads words said "in the statement" as the post a sentence before placed on a platform; words said "in the post" three paragraphs on are a post of their own (session 19)', () => {
    const text = 'President Ruto issued a brief statement on his Facebook page after the talks with Kiir.\n\n'
      + '"We agreed to finish the northern road together," said Ruto in the brief statement.\n\nThe inauguration drew large crowds.\n\n'
      + 'Kiir flew home on Wednesday.\n\n"Trade between our countries will double," Ruto said in the Facebook post.';
    expect(posts(text)).toEqual([
      { author: 'William Ruto', text: 'We agreed to finish the northern road together', rule: 'post.on-platform' },
      { author: 'William Ruto', text: 'Trade between our countries will double', rule: 'post.on-platform' },
    ]);
  });

  it.each([
    ["Modi's economic adviser Karl Tanner wrote on X: \"The budget is balanced.\"", 'Karl Tanner', 'The budget is balanced.'],
    ['"The budget is balanced," said Karl Tanner on X.', 'Karl Tanner', 'The budget is balanced'],
    ["\"The budget is balanced,\" said Karl Tanner, Modi's economic adviser, on X.", 'Karl Tanner', 'The budget is balanced'],
  ])('gives the post in %j to the untitled name, not to a possessor or an appositive before or after it', (text, author, words) => {
    expect(posts(text)).toEqual([{ author, text: words, rule: 'post.on-platform' }]);
  });

  it.each([
    // A name with accents in the attribution after the quote.
    ['"Every child deserves peace," UN Secretary-General António Guterres wrote on X.', 'António Guterres', 'Every child deserves peace'],
    // An untitled name set off by commas after its title.
    ['The mayor of Odesa, Petro Halych, wrote on Telegram: "Power is back in the city."', 'Petro Halych', 'Power is back in the city.'],
    // A force named with its country ("Israel Defense Forces") is an account.
    ['"Two launches were intercepted," the Israel Defense Forces wrote on Telegram.', 'Defense Forces of Israel', 'Two launches were intercepted'],
    // A platform named before the author, with a comma: not an appositive of a name.
    ['In a short post on Truth Social, Trump said: "Canada must pay."', 'Donald Trump', 'Canada must pay.'],
  ])('reads the author of %j', (text, author, words) => {
    expect(posts(text)).toEqual([{ author, text: words, rule: 'post.on-platform' }]);
  });

  it('joins to a post the words its author adds in the same sentence, though the post is attributed by name', () => {
    const text = '"Prices are falling," Trump said on Friday in a post on Truth Social, adding: "Our farmers are winning."';
    expect(posts(text)).toEqual([{ author: 'Donald Trump', text: 'Prices are falling Our farmers are winning.', rule: 'post.on-platform' }]);
  });

  it('reads a quote attributed by surname as the post of the full name told with its platform just before', () => {
    const text = 'The strike was reported on Telegram by the head of the Sumy regional administration, Petro Halych.\n"A bus was hit near the market," Halych said.';
    expect(posts(text)).toEqual([{ author: 'Petro Halych', text: 'A bus was hit near the market', rule: 'post.on-platform' }]);
    // Without the platform in the sentence before, the surname's words are no post.
    expect(posts('The head of the Sumy regional administration, Petro Halych, spoke on television.\n"A bus was hit near the market," Halych said.')).toEqual([]);
  });

  it('reads a post quoted twice, word for word, as one post', () => {
    const twice = '"The clinic was hit twice," the health ministry of the Libyan capital said on its Facebook page.';
    expect(posts(`${twice}\n\nRescuers worked through the night.\n\n${twice}`)).toHaveLength(1);
  });

  it.each([
    ['"We will respond," Trump told reporters at a news conference.'],
    ['"The talks were useful," Macron said in an interview on television.'],
    ['"We will respond," the ministry posted on its website.'],
    ['"I am staying in my post as minister," Lavrov said.'],
    ['"I will remain in the post of minister," Lavrov said.'],
    ['"Stop the war!" Protesters chanted outside the embassy, Zelensky said on X.'],
    // A platform in a subordinate clause belongs to another act (main-clause.ts).
    ['"This is unacceptable," Lavrov said, responding to a post by Rubio on X.'],
    ['Trump, who has posted repeatedly about the war, said: "It is a terrible war."'],
    ['Sheinbaum said "we will not be intimidated" after Trump posted the letter on Truth Social.'],
    ['A day after Zelensky wrote on X that Kyiv would not cede land, Putin said "we are ready".'],
    ['Zelensky said the claims "are lies" and that the videos on social media were fake.'],
    ['Zelensky said "we need air defence" hours after Russia posted footage on Telegram.'],
    // Footage posted, a ban on a platform, a channel told something: no post.
    ['Albanese said the government had "deep concerns" about the footage posted online.'],
    ['Lula said the ban on X "applies to everyone".'],
    ['Putin\'s spokesman Dmitry Peskov told the Telegram channel "we are ready to talk".'],
    // The next sentence tells of another act on the platform, not of the quoted words.
    ['"We will respond," Modi said. He later posted a photo on X.'],
    ['"India condemns the attack," Modi said. He wrote on X that the attackers would be punished.'],
    ['The ministry said on Friday it had no comment. "We will respond," the post said.'],
    ['"Russia launched 400 drones overnight," Ukraine\'s air force said.'],
    // Private people who post are no actors (GUIDE.md), nor is a single unknown word an author.
    ['"The city is on fire," Olena Kovalenko, a resident of Kharkiv, wrote on Facebook.'],
    ['"We lost everything," Tanner wrote on Facebook.'],
    ['"We will respond," the ministry wrote on Telegram.'],
  ])('reads no post in %j', (text) => {
    expect(posts(text)).toEqual([]);
  });
});
