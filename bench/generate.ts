/**
 * A deterministic synthetic diplomatic graph, as facts documents the project's own writer loads:
 * the calls of a scale (S 10k, M 200k, L 1M) spread over 2015–2025 (denser in recent years),
 * between Zipf-weighted actors (synthetic-actors.ts), with tweets and commitments in proportion
 * to calls, grouped into articles of about 50 facts in date order. The same seed and scale give
 * the same documents, byte for byte.
 *
 * Run `npm run bench:generate -- --scale S` to load a scale into a throwaway Neo4j and report the
 * writer's rate (bench/load-graph.ts).
 *
 * @example
 *   const graph = generateGraph({ calls: 500, seed: 1 });
 *   for (const facts of graph.documents()) await writeFacts(store, facts);
 */
import { articleId, callId, commitmentId, tweetId } from '../src/facts/fact-ids.js';
import type { Actor, Call, Commitment, FactsDocument, Medium, Tweet } from '../src/facts/facts-document.js';
import { createRandom, zipfWeights, type Random } from './random.js';
import { syntheticActors, type Cast } from './synthetic-actors.js';

export const scales = { XS: 500, S: 10_000, M: 200_000, L: 1_000_000 } as const;
export type Scale = keyof typeof scales;

export interface GenerateOptions {
  calls: number;
  seed: number;
  /** Facts per article (calls + tweets + commitments); the last article of a run may hold fewer. */
  factsPerArticle?: number;
  tweetsPerCall?: number;
  commitmentsPerCall?: number;
}

export interface SyntheticGraph {
  cast: Cast;
  /** The articles, generated lazily in date order (L does not fit comfortably in memory at once). */
  documents(): Generator<FactsDocument>;
}

const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 4018; // 2015-01-01 … 2025-12-31
const MEDIA: Medium[] = ['phone', 'video', 'in_person', 'unspecified'];
const MEDIUM_WEIGHTS = [60, 20, 15, 5];
const TOPICS = ('ukraine|gaza|sanctions|energy|trade|climate|security|migration|nuclear programme|grain exports|' +
  'air defence|humanitarian aid|ceasefire|reconstruction|nato|eu accession|debt relief|vaccines|critical minerals|' +
  'semiconductors|red sea shipping|hostages|elections|counter-terrorism|cyber security|food security|' +
  'arms control|tariffs|investment|infrastructure|water|refugees|peace talks|prisoner exchange|oil prices|' +
  'gas transit|space|artificial intelligence|fisheries|border dispute').split('|');
const COMMITMENT_KINDS = ['sanctions', 'military_aid', 'humanitarian_aid', 'economic_aid', 'security_assistance', 'diplomatic_support'];
const RULE = 'bench.synthetic';

export function generateGraph(options: GenerateOptions): SyntheticGraph {
  const { calls, seed } = options;
  if (!Number.isInteger(calls) || calls < 1) throw new Error(`generateGraph: calls must be a positive integer, got ${JSON.stringify(calls)}`);
  const factsPerArticle = options.factsPerArticle ?? 50;
  const tweetsPerCall = options.tweetsPerCall ?? 0.5;
  const commitmentsPerCall = options.commitmentsPerCall ?? 0.15;
  const cast = syntheticActors(createRandom(seed));
  return {
    cast,
    *documents() {
      const rng = createRandom(seed ^ 0x5eed);
      const draw = drawers(rng, cast);
      const seen = new Set<string>();
      let article = new ArticleBuilder(seed, 0);
      for (let k = 0; k < calls; k++) {
        const date = dayOf(k, calls, rng);
        const call = draw.call(date, article.key, seen);
        if (!call) continue;
        article.addCall(call);
        for (let n = poisson(rng, tweetsPerCall); n > 0; n--) article.addTweet(draw.tweet(call, seen));
        if (rng.chance(commitmentsPerCall)) article.addCommitment(draw.commitment(call, seen));
        if (article.facts >= factsPerArticle) {
          yield article.build(cast);
          article = new ArticleBuilder(seed, article.index + 1);
        }
      }
      if (article.facts > 0) yield article.build(cast);
    },
  };
}

/** Day of the k-th call: monotonic in k, denser towards the end (u^0.8 spreads later days thinner). */
function dayOf(k: number, total: number, rng: Random): string {
  const u = Math.min(1, (k + rng.next()) / total);
  const day = Math.min(DAYS - 1, Math.floor(DAYS * Math.pow(u, 0.8)));
  return new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
}

function poisson(rng: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let n = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) n++;
  return n;
}

