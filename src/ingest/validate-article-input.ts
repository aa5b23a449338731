/**
 * Validates an article before anything else happens, with messages that name the field and the
 * value received. The limits keep one request from exhausting the server.
 */
import { z } from 'zod';
import { isCalendarDate } from '../facts/calendar-date.js';

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');

const articleInputSchema = z.object({
  text: z
    .string({ required_error: 'is required' })
    .refine((t) => t.trim().length > 0, 'is empty')
    .refine((t) => Buffer.byteLength(t, 'utf8') <= MAX_ARTICLE_BYTES, `is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`)
    .refine((t) => !looksBinary(t), 'looks like binary data, not text'),
  publishedOn: isoDate.nullish(),
  url: z.string().url('must be an absolute URL').max(2048).nullish(),
  title: z.string().max(1000).nullish(),
});

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ValidArticle = z.output<typeof articleInputSchema>;

/** An article that cannot be ingested; `field` names the offending input. */
export class ArticleInputError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Control characters other than white space, or replacement characters from a bad decode. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  if (sample.length === 0) return false;
  const odd = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  // A NUL anywhere (not only in the sampled start) means binary: no article text carries one.
  return odd / sample.length > 0.01 || text.includes('\u0000');
}

export function validateArticleInput(input: unknown): ValidArticle {
  const result = articleInputSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = String(issue.path[0] ?? 'input');
  throw new ArticleInputError(field, `article ${field} ${issue.message}`);
}
