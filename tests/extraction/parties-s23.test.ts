/**
 * Parties and actors (issue 14, session 23): decisions on which noun phrase is a party and which person a short form
 * names — "among others" before the people met (FIRST_GAP), a short apposition inside a list of parties
 * (LIST_APPOSITION), a relative clause ending in a place and its country before the verb (RELATIVE_BEFORE), a name
 * written again without its leading initials (INITIALS_DROPPED), "Sheikh" with a given name (HONORIFIC_GIVEN_NAME), and an
 * honour or a site named after someone (actor.name.eponym). Sentences are ours.
 */
import { extractFacts } from '../../src/extraction/pipeline.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';

const gazetteer = loadGazetteer();
const facts = (text: string, publishedOn = '2025-03-12') => extractFacts(text, { publishedOn, gazetteer }).document;
const names = (text: string, publishedOn?: string) => facts(text, publishedOn).actors.filter((a) => a.kind !== 'institution').map((a) => a.name).sort();
const calls = (text: string, publishedOn?: string) => facts(text, publishedOn).calls.map((c) => [...c.participants].sort().join(' + ')).sort();

describe('"among others" set off by commas before the people met (contact.parties.among-others)', () => {
  it('the people after it are the objects', () => {
    expect(calls('Kenyan President William Ruto met with, among others, Ethiopian Prime Minister Abiy Ahmed on Sunday.', '2024-02-19')).toEqual(['abiy-ahmed + william-ruto']);
  });

  it('a list after it keeps every party', () => {
    const found = calls('On Sunday Ruto met, among others, Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud.', '2024-02-19');
    expect(found.join(' | ')).toContain('abiy-ahmed');
    expect(found.join(' | ')).toContain('hassan-sheikh-mohamud');
  });
});

describe('a short apposition inside a list of parties does not end the list (contact.parties.list-apposition)', () => {
  it('"A, B, the host, and C": C takes part too', () => {
    expect(calls('Scholz met Polish President Andrzej Duda, Czech President Petr Pavel, the host, and Slovak President Zuzana Caputova in Prague.', '2024-05-10'))
      .toEqual(['andrzej-duda + olaf-scholz + petr-pavel + zuzana-caputova']);
  });

  it('"A, B, who arrived late, and C": a relative clause about B', () => {
    expect(calls('The summit on Thursday brought together German Chancellor Olaf Scholz, French President Emmanuel Macron, who arrived late, and Polish Prime Minister Donald Tusk.', '2024-05-10'))
      .toEqual(['donald-tusk + emmanuel-macron + olaf-scholz']);
  });

  it('an apposition that names a body or a place is no gap of the list', () => {
    const found = calls('Scholz met Czech President Petr Pavel, the host of the NATO meeting, and then flew home.', '2024-05-10');
    expect(found).toEqual(['olaf-scholz + petr-pavel']);
  });
});

describe('a relative clause before the verb may end in a place and its country (contact.parties.relative-place)', () => {
  it('the subject stands before the clause, not inside it', () => {
    expect(calls('Chinese Foreign Minister Wang Yi, who is at the ASEAN forum in Jakarta, Indonesia, met on Sunday with Ri Yong Ho, the North Korean foreign minister.', '2017-08-07'))
      .toEqual(['ri-yong-ho + wang-yi']);
  });
});

describe('a name written again without its leading initials is the same person (actor.fold.initials-dropped)', () => {
  it('one actor, with the country of the first mention', () => {
    const text = 'Ruritanian Foreign Minister K. Anand Varma met Sri Lankan President Gotabaya Rajapaksa on Friday. Minister Anand Varma later praised the talks.';
    const people = facts(text, '2019-11-29').actors.filter((a) => /Varma/.test(a.name));
    expect(people).toHaveLength(1);
  });

  it('another given name is another person', () => {
    const text = 'Ruritanian Foreign Minister K. Anand Varma met Sri Lankan President Gotabaya Rajapaksa on Friday. Trade Minister Ravi Varma stayed home.';
    expect(names(text, '2019-11-29').filter((n) => /Varma/.test(n))).toHaveLength(2);
  });
});

describe('"Sheikh" and a given name is the person named in full with them (actor.short-form.honorific-given-name)', () => {
  it('the short form is a party of a later contact', () => {
    const text = 'Dubai ruler Sheikh Mohammed bin Rashid Al Maktoum opened the fair on Monday. Later on Monday Sheikh Mohammed and Indian Prime Minister Narendra Modi spoke by phone.';
    expect(calls(text, '2021-03-10')).toEqual(['mohammed-bin-rashid-al-maktoum + narendra-modi']);
  });

  it('a given name that is a whole name stays that person ("Sheikh Hasina")', () => {
    expect(calls('In Dhaka, Sheikh Hasina met Indian Prime Minister Narendra Modi after lunch.', '2019-05-10')).toEqual(['narendra-modi + sheikh-hasina']);
  });
});

describe('an honour or a site named after someone is no person (actor.name.eponym)', () => {
  it('"the King Faisal Prize" names no king', () => {
    const found = names('Saudi King Salman handed Ruritanian Foreign Minister Anton Kovac the King Faisal Prize on Thursday.', '2019-05-10');
    expect(found.some((n) => /Prize/.test(n))).toBe(false);
  });

  it('a stadium after a president\'s name is no alias of a person', () => {
    const found = facts('Ruritanian President Anton Kovac spoke at the President Mandela Stadium on Friday.', '2019-05-10').actors;
    expect(found.some((a) => /Stadium/.test([a.name, ...a.aliases].join(' ')))).toBe(false);
  });
});
