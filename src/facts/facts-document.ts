/**
 * The facts document: the extractor's output and the writer's input (DESIGN.md, "The facts
 * document"). The zod schema is the contract; the TypeScript types are inferred from it so the
 * two never drift. Every fact carries evidence: the quote, its character offsets into the
 * article body, and the id of the rule that produced it.
 *
 * @example
 *   const facts = parseFactsDocument(JSON.parse(text)); // throws FactsDocumentError listing every problem
 */
import { z } from 'zod';
import { isCalendarDate } from './calendar-date.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'a real calendar date');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "UA"');

export const evidenceSchema = z.object({
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().min(1),
  /** Index of the sentence the quote comes from, when known. */
  sentence: z.number().int().nonnegative().optional(),
});

/**
 * Event codes a source states outright (an imported GDELT row's CAMEO 042, say). When absent, the
 * writer derives them from the medium or kind (src/graph/event-codes.ts).
 */
const eventCodes = {
  cameo: z.string().regex(/^\d{2,4}$/, 'a CAMEO code such as "042"').nullable().optional(),
  ploverEvent: z.string().regex(/^[A-Z_]+$/, 'a PLOVER event type such as "CONSULT"').nullable().optional(),
  ploverMode: z.string().nullable().optional(),
};

export const actorKinds = ['leader', 'official', 'institution'] as const;
export const media = ['phone', 'video', 'in_person', 'unspecified'] as const;

export const actorSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(actorKinds),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  handles: z.array(z.string()).default([]).optional(),
  title: z.string().nullable().default(null),
  country: countryCode.nullable().default(null),
});

export const countrySchema = z.object({ code: countryCode, name: z.string().min(1) });

export const callSchema = z.object({
  id: z.string().min(1),
  date: isoDate.nullable(),
  dateText: z.string().nullable().optional(),
  medium: z.enum(media),
  participants: z.array(z.string().min(1)).min(2, 'a call needs at least two participants'),
  topics: z.array(z.string()).default([]),
  ...eventCodes,
  evidence: z.array(evidenceSchema).min(1),
});

export const tweetSchema = z.object({
  id: z.string().min(1),
  author: z.string().min(1),
  text: z.string().min(1),
  date: isoDate.nullable(),
  platform: z.string().optional(),
  mentions: z.array(z.string()).default([]),
  hashtags: z.array(z.string()).default([]),
  about: z.string().nullable().default(null),
  evidence: z.array(evidenceSchema).min(1),
});

export const commitmentSchema = z.object({
  id: z.string().min(1),
  by: z.string().nullable(),
  byCountry: countryCode.nullable(),
  kind: z.string().min(1),
  target: countryCode.nullable(),
  beneficiary: countryCode.nullable(),
  date: isoDate.nullable(),
  quote: z.string(),
  ...eventCodes,
  evidence: z.array(evidenceSchema).min(1),
});

export const incidentSchema = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  perpetrator: countryCode.nullable(),
  place: z.string().nullable(),
  country: countryCode.nullable(),
  date: isoDate.nullable(),
  killed: z.number().int().nonnegative().nullable(),
  injured: z.number().int().nonnegative().nullable(),
  ...eventCodes,
  evidence: z.array(evidenceSchema).min(1),
});

export const sourceSchema = z.object({
  id: z.string().min(1),
  publishedOn: isoDate.nullable(),
  url: z.string().optional(),
  title: z.string().optional(),
  extractorVersion: z.string().optional(),
});

export const factsDocumentSchema = z.object({
  source: sourceSchema,
  actors: z.array(actorSchema).default([]),
  countries: z.array(countrySchema).default([]),
  calls: z.array(callSchema).default([]),
  tweets: z.array(tweetSchema).default([]),
  commitments: z.array(commitmentSchema).default([]),
  incidents: z.array(incidentSchema).default([]),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = (typeof actorKinds)[number];
export type Medium = (typeof media)[number];
export type Country = z.infer<typeof countrySchema>;
export type Call = z.infer<typeof callSchema>;
export type Tweet = z.infer<typeof tweetSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type FactsDocument = z.infer<typeof factsDocumentSchema>;

/** A facts document that does not meet the contract; `problems` lists every one, with its path. */
export class FactsDocumentError extends Error {
  readonly code = 'INVALID_FACTS_DOCUMENT';
  constructor(readonly problems: string[]) {
    super(`invalid facts document: ${problems.join('; ')}`);
  }
}

/** Validates an unknown value against the contract and returns it typed, with defaults filled. */
export function parseFactsDocument(value: unknown): FactsDocument {
  const result = factsDocumentSchema.safeParse(value);
  if (!result.success) {
    throw new FactsDocumentError(
      result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return result.data;
}
