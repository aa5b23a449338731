/**
 * The side panel: for an edge, the calls between the two (date, medium, topics), their tweets
 * and the commitments between them; for a node, the actor's latest calls, tweets and
 * commitments. Every fact shows the quote it was read from and links to its article.
 */
import type { ActorDetail, PairDetail } from '../api/detail-query.js';
import type { CallDetail, CommitmentDetail, SourceRef, TweetDetail } from '../api/fragments.js';
import { h, safeUrl } from './dom.js';

const MEDIUM: Record<string, string> = { PHONE: 'phone call', VIDEO: 'video call', IN_PERSON: 'meeting', UNSPECIFIED: 'contact (medium not stated)' };

/** How a call took place, in words. */
export const mediumLabel = (medium: string) => MEDIUM[medium] ?? medium.toLowerCase();

export function pairPanel(pair: PairDetail): HTMLElement {
  return h('article', { class: 'panel-body', 'data-testid': 'pair-panel' },
    h('h2', {}, `${pair.a.name} — ${pair.b.name}`),
    h('p', { class: 'muted' }, `${pair.calls.length} shared ${pair.calls.length === 1 ? 'call' : 'calls'}`),
    section('Calls', pair.calls.map((c) => callItem(c))),
    section('Tweets', pair.calls.flatMap((c) => c.tweets ?? []).map(tweetItem)),
    section('Commitments', pair.commitments.map(commitmentItem)));
}

export function actorPanel(actor: ActorDetail): HTMLElement {
  return h('article', { class: 'panel-body', 'data-testid': 'actor-panel' },
    h('h2', {}, actor.name),
    h('p', { class: 'muted' }, [actor.title, actor.country?.name].filter(Boolean).join(', ') || 'No title or country recorded'),
    h('p', {}, `${actor.callCount} ${actor.callCount === 1 ? 'call' : 'calls'} in range`),
    section('Calls', actor.calls.map((c) => callItem(c, actor.id))),
    section('Tweets', actor.tweets.map(tweetItem)),
    section('Commitments', actor.commitments.map(commitmentItem)));
}

export function topicPanel(topic: { name: string; calls: CallDetail[] }): HTMLElement {
  return h('article', { class: 'panel-body', 'data-testid': 'topic-panel' },
    h('h2', {}, `Topic: ${topic.name}`),
    section('Calls', topic.calls.map((c) => callItem(c, ''))));
}

export function callPanel(call: CallDetail): HTMLElement {
  return h('article', { class: 'panel-body', 'data-testid': 'call-panel' },
    h('h2', {}, call.participants.map((p) => p.name).join(' – ')),
    h('ul', { class: 'facts' }, callItem(call)),
    section('Tweets', (call.tweets ?? []).map(tweetItem)));
}

function section(title: string, items: HTMLElement[]): HTMLElement {
  return h('section', {},
    h('h3', {}, `${title} (${items.length})`),
    items.length ? h('ul', { class: 'facts' }, items) : h('p', { class: 'muted' }, 'None recorded.'));
}

function callItem(call: CallDetail, except?: string): HTMLElement {
  const others = call.participants.filter((p) => p.id !== except).map((p) => p.name).join(', ');
  return h('li', { class: 'fact call' },
    h('div', { class: 'fact-head' },
      h('time', { datetime: call.date ?? '' }, call.date ?? 'undated'), ' · ', mediumLabel(call.medium),
      except !== undefined ? ` · ${others}` : ''),
    call.topics.length ? h('div', { class: 'topics' }, call.topics.map((t) => h('span', { class: 'topic' }, t))) : null,
    call.sources.map(sourceQuote));
}

function tweetItem(tweet: TweetDetail): HTMLElement {
  return h('li', { class: 'fact tweet' },
    h('div', { class: 'fact-head' }, tweet.author?.name ?? 'unknown author', tweet.postedOn ? ` · ${tweet.postedOn}` : ''),
    h('p', { class: 'tweet-text' }, tweet.text),
    tweet.sources.map(sourceQuote));
}

function commitmentItem(c: CommitmentDetail): HTMLElement {
  const towards = c.target ? ` against ${c.target.name}` : c.beneficiary ? ` for ${c.beneficiary.name}` : '';
  return h('li', { class: 'fact commitment' },
    h('div', { class: 'fact-head' }, `${c.maker?.name ?? 'unknown'}: ${c.kind.replace(/_/g, ' ')}${towards}`, c.date ? ` · ${c.date}` : ''),
    c.sources.length ? c.sources.map(sourceQuote) : h('blockquote', { class: 'quote' }, c.quote));
}

/** The words the fact was read from, and a link to the article that printed them. */
function sourceQuote(s: SourceRef): HTMLElement {
  const url = safeUrl(s.article.url);
  const label = s.article.title ?? s.article.url ?? 'source article';
  return h('figure', { class: 'source' },
    h('blockquote', { class: 'quote', title: s.rule ? `rule ${s.rule}` : undefined }, s.quote),
    h('figcaption', {}, url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label) : label,
      s.article.publishedOn ? ` · ${s.article.publishedOn}` : ''));
}
