/**
 * Quoted passages and who said them. Attribution after the quote ("…," Starmer wrote on X),
 * before it (Herzog described Biden as a "true ally"), or, for a quote standing alone, the
 * speaker of the quote just before it, or the one a sentence just before tells posted. The platform
 * comes from the attribution ("on X", "tweeted", "took to Twitter") or, failing that, from the
 * sentence before when it says where the same speaker posted, or from an @handle in the words.
 */
import type { Article, Mention, Quote, Sentence, Span } from './extraction-types.js';
import { mainClause } from './main-clause.js';
import { HANDLE_IN_WORDS, LATER_POST, OTHER_MEDIUM, THE_POST, postRuleOf } from './post-rules.js';
import { lastStartingBy, spansBetween } from './span-index.js';

/**
 * FOREIGN_ATTRIBUTION: the verbs of saying and writing of a French or Spanish text ('« … », a écrit Faye', '«…», expresó
 * Ruiz'), in SPEECH_AFTER: past participle or preterite, no letter after it (an accented last letter ends no \b word).
 */
export const FOREIGN_ATTRIBUTION = {
  id: 'quote.foreign-attribution',
  example: '« Nous rouvrirons le pont lundi », a écrit la maire Ines Varga sur sa page Facebook.',
  reason: 'A French or Spanish text attributes a quote after it with its own verb ("a écrit", "a ajouté", "expresó", "escribió"); the person named next is the speaker, as after "said".',
};
/** The speaker's words, then an appositive between commas ("Andriy Yermak, the head of the presidential office,"), then the verb. */
const SPEECH_AFTER = /^[\s,.!?:-]*(?:[\p{L}\p{N}_'’.-]+\s+){0,6}?(?:[\p{L}\p{N}_'’.-]+,[^,"]{1,90},\s+)?(?:(?:said|says|wrote|writes|stressed|added|tweeted|posted|noted|told|stated|declared|emphasi[sz]ed|remarked|insisted|continued|concluded|explained|asked|warned|urged|underlined|highlighted|read|reads|replied|responded|commented|shared)\b|(?:[ée]crit|d[ée]clar[ée]|ajout[ée]|tweet[ée]|publi[ée]|indiqu[ée]|affirm[ée]|soulign[ée]|conclu|expliqu[ée]|escribi[óo]|expres[óo]|public[óo]|tuite[óo]|afirm[óo]|señal[óo]|agreg[óo]|añadi[óo]|indic[óo]|manifest[óo]|dijo|declar[óo])(?!\p{L}))/iu;

/** The post itself as the subject of the attribution: '"…," the post said'. */
const POST_SUBJECT = /^[\s,.!?:-]*(?:the|his|her|a|that) (?:(?:latest|new|later|earlier) )?(?:post|message|tweet|posting) (?:said|says|read|reads|added|continued|stated)\b/i;

/** '"…," it read': the post a sentence before told as its subject. */
const IT_READ = /^[\s,.!?:-]*it (?:said|says|read|reads|added|stated)\b/i;

/** 'It stated: "…"': the post (or statement on a platform) the sentence before told, as the subject of the verb before the quote. */
const IT_BEFORE = /(?:^|[.!?]\s+)It (?:said|says|read|reads|stated|states|added)\s*[:,]?\s*$/;
export const IT_STATED_RULE = {
  id: 'post.it-stated',
  example: 'The minister drew notice with a message on her official Telegram channel. It read: "The corridor opens on Monday."',
  reason: 'As after the quote (\'"…," it read\'), "It read:" before it names the post or statement the sentence just before placed on a platform; its author is the person that sentence names.',
};

/**
 * 'Ruiz shared details of the talks on X. ¶ "…," Ruiz stated.': a quote opening the paragraph after the one whose last
 * sentence tells that its speaker posted on a platform (and quotes nothing) is that post's words, attributed anew.
 */
export const POSTED_THEN_QUOTED = {
  id: 'post.posted-then-quoted',
  example: 'Mayor Ines Varga shared photos of the flood barrier on Facebook.\n\n"The barrier held through the night," Varga wrote in the caption.',
  reason: 'News tells that someone posted, then opens the next paragraph with the words and their attribution; the sentence before places them on its platform as for a quote of the same paragraph.',
};

/** '"…," according to a post on Monday by Foreign Minister Ana Ruiz': the post's author follows "by". */
const POST_BY_AFTER = /^[\s,.!?:-]*according to (?:a|an|the|his|her|their|its) (?:[\p{L}-]+ ){0,2}?(?:tweet|post|posting|message)s?\b[^",;]{0,40}?\bby\b/iu;

/** ', and Tomas Bell wrote …': the last ", and" of the clause before a quote with no comma after it (the coordinated clause that introduces the quote). */
const AND_CLAUSE = /, and [^,]*$/;
/** A verb of saying or writing in that clause. */
const SAYING_IN_CLAUSE = /\b(?:said|says|wrote|writes|posted|tweeted|added|stated|declared|told)\b/;
export const COORDINATED_SPEAKER = {
  id: 'quote.coordinated-speaker',
  example: 'Officials said Mayor Ines Varga was unhurt, and her adviser Tomas Ekwueme wrote on X that she was "safe and at her desk."',
  reason: 'A clause coordinated by ", and" with a person of its own before its verb of saying attributes the quote that follows; the person opening the sentence belongs to the first clause.',
};

/** After a holder's mention: the office that speaks for it ("the president's office wrote"), no person; account-author.ts names it. */
const OFFICE_OF_HOLDER = /^['’]s (?:[Pp]ress )?(?:[Oo]ffice|[Ss]ervice)\b/;
/** A holder named by the role alone ("the president", "the Presidency"): its office speaks as an account ('"…," Ruto's office said' stays Ruto's). */
const ROLE_WORDS = /^(?:the )?(?:president|presidency|prime minister)$/i;

/** How many sentences of a quote continued from earlier paragraphs the post's author may be told before. */
const CONTINUED_BACK = 6;

/** A sentence that tells the news was posted ("announced this on social media"), its object "this" or "it". */
const TOLD_THIS_ON = /\b(?:announced|reported|disclosed|shared|posted|wrote|published|stated) (?:this|it|about (?:this|it)) (?:on|in|via|through|to)\b/;
/** How many sentences back that sentence may stand. */
const TOLD_THIS_BACK = 4;
export const TOLD_THIS_RULE = {
  id: 'post.told-this-on',
  example: 'The mayor announced this on social media on Monday.\n\n"The dams held and the school will open," Ines Varga stressed.',
  reason: 'A sentence a little before the quote that tells its news was posted ("announced this on social media"), naming no other person and with no other quote between, says where the words the same speaker is then quoted with appeared.',
};

/** How many sentences back that statement may be told. */
const NOUN_BACK = 3;

/** A possessive determiner: it qualifies a noun and is never the subject of the attribution. */
const POSSESSIVE = /^(?:his|her|its|their)$/i;

/** A single capitalised word and a verb of saying after a quote ('"…," Prokudin said'): a surname; group 1. */
const SURNAME_AFTER = /^[\s,.!?:-]*(\p{Lu}[\p{L}'’-]+) (?:said|says|wrote|writes|added|posted)\b/u;

/** After a possessor: a lower-case title, then a name and the verb of the attribution. */
const POSSESSOR_OF_NAMED = /^['’]s (?:[a-z-]+ ){1,3}\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2},? (?:said|says|wrote|writes|posted|tweeted|added|shared)\b/u;

/** A quote written, not said ("…," he wrote): a post when the speaker's post was told shortly before. */
const WROTE_AFTER = /^[\s,.!?:-]*(?:[\p{L}\p{N}_'’.-]+\s+){0,4}?(?:wrote|writes|posted)\b/iu;
const WROTE_BEFORE = /\b(?:wrote|writes|posted)\b[^"]{0,40}$/i;
/** How many sentences back the post of a written quote may be told. */
const WROTE_BACK = 4;

/**
 * A quote that is its sentence's whole text, right after a sentence (no quote in it) whose main clause tells that
 * someone posted on a platform: the words of that post, by the person named before the verb.
 */
export const POST_TOLD_BEFORE = {
  id: 'post.told-before',
  example: 'Mayor Ines Varga posted a message on Telegram on Monday evening.\n\n"The dams held and the school will open."',
  reason: 'News tells that a post was made, then sets its words off alone; the one who posted is its author.',
};
const POSTING_VERB = /\b(?:posted|wrote|tweeted|shared|published)\b/;
export const OPENED_BEFORE_RULE = {
  id: 'quote.opened-before',
  example: 'The ferry will run all year and stop at both harbours," Ana Ruiz wrote on X after the talks.',
  reason: 'A paragraph that begins with the words of a quote whose opening mark the page lost (its first mark closes, after a comma or a stop, and its marks are odd in number) holds a quote from its start to that mark.',
};
/** Longer than this, a line is no hard wrap: the text puts one paragraph on each line. */
const WRAP = 100;
/**
 * Quote spans per paragraph: straight double quotes in `scan`, paired in order; one left open runs to
 * its paragraph's end. With one paragraph per line (a line longer than WRAP), each line is one, so an
 * unclosed quote does not pair with the next line's opening mark and swallow the lines between.
 */
export function quoteSpans(scan: string, sentences: Sentence[], body = scan): Array<Span & { inner: Span }> {
  const out: Array<Span & { inner: Span }> = [];
  const lines = body.split('\n').some((line) => line.length > WRAP);
  const paragraphs = new Map<number, Span>();
  for (const s of sentences) {
    const p = paragraphs.get(s.paragraph);
    paragraphs.set(s.paragraph, p ? { start: p.start, end: s.end } : { start: s.start, end: s.end });
  }
  for (const p of paragraphs.values()) {
    // OPENED_BEFORE: a paragraph whose first mark closes a quote (a closing curly mark, or one after , . ! ? and before a
    // space) and that holds an odd number of marks opens with the quote's words, their opening mark left out.
    let count = 0;
    let first = -1;
    for (let i = p.start; i < p.end; i++) if (scan[i] === '"') { count++; if (first < 0) first = i; }
    const opened = count % 2 === 1 && first - p.start > 20 && (body[first] === '\u201d' || (/[,.!?]/.test(scan[first - 1]) && (first + 1 >= p.end || scan[first + 1] === ' ')));
    let open = opened ? p.start : -1;
    let openInner = opened ? p.start : -1;
    for (let i = p.start; i < p.end; i++) {
      if (lines && body[i] === '\n' && open >= 0) {
        if (i - open > 20) out.push({ start: open, end: i, inner: { start: openInner, end: i } });
        open = -1;
      }
      // DOUBLED_APOSTROPHE: two apostrophes in a row ('' … '') stand for a double quotation mark.
      const doubled = scan[i] === "'" && scan[i + 1] === "'" && i + 1 < p.end;
      if (scan[i] !== '"' && !doubled) continue;
      if (open < 0) {
        open = i;
        openInner = doubled ? i + 2 : i + 1;
      } else {
        out.push({ start: open, end: doubled ? i + 2 : i + 1, inner: { start: openInner, end: i } });
        open = -1;
      }
      if (doubled) i++;
    }
    if (open >= 0 && p.end - open > 20) out.push({ start: open, end: p.end, inner: { start: openInner, end: p.end } });
  }
  return out;
}

/** The platform an attribution names ("on X" → "X", "tweeted" → "Twitter"), or null (post-rules.ts). */
export function platformOf(text: string): string | null {
  return postRuleOf(text)?.platform ?? null;
}

/** The span (sorted, disjoint) that contains `at`, by binary search. */
function spanAt<T extends Span>(spans: T[], at: number): T | undefined {
  const i = lastStartingBy(spans, at);
  return i >= 0 && at < spans[i].end ? spans[i] : undefined;
}

/** The body with every quoted span blanked but its marks, so that attributions are read outside the quotes. */
function maskQuotes(scan: string, spans: Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of spans) {
    parts.push(scan.slice(at, q.start), '"', ' '.repeat(Math.max(0, q.end - q.start - 2)), q.end - q.start > 1 ? '"' : '');
    at = q.end;
  }
  parts.push(scan.slice(at));
  return parts.join('');
}

/**
 * Attributes each quote to a speaker using the resolved mentions. Linear in the text: quotes and
 * mentions are walked in order with binary searches, each quote reads only its own clause, and
 * what is read per sentence (platform, other medium) is computed once per sentence range.
 */
export function attributeQuotes(article: Article, spans: Array<Span & { inner: Span }>, mentions: Mention[]): Quote[] {
  const { scan, sentences } = article;
  const persons = new Set(article.actors.filter((a) => a.kind !== 'institution').map((a) => a.id));
  const outside = mentions.filter((m) => !spanAt(spans, m.start) && persons.has(m.actor)).sort((a, b) => a.start - b.start);
  const speakersBySentence = new Map<number, Set<string>>();
  for (const m of outside) {
    const set = speakersBySentence.get(m.sentence) ?? new Set<string>();
    set.add(m.actor);
    speakersBySentence.set(m.sentence, set);
  }
  const masked = maskQuotes(scan, spans);
  const contextOf = new Map<string, { post: ReturnType<typeof postRuleOf>; otherMedium: boolean }>();
  const firstFrom = (at: number) => { const i = lastStartingBy(outside, at - 1); return i + 1; };
  /** A person named after `at` (the start of the coordinated clause `clause`) and before the clause's verb of saying. */
  const hasOwnSpeaker = (at: number, clause: string) => {
    const verb = SAYING_IN_CLAUSE.exec(clause);
    const m = outside[firstFrom(at)];
    return !!verb && !!m && m.end <= at + verb.index;
  };
  const quotes: Quote[] = [];
  spans.forEach((q, i) => {
    const sentence = sentences[Math.max(0, lastStartingBy(sentences, q.start))];
    let lastSentence = sentences[Math.max(sentence.index, lastStartingBy(sentences, q.end - 1))] ?? sentence;
    // '"Thank you, Japan!" Zelensky wrote on X.': a quote ending in ! or ? ends its sentence, and its attribution follows.
    const following = sentences[lastSentence.index + 1];
    if (following && following.paragraph === lastSentence.paragraph && /[!?]\s*$/.test(scan.slice(q.inner.start, q.inner.end))
      && scan.slice(q.end, lastSentence.end).trim() === '' && SPEECH_AFTER.test(scan.slice(following.start, following.end))) lastSentence = following;
    const nextQuote = spans[i + 1]?.start ?? Infinity;
    const afterEnd = Math.min(lastSentence.end, nextQuote);
    const after = scan.slice(q.end, afterEnd);
    let speaker: string | null = null;
    if (SPEECH_AFTER.test(after) && !/^[\s,]*(?:while|whereas|but|and|as|though|although)\b/i.test(after)) {
      const m = outside[firstFrom(q.end)];
      // '"…," the president's office wrote': the office, not its holder, is the subject (OFFICE_OF_HOLDER).
      speaker = m && m.start < afterEnd && !(ROLE_WORDS.test(scan.slice(m.start, m.end)) && OFFICE_OF_HOLDER.test(scan.slice(m.end, m.end + 24))) ? m.actor : null;
    }
    const postBy = speaker ? null : POST_BY_AFTER.exec(after);
    if (postBy) {
      const m = outside[firstFrom(q.end + postBy[0].length)];
      speaker = m && m.start < afterEnd ? m.actor : null;
    }
    const clauseStart = Math.max(sentence.start, spans[i - 1] && spans[i - 1].end > sentence.start ? spans[i - 1].end : sentence.start);
    const before = scan.slice(clauseStart, q.start);
    // The start of the coordinated clause that introduces the quote (COORDINATED_SPEAKER), else -1.
    let coordinated = -1;
    if (!speaker) {
      // A semicolon just before the quote introduces it, as a colon would ('Ruto then posted; "…"'): no clause ends there.
      const semi = /;\s*$/.test(before) ? before.lastIndexOf('; ', before.lastIndexOf(';') - 1) : before.lastIndexOf('; ');
      // COORDINATED_SPEAKER: ', and Tomas Bell wrote on X that …': a clause coordinated after the first, whose own subject names a person
      // before its verb of saying, attributes the quote; the person who opens the sentence is the first clause's.
      const and = before.search(AND_CLAUSE);
      const own = and >= 0 && hasOwnSpeaker(clauseStart + and, before.slice(and));
      if (own) coordinated = clauseStart + and;
      const cut = Math.max(semi, before.search(/, (?:while|whereas|but) [^,]*$/), own ? and : -1);
      const from = cut >= 0 ? clauseStart + cut : clauseStart;
      for (let k = firstFrom(from); k < outside.length && outside[k].start < q.start; k++) {
        // 'Upon his arrival, Zardari said, "…"': a possessive is no subject when a name follows it in the clause.
        const next = outside[k + 1];
        if (POSSESSIVE.test(scan.slice(outside[k].start, outside[k].end)) && next && next.end <= q.start) continue;
        // "Erdogan's communications director Fahrettin Altun wrote": the possessor of a titled name is not its subject.
        if (POSSESSOR_OF_NAMED.test(scan.slice(outside[k].end, q.start))) continue;
        if (outside[k].end <= q.start) { speaker = outside[k].actor; break; }
      }
    }
    const prev = quotes[quotes.length - 1];
    const standalone = clauseStart === sentence.start && before.trim() === '' && after.replace(/^[\s,.!?]+/, '') === '';
    // A quote set off after a line ending in a colon ("Trump wrote on Truth Social:") is that line's.
    const intro = standalone ? sentences[sentence.index - 1] : undefined;
    let toldBefore = false;
    let introduced = intro && !spanAt(spans, intro.start) && /:\s*$/.test(scan.slice(intro.start, intro.end)) ? intro : undefined;
    if (!speaker && introduced) speaker = [...(speakersBySentence.get(introduced.index) ?? [])].pop() ?? null;
    // 'Ruiz posted a message on X on Monday. ¶ "…"': a quote standing alone right after a sentence that tells its speaker posted (POST_TOLD_BEFORE).
    if (!speaker && !introduced && intro && sentence.paragraph - intro.paragraph <= 1 && spansBetween(spans, intro.start, intro.end).length === 0) {
      const told = mainClause(masked.slice(intro.start, intro.end));
      const verb = POSTING_VERB.exec(told);
      const by = verb && postRuleOf(told) ? outside[firstFrom(intro.start + verb.index) - 1] : undefined;
      if (by && by.start >= intro.start) { speaker = by.actor; introduced = intro; toldBefore = true; }
    }
    if (!speaker && standalone && prev) speaker = prev.speaker;
    // 'Ruiz wrote that "…" and that "…"': a quote coordinated with the one before it in its sentence is the same speaker's.
    if (!speaker && prev && prev.sentence === sentence.index && /^[\s,]*(?:and|but) (?:also )?(?:that )?$/.test(scan.slice(prev.end, q.start))) speaker = prev.speaker;
    // 'Trump posted on Truth Social on Friday. "…," the post said.': the post's author is the one named just before.
    // Passing over the paragraphs of a quote continued from before ('"Our talks were good.¶"We will meet again," the post read.').
    let toldAt = sentence.index - 1;
    let toldFrom = sentence.paragraph;
    while (toldAt >= 0 && toldAt >= sentence.index - CONTINUED_BACK && spanAt(spans, sentences[toldAt].start) && toldFrom - sentences[toldAt].paragraph <= 1) toldFrom = sentences[toldAt--].paragraph;
    const told = toldAt >= 0 ? sentences[toldAt] : undefined;
    if (!speaker && told && toldFrom - told.paragraph <= 1 && POST_SUBJECT.test(after)) speaker = [...(speakersBySentence.get(told.index) ?? [])].pop() ?? null;
    // 'Ruiz's Telegram post on Monday thanked the mayors. "…," it read.': "it" is the post the sentence before made its subject.
    if (!speaker && told && toldFrom - told.paragraph <= 1 && IT_READ.test(after) && postRuleOf(mainClause(masked.slice(told.start, told.end)))) speaker = [...(speakersBySentence.get(told.index) ?? [])][0] ?? null;
    // IT_STATED_RULE: 'It stated: "…"' after a sentence that placed a post or statement on a platform.
    let itStated: ReturnType<typeof postRuleOf> = null;
    if (!speaker && told && toldFrom - told.paragraph <= 1 && IT_BEFORE.test(before)) {
      itStated = postRuleOf(mainClause(masked.slice(told.start, told.end)));
      if (itStated) {
        speaker = [...(speakersBySentence.get(told.index) ?? [])][0] ?? null;
        itStated = { ...itStated, rule: IT_STATED_RULE.id };
      }
    }
    // Platform and medium are read from the whole sentence outside quotes ("…, both in posts to X").
    // A coordinated clause with a speaker of its own is read alone: a medium of the first clause ("told reporters") is not its.
    const from = coordinated >= 0 ? coordinated : sentence.start;
    const key = `${from}-${lastSentence.index}`;
    let context = contextOf.get(key);
    if (!context) {
      const text = mainClause(masked.slice(from, lastSentence.end));
      context = { post: postRuleOf(text), otherMedium: OTHER_MEDIUM.test(text) };
      contextOf.set(key, context);
    }
    let post = context.post ?? (speaker ? itStated : null);
    if (!post) {
      const earlier = sentences[sentence.index - 1];
      // POSTED_THEN_QUOTED: the quote opens its paragraph, right after a paragraph whose last sentence (no quote in it) tells its speaker posted.
      const opens = earlier && earlier.paragraph === sentence.paragraph - 1 && scan.slice(sentence.start, q.start).trim() === '' && spansBetween(spans, earlier.start, earlier.end).length === 0
        && POSTING_VERB.test(mainClause(masked.slice(earlier.start, earlier.end))) && !WROTE_AFTER.test(after) && !WROTE_BEFORE.test(before);
      if (earlier && (earlier.paragraph === sentence.paragraph || earlier === introduced || opens) && !spanAt(spans, earlier.start)) {
        const said = speaker !== null && (speakersBySentence.get(earlier.index)?.has(speaker) ?? false);
        if (said) post = postRuleOf(mainClause(masked.slice(earlier.start, earlier.end)));
        if (post && toldBefore) post = { ...post, rule: POST_TOLD_BEFORE.id };
        else if (post && opens && earlier.paragraph !== sentence.paragraph && earlier !== introduced) post = { ...post, rule: POSTED_THEN_QUOTED.id };
      }
    }
    // "…," he wrote: the platform of the speaker's post told a few sentences before (WROTE_BACK).
    if (!post && speaker && (WROTE_AFTER.test(after) || WROTE_BEFORE.test(before))) {
      for (let k = sentence.index - 1; k >= 0 && k >= sentence.index - WROTE_BACK; k--) {
        const e = sentences[k];
        if (!speakersBySentence.get(e.index)?.has(speaker)) continue;
        const told = mainClause(masked.slice(e.start, e.end));
        if (OTHER_MEDIUM.test(told) || /\bletter\b/i.test(told)) break;
        post = postRuleOf(told);
        if (post) break;
      }
    }
    // '"…," Albanese said. He made the comments in a post on X.': the next sentence tells where the words were posted.
    const next = sentences[lastSentence.index + 1];
    if (!post && speaker && !context.otherMedium && next && next.paragraph - lastSentence.paragraph <= 1 && nextQuote >= next.end) {
      const told = mainClause(masked.slice(next.start, next.end));
      if (LATER_POST.test(told)) post = postRuleOf(told);
    }
    const lead = scan.slice(Math.max(sentence.start, q.start - 120), q.start);
    const speech = SPEECH_AFTER.test(after) || postBy !== null || /\b(?:said|says|wrote|writes|stated|added|declared|tweeted|posted)\b[^"]{0,80}$/.test(lead);
    // TOLD_THIS_ON: 'The president announced this on social media. ¶ "…," Ruiz stressed.': a sentence a little before that
    // tells the news was posted ("this", "it") and names no other person places the quote spoken after it on that platform.
    for (let k = sentence.index - 1; !post && speaker && speech && !context.otherMedium && k >= 0 && k >= sentence.index - TOLD_THIS_BACK; k--) {
      const e = sentences[k];
      if (spansBetween(spans, e.start, e.end).length > 0) break;
      const others = [...(speakersBySentence.get(e.index) ?? [])].some((a) => a !== speaker);
      if (others) break;
      const told = mainClause(masked.slice(e.start, e.end));
      if (TOLD_THIS_ON.test(told)) post = postRuleOf(told.slice(told.search(TOLD_THIS_ON)));
      if (post) post = { ...post, rule: TOLD_THIS_RULE.id };
    }
    // '"…," said Ruto in the statement.': the statement a sentence just before placed on a platform.
    const the = !post && speaker ? THE_POST.exec(mainClause(masked.slice(sentence.start, lastSentence.end))) : null;
    for (let k = sentence.index - 1; the && !post && k >= 0 && k >= sentence.index - NOUN_BACK; k--) {
      const told = mainClause(masked.slice(sentences[k].start, sentences[k].end));
      if (new RegExp(`\\b${the[1]}\\b`, 'i').test(told)) post = postRuleOf(told);
    }
    // '… reported on Telegram by the governor Oleksandr Prokudin. "…," Prokudin said.': the surname of a name told with the platform just before.
    const surname = !post && !speaker ? SURNAME_AFTER.exec(after) : null;
    const earlier = surname ? sentences[sentence.index - 1] : undefined;
    if (surname && earlier && sentence.paragraph - earlier.paragraph <= 1 && new RegExp(`\\p{Lu}[\\p{L}'’-]+ ${surname[1]}\\b`, 'u').test(scan.slice(earlier.start, earlier.end))) post = postRuleOf(mainClause(masked.slice(earlier.start, earlier.end)));
    // '"I spoke with @SecRubio today …," Ruto's statement read': words that hold an @handle were written for a platform.
    if (!post && speaker && !context.otherMedium && HANDLE_IN_WORDS.pattern.test(scan.slice(q.inner.start, q.inner.end))) post = { rule: HANDLE_IN_WORDS.id, platform: HANDLE_IN_WORDS.platform };
    quotes.push({ start: q.start, end: q.end, inner: q.inner, sentence: sentence.index, speaker, platform: post?.platform ?? null, platformRule: post?.rule, otherMedium: context.otherMedium, speech });
  });
  // A quote left open at its paragraph's end goes on in the quote that opens the next paragraph (news prints a quote
  // of several paragraphs so): its speaker is the one the quote's last part names.
  for (let i = quotes.length - 2; i >= 0; i--) {
    const a = quotes[i];
    const b = quotes[i + 1];
    const opens = sentences[b.sentence];
    if (a.speaker || !b.speaker || a.inner.end !== a.end || opens.paragraph !== sentences[a.sentence].paragraph + 1) continue;
    if (sentences[opens.index - 1]?.paragraph === opens.paragraph || scan.slice(opens.start, b.start).trim() !== '') continue;
    quotes[i] = { ...a, speaker: b.speaker, speech: b.speech };
  }
  return quotes;
}
