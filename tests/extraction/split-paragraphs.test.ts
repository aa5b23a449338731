/**
 * Paragraphs and sentences in the layouts news arrives in. Our own sentences.
 */
import { splitParagraphs } from '../../src/extraction/split-paragraphs.js';
import { readHeader } from '../../src/extraction/read-header.js';
import { splitSentences } from '../../src/extraction/split-sentences.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const paragraphs = (body: string) => splitParagraphs(body).map(([s, e]) => body.slice(s, e).trim()).filter(Boolean);
const sentences = (body: string) => {
  const a = splitSentences(readHeader(body, {}));
  return a.sentences.map((s) => `${s.paragraph}: ${a.body.slice(s.start, s.end)}`);
};

describe('paragraphs', () => {
  it('a blank line ends a paragraph', () => {
    expect(paragraphs('Scholz met Macron.\n\nDuda met Fiala.')).toEqual(['Scholz met Macron.', 'Duda met Fiala.']);
  });

  it('web copy with one paragraph per line has a paragraph per line, a caption without a period included', () => {
    expect(paragraphs('Scholz met Macron on Monday.\nA handshake in Berlin\nDuda met Fiala.\n"We agreed," Duda said.')).toEqual([
      'Scholz met Macron on Monday.', 'A handshake in Berlin', 'Duda met Fiala.', '"We agreed," Duda said.',
    ]);
  });

  it('wire copy wrapped at a width opens each paragraph with an indented line, and a wrapped line is no paragraph', () => {
    const body = '    PARIS, May 2 - French President Chirac met West German\nChancellor Kohl today for talks on trade.\n    The two men also\ndiscussed farm prices, officials said.';
    expect(paragraphs(body)).toEqual([
      'PARIS, May 2 - French President Chirac met West German\nChancellor Kohl today for talks on trade.',
      'The two men also\ndiscussed farm prices, officials said.',
    ]);
  });

  it('a numbered item with a hanging indent is one paragraph, not one per indented line', () => {
    const body = '2.  Both governments agree to reopen the border crossings\n    closed since the clashes of 14 March 2025, and to\n    exchange the detained soldiers within a month.';
    expect(paragraphs(body)).toHaveLength(1);
    expect(sentences(body)).toHaveLength(1);
  });

  it('a wrapped block without indentation stays one paragraph', () => {
    expect(paragraphs('French President Chirac met West German\nChancellor Kohl today for talks on trade and\nfarm prices. Officials said the talks went well\nand would go on.')).toHaveLength(1);
  });
});

describe('sentences', () => {
  it('"on X." ends a sentence: the one-letter platform is no initial', () => {
    expect(sentences('The minister wrote on X. He met Blinken on Monday.')).toEqual(['0: The minister wrote on X.', '0: He met Blinken on Monday.']);
  });

  it('an initial still does not end a sentence', () => {
    expect(sentences('President George W. Bush met Blair.')).toEqual(['0: President George W. Bush met Blair.']);
  });
});

describe('rules that look back a paragraph, in web copy with one paragraph per line', () => {
  it('"the two leaders" after a contact told on the line before are its two parties', () => {
    const text = 'Chancellor Olaf Scholz held talks with Polish President Andrzej Duda in Berlin on Monday.\nThe two leaders also pledged to work closely on energy security.';
    const { commitments } = extractFacts(text, { publishedOn: '2024-03-16', gazetteer: loadGazetteer() }).document;
    expect(commitments.map((c) => `${c.kind} ${c.byCountry} ${c.target}`).sort()).toEqual(['agreement DE PL', 'agreement PL DE']);
  });
});
