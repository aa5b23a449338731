/**
 * What the explorer shows before anything is searched: the leaders with the most calls and the
 * latest calls in the graph, each one click away from its network. Loaded once, when first shown.
 */
import { fetchOverview, type LatestCall } from '../api/overview-query.js';
import { countryColour } from '../graph/country-colour.js';
import { fill, h } from './dom.js';
import { mediumLabel } from './side-panel.js';

export interface LandingLinks {
  /** Draws the network around an actor. */
  openActor(id: string, name: string): void;
  /** Draws the network around the first participant and opens the call's pair. */
  openCall(call: LatestCall): void;
}

const dot = (code: string | undefined) => h('span', { class: 'dot', style: `background:${countryColour(code)}` });

export function landingPanel(links: LandingLinks): { el: HTMLElement; load(): Promise<void> } {
  const leaders = h('ol', { id: 'active-leaders', class: 'start-list' }, h('li', { class: 'muted' }, 'Loading…'));
  const calls = h('ol', { id: 'latest-calls', class: 'start-list' }, h('li', { class: 'muted' }, 'Loading…'));
  const el = h('section', { id: 'landing', class: 'landing', 'aria-label': 'Where to start' },
    h('div', { class: 'card' }, h('h2', {}, 'Most active leaders'), h('p', { class: 'muted' }, 'By calls recorded. Open one to see whom they spoke with.'), leaders),
    h('div', { class: 'card' }, h('h2', {}, 'Latest contacts'), h('p', { class: 'muted' }, 'The newest calls and meetings in the graph.'), calls),
    h('p', { class: 'start-more' }, 'Or see ', h('a', { href: '#/countries' }, 'which countries talk to which'), ', or follow a pair on the ', h('a', { href: '#/timeline' }, 'timeline'), '.'));
  let loaded: Promise<void> | null = null;

  const load = async () => {
    const overview = await fetchOverview();
    fill(leaders, overview.leaders.length
      ? overview.leaders.map(({ actor, callCount, lastContact }) => h('li', {},
        h('button', { type: 'button', class: 'start-item', 'data-id': actor.id, onclick: () => links.openActor(actor.id, actor.name) },
          dot(actor.country?.code), h('span', { class: 'name' }, actor.name),
          h('span', { class: 'muted' }, [actor.country?.name, `${callCount} ${callCount === 1 ? 'call' : 'calls'}`, lastContact && `latest ${lastContact}`].filter(Boolean).join(' · ')))))
      : h('li', { class: 'muted' }, 'No calls recorded yet: ingest an article to begin.'));
    fill(calls, overview.calls.length
      ? overview.calls.map((call) => h('li', {},
        h('button', { type: 'button', class: 'start-item', 'data-id': call.id, onclick: () => links.openCall(call) },
          h('span', { class: 'date' }, call.date ?? 'undated'),
          h('span', { class: 'name' }, call.participants.map((p) => p.name).join(' — ')),
          h('span', { class: 'muted' }, mediumLabel(call.medium)))))
      : h('li', { class: 'muted' }, 'No calls recorded yet.'));
  };
  return {
    el,
    load: () => (loaded ??= load().catch((err: Error) => {
      loaded = null;
      fill(leaders, h('li', { class: 'error', role: 'alert' }, err.message));
    })),
  };
}
