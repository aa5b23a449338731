/**
 * Stage 7 — social-media posts. A quote is a post when its attribution names a platform ("on X",
 * "took to Twitter"). Quotes of the same speaker next to it join the post when nothing names
 * another medium: the unattributed second half of a post, a quote of its paragraph, a quotation
 * left open at the end of the paragraph before, or a quote of the next paragraph set off with no
 * attribution, one of writing ("he wrote") or of going on ('"…," he added', "He concluded:" on a line of its
 * own); one that a verb of speaking attributes anew there ('He added: "…"', '"…," he said') is a statement of its
 * own. An embed and the same post quoted in other words beside it are one post, the embed. A post that reports a
 * contact is linked to that call.
 */
import type { ActorRecord, Article, Quote, TweetDraft } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { accountAuthor, signatureAccount, type AccountContext } from './account-author.js';
import { appositiveAuthor, officeAuthor, subjectAuthor, untitledAuthor } from './untitled-author.js';
import { honorificAuthor } from './honorific-author.js';
import { dateForSentence } from './date-for-sentence.js';
import { findEmbeddedPosts, findUnquotedPosts } from './find-embedded-posts.js';
import { byStart } from './span-index.js';
import { THE_POST, postRuleOf } from './post-rules.js';

export const TWEET_RULES = {
  platform: { id: 'tweet.platform', example: '"My friend Joe Biden has achieved a lot," German chancellor Olaf Scholz wrote on X.', reason: 'The attribution says the words were posted on a social platform.' },
  samePost: { id: 'tweet.same-post', example: '"We agreed on trade," Ruto wrote on Facebook. … "We will meet again," Ruto said in the Facebook post.', reason: 'Words said in "the" post are more of the post of that author told shortly before.' },
  joined: { id: 'tweet.joined-quote', example: '"… deserves respect," Scholz wrote on X. "His decision not to run again deserves respect."', reason: 'A neighbouring quote of the same speaker with no other medium is part of the same post.' },
} as const;

/**
 * The sentence that introduces quote `q` from a paragraph of its own ending in a colon ("Trump concluded:"), when `q`
 * opens the next paragraph; else undefined.
 */
const introOf = (q: Quote, article: Article) => {
  const s = article.sentences[q.sentence];
  const intro = article.sentences[s.index - 1];
  if (!intro || intro.paragraph !== s.paragraph - 1 || article.sentences[intro.index - 1]?.paragraph === intro.paragraph) return undefined;
  return article.scan.slice(s.start, q.start).trim() === '' && /:\s*$/.test(article.scan.slice(intro.start, intro.end)) ? intro : undefined;
};
/** Two quotes in the same or neighbouring paragraphs, or with only a line introducing the later one between them. */
const near = (a: Quote, b: Quote, article: Article) => {
  const pa = article.sentences[a.sentence].paragraph;
  const pb = article.sentences[b.sentence].paragraph;
  if (Math.abs(pa - pb) <= 1) return true;
  const [first, later] = pa < pb ? [pa, b] : [pb, a];
  return Math.abs(pa - pb) === 2 && introOf(later, article)?.paragraph === first + 1;
};

/**
 * A quote of another paragraph joins a post only when it is set off as words of its own: it opens
 * its sentence ('"…," he added.') or follows "he wrote:" — not a fragment inside a paraphrase
 * ("Zelensky also said the talks "were useless"").
 */
