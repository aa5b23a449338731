/**
 * The explorer: search → contact network (depth, date range) → side panel on click. Beside the
 * WebGL drawing, the neighbours are listed as buttons, so every edge can also be opened from the
 * keyboard or a screen reader, and the network can be read as a table and exported as CSV.
 */
import { fetchActorDetail, fetchCall, fetchPairDetail, fetchTopic } from '../api/detail-query.js';
import { fetchNetwork } from '../api/network-query.js';
import type { ContactNetwork } from '../api/network-query.js';
import type { Suggestion } from '../api/search-query.js';
import { countryColour } from '../graph/country-colour.js';
import { NetworkView } from '../graph/draw-network.js';
import { downloadCsv } from './download-csv.js';
import { toCsv } from './to-csv.js';
import { fill, h } from './dom.js';
import { landingPanel } from './landing-panel.js';
import { searchBox } from './search-box.js';
import { actorPanel, callPanel, pairPanel, topicPanel } from './side-panel.js';
import type { Side } from './timeline-view.js';

const hint = () => h('p', { class: 'muted' }, 'Click a node or an edge to see the calls, tweets and commitments behind it.');

/** The API's ceiling for `contactNetwork(limit)`. */
const NETWORK_LIMIT = 1000;

export interface ExplorerLinks {
  /** Opens the timeline for an actor, a country or a pair. */
  timeline(a: Side, b?: Side): void;
}

export interface Explorer {
  el: HTMLElement;
  view: NetworkView;
  /** Draws the network around an actor, as if chosen in the search box. */
  open(id: string, name: string): void;
}

/** The status line: what is drawn, in words, and what to do when nothing is. */
function describe(name: string, net: ContactNetwork, window: { from?: string; to?: string }): string {
  const inWindow = window.from || window.to ? ` between ${window.from ?? 'the start'} and ${window.to ?? 'today'}` : '';
  if (net.edges.length === 0) return `${name}: no recorded contacts${inWindow}.${inWindow ? ' Widen the dates to see more.' : ''}`;
  const others = net.nodes.length - 1;
  return `${name}: ${others} ${others === 1 ? 'actor' : 'actors'} in reach, ${net.edges.length} ${net.edges.length === 1 ? 'contact' : 'contacts'}${inWindow}${net.truncated ? ' (the nearest 1,000 actors shown)' : ''}.`;
}

