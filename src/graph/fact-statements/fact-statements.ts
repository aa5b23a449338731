/**
 * The statements that write facts documents, in the order they run, one module each (its Cypher,
 * its rows, its batch rule side by side). Order matters: the article first (the others MATCH it),
 * countries and actors before the facts that link them, calls and incidents before the tweets
 * about them, `articleWritten` last. MERGE always goes through a node key
 * (schema/constraints.cypher); docs/graph-model.md describes the model these statements build.
 *
 * To add a statement to the article write: create `<name>-statement.ts` here with
 * `factStatement({ name, cypher, rows, combine? })` and put it in this list where it must run.
 */
import { actorOfficesStatement } from './actor-offices-statement.js';
import { actorsStatement } from './actors-statement.js';
import { articleStatement } from './article-statement.js';
import { articleWrittenStatement } from './article-written-statement.js';
import { callsStatement } from './calls-statement.js';
import { commitmentsStatement } from './commitments-statement.js';
import { countriesStatement } from './countries-statement.js';
import { incidentsStatement } from './incidents-statement.js';
import { institutionCountriesStatement } from './institution-countries-statement.js';
import { tweetMentionsByHandleStatement } from './tweet-mentions-by-handle-statement.js';
import { tweetsStatement } from './tweets-statement.js';

export const FACT_STATEMENTS = [
  articleStatement,
  countriesStatement,
  actorsStatement,
  actorOfficesStatement,
  institutionCountriesStatement,
  callsStatement,
  incidentsStatement,
  commitmentsStatement,
  tweetsStatement,
  tweetMentionsByHandleStatement,
  articleWrittenStatement,
] as const;

export type FactStatementName = (typeof FACT_STATEMENTS)[number]['name'];
