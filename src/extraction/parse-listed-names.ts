/**
 * Office holders named without a title before their name, in two constructions news and wire
 * copy use:
 *  - a list of ministers with their portfolios in brackets, after a colon:
 *    "Some Brazilian ministers were present: Antonio Palocci (Economy), Celso Amorim (Exterior Relations)"
 *    → officials titled "Minister of Economy" …, of the country named before "ministers";
 *  - the person a regime, government or rule is named after: "the regime of Bashar al-Assad"
 *    → a leader (country from the context).
 * Both scan the text once; each list is read item by item from its colon.
 */
import type { GazetteerView } from './gazetteer-view.js';
import { matchCountryAt } from './match-country-at.js';
import type { TitledName } from './parse-titled-names.js';
import { NAME_WORD } from './read-person-name.js';
import { NOT_NAME_WORDS } from './title-rules.js';

const NAME = `${NAME_WORD}(?: ${NAME_WORD}){1,4}`;
const MINISTERS = /\b((?:[A-Z][\p{L}]+ )?)[Mm]inisters\b[^.:;]{0,60}:\s*/gu;
const PORTFOLIO_ITEM = new RegExp(`(${NAME}) \\(([A-Z][\\p{L} ,&'-]{2,40})\\)(?:,? (?:and )?|\\.|$)`, 'uy');
const REGIME_WORDS = 'regime|government|administration|junta|dictatorship|presidency|premiership|reign';
const REGIME_OF = new RegExp(`\\b(?:${REGIME_WORDS}) of (${NAME})`, 'gu');
/**
 * Literals MINISTERS and REGIME_OF cannot match without: a text without them is not searched (both
 * expressions begin with a class or a word boundary, which the search tries at every position).
 */
const MINISTERS_LITERAL = 'inisters';
const REGIME_LITERALS = new RegExp(`(?:${REGIME_WORDS}) of `);

export function parseListedNames(scan: string, gazetteer: GazetteerView): TitledName[] {
  const out: TitledName[] = [];
  for (const m of scan.includes(MINISTERS_LITERAL) ? scan.matchAll(MINISTERS) : []) {
    const country = m[1] ? matchCountryAt(scan, m.index, gazetteer, true)?.code ?? null : null;
    let at = m.index + m[0].length;
    for (let k = 0; k < 30; k++) {
      PORTFOLIO_ITEM.lastIndex = at;
      const item = PORTFOLIO_ITEM.exec(scan);
      if (!item) break;
      const name = item[1];
      if (!NOT_NAME_WORDS.has(name.split(' ')[0])) {
        const end = at + item[0].replace(/(?:,? (?:and )?|\.)$/, '').length;
        out.push({ start: at, end, title: `Minister of ${item[2]}`, titleClass: 'minister', kind: 'official', country, orgBound: false, name, nameStart: at, definite: false, rule: 'title.minister-list' });
      }
      at += item[0].length;
    }
  }
  for (const m of REGIME_LITERALS.test(scan) ? scan.matchAll(REGIME_OF) : []) {
    const start = m.index + m[0].length - m[1].length;
    if (NOT_NAME_WORDS.has(m[1].split(' ')[0]) || matchCountryAt(scan, start, gazetteer, false)) continue;
    out.push({ start, end: start + m[1].length, title: 'leader', titleClass: 'leader', kind: 'leader', country: null, orgBound: false, name: m[1], nameStart: start, definite: false, rule: 'title.regime-of' });
  }
  return out;
}
