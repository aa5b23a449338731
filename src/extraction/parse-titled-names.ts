/**
 * Reads titled names: "Soviet Foreign Minister Eduard Shevardnadze", "President Vladimir Putin of
 * Russia", "the Chancellor of Germany, Olaf Scholz", "Kyiv's Interior Ministry adviser Anton
 * Herashchenko". A title with no name after it ("the President of Ukraine") is a role, resolved
 * later by coreference.
 *
 * Grammar (on `scan`): PREFIX* TITLE ("of" the? PLACE)? ("," PREFIX* TITLE …)* ","? HONORIFIC* NAME? ("of" the? COUNTRY)?
 */
import type { ActorKind } from '../facts/facts-document.js';
import type { GazetteerView } from './gazetteer-view.js';
import { nameBefore, nextTitle, readName, TITLE_STICKY } from './read-person-name.js';
import { readComplement, readPortfolio, readPrefix, readServed } from './title-context.js';
import { ORG_WORDS, TITLE_QUALIFIERS, TITLE_RULES } from './title-rules.js';
import { matchCountryAt } from './match-country-at.js';

export interface TitledName {
  start: number;
  end: number;
  /** The title as written, without country words: "Foreign Minister", "Interior Ministry adviser". */
  title: string;
  /** Class used to match roles to people: "president", "prime minister", "leader" … */
  titleClass: string;
  kind: ActorKind | 'counterpart';
  country: string | null;
  /** The title is bound to an organisation, not a state ("European Commission President"). */
  orgBound: boolean;
  name: string | null;
  nameStart: number;
  /** Whether "the" stands before the title (a role such as "the President"). */
  definite: boolean;
  rule: string;
}

/** A government minister's title, whose "of …" may name a portfolio before the country ("Minister of Trade and Industry"). */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'secretary of state']);
/** Lower-case words before "leader" that make it the leader of a movement, not of a state. */
const NO_STATE_BEFORE = /(?:^|[^\p{L}])(?:opposition|party|rebel|rebels|militia|separatist|insurgent|protest|student|tribal|community|religious|spiritual|coalition|faction|guerrilla|militant|union|parliamentary|majority|minority) $/u;
/** A title right after a comma is in apposition to what precedes it ("Ana Ruiz, Minister of Health, …"). */
const AFTER_COMMA = /[\p{L}.], (?:the )?$/u;
const ruleByWords = new Map(TITLE_RULES.map((r) => [r.words, r]));
const CLASS_OF: Record<string, string> = { 'federal chancellor': 'chancellor', amir: 'emir', 'vice-president': 'vice president', 'secretary-general': 'secretary general' };

