/**
 * A commitment draft read from its clause (find-news-commitments.ts, find-pledges.ts): who made
 * it, for which country, of what kind, and the other party as target or beneficiary.
 */
import type { ActorRecord, Article, CommitmentDraft, Sentence, Span } from './extraction-types.js';
import type { Party } from './clause-parties.js';
import { dateForSentence } from './date-for-sentence.js';
import { lastStartingBy } from './span-index.js';

/** What the clause rules of news prose return: the drafts and the spans they claim from the generic rules. */
export interface NewsCommitments {
  drafts: CommitmentDraft[];
  claimed: Span[];
  /** Drafts placed after the proximity rules' (commitment-backing.ts): on the same item those rules' evidence comes first. */
  late?: CommitmentDraft[];
}

const actorIndex = new WeakMap<Article, Map<string, ActorRecord>>();
const actorsOf = (article: Article) => actorIndex.get(article) ?? actorIndex.set(article, new Map(article.actors.map((a) => [a.id, a]))).get(article)!;

/**
 * Who made a commitment a country makes: the party itself when it is a person, else the person of
 * that country the sentence names ("The United States announced new sanctions …, Mr Biden said").
 */
export function makerOf(article: Article, s: Sentence, by: Party): string | null {
  if (by.actor) return by.actor;
  const i = lastStartingBy(article.mentions, s.start - 1) + 1;
  for (let k = i; k < article.mentions.length && article.mentions[k].start < s.end && k < i + 40; k++) {
    const m = article.mentions[k];
    const a = actorsOf(article).get(m.actor);
    if (a?.country === by.code && a.kind !== 'institution') return m.actor;
  }
  return null;
}

/** A draft by `by` towards `other`, which is the target or (for aid and support) the beneficiary. */
export function clauseDraft(article: Article, s: Sentence, at: number, end: number, rule: string, by: Party, kind: string, other: Party, role: 'target' | 'beneficiary' = 'target'): CommitmentDraft {
  return {
    // An international body commits for no country and is never the other party (clause-parties.ts, BODIES).
    by: makerOf(article, s, by), byCountry: by.body ? null : by.code, kind,
    target: role === 'target' && !other.body ? other.code : null,
    beneficiary: role === 'beneficiary' && !other.body ? other.code : null,
    date: dateForSentence(article, s, at).date, evidence: [{ start: at, end, rule, sentence: s.index }],
  };
}
