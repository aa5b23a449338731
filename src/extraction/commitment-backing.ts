/**
 * Political backing read as one procedure over its clause (GUIDE.md `diplomatic_support`): a support
 * noun or verb, its holder and its object.
 *
 * - The trigger: a support noun before "for/to" ("his full support for", "Norway's consent to",
 *   "in support of"), or a support verb with a direct object ("we support", "backs", "will stand by").
 * - The object (the beneficiary): the party the support is for, read right after the trigger — a
 *   country, a person (his country), a demonym before "people"/"government", "the people/government/
 *   stabilisation … of X", with at most two plain words before it ("embattled neighbour Belgium"); when the
 *   first object is no party, a second one coordinated by "and for/to" in the same clause.
 * - The holder (byCountry): for a noun, the possessor before it ("Kenya's continuing support"), else
 *   the clause's subject; for a verb, its agent; "we/our" inside a quote is the quote's speaker.
 *   "X can count on Y's support" inverts the two: Y holds, X receives.
 * - Not backing: negated, withdrawn, sought or discussed support, support a condition governs, a
 *   support noun of another kind (military, financial, humanitarian: other rules) or of a public.
 *
 * Linear: one regex pass per sentence (the pattern carries literal words, so sentences without them
 * are skipped), then bounded windows around each match and binary searches in the party index.
 */
import type { Article, CommitmentDraft, Quote, Sentence, Span } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { clauseDraft } from './commitment-draft.js';
import { sentenceMatches } from './sentence-matches.js';
import { HELP_PURPOSE } from './find-support-pledges.js';
import { lastStartingBy, spansBetween } from './span-index.js';

export const BACKING_OBJECT = {
  id: 'commitment.backing-object',
  example: 'Rashid Omar expressed his full support for Budi Santoso; Dubois vowed Paris would never waver in its support for embattled neighbour Belgium; "We will stand by the Moldovan people," Kowal said.',
  reason: 'Support stated for a party (a country, its people, government or position, or a person who holds office there) is political backing of that country by the holder: the possessor of the support noun, else the clause subject or the verb\'s agent (the speaker for "we"); "the support of his country to" a party is the subject\'s own.',
  pattern: /\b(?:(?:support|backing|endorsement)(?= (?:of (?:his|her|its|their) (?:country|government|nation) )?(?:for|to) )|consent(?= to )|(?:count|rely|depend)(?:s|ed|ing)? on|support(?:s|ed)?|backs|backed|endorse[sd]?|(?:stands?|stood|standing) (?:firmly |fully |resolutely )?(?:by|with|behind))\b/g,
};

/** After a support noun: "of his country", "of her government" — the holder's own, so the holder is the clause's subject and the object follows. */
export const OWN_COUNTRY = /^ of (?:his|her|its|their) (?:country|government|nation)(?= (?:for|to) )/;

