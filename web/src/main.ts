/**
 * The page: four views behind hash routes — `#/` explorer (with a start page), `#/timeline`,
 * `#/countries`, `#/ingest` — built once and shown one at a time, so the drawn network survives
 * a trip to another view.
 */
import './style.css';
import { h } from './ui/dom.js';
import { countriesView } from './ui/countries-view.js';
import { explorerView } from './ui/explorer-view.js';
import { ingestView } from './ui/ingest-view.js';
import { liveFeed } from './ui/live-feed.js';
import { timelineView, type Side } from './ui/timeline-view.js';

const ROUTES = [
  { hash: '#/', label: 'Explorer' },
  { hash: '#/timeline', label: 'Timeline' },
  { hash: '#/countries', label: 'Countries' },
  { hash: '#/ingest', label: 'Ingest' },
] as const;

const timeline = timelineView();
const openTimeline = (a: Side, b?: Side) => {
  location.hash = '#/timeline';
  timeline.show(a, b);
};
const explorer = explorerView({ timeline: openTimeline });
const countries = countriesView({ timeline: openTimeline });
const ingest = ingestView((id, name) => {
  location.hash = '#/';
  explorer.open(id, name);
});
const views: Record<string, HTMLElement> = { '#/': explorer.el, '#/timeline': timeline.el, '#/countries': countries.el, '#/ingest': ingest };

const nav = h('nav', { 'aria-label': 'Views' }, ROUTES.map((r) => h('a', { href: r.hash }, r.label)));
const main = h('main', {}, Object.values(views));
document.getElementById('app')!.append(h('header', {}, h('h1', {}, 'diplograph'), nav), main);
document.getElementById('app')!.append(liveFeed((id, name) => ((location.hash = '#/'), explorer.open(id, name))));

function route(): void {
  const current = views[location.hash] ? location.hash : '#/';
  for (const [hash, el] of Object.entries(views)) el.hidden = hash !== current;
  for (const a of nav.querySelectorAll('a')) a.setAttribute('aria-current', String(a.getAttribute('href') === current));
  if (current === '#/countries') countries.load();
}
window.addEventListener('hashchange', route);
route();

/** Read-only hooks for the end-to-end tests: where a node is drawn, to click it on the canvas, and which labels are drawn where. */
Object.assign(window, { diplograph: { nodePosition: (id: string) => explorer.view.viewportPosition(id), drawnLabels: () => explorer.view.drawnLabels() } });
