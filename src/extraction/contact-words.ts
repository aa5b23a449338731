/**
 * The words contact rules are built from (contact-rules.ts, contact-noun-rules.ts): telephone forms,
 * the nouns that name a contact, meals, and what may stand between a light verb and its noun.
 */
export const PHONE = '(?:tele)?phon(?:e|ic)';
/** Nouns that name a contact (and the medium they imply, read by mediumOfNoun). */
export const CONTACT_NOUN = `(?:(?:${PHONE}|video|virtual|face-to-face|bilateral|trilateral|separate|brief|hour-long|private|closed-door|one-on-one|lengthy|first|second|third|previous|earlier|last|latest|recent|official|formal|informal|working|state|[0-9a-z-]+-minute|[0-9a-z-]+-hour) )*(?:meeting|talks|summit|call|conversation|chat|discussion|consultations|negotiations|lunch|luncheon|dinner|breakfast|banquet|encounter|videoconference|tête-à-tête|bilateral(?= with)|exchanges(?= (?:of views|on|over|with)\\b))`;
export const MEAL = '(?:lunch|luncheon|dinner|breakfast|banquet|tea)';
/**
 * Determiners and a few modifiers between a light verb and its contact noun ("held brief bilateral talks");
 * not a negation ("had no meeting with") nor a preposition, which makes the noun another noun's
 * complement ("made a proposal for a meeting with").
 */
export const DET = `(?: (?:a|an|the|two|three|several|another|further|fresh|new|his|her|their|its))?(?: (?!(?:no|not|never|for|of|to|on|about|at|in|with|from|by)(?![\\w-]))[a-z][a-z-]*){0,3}`;
/**
 * A day set between a verb and its object ("received on Tuesday the Moldovan foreign minister", "welcomed yesterday
 * President X"): official releases put it there. Bounded words, so the verb still governs the name after it; the
 * objects are read after it (find-contacts.ts, INSERTED_DAY_AT).
 */
export const INSERTED_DAY = '(?:(?:late |early )?on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \\d{1,2})|yesterday|today)(?: (?:morning|afternoon|evening|night))?';
/** An inserted day right after a trigger, with its commas. */
export const INSERTED_DAY_AT = new RegExp(`^,? ${INSERTED_DAY},?(?= )`);
