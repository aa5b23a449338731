/**
 * The ingest page: paste an article with its date, URL and title, save it through
 * `ingestArticle`, and see what was extracted, highlighted in the text. The API has no
 * extract-only call yet, so the highlights come after saving, from the saved facts' quotes.
 */
import { ApiError, getToken, setToken } from '../api/graphql-client.js';
import { ingestArticle, type IngestResult } from '../api/ingest-mutation.js';
import { fill, h } from './dom.js';
import { mediumLabel } from './side-panel.js';

export function ingestView(onShowActor: (id: string, name: string) => void): HTMLElement {
  const text = h('textarea', { id: 'ingest-text', rows: 14, required: true, 'aria-label': 'Article text', placeholder: 'Paste the article here. A first line "date YYYY-MM-DD" also gives the date.' });
  const date = h('input', { type: 'date', id: 'ingest-date', 'aria-label': 'Published on' });
  const url = h('input', { type: 'url', id: 'ingest-url', placeholder: 'https://…', 'aria-label': 'URL' });
  const title = h('input', { id: 'ingest-title', placeholder: 'Headline', 'aria-label': 'Title' });
  const token = h('input', { type: 'password', id: 'ingest-token', value: getToken(), autocomplete: 'off', placeholder: 'API key, when the service requires one', 'aria-label': 'Bearer token' });
  const out = h('div', { id: 'ingest-result', 'aria-live': 'polite' });
  const save = h('button', { type: 'submit' }, 'Save');

  const submit = async (e: Event) => {
    e.preventDefault();
    setToken(token.value);
    save.disabled = true;
    fill(out, h('p', { class: 'muted' }, 'Extracting and saving…'));
    try {
      const result = await ingestArticle({ text: text.value, publishedOn: date.value || undefined, url: url.value || undefined, title: title.value || undefined });
      fill(out, report(result, text.value, onShowActor));
    } catch (err) {
      const hint = err instanceof ApiError && err.code === 'UNAUTHENTICATED' ? ' Enter the API key in the token field.' : '';
      fill(out, h('p', { class: 'error', role: 'alert' }, (err as Error).message + hint));
    } finally {
      save.disabled = false;
    }
  };

  return h('section', { id: 'ingest-view', class: 'view' },
    h('h2', {}, 'Ingest an article'),
    h('form', { class: 'ingest-form', onsubmit: submit },
      text,
      h('div', { class: 'controls' }, h('label', {}, 'published ', date), url, title),
      h('div', { class: 'controls' }, h('label', {}, 'token ', token), save)),
    out);
}

function report(r: IngestResult, body: string, onShowActor: (id: string, name: string) => void): (HTMLElement | null)[] {
  const quotes = r.calls.flatMap((c) => c.sources.map((s) => s.quote));
  return [
    h('p', { class: 'ingest-summary' }, r.created ? 'Saved a new article: ' : 'This article was already in the graph: ',
      `${r.calls.length} ${r.calls.length === 1 ? 'call' : 'calls'}, ${r.tweetCount} tweets, ${r.commitmentCount} commitments, ${r.incidentCount} incidents.`),
    r.warnings.length ? h('ul', { class: 'warnings' }, r.warnings.map((w) => h('li', {}, w))) : null,
    h('ul', { class: 'facts', id: 'ingested-calls' }, r.calls.map((c) =>
      h('li', { class: 'fact call' },
        h('div', { class: 'fact-head' }, `${c.date ?? 'undated'} · ${mediumLabel(c.medium)} · `,
          c.participants.flatMap((p, i) => [i ? ', ' : '', h('button', { type: 'button', class: 'link', onclick: () => onShowActor(p.id, p.name) }, p.name)])),
        c.topics.length ? h('div', { class: 'topics' }, c.topics.map((t) => h('span', { class: 'topic' }, t))) : null))),
    h('h3', {}, 'Where the text says so'),
    h('pre', { class: 'highlighted' }, highlight(body, quotes)),
  ];
}

/** The text with each quote wrapped in <mark>. Quotes are found by their words (any run of
 * white space matches any other), not by offsets: the service normalises the body first. */
function highlight(body: string, quotes: string[]): (string | HTMLElement)[] {
  const spans = quotes
    .map((q) => new RegExp(q.trim().split(/\s+/).map(escapeRegExp).join('\\s+')).exec(body))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .sort((x, y) => x.start - y.start);
  const parts: (string | HTMLElement)[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    parts.push(body.slice(at, s.start), h('mark', {}, body.slice(s.start, s.end)));
    at = s.end;
  }
  parts.push(body.slice(at));
  return parts;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
