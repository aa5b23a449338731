import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts, runStages } from '../../src/extraction/pipeline.js';
import { resolveWeekday } from '../../src/extraction/resolve-dates.js';

const gazetteer = loadGazetteer();
const run = (text: string, publishedOn = '2022-03-02') => runStages(text, { publishedOn }, gazetteer);
const facts = (text: string, publishedOn = '2022-03-02') => extractFacts(text, { publishedOn, gazetteer }).document;
const names = (text: string) => facts(text).actors.map((a) => a.name).sort();
const calls = (text: string, publishedOn?: string) => facts(text, publishedOn).calls.map((c) => ({ participants: [...c.participants].sort(), date: c.date, medium: c.medium }));

describe('header and sentences', () => {
  it('reads the date line and keeps offsets into the body', () => {
    const a = runStages('date 2021-12-07\nTitle line\n\nPresident Joseph R. Biden, Jr. spoke today. He left.', {}, gazetteer);
    expect(a.publishedOn).toBe('2021-12-07');
    expect(a.title).toBe('Title line');
    expect(a.sentences.map((s) => a.body.slice(s.start, s.end))).toEqual(['Title line', 'President Joseph R. Biden, Jr. spoke today.', 'He left.']);
  });

  it.each([
    ['The U.S. and Mr. Smith met. Then they left.', 2],
    ['"We must win," he said. "This is ours."', 2],
    ['1.  We reaffirm our commitment. We agree.', 2],
  ])('splits %j into %i sentences', (text, count) => {
    expect(run(text).sentences).toHaveLength(count);
  });
});

describe('dates', () => {
  it.each([
    ['Tuesday', '2022-03-02', undefined, '2022-03-01'],
    ['Wednesday', '2022-03-02', undefined, '2022-03-02'],
    ['Thursday', '2022-03-02', 'last', '2022-02-24'],
    ['Friday', '2022-03-02', 'next', null],
  ])('resolves %s against %s (%s) to %s', (day, published, modifier, expected) => {
    expect(resolveWeekday(day, published, modifier)).toBe(expected);
  });

  it.each([
    ['Biden spoke to Scholz on Tuesday.', '2022-03-01'],
    ['Biden held a call with Scholz tonight.', '2022-03-02'],
    ['Biden met Scholz on October 26, 2021.', '2021-10-26'],
    ['Biden met with Scholz this month in Washington.', null],
  ])('dates the call in %j to %s', (text, date) => {
    expect(calls(text)[0]?.date).toBe(date);
  });

  it('resolves "earlier in the day" to the day of the story so far', () => {
    const a = run('Zelenskyy spoke to Biden on Tuesday. Earlier in the day, he spoke to Scholz.');
    expect(a.dates.map((d) => d.date)).toEqual(['2022-03-01', '2022-03-01']);
  });
});

describe('entities', () => {
  it.each([
    ['Soviet Foreign Minister Eduard Shevardnadze met reporters.', 'Eduard Shevardnadze', 'official', 'SU'],
    ["Kyiv's Interior Ministry adviser Anton Herashchenko said so.", 'Anton Herashchenko', 'official', 'UA'],
    ['Prime Minister Justin Trudeau of Canada spoke.', 'Justin Trudeau', 'leader', 'CA'],
    ['European Commission President Ursula von der Leyen spoke.', 'Ursula von der Leyen', 'official', null],
  ])('reads the titled person in %j', (text, name, kind, country) => {
    expect(facts(text).actors.find((a) => a.name === name)).toMatchObject({ kind, country });
  });

  it.each([
    ['Moscow said it would respond.', ['RU']],
    ['The Ukrainian delegation arrived in Kyiv.', ['UA']],
    ['Sanctions on Moscow were discussed by the U.S.', ['RU', 'US']],
  ])('finds the countries in %j', (text, codes) => {
    expect(facts(text).countries.map((c) => c.code).sort()).toEqual(codes);
  });
});

describe('coreference', () => {
  it('resolves "the latter", "he" and "POTUS Biden"', () => {
    const a = run('Zelenskyy posted about his conversation with Biden. Then the latter said it went well. Further, POTUS Biden said he agreed.');
    const refs = a.mentions.filter((m) => m.reference).map((m) => [a.body.slice(m.start, m.end), m.actor]);
    expect(refs).toEqual([['his', 'volodymyr-zelenskyy'], ['the latter', 'joe-biden'], ['he', 'joe-biden']]);
  });

  it('resolves a role to the office holder on the article date', () => {
    expect(calls('The Ukrainian President spoke with the German Chancellor today.')).toEqual([
      { participants: ['olaf-scholz', 'volodymyr-zelenskyy'], date: '2022-03-02', medium: 'unspecified' },
    ]);
  });
});

