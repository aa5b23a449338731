/**
 * Contacts between countries, for analysts who think in states: a matrix of the busiest
 * countries (rows and columns alike, darker = more calls between the two) and the busiest pairs
 * as a list. A cell opens the pair's timeline. Built from `countryContacts`: one request per
 * date range, however many countries.
 */
import { fetchCountryContacts, type CountryContact } from '../api/country-contacts-query.js';
import type { CountryRef } from '../api/fragments.js';
import { fill, h } from './dom.js';
import type { Side } from './timeline-view.js';

export interface CountryLinks {
  timeline(a: Side, b: Side): void;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function countriesView(links: CountryLinks): { el: HTMLElement; load(): void } {
  const from = h('input', { type: 'date', id: 'countries-from', 'aria-label': 'From' });
  const to = h('input', { type: 'date', id: 'countries-to', 'aria-label': 'To' });
  const size = h('select', { id: 'countries-size', 'aria-label': 'Countries shown' }, [12, 20, 30].map((n) => h('option', { value: String(n) }, `${n} busiest countries`)));
  const out = h('div', { id: 'countries', class: 'countries', 'aria-live': 'polite' });
  let loaded = false;
  let asked = 0;

  const load = async () => {
    const mine = ++asked;
    loaded = true;
    fill(out, h('p', { class: 'muted' }, 'Loading…'));
    try {
      const window = { from: from.value || undefined, to: to.value || undefined };
      const pairs = await fetchCountryContacts(window);
      if (mine !== asked) return;
      if (!pairs.length) {
        const inWindow = window.from || window.to ? ` between ${window.from ?? 'the start'} and ${window.to ?? 'today'}` : '';
        fill(out, h('p', { class: 'notice', id: 'countries-empty', role: 'status' },
          `No call between actors of two different countries is recorded${inWindow}. Calls count here once their participants’ countries are known.`));
        return;
      }
      fill(out, matrix(pairs, Number(size.value), links), busiest(pairs.slice(0, 12), links));
    } catch (err) {
      fill(out, h('p', { class: 'error', role: 'alert' }, (err as Error).message));
    }
  };
  for (const control of [from, to, size]) control.addEventListener('change', () => void load());

  const el = h('section', { id: 'countries-view', class: 'view' },
    h('h2', {}, 'Contacts between countries'),
    h('p', { class: 'muted' }, 'Calls between actors of two countries. A call among three countries counts for each of its pairs. Choose a cell for its timeline.'),
    h('div', { class: 'controls' }, size, h('label', {}, 'from ', from), h('label', {}, 'to ', to)),
    out);
  return { el, load: () => void (loaded || load()) };
}

const side = (c: CountryRef): Side => ({ key: c.code, label: c.name });

/** The `n` countries with the most calls to others, as a symmetric matrix. */
function matrix(pairs: CountryContact[], n: number, links: CountryLinks): HTMLElement {
  const totals = new Map<string, { country: CountryRef; calls: number }>();
  for (const p of pairs) {
    for (const c of [p.a, p.b]) totals.set(c.code, { country: c, calls: (totals.get(c.code)?.calls ?? 0) + p.callCount });
  }
  const shown = [...totals.values()].sort((x, y) => y.calls - x.calls || x.country.name.localeCompare(y.country.name)).slice(0, n).map((t) => t.country);
  const cell = new Map(pairs.map((p) => [`${p.a.code}|${p.b.code}`, p]));
  const pairOf = (x: CountryRef, y: CountryRef) => cell.get(x.code < y.code ? `${x.code}|${y.code}` : `${y.code}|${x.code}`);
  const max = Math.max(...pairs.map((p) => p.callCount));
  return h('div', { class: 'matrix-scroll' }, h('table', { id: 'country-matrix', class: 'matrix' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), shown.map((c) => h('th', { scope: 'col', title: c.name }, h('span', {}, c.name))))),
    h('tbody', {}, shown.map((row) => h('tr', {},
      h('th', { scope: 'row' }, row.name),
      shown.map((col) => {
        if (row.code === col.code) return h('td', { class: 'self' }, '');
        const p = pairOf(row, col);
        if (!p) return h('td', { class: 'none' }, '');
        // Square-root scale: one busy pair must not wash out every other cell.
        const shade = 0.12 + 0.88 * Math.sqrt(p.callCount / max);
        return h('td', { style: `background: rgba(36, 87, 197, ${shade.toFixed(2)}); color: ${shade > 0.55 ? '#fff' : '#1d2433'}` },
          h('button', {
            type: 'button', class: 'cell', 'data-pair': `${row.code}-${col.code}`,
            title: `${row.name} – ${col.name}: ${plural(p.callCount, 'call')}${p.firstContact ? `, ${p.firstContact} to ${p.lastContact}` : ''}`,
            onclick: () => links.timeline(side(row), side(col)),
          }, p.callCount));
      }))))));
}

function busiest(pairs: CountryContact[], links: CountryLinks): HTMLElement {
  return h('div', { class: 'busiest' }, h('h3', {}, 'Busiest pairs'),
    h('ol', { id: 'busiest-pairs' }, pairs.map((p) => h('li', {},
      h('button', { type: 'button', class: 'link', onclick: () => links.timeline(side(p.a), side(p.b)) }, `${p.a.name} – ${p.b.name}`),
      h('span', { class: 'muted' }, ` ${plural(p.callCount, 'call')}${p.lastContact ? `, latest ${p.lastContact}` : ''}`)))));
}
