/**
 * Label collision in the network drawing: which labels are drawn so that none overlap, and which
 * win the space (web/src/graph/place-labels.ts); and how periods are named on the timeline's axis.
 */
import { placeLabels, type LabelBox } from '../../../web/src/graph/place-labels.js';
import { periodLabel } from '../../../web/src/ui/period-label.js';

const box = (key: string, x: number, y: number, rank: number, width = 80): LabelBox => ({ key, x, y, width, height: 13, rank });
const overlap = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabels: labels that never overlap', () => {
  it('keeps the higher-ranked of two overlapping labels, whatever their order', () => {
    expect(placeLabels([box('far', 5, 4, 2), box('centre', 0, 0, 0)])).toEqual(new Set(['centre']));
    expect(placeLabels([box('centre', 0, 0, 0), box('far', 5, 4, 2)])).toEqual(new Set(['centre']));
  });

  it('keeps labels that do not touch, also across the cells of its grid', () => {
    expect(placeLabels([box('a', 0, 0, 1), box('b', 100, 0, 1), box('c', 0, 20, 1), box('d', 60, 60, 1, 10)])).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  it('leaves no two drawn labels overlapping on a crowded ring of 500 names, and draws the centre and the first ring first', () => {
    const boxes: LabelBox[] = [box('centre', 300, 300, 0)];
    for (let i = 0; i < 500; i++) {
      const ring = i < 20 ? 1 : 2;
      const angle = (i / (ring === 1 ? 20 : 480)) * 2 * Math.PI;
      const r = ring === 1 ? 120 : 260;
      boxes.push(box(`n${i}`, 300 + r * Math.cos(angle), 300 + r * Math.sin(angle), ring * 1e4 - i % 7, 60 + (i % 5) * 10));
    }
    const placed = boxes.filter((b) => placeLabels(boxes).has(b.key));
    for (const a of placed) for (const b of placed) if (a !== b) expect([a.key, b.key, overlap(a, b)]).toEqual([a.key, b.key, false]);
    expect(placed.map((b) => b.key)).toContain('centre');
    expect(placed.length).toBeGreaterThan(40);
    expect(placed.length).toBeLessThan(boxes.length);
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
