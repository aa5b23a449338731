import { ArticleInputError, looksBinary, validateArticleInput } from '../../src/ingest/validate-article-input.js';

describe('article input validation', () => {
  it('accepts a text with an optional date, url and title', () => {
    expect(validateArticleInput({ text: 'Biden spoke with Scholz.', publishedOn: '2022-03-02', url: 'https://example.org/a' })).toMatchObject({
      text: 'Biden spoke with Scholz.',
      publishedOn: '2022-03-02',
    });
  });

  it.each([
    [{ text: '' }, 'text', 'is empty'],
    [{ text: '   \n ' }, 'text', 'is empty'],
    [{ text: 'x'.repeat(3 * 1024 * 1024) }, 'text', 'larger than'],
    [{ text: 'abc\u0000\u0001\u0002def' }, 'text', 'binary'],
    [{ text: 'ok', publishedOn: '2022-13-45' }, 'publishedOn', 'real calendar date'],
    [{ text: 'ok', publishedOn: 'yesterday' }, 'publishedOn', 'YYYY-MM-DD'],
    [{ text: 'ok', url: 'not a url' }, 'url', 'absolute URL'],
    [{}, 'text', 'required'],
  ])('refuses %#: names the field and says what is wrong', (input, field, message) => {
    try {
      validateArticleInput(input);
      throw new Error('expected an ArticleInputError');
    } catch (err) {
      expect(err).toBeInstanceOf(ArticleInputError);
      expect((err as ArticleInputError).field).toBe(field);
      expect((err as Error).message).toContain(message);
    }
  });
});

describe('the binary check', () => {
  it('finds a NUL byte after the first 64 KB', () => {
    const text = `${'President Joe Biden spoke with Chancellor Olaf Scholz. '.repeat(2_000)}\u0000tail`;
    expect(text.indexOf('\u0000')).toBeGreaterThan(64 * 1024);
    expect(looksBinary(text)).toBe(true);
  });
});
