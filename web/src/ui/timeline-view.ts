/**
 * Contacts per period for one side or a pair, each side a leader, official, institution or
 * country found by name with the same search as the explorer. Drawn as a bar chart
 * (contacts-chart.ts) and a table that exports CSV; periods without contacts between the first
 * and the last are zeros, so gaps stay visible. When nothing falls on the timeline, the page
 * says why: no call at all, or calls whose date no report gives.
 */
import type { Chart } from 'chart.js';
import { fetchCallTotal } from '../api/call-total-query.js';
import { fetchDyad, type Interval } from '../api/dyad-query.js';
import { fillPeriods } from '../api/period-start.js';
import { searchSuggestions } from '../api/search-query.js';
import type { DyadBucket } from '../api/dyad-query.js';
import type { Suggestion } from '../api/search-query.js';
import { contactsChart } from './contacts-chart.js';
import { fill, h } from './dom.js';
import { downloadCsv } from './download-csv.js';
import { periodLabel } from './period-label.js';
import { searchBox } from './search-box.js';
import { toCsv } from './to-csv.js';

/** One side of a timeline: an actor id or a country code, and its name. */
export interface Side {
  key: string;
  label: string;
}

const sideKinds = (s: Suggestion) => s.kind === 'actor' || s.kind === 'country';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function timelineView(): { el: HTMLElement; show(a: Side, b?: Side): void } {
  const chosen: [Side | null, Side | null] = [null, null];
  const picker = (i: 0 | 1, id: string, placeholder: string, label: string) =>
    searchBox((s) => ((chosen[i] = { key: s.key, label: s.label }), void run()), {
      id, placeholder, label, accept: sideKinds, onType: () => (chosen[i] = null),
    });
  const a = picker(0, 'dyad-a', 'A leader or country, e.g. Zelenskyy or Ukraine', 'First actor or country');
  const b = picker(1, 'dyad-b', 'and another (optional)', 'Second actor or country');
  const inputOf = (box: HTMLElement) => box.querySelector('input')!;
  const interval = h('select', { id: 'dyad-interval', 'aria-label': 'Interval' }, ['MONTH', 'WEEK', 'YEAR'].map((v) => h('option', { value: v }, `per ${v.toLowerCase()}`)));
  const from = h('input', { type: 'date', id: 'dyad-from', 'aria-label': 'From' });
  const to = h('input', { type: 'date', id: 'dyad-to', 'aria-label': 'To' });
  const out = h('div', { id: 'timeline', class: 'timeline', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Choose a leader, an official or a country — and a second one to see the contacts between the two.'));
  let chart: Chart<'bar'> | null = null;
  let runs = 0;

  /** The side typed in box `i`: the suggestion chosen, else the best match of the text typed; null if empty. */
  const resolve = async (i: 0 | 1, box: HTMLElement): Promise<Side | null | string> => {
    const text = inputOf(box).value.trim();
    if (!text) return null;
    if (chosen[i]) return chosen[i];
    const best = (await searchSuggestions(text)).find(sideKinds);
    if (!best) return `No leader, official, institution or country matches “${text}”. Try a surname or a country’s name.`;
    chosen[i] = { key: best.key, label: best.label };
    inputOf(box).value = best.label;
    return chosen[i];
  };

  const run = async () => {
    const mine = ++runs;
    fill(out, h('p', { class: 'muted' }, 'Loading…'));
    try {
      const [x, y] = await Promise.all([resolve(0, a), resolve(1, b)]);
      const problem = [x, y].find((s): s is string => typeof s === 'string');
      if (problem || !x) {
        fill(out, h('p', { class: 'notice', role: 'status' }, problem ?? 'Choose a leader, an official or a country first.'));
        return;
      }
      const sides = [x, y].filter((s): s is Side => !!s && typeof s !== 'string');
      const step = interval.value as Interval;
      const window = { from: from.value || undefined, to: to.value || undefined };
      const buckets = await fetchDyad({ a: sides[0].key, b: sides[1]?.key, interval: step, ...window });
      if (mine !== runs) return;
      chart?.destroy();
      chart = null;
      if (buckets.length === 0) {
        fill(out, await explainEmpty(sides, window));
        return;
      }
      const canvas = h('canvas', { id: 'timeline-chart', role: 'img', 'aria-label': `Contacts per ${step.toLowerCase()}` });
      const filled = fillPeriods(buckets, step);
      fill(out, render(filled, sides, step, canvas));
      chart = contactsChart(canvas, filled, step);
    } catch (err) {
      fill(out, h('p', { class: 'error', role: 'alert' }, (err as Error).message));
    }
  };
  const form = h('form', { class: 'controls', onsubmit: (e: Event) => (e.preventDefault(), void run()) },
    a, b, interval, h('label', {}, 'from ', from), h('label', {}, 'to ', to), h('button', { type: 'submit' }, 'Show'));
  interval.addEventListener('change', () => chosen[0] && void run());

  return {
    el: h('section', { id: 'timeline-view', class: 'view' }, h('h2', {}, 'Contacts over time'), form, out),
    show(x, y) {
      chosen[0] = x;
      chosen[1] = y ?? null;
      inputOf(a).value = x.label;
      inputOf(b).value = y?.label ?? '';
      void run();
    },
  };
}

function render(buckets: DyadBucket[], sides: Side[], step: Interval, canvas: HTMLCanvasElement): HTMLElement[] {
  const total = buckets.reduce((sum, x) => sum + x.count, 0);
  const active = buckets.filter((x) => x.count > 0);
  const who = sides.length === 2 ? `${sides[0].label} and ${sides[1].label}` : sides[0].label;
  const span = active.length > 1 ? `, from ${periodLabel(active[0].period, step, true)} to ${periodLabel(active[active.length - 1].period, step, true)}` : '';
  const rows = buckets.map((x) => [x.period, x.count]);
  const name = sides.map((s) => s.key).join('-');
  return [
    h('p', { class: 'timeline-summary' }, `${who}: ${plural(total, 'dated contact')} in ${plural(active.length, step.toLowerCase())}${span}.`),
    h('div', { class: 'chart-box' }, canvas),
    h('details', { class: 'table-view' },
      h('summary', {}, `Table (${plural(rows.length, 'period')})`),
      h('button', { type: 'button', onclick: () => downloadCsv(`timeline-${name}.csv`, toCsv(['period', 'contacts'], rows)) }, 'Export CSV'),
      h('table', { id: 'timeline-table' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'period'), h('th', { scope: 'col' }, 'contacts'))),
        h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))))),
  ];
}

