/**
 * Label collision in the network drawing: where labels go so that none overlap each other or a
 * node, and which win the space (web/src/graph/place-labels.ts); and how periods are named on
 * the timeline's axis (web/src/ui/period-label.ts).
 */
import { placeLabels, type LabelCandidate } from '../../../web/src/graph/place-labels.js';
import { periodLabel } from '../../../web/src/ui/period-label.js';

const node = (key: string, x: number, y: number, rank: number, width = 80, size = 4): LabelCandidate => ({ key, x, y, size, width, height: 13, rank });
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabels: labels that never overlap', () => {
  it('puts a label right of its node when there is room', () => {
    expect(placeLabels([node('a', 100, 100, 0)])).toEqual(new Map([['a', { x: 107, y: 93.5 }]]));
  });

  it('moves the lower-ranked of two crowded labels to another side of its node, whatever their order', () => {
    const a = node('centre', 0, 0, 0);
    const b = node('below', 0, 10, 1);
    const expected = new Map([['centre', { x: 7, y: -6.5 }], ['below', { x: -87, y: 3.5 }]]);
    expect(placeLabels([a, b])).toEqual(expected);
    expect(placeLabels([b, a])).toEqual(expected);
  });

  it('leaves out a label with no free side', () => {
    const row = [0, 1, 2].map((i) => node(`n${i}`, 0, i * 6, i));
    const crowd = [...row, node('left', -50, 6, 9, 4), node('right', 50, 6, 9, 4)];
    expect([...placeLabels(crowd).keys()]).not.toContain('n1');
  });

  it('keeps labels off the discs of nodes too small to be labelled', () => {
    const spot = placeLabels([node('a', 0, 0, 0)], [{ key: 'dot', x: 40, y: 0, size: 3 }]).get('a')!;
    expect(spot.x).toBeLessThan(0);
  });

  it('keeps labels inside the drawing, on the side of the node that has room', () => {
    const bounds = { width: 300, height: 200 };
    expect(placeLabels([node('edge', 280, 100, 0)], [], bounds).get('edge')).toEqual({ x: 193, y: 93.5 });
    expect(placeLabels([node('corner', 290, 5, 0, 300)], [], bounds).has('corner')).toBe(false);
  });

  it('leaves no two labels overlapping, nor a label over a node, on crowded rings of 500 names, and labels the centre and the first ring first', () => {
    const nodes: LabelCandidate[] = [node('centre', 300, 300, 0, 90, 8)];
    for (let i = 0; i < 500; i++) {
      const ring = i < 20 ? 1 : 2;
      const angle = (i / (ring === 1 ? 20 : 480)) * 2 * Math.PI;
      const r = ring === 1 ? 120 : 260;
      nodes.push(node(`n${i}`, 300 + r * Math.cos(angle), 300 + r * Math.sin(angle), ring * 1e4 - (i % 7), 60 + (i % 5) * 10, 2 + (i % 3)));
    }
    const placed = placeLabels(nodes);
    const boxes = nodes.filter((n) => placed.has(n.key)).map((n) => ({ key: n.key, ...placed.get(n.key)!, width: n.width, height: n.height }));
    const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.key} × ${b.key}`));
    expect(clashes).toEqual([]);
    const covered = boxes.flatMap((b) => nodes.filter((n) => overlap(b, { x: n.x - n.size, y: n.y - n.size, width: 2 * n.size, height: 2 * n.size })).map((n) => `${b.key} over ${n.key}`));
    expect(covered.filter((c) => !c.endsWith(` over ${c.split(' ')[0]}`))).toEqual([]);
    expect(placed.has('centre')).toBe(true);
    expect(nodes.slice(1, 21).filter((n) => placed.has(n.key)).length).toBeGreaterThanOrEqual(18);
    // Where the right side is taken, labels go to another side rather than away.
    expect(boxes.some((b) => b.x + b.width < nodes.find((n) => n.key === b.key)!.x)).toBe(true);
    expect(boxes.length).toBeLessThan(nodes.length);
  });
});

describe('periodLabel: a period as a reader names it', () => {
  it.each([
    ['2022-03-01', 'MONTH', false, 'Mar 2022'],
    ['2022-03-01', 'MONTH', true, 'March 2022'],
    ['2022-02-28', 'WEEK', false, '28 Feb 2022'],
    ['2022-02-28', 'WEEK', true, 'week of 28 Feb 2022'],
    ['2022-01-01', 'YEAR', true, '2022'],
  ] as const)('names %s per %s (long: %s) “%s”', (period, interval, long, label) => {
    expect(periodLabel(period, interval, long)).toBe(label);
  });
});