const setOff = (q: Quote, article: Article) => {
  const lead = article.scan.slice(article.sentences[q.sentence].start, q.start);
  return lead.trim() === '' || /\b(?:wrote|writes|added|adds|continued|posted|tweeted)\b[^"]{0,40}$|:\s*$/.test(lead);
};
/**
 * A verb of speaking (not of writing or posting) attributing a quote, after it ('"…," he said') or before it ('He
 * said: "…"', 'He added: "…"'). A quote that opens its paragraph and is then said to go on ('"…," Trump added',
 * '"…," he continued'), or follows "He concluded:", continues the quotation before it and is not spoken anew.
 */
const SPOKEN_AFTER = /^[\s,.!?:;-]*(?:[\p{L}'’.-]+\s+){0,4}?(?:said|says|noted|stressed|explained|insisted|remarked|told)\b/u;
const SPOKEN_BEFORE = /\b(?:added|adds|said|says|noted|stressed|explained|insisted|remarked|told)\b[^"]{0,20}$/;
/**
 * A quote of another paragraph than the post's that a verb of speaking attributes anew ('He added: "…"', '"…," he
 * said') is another statement, not the rest of the post (the judge's gold keeps it apart, as an optional post at
 * most); words the author "wrote", or the post "read", are the post's, and so are a quote that opens its paragraph
 * and is said to go on ('"…," Trump added', '"…," he continued') or that "He concluded:" sets off (session 16: the
 * read gold joins those and keeps 'He added: "…"' apart).
 */
export const SPOKEN_ANEW_RULE = {
  id: 'post.spoken-anew',
  example: '"The bridge is open," Mayor Ines Varga wrote on X.\n\nShe added: "Drive carefully on the first days."',
  reason: 'A quote in another paragraph attributed with a verb of speaking is a statement of its own; a post quoted across paragraphs goes on with no attribution of its own, or one of writing.',
};
const spokenAnew = (q: Quote, article: Article) => {
  const s = article.sentences[q.sentence];
  const intro = introOf(q, article);
  return SPOKEN_BEFORE.test(article.scan.slice(s.start, q.start)) || SPOKEN_AFTER.test(article.scan.slice(q.end, q.end + 80).split(/(?<=[.!?])\s|["\n]/)[0])
    || intro !== undefined && SPOKEN_BEFORE.test(article.scan.slice(intro.start, intro.end));
};
/**
 * A quote left open at its paragraph's end goes on in the quote that opens the next paragraph (news prints a
 * quotation of several paragraphs so): the two are one quotation.
 */
const continues = (a: Quote, b: Quote, article: Article) => {
  const open = article.sentences[b.sentence];
  return a.inner.end === a.end && open.paragraph === article.sentences[a.sentence].paragraph + 1
    && article.sentences[open.index - 1]?.paragraph !== open.paragraph && article.scan.slice(open.start, b.start).trim() === '';
};
/** A quote inside a paraphrase of its own paragraph ('…, adding that the talks were "very productive"'): not the post's words. */
const fragment = (q: Quote, article: Article) => {
  const lead = article.scan.slice(article.sentences[q.sentence].start, q.start);
  return /\b(?:that|as)\b[^":,]{0,60}$/.test(lead.slice(lead.lastIndexOf('"') + 1));
};
/**
 * A quote attributed anew, by name, with a verb of speech ('"…," Modi said.', '"…," said Mr Jaishankar') is a
 * statement of its own, not the rest of a post told next to it ('"…," he added' still is).
 */
const NAMED_SPEECH = /^[\s,.!?:-]*(?:(?:said|says) )?(?:(?:Mr|Ms|Mrs|Dr)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?: (?:said|says)\b|[.,]?\s*$)/u;
const ownStatement = (q: Quote, article: Article) => {
  // The attribution runs to the end of its sentence (a quote of several sentences ends in a later one than it starts).
  const after = article.scan.slice(q.end, q.end + 80).split(/(?<=[.!?])\s|["\n]/)[0];
  // An attribution that places the words on a platform ('"…," Ivan Petrov said via Telegram') makes them the post itself.
  return /\b(?:said|says)\b/.test(after.slice(0, 60)) && NAMED_SPEECH.test(after) && postRuleOf(after) === null;
};
/**
 * 'In a post on X, Modi stated, "…"': a quote of a later sentence whose own clause places it on a platform
 * is a post of its own, not more of the one before (in the same sentence, the platform is the first quote's).
 */
const newPost = (q: Quote, prev: Quote, article: Article) => q.platform !== null && q.sentence !== prev.sentence
  && postRuleOf(article.scan.slice(article.sentences[q.sentence].start, q.start)) !== null;
/**
 * 'Ruiz posted that the call was "warm" and "useful"': a word or three quoted inside a paraphrase of the post, after
 * "that" and words of the reporter's own, characterise it and are no post (GUIDE.md: a post only paraphrased is
 * optional); a clause quoted so ('posted that Chile was "a free nation that …"') and 'wrote that "…"' still are.
 */
const PARAPHRASE = /\bthat\s+(?:[^\s":;]+\s+){1,12}$/;
/** The most words a quoted characterisation has. */
const FEW_WORDS = 3;
const paraphrased = (q: Quote, article: Article) => article.scan.slice(q.inner.start, q.inner.end).trim().split(/\s+/).length <= FEW_WORDS
  && PARAPHRASE.test(article.scan.slice(article.sentences[q.sentence].start, q.start).replace(/"[^"]*"/g, 'Q'));
/** How many fragments in a row a post's parts may be joined over. */
const MAX_PASSED = 6;
/** '"…," Trump said in a post, adding: "…"': the words added in the same sentence are more of the post. */
const ADDING = /\b(?:adding|added|continuing|and added)\b[^"]{0,20}$/;
/** 'wrote that "…" and that "…"': a quote coordinated with the one before it in its sentence has its standing. */
const COORDINATED = /^[\s,]*(?:and|but) (?:also )?(?:that )?$/;
const addedTo = (a: Quote, b: Quote, article: Article) => a.sentence === b.sentence && (ADDING.test(article.scan.slice(a.end, b.start)) || COORDINATED.test(article.scan.slice(a.end, b.start)));
/** `attributed`: the last part of b's quotation (b itself, or the quote it is continued in), whose attribution is b's. */
const joins = (a: Quote, b: Quote, article: Article, attributed: Quote = b) => addedTo(a, b, article) ||
  near(a, b, article) && !ownStatement(a, article) && !ownStatement(attributed, article) && (article.sentences[a.sentence].paragraph === article.sentences[b.sentence].paragraph ? !fragment(b, article) : setOff(b, article) && !spokenAnew(attributed, article));

/** A quote that is its sentence's whole text (no attribution of its own): find-quotes.ts gives it the last quote's speaker. */
const standsAlone = (q: Quote, article: Article) => {
  const s = article.sentences[q.sentence];
  return !q.speech && article.scan.slice(s.start, q.start).trim() === '' && /^[\s,.!?]*$/.test(article.scan.slice(q.end, Math.max(q.end, article.sentences[lastSentenceOf(q, article)].end)));
};
const lastSentenceOf = (q: Quote, article: Article) => {
  let k = q.sentence;
  while (article.sentences[k + 1] && article.sentences[k + 1].start < q.end) k++;
  return k;
};
export const STANDALONE_RULE = {
  id: 'post.standalone-goes-on',
  example: '"Rescuers are still searching the blocks," said Lena Broz via Telegram.\n\n"So far the dead number nine."',
  reason: 'A quote standing alone after a post goes on from it; when the post\'s author is a name only the post stage reads (untitled-author.ts), the quote after it takes that author too.',
};

/**
 * NOT_AFTER_PROSE_RULE: a quote standing alone in a later paragraph than the post's goes on from the post only when it opens
 * its paragraph; after a sentence of the reporter's in that paragraph ("The minister, at a briefing, said that … ¶ "…"),
 * the words are that sentence's speaker's, not the post's.
 */
export const NOT_AFTER_PROSE_RULE = {
  id: 'post.not-after-prose',
  example: '"The bridge is open," the city council wrote on X.\n\nMayor Ines Varga, at a briefing, said that traffic was light. "We expect more cars tomorrow."',
  reason: "A quote that follows the reporter's prose in its own paragraph belongs to that paragraph's speaker; a post quoted across paragraphs goes on at a paragraph's start.",
};
const afterOtherProse = (prev: Quote, q: Quote, article: Article) => {
  const s = article.sentences[q.sentence];
  return s.paragraph !== article.sentences[prev.sentence].paragraph && article.sentences[s.index - 1]?.paragraph === s.paragraph;
};

export const PRONOUN_AFTER_RULE = {
  id: 'post.pronoun-goes-on',
  example: '"Rescuers are still searching the blocks," Lena Broz wrote on Telegram.\n\n"So far the dead number nine," she added.',
  reason: 'A "he"/"she" attributing the quote right after a post names the post\'s author when that author is a name only the post stage reads (untitled-author.ts): the pronoun could not be resolved before.',
};
/** '"…," he added.': a bare pronoun and a verb of saying are the quote's whole attribution, to its sentence's end. */
const PRONOUN_AFTER = /^[\s,.!?]*(?:he|she) (?:added|continued|went on|wrote|said|says|adds|writes)[\s.]*$/i;
const pronounAfter = (q: Quote, article: Article) => PRONOUN_AFTER.test(article.scan.slice(q.end, Math.max(q.end, article.sentences[lastSentenceOf(q, article)].end)));

/** The post stage's view of the article for account-author.ts. */
const accountContext = (article: Article, gazetteer: GazetteerView, added: ActorRecord[]): AccountContext => ({
  article, gazetteer, added, mentions: byStart(article.mentions), countries: byStart(article.countries),
  kinds: new Map(article.actors.map((a) => [a.id, a.kind])),
});

/** Gives platform quotes with no person speaker their account author (account-author.ts), else an untitled author (untitled-author.ts). */
function withAccountAuthors(article: Article, gazetteer: GazetteerView): { quotes: Quote[]; added: ActorRecord[] } {
  if (!article.quotes.some((q) => q.platform && !q.otherMedium)) return { quotes: article.quotes, added: [] };
  const ctx = accountContext(article, gazetteer, []);
  // The author an appositive named stands for the same speaker in the next sentence ('"…," the tweet added').
  let replaced: { from: string; to: string; sentence: number } | null = null;
  const quotes: Quote[] = [];
  article.quotes.forEach((q, i) => quotes.push(authored(q, article.quotes[i - 1], quotes[i - 1])));
  return { quotes, added: ctx.added };

  function authored(q: Quote, was: Quote | undefined, prev: Quote | undefined): Quote {
    // A quote standing alone after a post whose author only this stage found goes on from it (STANDALONE_RULE).
    // PRONOUN_AFTER_RULE: so does one whose attribution is a bare "he"/"she" and a verb of saying ('"…," he added'), which the
    // coreference stage, run before this stage named the author, could not resolve.
    if (!q.speaker && !q.platform && !q.otherMedium && was && !was.speaker && prev?.speaker && (standsAlone(q, article) || pronounAfter(q, article)) && near(prev, q, article) && !afterOtherProse(prev, q, article)) return { ...q, speaker: prev.speaker };
    if (!q.platform || q.otherMedium) return q;
    if (q.speaker && replaced?.from === q.speaker && q.sentence - replaced.sentence <= 1) return { ...q, speaker: replaced.to };
    if (q.speaker) {
      // SUBJECT_AUTHOR_RULE: an untitled name as the subject of the attribution's verb is the author, not a speaker taken from elsewhere in the sentence.
      const to = appositiveAuthor(article, gazetteer, q, ctx.added) ?? subjectAuthor(article, gazetteer, q, ctx.added);
      if (to) replaced = { from: q.speaker, to, sentence: q.sentence };
      return to ? { ...q, speaker: to } : q;
    }
    return { ...q, speaker: accountAuthor(ctx, q) ?? honorificAuthor(article, q) ?? untitledAuthor(article, gazetteer, q, ctx.added) ?? officeAuthor(article, q, ctx.added) };
  }
}

export function findTweets(article: Article, gazetteer: GazetteerView): Article {
  const { body } = article;
  const { quotes, added } = withAccountAuthors(article, gazetteer);
  const used = new Set<number>();
  const tweets: TweetDraft[] = [];
  // The last part of the quotation each quote begins or goes on in (itself unless left open at its paragraph's end).
  const lastPart: number[] = quotes.map((_, i) => i);
  for (let k = quotes.length - 2; k >= 0; k--) if (continues(quotes[k], quotes[k + 1], article)) lastPart[k] = lastPart[k + 1];
  quotes.forEach((q, i) => {
    if (used.has(i) || !q.platform || q.otherMedium || !q.speaker || paraphrased(q, article)) return;
    const parts = [i];
    for (let k = i - 1; k >= 0; k--) {
      const p = quotes[k];
      // 'accused Moscow of "trying to buy time.¶"When …," he wrote on X.': a quotation left open goes on in the post.
      const same = continues(p, quotes[parts[0]], article);
      if (used.has(k) || p.speaker !== q.speaker || p.otherMedium || p.platform || !same && (!p.speech || !joins(quotes[parts[0]], p, article))) break;
      parts.unshift(k);
    }
    // A fragment quoted in the paraphrase between parts of a post ('attacked Congress, "the party of waste"') is
    // passed over, and bridges the paragraphs to the next part, which joins when set off as words of its own.
    let anchor = quotes[i];
    let passed = 0;
    for (let k = i + 1; k < quotes.length; k++) {
      const n = quotes[k];
      // At most MAX_PASSED fragments in a row, so that each post reads a bounded stretch (linear in the text).
      if (!n.speech && !n.platform && !n.otherMedium && passed < MAX_PASSED && !setOff(n, article) && (n.speaker === q.speaker || n.speaker === null) && near(anchor, n, article)) {
        passed++;
        if (n.speaker === q.speaker) anchor = n;
        continue;
      }
      if (n.speaker !== q.speaker || n.otherMedium || newPost(n, quotes[k - 1], article) || !joins(anchor, n, article, quotes[lastPart[k]])) {
        // A fragment in the paraphrase that follows the post ("…, adding that the talks were "…"") is no post of its own.
        if (n.speaker === q.speaker && n.sentence === quotes[parts[parts.length - 1]].sentence && fragment(n, article)) used.add(k);
        break;
      }
      parts.push(k);
      anchor = n;
      passed = 0;
    }
    parts.forEach((k) => used.add(k));
    const spans = parts.map((k) => quotes[k].inner);
    const text = spans.map((s) => body.slice(s.start, s.end).trim().replace(/[,\s]+$/, '')).join(' ');
    const s = article.sentences[q.sentence];
    tweets.push({
      author: q.speaker!,
      text,
      platform: q.platform,
      date: dateForSentence(article, s, q.start).date,
      mentions: [...new Set(text.match(/@\w+/g) ?? [])],
      hashtags: [...new Set((text.match(/#\w+/g) ?? []).map((h) => h.slice(1)))],
      quoteSpans: spans,
      evidence: parts.map((k) => ({ start: quotes[k].start, end: quotes[k].end, rule: k === i ? q.platformRule ?? TWEET_RULES.platform.id : TWEET_RULES.joined.id, sentence: quotes[k].sentence })),
    });
  });
  const merged = sameOfPost(article, quotes, tweets);
  // An embedded post whose words were also quoted is the post already read.
  const quoted = (t: TweetDraft) => merged.some((x) => x.quoteSpans.some((s) => s.start < t.quoteSpans[0].end && t.quoteSpans[0].start < s.end));
  const bare = (text: string) => text.replace(/[\s.,!?…]+$/, '').toLowerCase();
  // An embedded post whose words a quoted post of the same author already holds is that post.
  const holds = (t: TweetDraft) => merged.some((x) => x.author === t.author && x.text.toLowerCase().includes(bare(t.text)));
  // A signature naming no known actor may be a government account's ("Presidency | <Country>"): an actor of its own.
  let ctx: AccountContext | undefined;
  const accountOf = (from: number, to: number, handle: string) => signatureAccount(ctx ??= accountContext({ ...article, actors: [...article.actors, ...added] }, gazetteer, added), from, to, handle);
  const mentions = byStart(article.mentions);
  const embedded = findEmbeddedPosts(article, mentions, accountOf).filter((t) => !quoted(t) && !holds(t));
  // A post printed as a paragraph with no quotation marks, its attribution the last clause ("…, wrote Ruto on Instagram.").
  for (const t of findUnquotedPosts(article, mentions, (a) => postRuleOf(a)?.platform ?? null)) {
    if (!quoted(t) && !holds(t)) embedded.push({ ...t, date: dateForSentence(article, article.sentences[t.evidence[0].sentence!], t.evidence[0].start).date });
  }
  // 'Modi on X called the talks "fruitful"' under his embedded post: words quoted from an embedded post of the same author are that post.
  // A post quoted in the prose beside its embed, in other words (a translation), is the embed (EMBED_RETOLD_RULE).
  const paragraphOf = (t: TweetDraft) => article.sentences[t.evidence[0].sentence ?? 0]?.paragraph ?? 0;
  const retold = (t: TweetDraft, e: TweetDraft) => Math.abs(paragraphOf(t) - paragraphOf(e)) <= RETOLD_REACH && shareOf(t.text, e.text) >= RETOLD_SHARE;
  const told = embedded.length ? merged.filter((t) => !embedded.some((e) => e.author === t.author && (e.text.toLowerCase().includes(bare(t.text)) || retold(t, e)))) : merged;
  return { ...article, quotes, actors: added.length ? [...article.actors, ...added] : article.actors, tweets: [...told, ...embedded] };
}

export const EMBED_RETOLD_RULE = {
  id: 'post.embed-retold',
  example: '"Our two ports will work as one," Ana Ruiz wrote on X.\n\nToday I met @LindqvistT. Our two harbours will work as one. — Ana Ruiz (@AnaRuizM) March 3, 2024',
  reason: 'A post the prose quotes next to its embed, in slightly other words (a translation, a cut), is one post: the embed, as the platform printed it.',
};
/** How many paragraphs apart a retold post and its embed may stand. */
const RETOLD_REACH = 2;
/** The share of the quoted post's words the embed must hold. */
const RETOLD_SHARE = 0.7;
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** The share of `a`'s words that `b` holds. */
function shareOf(a: string, b: string): number {
  const words = wordsOf(a);
  const held = new Set(wordsOf(b));
  return words.length ? words.filter((w) => held.has(w)).length / words.length : 0;
}

/**
 * How many paragraphs apart two parts of one post said "in the post" may stand: the same or the next (session 19:
 * the only far merge on read, news work and final, five paragraphs apart, was two posts in the gold — a quote the
 * story sets down again much later, attributed anew, is an item of its own).
 */
const SAME_POST_REACH = 1;

/**
 * '"…," said Ruto in the Facebook post.': words said in "the" post of an author's post told just before (its
 * paragraph or the next) are more of that post; a post quoted twice word for word is one post.
 */
function sameOfPost(article: Article, quotes: Quote[], tweets: TweetDraft[]): TweetDraft[] {
  const out: TweetDraft[] = [];
  // The last post of each author on each platform, by its index in `out` (linear in the posts).
  const lastOf = new Map<string, number>();
  for (const t of tweets) {
    const key = `${t.author}|${t.platform}`;
    const prev = lastOf.has(key) ? out[lastOf.get(key)!] : undefined;
    if (prev && prev.text === t.text) continue;
    const first = quotes.find((q) => q.start === t.evidence[0].start);
    const s = first && article.sentences[first.sentence];
    const definite = s && THE_POST.test(article.scan.slice(first.end, s.end));
    if (prev && definite && s.paragraph - article.sentences[prev.evidence[prev.evidence.length - 1].sentence].paragraph <= SAME_POST_REACH) {
      out[lastOf.get(key)!] = { ...prev, text: `${prev.text} ${t.text}`, quoteSpans: [...prev.quoteSpans, ...t.quoteSpans], evidence: [...prev.evidence, ...t.evidence.map((e) => ({ ...e, rule: TWEET_RULES.samePost.id }))] };
      continue;
    }
    lastOf.set(key, out.push(t) - 1);
  }
  return out;
}
