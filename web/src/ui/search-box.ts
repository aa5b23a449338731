/**
 * A combobox: typing asks the API for suggestions (debounced), arrows move through them, Enter
 * or a click chooses one. Follows the WAI-ARIA combobox pattern so screen readers announce it.
 * The explorer has one for everything; the timeline has one per side, for actors and countries.
 */
import { searchSuggestions } from '../api/search-query.js';
import type { Suggestion } from '../api/search-query.js';
import { h, fill } from './dom.js';

export interface SearchBoxOptions {
  /** The input's id; the list's is `${id}-suggestions`. */
  id?: string;
  placeholder?: string;
  label?: string;
  /** Which suggestions to offer (all by default). */
  accept?: (s: Suggestion) => boolean;
  /** Called on every keystroke, before any suggestion is chosen. */
  onType?: (text: string) => void;
}

export function searchBox(onChoose: (s: Suggestion) => void, options: SearchBoxOptions = {}): HTMLElement {
  const { id = 'search', placeholder = 'Search a leader, country or topic…', label = 'Search', accept = () => true } = options;
  const listId = id === 'search' ? 'suggestions' : `${id}-suggestions`;
  const input = h('input', {
    type: 'search', id, placeholder, autocomplete: 'off',
    role: 'combobox', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-autocomplete': 'list', 'aria-label': label,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true });
  const status = h('span', { class: 'search-status', 'aria-live': 'polite' });
  let items: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const render = () => {
    fill(list, items.map((s, i) =>
      h('li', { role: 'option', id: `${listId}-${i}`, 'aria-selected': String(i === active), class: `suggestion kind-${s.kind}`, onmousedown: (e: Event) => (e.preventDefault(), choose(i)) },
        h('span', { class: 'label' }, s.label), h('span', { class: 'detail' }, s.detail))));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number) => {
    const s = items[i];
    if (!s) return;
    input.value = s.label;
    items = [];
    render();
    onChoose(s);
  };
  const ask = async () => {
    const mine = ++asked;
    try {
      const found = (await searchSuggestions(input.value)).filter(accept);
      if (mine !== asked) return;
      items = found;
      active = found.length ? 0 : -1;
      status.textContent = input.value.trim() && !found.length ? 'No match' : '';
    } catch (err) {
      status.textContent = (err as Error).message;
    }
    render();
  };

  input.addEventListener('input', () => {
    options.onType?.(input.value);
    clearTimeout(timer);
    timer = setTimeout(ask, 180);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!items.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0) choose(active);
      else void ask().then(() => items.length && choose(0));
    } else if (e.key === 'Escape') {
      items = [];
      render();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => ((items = []), render()), 150));
  return h('div', { class: 'search' }, input, list, status);
}
