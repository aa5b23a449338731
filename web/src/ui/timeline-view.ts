/**
 * Contacts per period for an actor or a pair (actor ids or country codes), as bars and as a
 * table that exports CSV. Periods without contacts between the first and the last are shown as
 * zero, so gaps in contact stay visible. Bars are plain SVG: one rect per period, no charting library needed.
 */
import { fetchDyad, type Interval } from '../api/dyad-query.js';
import type { DyadBucket } from '../api/types.js';
import { fillPeriods } from '../api/period-start.js';
import { downloadCsv } from './download-csv.js';
import { toCsv } from './to-csv.js';
import { fill, h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

export function timelineView(): { el: HTMLElement; show(a: string, b?: string): void } {
  const a = h('input', { id: 'dyad-a', placeholder: 'actor id or country code, e.g. volodymyr-zelenskyy or UA', 'aria-label': 'First actor or country', required: true });
  const b = h('input', { id: 'dyad-b', placeholder: 'second actor or country (optional)', 'aria-label': 'Second actor or country' });
  const interval = h('select', { id: 'dyad-interval', 'aria-label': 'Interval' }, ['MONTH', 'WEEK', 'YEAR'].map((v) => h('option', { value: v }, v.toLowerCase())));
  const from = h('input', { type: 'date', id: 'dyad-from', 'aria-label': 'From' });
  const to = h('input', { type: 'date', id: 'dyad-to', 'aria-label': 'To' });
  const out = h('div', { id: 'timeline', class: 'timeline' });

  const run = async () => {
    if (!a.value.trim()) return;
    fill(out, h('p', { class: 'muted' }, 'Loading…'));
    try {
      const step = interval.value as Interval;
      const buckets = await fetchDyad({ a: a.value.trim(), b: b.value.trim() || undefined, interval: step, from: from.value || undefined, to: to.value || undefined });
      fill(out, render(fillPeriods(buckets, step), [a.value, b.value].filter(Boolean).join('-')));
    } catch (err) {
      fill(out, h('p', { class: 'error', role: 'alert' }, (err as Error).message));
    }
  };
  const form = h('form', { class: 'controls', onsubmit: (e: Event) => (e.preventDefault(), void run()) },
    a, b, interval, h('label', {}, 'from ', from), h('label', {}, 'to ', to), h('button', { type: 'submit' }, 'Show'));

  return {
    el: h('section', { id: 'timeline-view', class: 'view' }, h('h2', {}, 'Contacts over time'), form, out),
    show(x, y) {
      a.value = x;
      b.value = y ?? '';
      void run();
    },
  };
}

function render(buckets: DyadBucket[], name: string): HTMLElement[] {
  const total = buckets.reduce((sum, x) => sum + x.count, 0);
  const active = buckets.filter((x) => x.count > 0).length;
  const rows = buckets.map((x) => [x.period, x.count]);
  return [
    h('p', {}, `${total} ${total === 1 ? 'contact' : 'contacts'} in ${active} ${active === 1 ? 'period' : 'periods'}`),
    bars(buckets) as unknown as HTMLElement,
    h('button', { type: 'button', onclick: () => downloadCsv(`timeline-${name}.csv`, toCsv(['period', 'contacts'], rows)) }, 'Export CSV'),
    h('table', { id: 'timeline-table' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'period'), h('th', { scope: 'col' }, 'contacts'))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c)))))),
  ];
}

function bars(buckets: DyadBucket[]): SVGSVGElement {
  const width = Math.max(320, buckets.length * 24);
  const height = 160;
  const max = Math.max(1, ...buckets.map((x) => x.count));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height + 20}`);
  svg.setAttribute('class', 'bars');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Contacts per period');
  buckets.forEach((x, i) => {
    const barHeight = (x.count / max) * height;
    const rect = document.createElementNS(SVG, 'rect');
    Object.entries({ x: i * 24 + 4, y: height - barHeight, width: 16, height: barHeight }).forEach(([k, v]) => rect.setAttribute(k, String(v)));
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${x.period}: ${x.count}`;
    rect.append(title);
    svg.append(rect);
    if (buckets.length <= 24 || i % Math.ceil(buckets.length / 24) === 0) {
      const label = document.createElementNS(SVG, 'text');
      Object.entries({ x: i * 24 + 12, y: height + 14, 'text-anchor': 'middle' }).forEach(([k, v]) => label.setAttribute(k, String(v)));
      label.textContent = x.period.slice(2, 7);
      svg.append(label);
    }
  });
  return svg;
}
