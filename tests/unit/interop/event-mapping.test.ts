/**
 * How imported events become facts: the CAMEO and PLOVER rule tables, how each side of an event
 * becomes an actor, and that the mirrored rows of one meeting become one Call.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { FactsDocument } from '../../../src/facts/facts-document.js';
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';
import { cameoRule } from '../../../src/interop/cameo-fact-rules.js';
import { cameoLabel } from '../../../src/interop/cameo-codes.js';
import type { EventActor, EventFormat } from '../../../src/interop/event-record.js';
import { importEvents, parserFor } from '../../../src/interop/import-events.js';
import { createInteropLookup } from '../../../src/interop/interop-lookup.js';
import { ploverRule } from '../../../src/interop/plover-fact-rules.js';
import { readLines } from '../../../src/interop/read-lines.js';
import { resolveEventActor } from '../../../src/interop/resolve-event-actor.js';

const lookup = createInteropLookup(loadGazetteer());

async function importFixture(format: EventFormat, file: string) {
  const docs: FactsDocument[] = [];
  const stats = await importEvents(parserFor(format)(readLines(createReadStream(join(process.cwd(), 'tests/fixtures/interop', file)))), {
    lookup,
    write: async (doc) => docs.push(doc),
  });
  return { docs, stats, calls: docs.flatMap((d) => d.calls), commitments: docs.flatMap((d) => d.commitments), incidents: docs.flatMap((d) => d.incidents) };
}

describe('CAMEO codes → facts', () => {
  it.each([
    ['040', { fact: 'call', medium: 'unspecified' }],
    ['041', { fact: 'call', medium: 'phone' }],
    ['042', { fact: 'call', medium: 'in_person' }],
    ['043', { fact: 'call', medium: 'in_person' }],
    ['044', { fact: 'call', medium: 'in_person' }],
    ['046', { fact: 'call', medium: 'unspecified' }],
    ['071', { fact: 'commitment', kind: 'economic_aid', toward: 'beneficiary' }],
    ['073', { fact: 'commitment', kind: 'humanitarian_aid', toward: 'beneficiary' }],
    ['163', { fact: 'commitment', kind: 'sanctions', toward: 'target' }],
    ['1621', { fact: 'commitment', kind: 'aid_cut', toward: 'target', cameo: '1621' }],
    ['190', { fact: 'incident', kind: 'military_force' }],
    ['195', { fact: 'incident', kind: 'strike' }],
    ['1821', { fact: 'incident', kind: 'physical_assault', cameo: '1821' }],
    ['204', { fact: 'incident', kind: 'wmd_use' }],
  ])('CAMEO %s → %o', (code, expected) => {
    expect(cameoRule(code)).toMatchObject({ cameo: code, ...expected });
  });

  it.each(['010', '032', '036', '120', '173', '0874'])('does not import CAMEO %s', (code) => {
    expect(cameoRule(code)).toBeNull();
  });

  it('labels codes from the CAMEO list, with its two broken rows repaired', () => {
    expect(cameoLabel('041')).toBe('Discuss by telephone');
    expect(cameoLabel('044')).toBe('Meet at a "third" location');
    expect(cameoLabel('106')).toBe('Demand withdrawal');
  });
});

describe('PLOVER event types → facts', () => {
  it.each([
    [{ event: 'CONSULT', mode: 'phone', context: 'diplomatic' }, { fact: 'call', medium: 'phone', cameo: '041' }],
    [{ event: 'CONSULT', mode: 'host', context: null }, { fact: 'call', medium: 'in_person', cameo: '043' }],
    [{ event: 'CONSULT', mode: 'multilateral', context: 'diplomatic' }, { fact: 'call', medium: 'unspecified', cameo: '040' }],
    [{ event: 'AID', mode: null, context: 'military' }, { fact: 'commitment', kind: 'military_aid', cameo: '072' }],
    [{ event: 'AID', mode: null, context: 'refugee' }, { fact: 'commitment', kind: 'asylum', cameo: '075' }],
    [{ event: 'SANCTION', mode: null, context: 'economic' }, { fact: 'commitment', kind: 'sanctions', cameo: '163' }],
    [{ event: 'FIGHT', mode: 'heavy-weapons', context: 'military' }, { fact: 'incident', kind: 'shelling', cameo: '194' }],
    [{ event: 'ASSAULT', mode: 'explosives', context: 'military, legal' }, { fact: 'incident', kind: 'bombing', cameo: '183' }],
  ])('%o → %o', (plover, expected) => {
    expect(ploverRule(plover)).toMatchObject(expected);
  });

  it.each(['PROTEST', 'DEMAND', 'AGREE'])('does not import PLOVER %s', (event) => {
    expect(ploverRule({ event, mode: null, context: null })).toBeNull();
  });
});

describe('each side of an event becomes an actor', () => {
  const side = (a: Partial<EventActor>): EventActor => ({ sectors: [], ...a });
  it.each<[EventFormat, Partial<EventActor>, object]>([
    ['gdelt', { code: 'RUSGOV', countryCode: 'RUS', sectors: ['GOV'] }, { id: 'government-of-russia', kind: 'institution', country: 'RU' }],
    ['gdelt', { code: 'BLRBUS', countryCode: 'BLR', sectors: ['BUS'] }, { id: 'government-of-belarus', country: 'BY' }],
    ['icews', { name: 'Vladimir Putin', countryName: 'Russian Federation', sectors: ['Executive Office'] }, { id: 'vladimir-putin', kind: 'leader', title: 'President', country: 'RU' }],
    ['icews', { name: 'Russia', countryName: 'Russian Federation' }, { id: 'government-of-russia', kind: 'institution' }],
    ['icews', { name: 'Government (Israel)', countryName: 'Israel', sectors: ['Government'] }, { id: 'government-of-israel' }],
    ['icews', { name: 'Foreign Affairs (Russia)', countryName: 'Russian Federation', sectors: ['Government'] }, { id: 'foreign-affairs-russia', kind: 'institution', country: 'RU' }],
    ['icews', { name: 'Kim Yong-chol', countryName: 'North Korea', sectors: ['Government'] }, { id: 'kim-yong-chol', kind: 'official', country: 'KP' }],
    ['icews', { name: 'UN Security Council', sectors: ['International Government Organization'] }, { id: 'united-nations-security-council', kind: 'institution', country: null }],
    ['icews', { name: 'South Sudan', countryName: 'South Sudan' }, { id: 'government-of-south-sudan', country: 'SS' }],
    ['icews', { name: 'Palestine', countryName: 'Occupied Palestinian Territory' }, { id: 'government-of-palestine', country: 'PS' }],
    ['plover', { name: 'Russian Foreign Minister Andrei Kozyrev', countryCode: 'RUS', sectors: ['GOV'] }, { id: 'andrei-kozyrev', kind: 'official', title: 'Foreign Minister', country: 'RU' }],
    ['plover', { name: 'Japanese Prime Minister Ryutaro Hashimoto', countryCode: 'JAP' }, { id: 'ryutaro-hashimoto', kind: 'leader', title: 'Prime Minister', country: 'JP' }],
    ['plover', { name: 'Japan', countryCode: 'JAP' }, { id: 'government-of-japan', country: 'JP' }],
    ['plover', { name: 'Amman', countryCode: 'JOR' }, { id: 'government-of-jordan', country: 'JO' }],
    ['plover', { name: 'Moroccan diplomats', countryCode: 'MAR' }, { id: 'government-of-morocco', country: 'MA' }],
    ['plover', { name: 'European Community', countryCode: 'IGO' }, { id: 'european-community', kind: 'institution', country: null }],
  ])('%s %o → %o', (format, given, expected) => {
    expect(resolveEventActor(side(given), format, '2018-06-01', lookup)?.actor).toMatchObject(expected);
  });

  it('leaves a side with neither a name nor a known country unresolved', () => {
    expect(resolveEventActor(side({ code: 'EUR', countryCode: 'EUR' }), 'gdelt', null, lookup)).toBeNull();
  });
});

describe('importing the fixture files (no database)', () => {
  it('GDELT: mirrored rows of one meeting are one call between the two governments', async () => {
    const { calls, commitments, incidents, stats } = await importFixture('gdelt', 'gdelt-events.tsv');
    const egyptSaudi = calls.filter((c) => c.participants.includes('government-of-egypt'));
    expect(egyptSaudi).toHaveLength(1);
    expect(egyptSaudi[0]).toMatchObject({ date: '2016-07-01', medium: 'in_person', participants: ['government-of-egypt', 'government-of-saudi-arabia'] });
    expect(egyptSaudi[0].evidence[0]).toMatchObject({ rule: 'import:gdelt:043', start: 0, quote: expect.stringContaining('Host a visit [CAMEO 043]') });
    // The source's own code travels with the fact (the writer prefers it to one derived from the medium).
    expect(egyptSaudi[0]).toMatchObject({ cameo: '043', ploverEvent: 'CONSULT' });
    // Three rows (two of one URL) for Zimbabwe–Belarus on one day, four for Australia–New Zealand: one call each.
    expect(new Set(calls.map((c) => c.id)).size).toBe(3);
    expect(commitments.map((m) => [m.kind, m.byCountry, m.target, m.beneficiary])).toEqual([
      ['aid', 'SA', null, 'EG'],
      ['reduce_relations', 'US', 'CN', null],
    ]);
    expect(incidents.map((i) => [i.kind, i.perpetrator, i.country])).toEqual([
      ['small_arms_fight', 'ZA', null],
      ['military_force', 'YE', 'SA'],
    ]);
    expect(stats).toMatchObject({ rowsRead: 13, eventsKept: 10, notMapped: 1, skippedCount: 2, skipped: [{ line: 9 }, { line: 11 }] });
  });

  it('ICEWS: named leaders call each other once per mirrored pair, with the row text as evidence', async () => {
    const { calls, commitments, incidents, stats, docs } = await importFixture('icews', 'icews-events.tab');
    expect(calls.map((c) => c.participants.slice().sort())).toEqual([
      ['benjamin-netanyahu', 'vladimir-putin'],
      ['foreign-affairs-bangladesh', 'high-ranking-military-personnel-vietnam'],
      ['kim-jong-un', 'vladimir-putin'],
    ]);
    expect(calls[0]).toMatchObject({ medium: 'phone', date: '2018-06-01', evidence: [{ quote: 'Discuss by telephone', start: 0, end: 20, rule: 'import:icews:041', sentence: 0 }] });
    expect(commitments.map((m) => [m.kind, m.by, m.byCountry, m.target, m.beneficiary])).toEqual([
      ['sanctions', 'united-nations-security-council', null, 'SS', null],
      ['military_aid', 'government-of-china', 'CN', null, 'VN'],
    ]);
    expect(incidents).toEqual([expect.objectContaining({ kind: 'small_arms_fight', perpetrator: 'IN', country: 'IN', place: 'Srinagar, State of Jammu and Kashmir' })]);
    expect(docs.every((d) => d.source.extractorVersion === 'import:icews')).toBe(true);
    expect(stats).toMatchObject({ rowsRead: 12, eventsKept: 9, notMapped: 1, skippedCount: 2, skipped: [{ line: 5 }, { line: 10 }] });
  });

  it('PLOVER: records become a phone call between two ministers, a hosted visit, aid, a sanction and two incidents', async () => {
    const { calls, commitments, incidents, stats } = await importFixture('plover', 'plover-records.json');
    expect(calls.map((c) => [c.participants.slice().sort(), c.medium])).toEqual([
      [['andrei-kozyrev', 'warren-christopher'], 'phone'],
      [['boris-yeltsin', 'ryutaro-hashimoto'], 'in_person'],
    ]);
    expect(calls[0].evidence[0]).toMatchObject({ rule: 'import:plover:CONSULT/phone', quote: expect.stringMatching(/telephoned Russian Foreign Minister/) });
    expect(calls[0]).toMatchObject({ ploverEvent: 'CONSULT', ploverMode: 'phone' });
    expect(commitments.map((m) => [m.kind, m.byCountry, m.target, m.beneficiary])).toEqual([
      ['military_aid', 'US', null, 'PK'],
      ['sanctions', 'JP', 'RS', null],
    ]);
    expect(incidents.map((i) => [i.kind, i.killed])).toEqual([
      ['shelling', 20],
      ['assault', 156],
    ]);
    expect(stats).toMatchObject({ eventsKept: 6, notMapped: 1, skippedCount: 2 });
  });
});
