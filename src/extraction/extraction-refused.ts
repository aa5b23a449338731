/**
 * An article the extractor would not finish: it ran past the per-article time budget
 * (EXTRACTION_TIMEOUT; the text is pathological or far too large, and nothing was written), or
 * every extraction thread was busy and the wait list full (OVERLOADED; retry later).
 *
 * @example
 *   throw new ExtractionRefused('EXTRACTION_TIMEOUT', 'extraction took longer than the 5000 ms budget');
 */
export type ExtractionRefusal = 'EXTRACTION_TIMEOUT' | 'OVERLOADED';

export class ExtractionRefused extends Error {
  override readonly name = 'ExtractionRefused';
  constructor(
    readonly code: ExtractionRefusal,
    message: string,
  ) {
    super(message);
  }
}
