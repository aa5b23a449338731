/**
 * A benchmark's input: `texts` repeated in order until they hold at least `minBytes`, each copy
 * given a distinct second line ("Copy N.") so no cache could serve it twice.
 *
 * @example
 *   repeatTexts(['date 2022-03-02\nBiden met Scholz.'], 1024).length; // about 30 articles
 */
export function repeatTexts(texts: readonly string[], minBytes: number): string[] {
  const articles: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const text = texts[i % texts.length].replace(/\n/, `\nCopy ${i}.\n`);
    articles.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return articles;
}