describe('contacts', () => {
  it.each([
    ['President Biden held a secure video call today with President Vladimir Putin of Russia.', 'video', 2],
    ['Another phone call took place between Zelenskyy and Biden.', 'phone', 2],
    ['Vladimir Putin spoke by telephone with Emmanuel Macron and Olaf Scholz.', 'phone', 3],
    ['Today, President Biden met with Foreign Minister Dmytro Kuleba of Ukraine.', 'in_person', 2],
  ])('reports the contact in %j', (text, medium, parties) => {
    const [call] = calls(text);
    expect(call).toMatchObject({ medium });
    expect(call.participants).toHaveLength(parties);
  });

  it.each([
    ['planned', 'Tomorrow, Biden will be meeting with Scholz.'],
    ['proposed', 'Biden proposed to meet Scholz next week.'],
    ['cancelled', 'Biden cancelled his meeting with Scholz.'],
    ['invitation', 'Zelenskyy invited Trudeau to visit Ukraine.'],
    ['letter', 'Macron wrote in a letter to Biden that he respected the decision.'],
    ['domestic', 'Putin held a meeting with Foreign Minister Sergei Lavrov.'],
  ])('reports no call when the contact is %s', (_why, text) => {
    expect(calls(text)).toEqual([]);
  });

  it('folds two reports of one contact into one call', () => {
    expect(calls('Biden spoke with Scholz on Tuesday. During the conversation with Scholz, Biden thanked him.')).toHaveLength(1);
  });
});

describe('commitments', () => {
  const items = (text: string) => facts(text).commitments.map((c) => [c.byCountry, c.kind, c.target ?? c.beneficiary]);
  it.each([
    ['Biden said the United States will hold Russia accountable.', [['US', 'accountability', 'RU']]],
    ['Biden affirmed that the United States would continue providing security assistance to Ukraine.', [['US', 'security_assistance', 'UA']]],
    ['The United States will be imposing severe sanctions on Russia, Biden said.', [['US', 'sanctions', 'RU']]],
    ['Zelenskyy and Biden discussed imposing sanctions on Russia.', []],
    ['Ukraine needs humanitarian aid, Zelenskyy said.', []],
  ])('reads %j', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it('gives a commitment made for a country to the speaker who serves it', () => {
    const [c] = facts('Further, Chancellor Scholz said that Germany will hold Russia accountable.').commitments;
    expect(c).toMatchObject({ by: 'olaf-scholz', byCountry: 'DE', kind: 'accountability', target: 'RU' });
  });
});

describe('topics', () => {
  const topicsOf = (text: string) => facts(text).calls.map((c) => c.topics);
  it.each([
    ['Macron spoke with Scholz on Tuesday about energy security and grain exports.', [['energy security', 'food security']]],
    ['Biden spoke with Putin by video on Tuesday. The two leaders discussed ransomware and strategic stability.', [['strategic stability', 'cybersecurity']]],
    ['Biden spoke with Putin on Tuesday. Later that day, Russia tested a nuclear missile.', [[]]],
    ['Biden spoke with Scholz on Tuesday.', [[]]],
  ])('reads the topics of %j', (text, expected) => {
    expect(topicsOf(text)).toEqual(expected);
  });

  it('gives a post’s topics to the call it is about, not to every call of its author', () => {
    const text = 'On Tuesday Zelenskyy held phone conversations with Chancellor Olaf Scholz and President Emmanuel Macron. ' +
      '"Had a phone conversation with Chancellor @OlafScholz. Spoke about sanctions," Zelenskyy wrote on Twitter.';
    const byPartner = Object.fromEntries(facts(text).calls.map((c) => [c.participants.find((p) => p !== 'volodymyr-zelenskyy'), c.topics]));
    expect(byPartner).toEqual({ 'olaf-scholz': ['sanctions'], 'emmanuel-macron': [] });
  });
});

describe('incidents', () => {
  it('reads a strike with place, day and casualties', () => {
    const [incident] = facts("At least ten people were killed and 35 others were injured after a rocket hit Ukraine's second-biggest city Kharkiv on Tuesday.").incidents;
    expect(incident).toMatchObject({ kind: 'strike', place: 'Kharkiv', country: 'UA', date: '2022-03-01', killed: 10, injured: 35 });
  });

  it('takes the attacker from the surrounding account when the strike sentence names none', () => {
    const [incident] = facts('Ukraine has faced a full-scale invasion of Russian forces since February 24. At least ten people were killed after a rocket hit the city of Kharkiv on Tuesday.').incidents;
    expect(incident).toMatchObject({ place: 'Kharkiv', country: 'UA', perpetrator: 'RU' });
  });

  it('reports no incident without a named place', () => {
    expect(facts('Zelenskyy spoke about the shelling of residential neighbourhoods.').incidents).toEqual([]);
  });
});

describe('evidence', () => {
  it('records offsets into the body, which excludes the date line', () => {
    const text = 'date 2022-03-02\nBiden spoke with Scholz on Tuesday.';
    const { document, body } = extractFacts(text, { gazetteer });
    const [e] = document.calls[0].evidence;
    expect(body.slice(e.start, e.end)).toBe(e.quote);
    expect(e.rule).toBe('contact.spoke-with');
  });
});
