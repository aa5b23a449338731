/**
 * Suggestions for the search box from the API's full-text `search`, one per thing to open: a
 * post or a commitment stands for its author, so several by one actor become one suggestion.
 */
import { graphql } from '../gql/gql.js';
import type { SearchQuery } from '../gql/graphql.js';
import { execute } from './graphql-client.js';

/** One suggestion of the search box. */
export interface Suggestion {
  kind: 'actor' | 'country' | 'topic' | 'call' | 'other';
  /** Actor id, country code, topic name or call id. */
  key: string;
  label: string;
  detail: string;
}

const Search = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      score
      snippet
      node {
        __typename
        ... on Leader { id name country { ...CountryRef } }
        ... on Official { id name country { ...CountryRef } }
        ... on Institution { id name country { ...CountryRef } }
        ... on Country { code name }
        ... on Topic { name }
        ... on Call { id date participants { name } }
        ... on Tweet { author { id name } }
        ... on Commitment { kind maker { id name } }
      }
    }
  }
`);

type Hit = SearchQuery['search'][number]['node'];

export async function searchSuggestions(text: string, first = 10): Promise<Suggestion[]> {
  if (!text.trim()) return [];
  const data = await execute(Search, { text, first });
  const seen = new Set<string>();
  return data.search
    .map((hit) => toSuggestion(hit.node, hit.snippet))
    .filter((s) => s.kind !== 'other' && !seen.has(`${s.kind}:${s.key}`) && seen.add(`${s.kind}:${s.key}`));
}

/** Turns one search hit into what the box lists: actors draw a network, countries a timeline,
 * topics and calls open in the side panel, posts and commitments draw their author's network. */
function toSuggestion(node: Hit, snippet: string | null | undefined): Suggestion {
  const quoted = snippet ? `“${snippet.length > 60 ? `${snippet.slice(0, 57)}…` : snippet}”` : '';
  switch (node.__typename) {
    case 'Leader':
    case 'Official':
    case 'Institution':
      return { kind: 'actor', key: node.id, label: node.name, detail: [node.__typename, node.country?.name].filter(Boolean).join(' · ') };
    case 'Country':
      return { kind: 'country', key: node.code, label: node.name, detail: `Country · ${node.code}` };
    case 'Topic':
      return { kind: 'topic', key: node.name, label: node.name, detail: 'Topic' };
    case 'Call':
      return { kind: 'call', key: node.id, label: node.participants.map((p) => p.name).join(' – ') || 'Call', detail: `Call · ${node.date ?? 'undated'}` };
    case 'Tweet':
    case 'Commitment': {
      const who = node.__typename === 'Tweet' ? node.author : node.maker;
      return who
        ? { kind: 'actor', key: who.id, label: who.name, detail: `${node.__typename} ${quoted}` }
        : { kind: 'other', key: '', label: quoted || node.__typename, detail: node.__typename };
    }
    default: {
      // A kind of hit added to the API after this page was built.
      const { __typename } = node as { __typename: string };
      return { kind: 'other', key: '', label: quoted || __typename, detail: __typename };
    }
  }
}