export function explorerView(links: ExplorerLinks): Explorer {
  const depth = h('select', { id: 'depth', 'aria-label': 'Depth' }, h('option', { value: '1' }, 'depth 1'), h('option', { value: '2' }, 'depth 2'));
  const from = h('input', { type: 'date', id: 'from', 'aria-label': 'From' });
  const to = h('input', { type: 'date', id: 'to', 'aria-label': 'To' });
  const status = h('p', { id: 'network-status', class: 'status', 'aria-live': 'polite' }, 'Search a leader to draw the contacts around them.');
  const canvas = h('div', { id: 'network', class: 'network', 'aria-label': 'Contact network drawing' });
  const neighbours = h('ol', { id: 'neighbours', class: 'neighbours', 'aria-label': 'Neighbours' });
  const legend = h('ul', { id: 'legend', class: 'legend', 'aria-label': 'Countries' });
  const panel = h('aside', { id: 'panel', class: 'panel', 'aria-live': 'polite' }, hint());
  const tableBox = h('details', { class: 'table-view' });

  let center: { id: string; name: string } | null = null;
  /** Names of the drawn network's actors, for the timeline's sides. */
  let names = new Map<string, string>();
  const side = (id: string): Side => ({ key: id, label: names.get(id) ?? id });
  const range = () => ({ from: from.value || undefined, to: to.value || undefined });

  const openPair = async (a: string, b: string) => {
    view.select({ source: a, target: b });
    fill(panel, h('p', { class: 'muted' }, 'Loading…'));
    const pair = await fetchPairDetail(a, b, range());
    fill(panel, pair ? [pairPanel(pair), h('button', { type: 'button', onclick: () => links.timeline(side(a), side(b)) }, 'Timeline of this pair')] : h('p', {}, 'Not found.'));
  };
  const openNode = async (id: string) => {
    view.select({ node: id });
    fill(panel, h('p', { class: 'muted' }, 'Loading…'));
    const actor = await fetchActorDetail(id, range());
    fill(panel, actor ? [actorPanel(actor), h('button', { type: 'button', onclick: () => links.timeline(side(id)) }, 'Timeline of this actor')] : h('p', {}, 'Not found.'));
  };
  // On a narrow screen the panel sits below the drawing: bring it into view once it is filled.
  const reveal = () => panel.getBoundingClientRect().top > innerHeight && panel.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const report = (p: Promise<void>) => p.then(reveal, (err: Error) => fill(panel, h('p', { class: 'error', role: 'alert' }, err.message)));

  const view = new NetworkView(canvas, {
    onNode: (id) => void report(openNode(id)),
    // The API orders an edge's ends by id; the panel names the centre first.
    onEdge: (a, b) => void report(b === center?.id ? openPair(b, a) : openPair(a, b)),
  });

  let drawing = 0;
  const draw = async () => {
    if (!center) return;
    const { id, name } = center;
    const mine = ++drawing;
    const started = performance.now();
    showLanding(false);
    status.textContent = `Loading the contacts of ${name}…`;
    delete status.dataset.center;
    fill(neighbours);
    fill(legend);
    const net = await fetchNetwork({ center: id, depth: Number(depth.value) as 1 | 2, ...range(), limit: NETWORK_LIMIT });
    // A later choice overtook this one while it loaded: its answer is stale.
    if (mine !== drawing) return;
    const fetched = performance.now();
    names = new Map(net.nodes.map((n) => [n.id, n.name]));
    view.show(net, id);
    // Timings are for developers: the browser's performance panel and console, not the status line.
    performance.measure(`diplograph: network of ${id}`, { start: started, end: performance.now() });
    console.debug(`network of ${id}: ${Math.round(performance.now() - started)} ms (${Math.round(fetched - started)} ms fetching)`);
    status.textContent = describe(name, net, range());
    status.dataset.center = id;
    renderLists(id, net);
  };

  const renderLists = (centerId: string, net: ContactNetwork) => {
    const byId = new Map(net.nodes.map((n) => [n.id, n]));
    const direct = net.edges.filter((e) => e.source === centerId || e.target === centerId).sort((x, y) => y.weight - x.weight);
    fill(neighbours, direct.map((e) => {
      const other = byId.get(e.source === centerId ? e.target : e.source);
      if (!other) return null;
      return h('li', {}, h('button', { type: 'button', class: 'neighbour', 'data-id': other.id, onclick: () => void report(openPair(centerId, other.id)) },
        h('span', { class: 'dot', style: `background:${countryColour(other.country?.code)}` }), other.name,
        h('span', { class: 'muted' }, ` ${e.weight} ${e.weight === 1 ? 'call' : 'calls'}`)));
    }));
    const countries = new Map<string, string>();
    for (const n of net.nodes) countries.set(n.country?.code ?? '', n.country?.name ?? 'No country');
    fill(legend, [...countries].sort(([, x], [, y]) => x.localeCompare(y)).map(([code, name]) =>
      h('li', {}, h('span', { class: 'dot', style: `background:${countryColour(code)}` }), name)));
    const rows = net.edges.map((e) => [byId.get(e.source)?.name ?? e.source, byId.get(e.target)?.name ?? e.target, e.weight, e.firstContact, e.lastContact]);
    const header = ['source', 'target', 'contacts', 'first contact', 'last contact'];
    fill(tableBox,
      h('summary', {}, `Table (${rows.length} ${rows.length === 1 ? 'contact' : 'contacts'})`),
      h('button', { type: 'button', onclick: () => downloadCsv(`contacts-${centerId}.csv`, toCsv(header, rows)) }, 'Export CSV'),
      h('table', {}, h('thead', {}, h('tr', {}, header.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows.slice(0, 500).map((r) => h('tr', {}, r.map((c) => h('td', {}, c ?? '')))))));
  };

  const landing = landingPanel({
    openActor: (id, name) => open(id, name),
    openCall: (call) => {
      const [a, b] = call.participants;
      if (!a) return;
      open(a.id, a.name);
      if (b) void waitForDrawing().then(() => report(openPair(a.id, b.id)));
    },
  });
  const body = h('div', { class: 'explorer-body' });
  const showLanding = (on: boolean) => {
    landing.el.hidden = !on;
    body.hidden = on;
    if (on) void landing.load();
  };
  let drawn: Promise<void> = Promise.resolve();
  const waitForDrawing = () => drawn;

  const open = (id: string, name: string) => {
    center = { id, name };
    (el.querySelector('#search') as HTMLInputElement).value = name;
    fill(panel, hint());
    drawn = draw().catch((err: Error) => void (status.textContent = err.message));
  };
  const openFound = async (load: () => Promise<HTMLElement | null>) => {
    fill(panel, h('p', { class: 'muted' }, 'Loading…'));
    fill(panel, (await load()) ?? h('p', {}, 'Not found.'));
  };
  const choose = (s: Suggestion) => {
    if (s.kind === 'country') links.timeline({ key: s.key, label: s.label });
    else if (s.kind === 'actor') open(s.key, s.label);
    else if (s.kind === 'topic') void report(openFound(async () => ((t) => t && topicPanel(t))(await fetchTopic(s.key))));
    else if (s.kind === 'call') void report(openFound(async () => ((c) => c && callPanel(c))(await fetchCall(s.key))));
  };
  for (const control of [depth, from, to]) control.addEventListener('change', () => void draw().catch((err: Error) => (status.textContent = err.message)));

  const startButton = h('button', { type: 'button', class: 'link', id: 'start-page', onclick: () => {
    center = null;
    // A network still loading is no longer wanted.
    drawing++;
    status.textContent = 'Search a leader, or start from one below.';
    delete status.dataset.center;
    showLanding(true);
  } }, 'Start page');
  fill(body,
    h('div', { class: 'graph-column' }, canvas, h('div', { class: 'lists' }, h('div', {}, h('h3', {}, 'Neighbours'), neighbours), h('div', {}, h('h3', {}, 'Countries'), legend)), tableBox),
    panel);
  const el = h('section', { id: 'explorer', class: 'view' },
    h('div', { class: 'controls' }, searchBox(choose), depth, h('label', {}, 'from ', from), h('label', {}, 'to ', to), startButton),
    status, landing.el, body);
  status.textContent = 'Search a leader, or start from one below.';
  showLanding(true);
  return { el, view, open };
}
