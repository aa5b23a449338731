/**
 * Post rules as data: the words of an attribution that say a quote was posted on a social
 * platform (GUIDE.md: X/Twitter, Truth Social, Telegram, Facebook, Instagram …). Each rule gives
 * the platform it names, either fixed or as its first group. A quote whose attribution matches one
 * is a post unless the sentence names another medium (OTHER_MEDIUM).
 */
import { mayMatch } from './required-literals.js';

const PLATFORMS = 'X|Twitter|Truth Social|Telegram|Facebook|Instagram|Threads|Bluesky|Weibo|WeChat|VKontakte|TikTok|YouTube|LinkedIn';
const SOCIAL = 'social[ -]media|social[ -]network(?:ing)?|messaging|microblogging';
/** Nouns before "on X" that make it no post: the ban on X, users on X. */
const NOT_POSTING = 'ban|bans|banned|banning|block|blocked|blocking|suspended|suspension|restrictions?|crackdown|fined?|fines|stake|owner|users?|advertisers?|accounts|regulation|lawsuit';
/** A platform after on/to/via/in, with an owner or kind in between; the platform is group 1. */
const ON_PLATFORM = `\\b(?:[Oo]n|to|via|[Ii]n|from|through)\\s+(?:(?:his|her|their|its|the|a|an|my|our|official|personal|verified|own|${SOCIAL})\\s+){0,3}(?:(?:platform|site|network|app|service|account),?\\s+)?(${PLATFORMS})\\b(?!-)`;
const POST_NOUN = '(?:post|posting|handle|account|page|channel|message|video|statement|thread|feed)s?\\b';

export interface PostRule {
  id: string;
  example: string;
  reason: string;
  pattern: RegExp;
  /** The platform the rule names; when absent, the pattern's first group. */
  platform?: string;
}