/** Before a title, what makes a comma-separated name its holder: "Iraq's prime minister, X", "the supreme leader, X", "his counterpart, X". */
const GOVERNED = /(?:\bthe|\bThe|\bhis|\bher|\bits|\btheir|'s|’s)\s+$/;

/** " on TOPIC" of up to five words, followed by a name that ends its phrase. */
const ON_BRIEF = /^( on (?:[\p{L}-]+ ){0,4}?[\p{L}-]+)(?=,? (?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+(?:[,.;:)]| [a-z]|$))/u;

/**
 * TITLE_OF_BODY: a title of a government body named after it ("director of the National Economic
 * Council", "spokeswoman for the Foreign Ministry") or of an international one ("Secretary General of the
 * Andean Community", "… of the Organization of American States") is an office as a country's is, so the
 * name before it and a comma holds it ("NAME, director of the …").
 */
const OF_BODY = /^,? (?:the )?(?:of|for|at) the (?:(?:\p{Lu}[\p{L}-]* ){0,4}(?:Council|Ministry|Department|Commission|Agency|Office|Committee|Cabinet|Government|Administration|Parliament|Senate|Assembly|Presidency|Embassy|Mission|Secretariat|Conference|Community|Organization|Organisation|League|Programme|Nations|States|Countries)|(?:\p{Lu}[\p{L}-]* ){1,3}(?:government|administration|presidency|cabinet|foreign ministry))\b/u;

/** Titles of people who serve a person or a place: "Adviser to the President", "Ambassador to Sri Lanka", "spokesperson for the president". */
const SERVING = /envoy|ambassador|representative|advis|spokes|coordinator|secretary|aide|assistant|commissioner/;
/** A lower-case portfolio after a lower-case minister's title, before the holder: "the minister of health, NAME", "Norway's minister of trade NAME". */
const LOWER_PORTFOLIO = /^ (?:of|for) (?:the )?(?:[a-z]+ ){0,7}(?!(?:of|for|the|and|at|in|to)\b)[a-z]+(?=,? \p{Lu}| of (?:the )?\p{Lu})/u;
/**
 * LOWER_PORTFOLIO_LONG: a portfolio of up to eight lower-case words ("minister of state for fisheries and coastal
 * affairs NAME", "the minister of state in the ministry of trade, NAME"), read as long as no word of it
 * is a verb, an adverb or a clause word — "the minister of health told reporters Ana Ruiz …" is no portfolio.
 */
const NOT_PORTFOLIO_WORD = /^(?:said|says|say|told|tells|met|meets|is|was|are|were|be|been|has|had|have|will|would|can|could|may|might|must|shall|should|did|does|do|also|then|who|whom|which|that|when|while|after|before|as|by|from|to|on|than|not|reporters|journalists|today|yesterday|tomorrow|recently|reportedly|currently|previously|formerly|earlier|later|again|already|now|still|just|(?!(?:disabled|displaced|united|related|aged)$)\w+ed)$/;
/** PORTFOLIO_BEFORE_TITLE (see parseTitledNames): a determiner, then one to three lower-case words before the title. */
const PORTFOLIO_BEFORE_TITLES = new Set(['minister', 'secretary', 'aide', 'adviser', 'advisor']);
const PORTFOLIO_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)((?: [a-z][a-z-]*){1,3}) $/u;
/** Words that are no portfolio's: function words and the nouns a minister is compared with ("the only minister"). */
const NOT_PORTFOLIO_BEFORE = /^(?:of|for|the|a|an|to|in|at|with|or|nor|but|only|same|other|another|one|two|three|first|second|last|next|each|every|own|most|more|many|such|very|junior|senior)$/;
/** PORTFOLIO_AND (see parseTitledNames): "<portfolio> and (<portfolio> )?" right before the title or its prefix. */
const PORTFOLIO_AND = {
  id: 'title.portfolio-and',
  example: 'Ecuador\'s envoy met Ruritanian energy and mines minister Olav Brenner. Oil and Energy Minister Ana Ruiz spoke.',
  reason: 'Two portfolios joined by "and" make one minister\'s title; read only to the word after "and", the title leaves "energy and" between a contact verb and its object, and the country before it is lost.',
  titles: new Set(['minister', 'secretary']),
  /** The portfolios a government divides (lower case); a name before "and" is none ("Chancellor Scholz and Finance Minister X"). */
  portfolios: new Set(['energy', 'mines', 'mining', 'oil', 'petroleum', 'gas', 'power', 'trade', 'industry', 'commerce', 'finance', 'economy', 'economic', 'planning', 'budget', 'treasury', 'foreign', 'affairs', 'defence', 'defense', 'interior', 'home', 'justice', 'health', 'education', 'culture', 'agriculture', 'fisheries', 'forestry', 'environment', 'transport', 'communications', 'information', 'labour', 'labor', 'employment', 'tourism', 'sport', 'sports', 'youth', 'housing', 'water', 'works', 'development', 'investment', 'security', 'immigration', 'science', 'technology', 'research', 'social', 'welfare', 'family', 'women', 'land', 'lands', 'food', 'rural', 'urban', 'infrastructure', 'telecommunications', 'cooperation', 'integration']),
  pattern: /(?:^|[^\p{L}])(\p{L}[\p{Ll}]+) and (\p{Ll}+ )?$/u,
};
/** TITLE_THEN_COPULA (see parseTitledNames): "the" and an ordinal or "last" before the title, then the phrase and "was". */
const DEFINITE_RANK = /(?:^|[^\p{L}])[Tt]he (?:(?:last|first|only|previous|second|third) )?$/u;
const COPULA_AFTER = /^(?: (?:to|who|at|in|during|under)(?: [\p{L}.'’-]+){1,5})?,? was (?=\p{Lu})/u;
function lowerPortfolio(scan: string, end: number): RegExpExecArray | null {
  const m = LOWER_PORTFOLIO.exec(scan.slice(end, end + 100));
  return m && !m[0].trim().split(' ').slice(1).some((w) => NOT_PORTFOLIO_WORD.test(w)) ? m : null;
}

/** "NAME (Mali)": the holder's country in brackets after the name, as lists of leaders give it. */
function bracketCountry(scan: string, at: number, gazetteer: GazetteerView): { end: number; country: string | null } | null {
  if (scan[at] !== ' ' || scan[at + 1] !== '(') return null;
  const hit = matchCountryAt(scan, at + 2, gazetteer, true);
  return hit && scan[hit.end] === ')' ? { end: hit.end + 1, country: hit.code } : null;
}

/** Every titled name and role in `scan`; `body` (the text with its line breaks) keeps a title's prefix on its own line. */
export function parseTitledNames(scan: string, gazetteer: GazetteerView, body: string = scan): TitledName[] {
  const out: TitledName[] = [];
  let resumeAt = 0;
  let searchFrom = 0;
  for (let m = nextTitle(scan, 0); m; m = nextTitle(scan, searchFrom)) {
    searchFrom = m.index + m[0].length;
    if (m.index < resumeAt) continue;
    const words = m[0].toLowerCase();
    const rule = ruleByWords.get(words);
    if (!rule || (rule.notAfter && rule.notAfter.test(scan.slice(Math.max(0, m.index - 2), m.index)))) continue;
    if (rule.written && m[0] !== rule.written) continue;
    if (rule.onlyAfter && !rule.onlyAfter.test(scan.slice(Math.max(0, m.index - 8), m.index))) continue;
    const capitalised = /^[A-Z]/.test(m[0]);
    const prefix = readPrefix(scan, m.index, gazetteer, body);
    // PORTFOLIO_BEFORE_TITLE: "the international development minister, NAME", "his foreign policy adviser, NAME": lower-case
    // words of a portfolio between a determiner and a minister's, secretary's or adviser's title, which the qualifiers and
    // office words do not all list.
    if (!capitalised && !prefix.country && !prefix.org && PORTFOLIO_BEFORE_TITLES.has(words)) {
      const before = PORTFOLIO_BEFORE.exec(scan.slice(Math.max(0, prefix.start - 50), prefix.start));
      const portfolio = before?.[1].trim().split(' ');
      if (portfolio && !portfolio.some((w) => NOT_PORTFOLIO_WORD.test(w) || NOT_PORTFOLIO_BEFORE.test(w))) {
        prefix.words.unshift(...portfolio);
        prefix.start -= before![1].length;
      }
    }
    // PORTFOLIO_AND: two portfolios joined by "and" before a minister's or secretary's title ("Venezuelan energy and mines
    // minister NAME", "Oil and Energy Minister NAME", "Trade and Industry Secretary NAME") are one title, and the country
    // word before the first is its country.
    if (!prefix.country && PORTFOLIO_AND.titles.has(words)) {
      const joined = PORTFOLIO_AND.pattern.exec(scan.slice(Math.max(0, prefix.start - 40), prefix.start));
      if (joined && PORTFOLIO_AND.portfolios.has(joined[1].toLowerCase()) && (!joined[2] || PORTFOLIO_AND.portfolios.has(joined[2].trim()))) {
        const first = prefix.start - joined[0].length + joined[0].indexOf(joined[1]);
        prefix.words.unshift(joined[1], 'and', ...(joined[2] ? [joined[2].trim()] : []));
        prefix.start = first;
        const before = readPrefix(scan, first, gazetteer, body);
        if (before.country) { prefix.country = before.country; prefix.start = before.start; }
      }
    }
    let end = m.index + m[0].length;
    let country = prefix.country;
    let orgBound = prefix.org && !prefix.country;
    const titleWords = [...prefix.words.filter((w) => !/^[A-Z]{2,}$/.test(w) || ORG_WORDS.has(w)), m[0]];
    let kind = rule.kind;
    let innerAt = -1;
    // Chained titles: "Crown Prince of Abu Dhabi, Deputy Supreme Commander-in-Chief of the UAE Armed Forces".
    let lastWords = words;
    for (let chain = 0; chain < 3; chain++) {
      const comp = (PORTFOLIO_TITLES.has(lastWords) ? readPortfolio(scan, end, gazetteer, !AFTER_COMMA.test(scan.slice(Math.max(0, prefix.start - 7), prefix.start))) : null) ?? readComplement(scan, end, gazetteer);
      if (comp) {
        end = comp.end;
        if (comp.country && !country) country = comp.country;
        // PORTFOLIO_THEN_COUNTRY: "Minister for Foreign Affairs of Kenya": the country after a portfolio read as office words.
        const then = !comp.country ? readComplement(scan, end, gazetteer) : null;
        if (then?.country) { end = then.end; country ??= then.country; }
        if ('org' in comp && comp.org && !country) orgBound = true;
      }
      // TITLE_SERVED: "Special Adviser to President NAME on Media, HOLDER"; a holder of the served office is a name of its own.
      let served = !comp && SERVING.test(words) ? readServed(scan, end, gazetteer) : null;
      // TITLE_OF_THEN_TO: "High Commissioner of Ruritania to Freedonia NAME", "Ambassador of Norway to Kenya Dr NAME":
      // the holder's country, then the place served (the host, which is not the holder's).
      if (comp?.country && SERVING.test(words)) {
        const place = readServed(scan, end, gazetteer);
        if (place && !place.innerName && place.titleStart === place.end) served = place;
      }
      if (served) {
        end = served.end;
        if (served.country && !country) country = served.country;
        if (served.innerName) innerAt = served.titleStart;
      }
      // "the minister of health, NAME": a lower-case portfolio before its holder.
      const portfolio = !comp && !capitalised && PORTFOLIO_TITLES.has(lastWords) ? lowerPortfolio(scan, end) : null;
      if (portfolio) {
        end += portfolio[0].length;
        // "the minister of foreign affairs of Kenya, NAME": the country after the portfolio.
        const then = readComplement(scan, end, gazetteer);
        if (then?.country) { end = then.end; country ??= then.country; }
      }
      // "special envoy on Yemen, Tomas Varga": an envoy's brief before the name.
      const brief = /envoy|representative|advis|coordinator|assistant/.test(words) ? ON_BRIEF.exec(scan.slice(end, end + 80)) : null;
      if (brief) end += brief[1].length;
      // After a comma, up to three qualifying words may precede a second title.
      let t2: RegExpExecArray | null = null;
      let at = end;
      const comma2 = /^, /.exec(scan.slice(end, end + 2));
      if (comma2) {
        at = end + 2;
        for (let k = 0; k < 4 && !t2; k++) {
          TITLE_STICKY.lastIndex = at;
          const hit = TITLE_STICKY.exec(scan);
          if (hit && /^[A-Z]/.test(hit[0])) t2 = hit;
          const w = /^[A-Z][\p{L}-]* /u.exec(scan.slice(at, at + 30));
          if (!w) break;
          at += w[0].length;
        }
      }
      // "Saudi Crown Prince and Prime Minister Mohammed bin Salman": one person holds both offices
      // (not after "the": "the President and Prime Minister Modi" are two people).
      if (!t2 && capitalised && /^ and [A-Z]/.test(scan.slice(end, end + 6)) && !/\bthe\s+$/i.test(scan.slice(Math.max(0, prefix.start - 4), prefix.start))) {
        // …the second office may have its qualifiers ("President-elect and Defence Minister Prabowo").
        let at2 = end + 5;
        for (let w = /^([A-Z][a-z]+) /.exec(scan.slice(at2, at2 + 20)), k = 0; w && k < 2 && TITLE_QUALIFIERS.has(w[1].toLowerCase()); k++, w = /^([A-Z][a-z]+) /.exec(scan.slice(at2, at2 + 20))) at2 += w[0].length;
        TITLE_STICKY.lastIndex = at2;
        const hit = TITLE_STICKY.exec(scan);
        if (hit && /^[A-Z]/.test(hit[0]) && /^ \p{Lu}/u.test(scan.slice(hit.index + hit[0].length, hit.index + hit[0].length + 2))) t2 = hit;
      }
      // "Pakistan's army chief General Asim Munir": a rank right after the title continues it.
      if (!t2 && scan[end] === ' ' && /[A-Z]/.test(scan[end + 1] ?? '')) {
        TITLE_STICKY.lastIndex = end + 1;
        const hit = TITLE_STICKY.exec(scan);
        if (hit && /^[A-Z]/.test(hit[0])) t2 = hit;
      }
      if (!t2) break;
      end = t2.index + t2[0].length;
      lastWords = t2[0].toLowerCase();
    }
    if (!country && rule.country) country = rule.country;
    const comma = /^,? /.exec(scan.slice(end, end + 2));
    let name: { start: number; end: number } | null = null;
    const governed = !!prefix.country || rule.kind === 'counterpart' || GOVERNED.test(scan.slice(Math.max(0, prefix.start - 6), prefix.start));
    if (comma && (comma[0].startsWith(',') ? end > m.index + m[0].length || governed || capitalised : true)) {
      name = readName(scan, end + comma[0].length, gazetteer);
      if (name && comma[0].startsWith(',') && !/\s/.test(scan.slice(name.start, name.end))) name = null;
      // TITLE_APPOSED: an ungoverned title's name set off by commas on both sides ("Petroleum Minister, Ana Ruiz, and …").
      if (name && comma[0].startsWith(',') && !(end > m.index + m[0].length || governed) && scan[name.end] !== ',') name = null;
    }
    // TITLE_THEN_COPULA: "The last Ruritanian president to visit Freedonia was Olav Brenner": a definite title, a phrase of up to
    // five words, then "was" and a name of two words at least, is that name's title.
    if (!name && !rule.plural && DEFINITE_RANK.test(scan.slice(Math.max(0, prefix.start - 14), prefix.start))) {
      const copula = COPULA_AFTER.exec(scan.slice(end, end + 80));
      const holder = copula ? readName(scan, end + copula[0].length, gazetteer) : null;
      if (holder && /\s/.test(scan.slice(holder.start, holder.end)) && !/^['’]s\b/.test(scan.slice(holder.end, holder.end + 3))) name = holder;
    }
    // The holder named before the title: "Hu Jintao, the President of the People's Republic of China",
    // "Tsvangirai became prime minister".
    let holderBefore: { start: number; end: number; from: number } | null = null;
    // TITLE_POSSESSIVE: "Villa Sorrel, the Ruritanian head of state's residence": a title in the possessive qualifies a thing; no holder before it.
    // (Not a body's possessive after the title: "NAME, Director of the Foreign Ministry's press department".)
    if (!name && !(end === m.index + m[0].length && /^['’]s\b/.test(scan.slice(end, end + 3)))) holderBefore = nameBefore(scan, prefix.start, gazetteer, !!(country || prefix.country || prefix.org || (!rule.plural && OF_BODY.test(scan.slice(m.index + m[0].length, m.index + m[0].length + 90)))));
    if (!name && !holderBefore && (rule.plural || (!capitalised && !/\bthe\s+$/i.test(scan.slice(Math.max(0, prefix.start - 4), prefix.start)) && prefix.words.length === 0 && !prefix.country))) continue;
    if (holderBefore) {
      name = holderBefore;
      prefix.start = holderBefore.from;
    }
    let stop = name ? Math.max(name.end, end) : end;
    if (name && !holderBefore) {
      const after = readComplement(scan, stop, gazetteer) ?? bracketCountry(scan, stop, gazetteer);
      if (after?.country) { country ??= after.country; stop = after.end; }
    }
    // A title serving a named person ("Adviser to President X, HOLDER"): the holder's name alone is the
    // titled name, and the served person's titled name is read next.
    if (innerAt >= 0) {
      if (name) {
        if (orgBound && kind === 'leader') kind = 'official';
        out.push({ start: name.start, end: name.end, title: titleWords.join(' ').replace(/\s+/g, ' '), titleClass: CLASS_OF[words] ?? words, kind, country, orgBound, name: scan.slice(name.start, name.end), nameStart: name.start, definite: false, rule: `${rule.id}.served` });
      }
      resumeAt = innerAt;
      searchFrom = innerAt;
      continue;
    }
    if (orgBound && kind === 'leader') kind = 'official';
    if (prefix.words.some((w) => /^(deputy|vice)$/i.test(w)) && kind === 'leader') kind = 'official';
    // LEADER_OF_NO_STATE: "opposition leader", "rebel leader", "party leader": a leader of a movement, not a head of state or
    // government (GUIDE.md: such a person is an official).
    if (kind === 'leader' && words === 'leader' && NO_STATE_BEFORE.test(scan.slice(Math.max(0, prefix.start - 14), prefix.start))) kind = 'official';
    const definite = /\bthe\s+$/i.test(scan.slice(Math.max(0, prefix.start - 4), prefix.start));
    out.push({
      start: prefix.start, end: stop,
      title: titleWords.join(' ').replace(/\s+/g, ' '),
      titleClass: CLASS_OF[words] ?? words,
      kind, country, orgBound,
      name: name ? scan.slice(name.start, name.end) : null,
      nameStart: name ? name.start : -1,
      definite: definite && !holderBefore,
      rule: holderBefore ? `${rule.id}.after-name` : rule.id,
    });
    resumeAt = stop;
    // A plural title lists its holders: "Defence Ministers Hans Olsen of Norway and Piet de Vries of the Netherlands".
    for (let k = 0; rule.plural && name && k < 6; k++) {
      const joint = /^(?:,? and |, )/.exec(scan.slice(resumeAt, resumeAt + 6));
      const next = joint ? readName(scan, resumeAt + joint[0].length, gazetteer) : null;
      if (!next || !/\s/.test(scan.slice(next.start, next.end))) break;
      const after = readComplement(scan, next.end, gazetteer) ?? bracketCountry(scan, next.end, gazetteer);
      const last = out[out.length - 1];
      out.push({ ...last, start: next.start, end: after?.country ? after.end : next.end, country: after?.country ?? (after ? null : last.country), name: scan.slice(next.start, next.end), nameStart: next.start, definite: false });
      resumeAt = out[out.length - 1].end;
    }
  }
  return out;
}
