import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
// A readout in the house style (written for this test).
const BODY = 'President Emmanuel Macron of France spoke by telephone with Chancellor Olaf Scholz of Germany on Tuesday.';
const source = (text: string, publishedOn?: string) => extractFacts(text, { publishedOn, gazetteer }).document;

describe('article identity: what determines an article’s facts', () => {
  it('gives the same body with another publication date another id, each with its own dates', () => {
    const march = source(BODY, '2022-03-02');
    const later = source(BODY, '2022-03-09');
    expect(later.source.id).not.toBe(march.source.id);
    expect([march.calls[0].date, later.calls[0].date]).toEqual(['2022-03-01', '2022-03-08']);
  });

  it('gives the same id whether the date comes as a first line or as an option', () => {
    expect(source(`date 2022-03-02\n${BODY}`).source.id).toBe(source(BODY, '2022-03-02').source.id);
  });

  it('folds case, quotes and white space, as before', () => {
    expect(source(BODY.toUpperCase().replace(/ /g, '  '), '2022-03-02').source.id).toBe(source(BODY, '2022-03-02').source.id);
  });

  it('gives an undated body the id of its text alone, apart from any dated copy', () => {
    expect(source(BODY).source.id).not.toBe(source(BODY, '2022-03-02').source.id);
    expect(source(BODY).source.id).toBe(source(`${BODY}\n`).source.id);
  });
});