/** Why the timeline is empty: no call at all (in the window), or only calls no report dates. */
async function explainEmpty(sides: Side[], window: { from?: string; to?: string }): Promise<HTMLElement> {
  const who = sides.length === 2 ? `${sides[0].label} and ${sides[1].label}` : sides[0].label;
  const inWindow = window.from || window.to ? ` between ${window.from ?? 'the start'} and ${window.to ?? 'today'}` : '';
  const total = await fetchCallTotal(sides[0].key, sides[1]?.key);
  let text: string;
  if (total === 0) {
    text = sides.length === 2
      ? `No call between ${who} is recorded. Open the explorer to see whom each of them spoke with.`
      : `No call of ${who} is recorded yet.`;
  } else if (total !== null && !inWindow) {
    text = `${who} ${sides.length === 2 ? 'share' : 'took part in'} ${plural(total, 'call')}, but no report gives ${total === 1 ? 'its date' : 'their dates'}, so nothing can be placed on a timeline.`;
  } else {
    text = `No dated contact of ${who}${inWindow}.${total ? ` In all, ${plural(total, 'call')} ${total === 1 ? 'is' : 'are'} recorded: widen the dates.` : ''}`;
  }
  return h('p', { class: 'notice', id: 'timeline-empty', role: 'status' }, text);
}
