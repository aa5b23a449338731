import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const posts = (text: string) => {
  const doc = extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, text: t.text }));
};

// Session 22 (issue 15): an embedded post signed by an office's initials and its country ("PMO India", "MFA Russia") is
// that government account's (post.signature-account); the picture link an embed prints after the words does not count
// in the post's length when the post's sentences share the signature's line (post.embedded-length-without-link). Every
// sentence here is written for the test.
describe('quoted posts, session 22', () => {
  const lead = 'Kenyan President William Ruto met Indian Prime Minister Narendra Modi in Nairobi on Friday.\n\n';

  it.each([
    ['PMO India', "Prime Minister's Office of India"],
    ['MEA India', 'Ministry of External Affairs of India'],
  ])('gives a post signed "%s" to the account', (signature, author) => {
    const text = `${lead}Prime Minister @narendramodi and President @WilliamsRuto are holding talks on the ferry line. pic.twitter.com/Zx81Qp2 — ${signature} (@AccountIN) July 4, 2025`;
    expect(posts(text)).toEqual([{ author, text: 'Prime Minister @narendramodi and President @WilliamsRuto are holding talks on the ferry line.' }]);
  });

  it('reads initials before the country after a quote too ("Russia\'s MFA wrote")', () => {
    expect(posts(`${lead}"The ferry talks in Nairobi were useful," Russia's MFA wrote on Telegram.`))
      .toEqual([{ author: 'Ministry of Foreign Affairs of Russia', text: 'The ferry talks in Nairobi were useful' }]);
  });

  it('does not read initials with no country as an account', () => {
    expect(posts(`${lead}We held talks on the ferry line. pic.twitter.com/Zx81Qp2 — PMO Desk (@DeskPMO) July 4, 2025`)).toEqual([]);
  });

  it('keeps the first sentence of an embed whose words fit the length once its picture link is left out', () => {
    const words = 'Glad to have hosted @WilliamsRuto at my home in Delhi today. Our talks were warm and useful. '
      + 'We went over trade, the new ferry line, farm exports and the links between the peoples of our two countries. '
      + 'The bond between India and Kenya will keep growing in the years…';
    expect(words.length).toBeLessThanOrEqual(280);
    expect(words.length + ' pic.twitter.com/Zx81Qp2Lm'.length).toBeGreaterThan(280);
    const text = `${lead}${words} pic.twitter.com/Zx81Qp2Lm — Narendra Modi (@narendramodi) July 4, 2025`;
    expect(posts(text)).toEqual([{ author: 'Narendra Modi', text: words }]);
  });
});
