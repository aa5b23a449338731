/**
 * The explorer's pure helpers: CSV export, period arithmetic for timelines, the ring layout and
 * country colours. (The page as a whole is tested in tests/e2e.)
 */
import { fillPeriods, nextPeriod, periodStart } from '../../../web/src/api/period-start.js';
import { countryColour, NO_COUNTRY } from '../../../web/src/graph/country-colour.js';
import { layoutNetwork } from '../../../web/src/graph/layout-network.js';
import type { NetworkEdge, NetworkNode } from '../../../web/src/api/network-query.js';
import { toCsv } from '../../../web/src/ui/to-csv.js';

describe('CSV export', () => {
  it.each([
    [[['2022-03-01', 3]], 'period,count\r\n2022-03-01,3\r\n'],
    [[['a, b', null]], 'period,count\r\n"a, b",\r\n'],
    [[['say "hi"', 1]], 'period,count\r\n"say ""hi""",1\r\n'],
    [[['line\nbreak', 1]], 'period,count\r\n"line\nbreak",1\r\n'],
    [[['=HYPERLINK("x")', -1]], 'period,count\r\n"\'=HYPERLINK(""x"")",-1\r\n'],
  ] as [(string | number | null)[][], string][])('writes %j as RFC 4180 with formulas defused', (rows, csv) => {
    expect(toCsv(['period', 'count'], rows)).toBe(csv);
  });
});

describe('timeline periods', () => {
  it.each([
    ['2022-03-02', 'WEEK', '2022-02-28'],
    ['2022-02-28', 'WEEK', '2022-02-28'],
    ['2022-03-06', 'WEEK', '2022-02-28'],
    ['2022-03-17', 'MONTH', '2022-03-01'],
    ['2022-03-17', 'YEAR', '2022-01-01'],
  ] as const)('puts %s in the %s starting %s', (date, interval, start) => {
    expect(periodStart(date, interval)).toBe(start);
  });

  it('steps to the next week, month and year', () => {
    expect([nextPeriod('2022-02-28', 'WEEK'), nextPeriod('2022-12-01', 'MONTH'), nextPeriod('2022-01-01', 'YEAR')]).toEqual(['2022-03-07', '2023-01-01', '2023-01-01']);
  });

  it('puts back the empty periods between the first and the last as zeros', () => {
    expect(fillPeriods([{ period: '2022-01-01', count: 2 }, { period: '2022-03-01', count: 1 }], 'MONTH')).toEqual([
      { period: '2022-01-01', count: 2 }, { period: '2022-02-01', count: 0 }, { period: '2022-03-01', count: 1 },
    ]);
  });

  it('leaves the buckets as they are when filling would pass the maximum', () => {
    const sparse = [{ period: '2000-01-03', count: 1 }, { period: '2022-01-03', count: 1 }];
    expect(fillPeriods(sparse, 'WEEK', 600)).toBe(sparse);
  });
});

describe('the ring layout', () => {
  const node = (id: string, depth: number, country?: string): NetworkNode => ({ id, name: id, kind: 'LEADER', depth, callCount: 1, country: country ? { code: country, name: country } : null });
  const edge = (source: string, target: string): NetworkEdge => ({ source, target, weight: 1, firstContact: null, lastContact: null });
  const radius = (p: { x: number; y: number } | undefined) => Math.hypot(p!.x, p!.y);
  const angle = (p: { x: number; y: number } | undefined) => Math.atan2(p!.y, p!.x);

  it('puts the centre at the origin and each depth on its own ring', () => {
    const pos = layoutNetwork([node('c', 0), node('a', 1, 'US'), node('b', 1, 'DE'), node('x', 2, 'FR')], [edge('a', 'c'), edge('b', 'c'), edge('a', 'x')], 'c');
    expect(pos.get('c')).toEqual({ x: 0, y: 0 });
    expect(radius(pos.get('a'))).toBeCloseTo(10);
    expect(radius(pos.get('x'))).toBeCloseTo(20);
  });

  it('puts a node beyond its neighbour on the first ring, not across the circle', () => {
    // Biden's network at depth 2: Scholz and the Royal Family lie beyond Zelenskyy.
    const pos = layoutNetwork(
      [node('biden', 0), node('putin', 1, 'RU'), node('zelenskyy', 1, 'UA'), node('scholz', 2, 'DE'), node('royals', 2, 'GB')],
      [edge('biden', 'putin'), edge('biden', 'zelenskyy'), edge('scholz', 'zelenskyy'), edge('royals', 'zelenskyy')],
      'biden',
    );
    for (const far of ['scholz', 'royals']) {
      const apart = Math.abs(angle(pos.get(far)) - angle(pos.get('zelenskyy')));
      expect(Math.min(apart, 2 * Math.PI - apart)).toBeLessThan(Math.PI / 2);
    }
  });

  it('places 5,000 nodes, each at its own spot, within its ring band', () => {
    const nodes = [node('c', 0), ...Array.from({ length: 5000 }, (_, i) => node(`n${i}`, i < 200 ? 1 : 2, `C${i % 40}`))];
    const edges = nodes.slice(1).map((n, i) => edge(i < 200 ? 'c' : `n${i % 200}`, n.id));
    const pos = layoutNetwork(nodes, edges, 'c');
    expect(pos.size).toBe(5001);
    expect(new Set([...pos.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(5001);
    for (let i = 200; i < 5000; i += 97) {
      expect(radius(pos.get(`n${i}`))).toBeGreaterThanOrEqual(15.99);
      expect(radius(pos.get(`n${i}`))).toBeLessThanOrEqual(24.01);
    }
  });

  it('puts nodes no edge reaches on an outer ring', () => {
    const pos = layoutNetwork([node('c', 0), node('a', 1), node('lost', 1)], [edge('a', 'c')], 'c');
    expect(radius(pos.get('lost'))).toBeCloseTo(20);
  });
});

describe('country colours', () => {
  it('gives a country the same hex colour in any case, and grey to no country', () => {
    expect(countryColour('ua')).toBe(countryColour('UA'));
    expect(countryColour('UA')).toMatch(/^#[0-9a-f]{6}$/);
    expect(countryColour('UA')).not.toBe(countryColour('US'));
    expect(countryColour(null)).toBe(NO_COUNTRY);
  });
});
