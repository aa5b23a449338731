/**
 * Session 23 (issue 15): posts quoted in a French or Spanish text. The quote is attributed after it with the text's own
 * verb ("a écrit", "a ajouté", "expresó", "escribió": quote.foreign-attribution) and placed on a platform with its own
 * prepositions and nouns ("sur sa page Facebook", "sur son compte X", "a través de su red social X", "en su cuenta de
 * X": post.foreign-platform). Every sentence here is written for the test.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const posts = (text: string) => {
  const doc = extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document;
  return doc.tweets.map((t) => ({ author: doc.actors.find((a) => a.id === t.author)?.name, platform: t.platform, text: t.text }));
};

describe('quoted posts, session 23: French and Spanish attributions', () => {
  const french = 'Le président kényan William Ruto a reçu jeudi à Nairobi le Premier ministre indien Narendra Modi.\n\n';
  const spanish = 'El presidente argentino Javier Milei recibió el jueves en Buenos Aires al presidente de Uruguay, Yamandú Orsi.\n\n';

  it.each([
    ['« Nous avons parlé du corridor ferroviaire et des ports », a écrit William Ruto sur sa page Facebook.', 'Facebook'],
    ['« Nous avons parlé du corridor ferroviaire et des ports », a ajouté William Ruto jeudi soir sur son compte X.', 'X'],
    ['« Nous avons parlé du corridor ferroviaire et des ports », a-t-il écrit, William Ruto, sur le réseau social X.', 'X'],
  ])('reads the French attribution of %s', (sentence, platform) => {
    expect(posts(`${french}${sentence}`)).toEqual([{ author: 'William Ruto', platform, text: 'Nous avons parlé du corridor ferroviaire et des ports' }]);
  });

  it.each([
    ['«Conversamos sobre el puente y el puerto de Colonia», expresó Milei a través de su red social X.', 'X'],
    ['«Conversamos sobre el puente y el puerto de Colonia», escribió Milei en su cuenta de Instagram.', 'Instagram'],
  ])('reads the Spanish attribution of %s', (sentence, platform) => {
    expect(posts(`${spanish}${sentence}`)).toEqual([{ author: 'Javier Milei', platform, text: 'Conversamos sobre el puente y el puerto de Colonia' }]);
  });

  it.each([
    // Said at a press conference, or with no platform, the words are a statement, not a post.
    `${french}« Nous avons parlé du corridor ferroviaire et des ports », a déclaré William Ruto lors d'une conférence de presse.`,
    `${spanish}«Conversamos sobre el puente y el puerto de Colonia», dijo Milei a los periodistas.`,
    // A French noun that begins like a verb of writing ("écriture") attributes nothing.
    `${french}« Nous avons parlé du corridor ferroviaire », écriture reprise sur sa page Facebook par un blogueur.`,
  ])('finds no post in %s', (text) => expect(posts(text)).toEqual([]));
});
