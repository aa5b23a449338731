/**
 * "New contacts, live": a card under the page that lists each call the service adds while the
 * page is open (newest first, the last twenty), through the `contactAdded` subscription; each
 * one opens the network of its first participant. Its status line says whether it is live, and
 * why not when the service refuses (no live updates, or a token needed).
 */
import { watchContacts, type LiveState, type NewContact } from '../api/contact-added-subscription.js';
import { countryColour } from '../graph/country-colour.js';
import { fill, h } from './dom.js';
import { mediumLabel } from './side-panel.js';
import './live-feed.css';

const KEEP = 20;

const STATES: Record<LiveState, string> = {
  connecting: 'Connecting…',
  live: 'Live: new contacts appear here as articles are ingested.',
  reconnecting: 'Connection lost; reconnecting…',
  unavailable: 'No live updates',
};

export function liveFeed(openActor: (id: string, name: string) => void): HTMLElement {
  const status = h('p', { id: 'live-status', class: 'muted', 'data-state': 'connecting' }, STATES.connecting);
  const list = h('ol', { id: 'live-contacts', class: 'start-list' });
  const el = h('section', { id: 'live-feed', class: 'card live-feed', 'aria-label': 'New contacts, live', 'aria-live': 'polite' }, h('h2', {}, 'New contacts'), status, list);

  const item = (c: NewContact) => {
    const first = c.participants[0];
    return h('li', {},
      h('button', { type: 'button', class: 'start-item', 'data-id': c.id, disabled: !first, onclick: () => first && openActor(first.id, first.name) },
        h('span', { class: 'date' }, c.date ?? 'undated'),
        c.participants.map((p) => h('span', { class: 'dot', style: `background:${countryColour(p.country?.code)}` })),
        h('span', { class: 'name' }, c.participants.map((p) => p.name).join(' — ')),
        h('span', { class: 'muted' }, mediumLabel(c.medium))));
  };

  watchContacts({
    contact(c) {
      list.prepend(item(c));
      while (list.children.length > KEEP) list.lastElementChild!.remove();
    },
    state(state, detail) {
      status.setAttribute('data-state', state);
      fill(status, detail ? `${STATES[state]}: ${detail}` : STATES[state]);
    },
  });
  return el;
}