export const POST_RULES: readonly PostRule[] = [
  { id: 'post.on-platform',
    example: '"My friend Joe Biden has achieved a lot," German chancellor Olaf Scholz wrote on X.',
    reason: 'A platform named after on/to/via/in, also with an owner or a kind in between ("on his Telegram channel", "on the social media platform X"); not a ban, a stake or users on it, which are no post.',
    pattern: new RegExp(`(?<!\\b(?:${NOT_POSTING})\\s)${ON_PLATFORM}`) },
  { id: 'post.platform-noun',
    example: 'In a Facebook post, the minister said the talks were "productive".',
    reason: 'A platform qualifying a post, account or channel the words were said in or on, or that is someone\'s own ("Trump\'s Truth Social post said"), names where the words appeared.',
    pattern: new RegExp(`(?:\\b(?:[Ii]n|[Oo]n|[Vv]ia|[Tt]hrough|[Aa]ccording to)\\s+(?:(?:a|an|his|her|its|their|the|one|another|separate|later|new|brief|short|lengthy|long|late-night|official)\\s+){0,3}|(?:'s|’s|s')\\s+(?:(?:English|Arabic|French|Russian|Spanish|Persian|Farsi|Hebrew|Chinese|official|personal|verified|own)[- ](?:language\\s+)?){0,2})(${PLATFORMS}) ${POST_NOUN}`) },
  { id: 'post.platform-noun-subject',
    example: 'A Facebook post by the minister said: "We will rebuild."',
    reason: 'A post, account or channel on a platform that says or reads the words is where they appeared (a channel someone told something is not).',
    pattern: new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+(?:official\\s+|verified\\s+)?(${PLATFORMS}) ${POST_NOUN}(?:\\s+[\\w'\u2019.-]+){0,4}?\\s+(?:said|says|read|reads|stated|states|declared|added|wrote|quoted)\\b`) },
  { id: 'post.foreign-platform',
    example: '« Nous rouvrirons le pont lundi », a écrit la maire Ines Varga sur sa page Facebook.',
    reason: 'A French or Spanish text places a post with its own prepositions and nouns ("sur sa page Facebook", "sur son compte X", "a través de su red social X", "en su cuenta de X").',
    pattern: new RegExp(`\\b(?:[Ss]ur|[Ee]n|[Dd]ans|[Vv]ía|[Aa] trav[eé]s de)\\s+(?:(?:sa|son|ses|su|sus|la|le|les|el|los|las|un|une|compte|page|cuenta|perfil|p[aá]gina|r[eé]seau|red|social|sociale|officiel|officielle|oficial|personnel|personal|de|du|message|mensaje|publicaci[oó]n|publication|fil|canal|cha[iî]ne)\\s+){0,6}(${PLATFORMS})\\b(?![-\\p{L}])`, 'u') },
  { id: 'post.tweeted', platform: 'Twitter',
    example: '"We stand with Ukraine," Trudeau tweeted.',
    reason: 'Tweeting is posting on X/Twitter.',
    pattern: /\b(?:re)?tweet(?:ed|s|ing)?\b/i },
  { id: 'post.took-to', platform: 'social media',
    example: 'Zelensky took to social media: "Ukraine will not give up."',
    reason: 'Taking to social media or a microblogging site is posting there.',
    pattern: new RegExp(`\\btook to (?:the )?(?:${SOCIAL})(?: site| platform)?s?\\b`, 'i') },
  { id: 'post.social-media', platform: 'social media',
    example: '"The war must end," Trump said on social media.',
    reason: 'Words said on or in social media were posted, though the platform is not named.',
    pattern: new RegExp(`\\b(?:on|in|via|to) (?:a |an |his |her |its |their )?(?:${SOCIAL})(?: (?:post|platform|site|account|page|channel)s?)?\\b`, 'i') },
  { id: 'post.in-a-post', platform: 'social media',
    example: '"We will respond," the president said in a post late on Sunday.',
    reason: '"In a post" (or words "according to a post by" someone) is how news names a social-media post without the platform.',
    pattern: /\b(?:in|according to) (?:a|an|the) (?:(?:new|separate|later|subsequent|short|brief|lengthy|long|follow-up|late-night|fresh|same) )?post\b(?!-)(?! as\b| of\b)/i },
  { id: 'post.made-a-post', platform: 'social media',
    example: 'That evening, the president made another post saying the country would "never default again."',
    reason: 'Making, publishing or sharing a post is posting on social media, though the platform is not named.',
    pattern: /\b(?:made|makes|published|publishes|shared|shares|put out|issued) (?:a|an|another) (?:(?:new|second|third|separate|later|fresh|follow-up|further|lengthy|long|short) )?post\b(?!-)/i },
  { id: 'post.the-post-read', platform: 'social media',
    example: '"We will win," the post by Zelensky read.',
    reason: 'A post that reads or says the words is where they appeared, though the platform is not named.',
    pattern: /\b(?:the|his|her|a|an) (?:(?:new|later|short|brief|latest) )?post(?: by [\p{L} .'-]{2,60}?)? (?:read|reads|said|says|stated|added)\b/iu },
  { id: 'post.posted', platform: 'social media',
    example: '"Peace through strength," Trump posted.',
    reason: 'Posting words is publishing them on social media (a website is another medium); footage or a letter posted is not the speaker\'s post.',
    pattern: /(?<!\b(?:footage|videos?|photos?|images?|pictures?|clips?|letters?|documents?|notices?|reports?|content|material|was|were|been|being|is|are)\s)\bposted\b/i },
  { id: 'post.formerly-twitter', platform: 'X',
    example: '"We will not back down," Musk wrote on the platform formerly known as Twitter.',
    reason: 'The platform formerly known as Twitter is X.',
    pattern: /\bon the (?:social media )?(?:platform|site) formerly (?:known as |called )?Twitter\b/i },
  { id: 'post.microblogging', platform: 'Twitter',
    example: 'He said on the microblogging site that the deal was done.',
    reason: 'The microblogging site of the news of the 2010s is Twitter.',
    pattern: /\bmicroblogging\b/i },
];

/**
 * A sentence after a quote that says where those words were posted ("He made the comments in a post
 * on X.", "The message was posted on his Telegram channel."): the quote is that post.
 */
export const LATER_POST = /^\s*(?:(?:He|She|[A-Z][\p{L}'.-]+(?: [A-Z][\p{L}'.-]+){0,2}) (?:later |also |had )?(?:made|wrote|posted|shared|published|tweeted) (?:the|his|her|those|these|that|this) (?:comments?|remarks?|message|words|post|statement)|(?:The|His|Her|Those|These|That|This) (?:comments?|remarks?|message|words|post|statement|tweet) (?:was|were|came|appeared|had been|have been) (?:posted |made |shared |published )?(?:in|on|via|to)\b)/u;

/** Quoted words that name an account by its @handle were written for a platform (X, where handles are read so). */
export const HANDLE_IN_WORDS = {
  id: 'post.handle-in-words',
  platform: 'X',
  example: '"Good talks today with my friend @LindqvistT on the ferry line," Ruiz\'s statement read.',
  reason: 'An @handle inside the quoted words addresses an account on a platform: the words are a post, wherever the prose says they appeared.',
  pattern: /(?:^|[\s(])@[A-Za-z0-9_]{2,30}\b/,
} as const;

/** A definite post the words were said in ("in the Facebook post", "in the statement"): one told before. */
export const THE_POST = new RegExp(`\\bin (?:the|that|this) (?:(?:short|brief|same|earlier|latest|${PLATFORMS}) ){0,2}(statement|post|message|tweet)\\b`, 'i');

export const OTHER_MEDIUM = /\b(?:letter|news conference|press conference|told reporters|(?:to|with) (?:reporters|journalists)|interview|speech|rally|briefing|address|remarks|conference|broadcast|televised|website|press release|communiqu[eé])\b/i;

/** The first post rule that the attribution matches, with the platform it names. */
export function postRuleOf(text: string): { rule: string; platform: string } | null {
  for (const rule of POST_RULES) {
    if (!mayMatch(rule.pattern, text)) continue;
    const m = rule.pattern.exec(text);
    if (m) return { rule: rule.id, platform: rule.platform ?? m[1] };
  }
  return null;
}