/** The seeded draws of one run: who calls whom, about what, and what follows from it. */
function drawers(rng: Random, cast: Cast) {
  const actor = rng.weighted(cast.weights);
  const medium = rng.weighted(MEDIUM_WEIGHTS);
  const topic = rng.weighted(zipfWeights(TOPICS.length, 0.9));
  const byId = new Map(cast.actors.map((a) => [a.id, a]));
  const name = (id: string) => byId.get(id)!.name;
  return {
    /** A call between 2 (85%), 3 or 4 actors of different countries; null when no fresh key is found. */
    call(date: string, articleKey: string, seen: Set<string>): Call | null {
      for (let attempt = 0; attempt < 20; attempt++) {
        const size = rng.chance(0.85) ? 2 : 3 + rng.int(2);
        const ids: string[] = [];
        const countries = new Set<string | null>();
        while (ids.length < size) {
          const a = cast.actors[actor()];
          if (countries.has(a.country)) continue;
          countries.add(a.country);
          ids.push(a.id);
        }
        const id = callId(ids, date, articleKey);
        if (seen.has(id)) continue;
        seen.add(id);
        const topics = [...new Set(Array.from({ length: 1 + rng.int(3) }, () => TOPICS[topic()]))];
        const quote = `${name(ids[0])} held a call with ${ids.slice(1).map(name).join(' and ')} on ${date} about ${topics.join(', ')}.`;
        return { id, date, medium: MEDIA[medium()], participants: ids, topics, evidence: [evidence(quote)] };
      }
      return null;
    },
    tweet(call: Call, seen: Set<string>): Tweet | null {
      const author = rng.pick(call.participants);
      const other = call.participants.find((p) => p !== author)!;
      const tag = call.topics[0] ?? 'diplomacy';
      const text = `Good call with ${name(other)} today (${call.date}) on ${tag}. #${tag.replace(/[^a-z0-9]/g, '')}`;
      const id = tweetId(author, text);
      if (seen.has(id)) return null;
      seen.add(id);
      return {
        id, author, text, date: call.date, platform: 'x', mentions: [name(other)], hashtags: [tag], about: call.id, evidence: [evidence(text)],
      };
    },
    commitment(call: Call, seen: Set<string>): Commitment | null {
      const by = rng.pick(call.participants);
      const other = byId.get(call.participants.find((p) => p !== by)!)!;
      const kind = rng.pick(COMMITMENT_KINDS);
      const target = kind === 'sanctions' ? other.country : null;
      const beneficiary = kind === 'sanctions' ? null : other.country;
      const parts = { by, byCountry: byId.get(by)!.country, kind, target, beneficiary, date: call.date };
      const id = commitmentId(parts);
      if (seen.has(id)) return null;
      seen.add(id);
      const quote = `${name(by)} pledged ${kind.replace('_', ' ')} ${target ? 'against' : 'for'} ${other.country}.`;
      return { id, ...parts, quote, evidence: [evidence(quote)] };
    },
  };
}

/** Offsets are filled in by ArticleBuilder, which lays the quotes end to end as the article body. */
function evidence(quote: string) {
  return { quote, start: 0, end: quote.length, rule: RULE };
}

class ArticleBuilder {
  readonly key: string;
  private readonly calls: Call[] = [];
  private readonly tweets: Tweet[] = [];
  private readonly commitments: Commitment[] = [];
  private offset = 0;

  constructor(seed: number, readonly index: number) {
    this.key = articleId(`diplograph bench seed ${seed} article ${index}`);
  }

  get facts(): number {
    return this.calls.length + this.tweets.length + this.commitments.length;
  }

  addCall(call: Call) {
    this.calls.push(this.place(call));
  }

  addTweet(tweet: Tweet | null) {
    if (tweet) this.tweets.push(this.place(tweet));
  }

  addCommitment(commitment: Commitment | null) {
    if (commitment) this.commitments.push(this.place(commitment));
  }

  build(cast: Cast): FactsDocument {
    const ids = new Set([...this.calls.flatMap((c) => c.participants), ...this.tweets.map((t) => t.author), ...this.commitments.map((m) => m.by!)]);
    const actors: Actor[] = cast.actors.filter((a) => ids.has(a.id));
    const codes = new Set(actors.map((a) => a.country));
    const last = this.calls.at(-1)?.date ?? null;
    return {
      source: { id: this.key, publishedOn: last, title: `Synthetic readouts #${this.index}`, extractorVersion: 'bench' },
      actors,
      countries: cast.countries.filter((c) => codes.has(c.code)),
      calls: this.calls,
      tweets: this.tweets,
      commitments: this.commitments,
      incidents: [],
    };
  }

  /** Gives the fact's evidence its place in the imaginary article body, one sentence per fact. */
  private place<F extends { evidence: Array<{ start: number; end: number; quote: string; sentence?: number }> }>(fact: F): F {
    const sentence = this.facts;
    fact.evidence = fact.evidence.map((e) => {
      const start = this.offset;
      this.offset += e.quote.length + 1;
      return { ...e, start, end: start + e.quote.length, sentence };
    });
    return fact;
  }
}