/** Before the trigger, in its clause: the support is denied, withdrawn, sought, discussed or conditional. */
const NOT_GIVEN = /\b(?:not|never|n't|no longer|no|without|lack of|withdr[ae]w\w*|withdrawing|end(?:s|ed|ing)?|cut(?:s|ting)?|los(?:e|es|t|ing)|ask(?:s|ed|ing)?(?: for)?|sought|seek(?:s|ing)?|call(?:s|ed|ing)? (?:for|on)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|need(?:s|ed)?|request(?:s|ed|ing)?|discuss(?:es|ed|ing|ion)?|talk(?:s|ed)? about|hop(?:e|es|ed|ing)(?: for)?|wins?|won|gain(?:s|ed)?|secur(?:e|es|ed|ing)|garner(?:s|ed)?|rally(?:ing)?|rallied|enlist(?:s|ed)?|whether|if|unless|accus(?:e|es|ed|ing) \S+ of|thank(?:s|ed|ing)?(?: \S+)? for|grateful|importance of|question(?:s|ed)?|doubt\w*)\b(?: [^\s.;:]+){0,5} $/i;
/**
 * Further back in the clause: the support noun is one of the topics talked about ("discussed energy prices,
 * support for Ukraine and migration"; "will discuss …, support for Moldova"; "the importance of cooperation on
 * …, support for Kyiv"), not support stated — unless a verb of stating comes between ("discussed trade and
 * reaffirmed their support for …").
 */
export const TOPIC_OF_TALKS = {
  id: 'commitment.support-as-topic',
  example: 'Rossi and Varga discussed migration, energy prices, support for Moldova and the budget.',
  reason: 'Support named among the subjects of talks, or as something whose importance was stressed, is a topic, not support pledged by anyone.',
  pattern: /\b(?:discuss(?:es|ed|ing|ion|ions)?|talk(?:s|ed)? (?:about|on)|(?:issues|topics|subjects|matters|agenda)\b|importance of|cooperation on)(?!(?:[^;:.…]|\.\.\.|…)*\b(?:express|pledg|reiterat|reaffirm|voic|offer|extend|assur|declar|convey|affirm|promis|vow)\w*)(?:[^;:.…]|\.\.\.|…)*$/i,
};
/** Just before a support noun: the support is of another kind (other rules) or a public's, not a state's. */
const OTHER_KIND = /\b(?:military|defen[cs]e|security|financial|economic|humanitarian|material|budget\w*|macro-?economic|technical|logistic\w*|medical|public|popular|domestic|bipartisan|international|global|western|voter|parliament\w*|congressional|party|electoral|air|naval|fire|moral|tax|price|income|food|life|family|customer)(?: and [a-z]+)? (?:\w+ )?$/i;
/** The trigger's noun reading needs these words before the object. */
const NOUN = /^(?:support|backing|endorsement|consent)$/i;
/** Between the object's start and its party: an article, up to two plain words, a head noun and "of". */
const OBJECT_GAP = /^ (?:(?:the|a|an|its|his|her|their|our|fellow) )?(?:(?!(?:to|for|of|in|on|at|by|with|from|against|over|and|or|but|that|which|who|as|among|between|after|before|during|into|through)\b)[a-z][a-z-]* ){0,2}?(?:(?:people|peoples|government|leadership|authorities|state|nation|stabili[sz]ation|stability|sovereignty|independence|territorial integrity|integrity|unity|reunification|efforts|position|stance|cause|candidacy|bid|accession|membership|president|prime minister|leader) of (?:the )?)?$/;
/** Plain words before the party that make the object something else than the party ("the war in", "rebels"). */
const NOT_PARTY_OBJECT = /\b(?:war|invasion|attacks?|aggression|strikes?|sanctions?|rebels?|separatists?|opposition|militants?|militias?|forces|troops|regime|enemies|critics|rivals|occupation|policy|plan|proposals?|deals?|agreements?|talks|process|initiatives?|resolution|measures?|companies|firms|refugees|victims|workers|students|citizens|nationals|exports?|imports?|goods|products|industry|army|military)\b/i;
/** After a demonym: what makes it stand for its country as the object of support. */
const DEMONYM_HEAD = /^ (?:people|peoples|government|nation|leadership|authorities|state|side|cause|bid|position|stance|efforts|president|prime minister|leader)\b/i;
/** After the object's party: it ends the object (a compound "US-led …" or "Russia-backed" makes it a modifier). */
const NOT_OBJECT_END = /^(?:-|–| ?\(?(?:led|backed|based|sponsored|allied|aligned)\b)/i;
/** What a membership consent is to: "Norway's consent to Iceland joining the bloc". */
const JOINING = /^(?:['’]s?)? (?:joining|join|entry|accession|membership|bid|becoming|application)\b/i;
/** After "count on": the support the subject may count on, the holder its possessor. */
const COUNTED = /^ (?:the )?(?:[\w.'’-]+ ){0,3}?(?:(?:continued|continuing|full|unwavering|firm|strong|steadfast|unconditional|political|diplomatic|further) )*(?:support|backing|solidarity|help)\b/i;
/** Between a subject and "count on": an appositive or relative clause between commas, then a modal and adverbs. */
const COUNT_GAP = /^(?:,[^,;"]{1,120},)? (?:(?:can|could|will|would|may|might|shall|should|also|still|always|continue to|fully|firmly) )*$/i;
/** A negated wavering is steadfast support: "will never waver in its support". */
const UNWAVERING = /\b(?:not|never|n't|no)\s+(?:\w+\s+)?(?:waver|falter|back down|wane|weaken|abandon|retreat|flinch|hesitate|let up|give up)\w*\b/i;
/** Before a holder: a people is no state that pledges ("the people of Chile stand by …"). */
const A_PEOPLE = /\b(?:people|peoples|citizens|public|voters) of (?:the )?$/i;
/** What the support is for when it is aid: relief after a disaster (humanitarian), an economy or its reconstruction (economic). */
const AID_PURPOSE = [
  HELP_PURPOSE.find((h) => h.kind === 'humanitarian_aid')!,
  { kind: 'humanitarian_aid', pattern: /\b(?:quake|storm|cyclone|typhoon|hurricane|tsunami|wildfire)(?:-hit|-stricken|-ravaged|-affected)?\b|\brescue\b/i },
  { kind: 'economic_aid', pattern: /\b(?:reconstruction|recovery|budget\w*|debts?|financ\w+|balance of payments|reserves|loans?|economy|economic (?:recovery|reforms?|crisis|stabili[sz]ation))\b/i },
];
/** Before a support noun: the verb that states it now (pledged, expressed, reaffirmed …). */
const STATED = /\b(?:express|pledg|reiterat|reaffirm|voic|offer|extend|assur|declar|convey|affirm|promis|vow|show|gave|give|giv|lend|lent)\w*\b(?: [^\s.;:]+){0,4} $/i;
const WE = /\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b/;

export function findBacking(article: Article, parties: PartyIndex, s: Sentence, out: { drafts: CommitmentDraft[]; claimed: Span[] }, quotes: Quote[]): void {
  const { scan } = article;
  const claimed = (at: number) => out.claimed.some((c) => at >= c.start && at < c.end);
  for (const { m, at, end } of sentenceMatches(scan, s, BACKING_OBJECT.pattern)) {
    if (claimed(at) || /[-–]$/.test(scan.slice(at - 1, at))) continue;
    const lead = scan.slice(Math.max(s.start, at - 70), at);
    const clauseLead = lead.slice(Math.max(0, ...[';', ': ', ' — '].map((x) => lead.lastIndexOf(x) + x.length)));
    if (NOT_GIVEN.test(clauseLead) && !UNWAVERING.test(clauseLead)) continue;
    const farLead = scan.slice(Math.max(s.start, at - 160), at);
    if (NOUN.test(m[0]) && TOPIC_OF_TALKS.pattern.test(farLead.slice(Math.max(0, farLead.lastIndexOf(';') + 1)))) continue;
    const word = m[0].toLowerCase();
    if (/^(?:count|rely|depend)/.test(word)) { countOn(article, parties, s, at, end, out, quotes); continue; }
    // OWN_COUNTRY: "the support of his country to Serbia" — the holder's own country stands between the noun and its object.
    const own = NOUN.test(word) ? OWN_COUNTRY.exec(scan.slice(end, end + 30)) : null;
    const objectFrom = end + (own ? own[0].length : 0);
    const noun = NOUN.test(word) && (word !== 'support' || /^ (?:for|to) /.test(scan.slice(objectFrom, objectFrom + 5)));
    if (noun && OTHER_KIND.test(clauseLead)) continue;
    if (!noun && /^ (?:by|down|off|away|out|up|for|to)\b/.test(scan.slice(end, end + 6))) continue;
    const from = noun ? objectFrom + (/^ (?:for|to)/.exec(scan.slice(objectFrom, objectFrom + 4))?.[0].length ?? 0) : end;
    const found = objectAt(scan, parties, from, s.end) ?? secondObject(scan, parties, from, s.end);
    // A person backed stands for the country he leads only when the backing is stated to him ("expressed his full support for Santoso"), not told of ("Crane's support for Lima came as no surprise").
    const objects = found?.filter((p) => !p.actor || p.body || (noun && STATED.test(clauseLead)));
    if (!objects?.length) continue;
    if (word === 'consent' && !JOINING.test(scan.slice(objects[objects.length - 1].end, objects[objects.length - 1].end + 20))) continue;
    const holders = (noun ? nounHolder(article, parties, s, at, quotes) : verbHolder(article, parties, s, at, quotes)).filter((h) => !A_PEOPLE.test(scan.slice(Math.max(s.start, h.start - 20), h.start)));
    // Support for a disaster's victims or an economy is aid of that kind (relief, reconstruction): the words from the trigger to the clause's end say so.
    const last = objects[objects.length - 1];
    const clause = scan.slice(end, Math.min(s.end, last.end + 150)).split(/[;:]| — |, (?:while|but|whereas|and)\b/)[0];
    // Backing promised on a condition ("would support Ukraine if Russia attacked again") is not given.
    if (/\b(?:if|unless|should|provided)\b/.test(scan.slice(last.end, last.end + clause.length))) continue;
    const kind = AID_PURPOSE.find((h) => h.pattern.test(clause))?.kind ?? 'diplomatic_support';
    for (const by of holders) for (const p of objects) {
      if (p.code === by.code || p.body) continue;
      out.drafts.push(clauseDraft(article, s, at, p.end, BACKING_OBJECT.id, by, kind, p, 'beneficiary'));
    }

  }
}

/** The party (and the list it heads) the object starting at `from` names, or undefined when the object is no party. */
function objectAt(scan: string, parties: PartyIndex, from: number, to: number): Party[] | undefined {
  const near = spansBetween(parties.all, from, Math.min(to, from + 60));
  const first = near.find((p) => p.start >= from);
  if (!first) return undefined;
  const gap = scan.slice(from, first.start);
  if (!OBJECT_GAP.test(gap) || NOT_PARTY_OBJECT.test(gap)) return undefined;
  if (first.demonym && !DEMONYM_HEAD.test(scan.slice(first.end, first.end + 20))) return undefined;
  if (NOT_OBJECT_END.test(scan.slice(first.end, first.end + 12))) return undefined;
  const list = parties.listAfter(first.start, to).filter((p) => !p.demonym || DEMONYM_HEAD.test(scan.slice(p.end, p.end + 20)));
  return list.length && list[0].start === first.start ? list : [first];
}

/** "support for patrols off the coast and for Somalia": the object after "and for/to" in the same clause. */
function secondObject(scan: string, parties: PartyIndex, from: number, to: number): Party[] | undefined {
  const rest = scan.slice(from, Math.min(to, from + 160));
  const and = /^[^;:"“”.]*? and (?:also )?(?:for|to) /.exec(rest);
  return and ? objectAt(scan, parties, from + and[0].length - 1, to) : undefined;
}

/** The quote holding `at`, when the words before the trigger speak as "we"/"our". */
function speakerParty(article: Article, parties: PartyIndex, at: number, quotes: Quote[]): Party | undefined {
  const q = quotes[lastStartingBy(quotes, at)];
  if (!q || at >= q.end || !q.speaker) return undefined;
  const country = article.actors.find((a) => a.id === q.speaker)?.country ?? null;
  const body = parties.all.find((p) => p.actor === q.speaker && p.body);
  if (body) return body;
  return { start: at, end: at, code: country ?? '', actor: q.speaker, demonym: false, body: !country };
}

/** A support noun's holder: its possessor (a coordinated list of them), else the clause's subject, or the speaker of "our"/"we". */
function nounHolder(article: Article, parties: PartyIndex, s: Sentence, at: number, quotes: Quote[]): Party[] {
  const { scan } = article;
  const lead = scan.slice(Math.max(s.start, at - 60), at);
  const owned = /(['’]s?) (?:[a-z-]+ ){0,3}$/.exec(lead);
  if (owned) {
    const p = parties.endingBefore(at - owned[0].length, s.start);
    if (p && !p.demonym) return parties.listEndingWith(p, s.start);
  }
  // "their support": a group's (the leaders, two parties named together), which group-makers.ts reads for the proximity rules.
  if (/\btheir\b(?: [a-z-]+){0,4} $/i.test(lead)) return [];
  if (/\b(?:our|my|we)\b(?: [a-z-]+){0,4} $/i.test(lead)) {
    const sp = speakerParty(article, parties, at, quotes);
    return sp ? [sp] : [];
  }
  // "Pakistan declared its support": the agent of the stating verb before "its/his/her" holds it, whatever a fronted phrase names first.
  const own = OWN_STATED.exec(lead);
  const agent = own ? parties.agentBefore(s, at - own[0].length) : undefined;
  if (agent && !agent.demonym && !insideQuote(quotes, agent.start, at)) return [agent];
  const subject = parties.subjectBefore(s, at);
  return subject && !insideQuote(quotes, subject.start, at) ? [subject] : [];
}
/** Before a support noun: a stating verb and "its/his/her" (adjectives between); the verb's agent holds the support. */
const OWN_STATED = /\b(?:express|pledg|reiterat|reaffirm|voic|offer|extend|assur|declar|convey|affirm|promis|vow|show|stress|underlin|emphasi[sz]|confirm)\w* (?:its|his|her)(?: [a-z-]+){0,4} $/i;

/** A support verb's holder: its agent, or the speaker of "we". */
function verbHolder(article: Article, parties: PartyIndex, s: Sentence, at: number, quotes: Quote[]): Party[] {
  const agent = parties.agentBefore(s, at);
  if (agent) return [agent];
  if (WE.test(article.scan.slice(Math.max(s.start, at - 25), at).split(/\b(?:that|and)\b/).pop() ?? '')) {
    const sp = speakerParty(article, parties, at, quotes);
    return sp ? [sp] : [];
  }
  return [];
}

const insideQuote = (quotes: Quote[], a: number, b: number) => { const q = quotes[lastStartingBy(quotes, b)]; return !!q && b < q.end && a < q.start; };

/** "Moldova … can count on Romania's support": the holder is the support's possessor, the beneficiary the subject of "count on". */
function countOn(article: Article, parties: PartyIndex, s: Sentence, at: number, end: number, out: { drafts: CommitmentDraft[]; claimed: Span[] }, quotes: Quote[]): void {
  const { scan } = article;
  const after = scan.slice(end, Math.min(s.end, end + 80));
  const counted = COUNTED.exec(after);
  if (!counted) return;
  const owner = spansBetween(parties.all, end, end + counted[0].length).find((p) => /^['’]s?\b/.test(scan.slice(p.end, p.end + 2)) && !p.demonym);
  const by = owner ?? (/\b(?:our|my)\b/i.test(counted[0]) ? speakerParty(article, parties, at, quotes) : undefined);
  if (!by) return;
  // The subject: the nearest party before "count on" with only an appositive and a modal between.
  const candidates = spansBetween(parties.all, Math.max(s.start, at - 200), at).filter((p) => p.end <= at && !p.demonym);
  const subject = [...candidates].reverse().find((p) => COUNT_GAP.test(scan.slice(p.end, at)));
  if (!subject || subject.code === by.code || subject.body) return;
  out.drafts.push(clauseDraft(article, s, at, end + counted[0].length, BACKING_OBJECT.id, by, 'diplomatic_support', subject, 'beneficiary'));
}
