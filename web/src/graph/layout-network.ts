/**
 * Positions for an ego network, computed in one pass (no force simulation, so 5,000 nodes lay
 * out in milliseconds and a network always looks the same): a radial tree. The centre sits at
 * the origin and each depth on its own ring; the circle is shared out among the centre's
 * neighbours (grouped by country) in proportion to how many nodes lie beyond each, and each
 * node's own neighbours one ring further out sit in its slice, so chains of contact point
 * outwards instead of crossing. Where a slice is too crowded for one circle, its nodes spread
 * over a band of radii.
 */
import type { NetworkEdge, NetworkNode } from '../api/network-query.js';

export interface Point {
  x: number;
  y: number;
}

const RING_GAP = 10;
/** Below this arc length between neighbours (in graph units), a ring becomes a band. */
const MIN_SPACING = 0.6;
/** Fractional part of the golden ratio: i·φ mod 1 spreads radii evenly without clumping. */
const PHI_FRACTION = 0.6180339887;

interface Slice {
  start: number;
  width: number;
}

export function layoutNetwork(nodes: NetworkNode[], edges: NetworkEdge[], center: string): Map<string, Point> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = childrenOf(nodes, edges, center);
  const size = subtreeSizes(children, center);
  const positions = new Map<string, Point>([[center, { x: 0, y: 0 }]]);
  const placed = new Set([center]);
  let frontier: { id: string; slice: Slice }[] = [{ id: center, slice: { start: -Math.PI / 2, width: 2 * Math.PI } }];
  for (let depth = 1; frontier.length; depth++) {
    const next: { id: string; slice: Slice }[] = [];
    for (const parent of frontier) {
      const kids = (children.get(parent.id) ?? []).filter((id) => !placed.has(id)).map((id) => byId.get(id)!);
      kids.sort((p, q) => (p.country?.code ?? '~').localeCompare(q.country?.code ?? '~') || q.callCount - p.callCount);
      const total = kids.reduce((sum, k) => sum + size.get(k.id)!, 0);
      const radius = depth * RING_GAP;
      const crowded = radius * (parent.slice.width / Math.max(1, kids.length)) < MIN_SPACING;
      let start = parent.slice.start;
      kids.forEach((kid, i) => {
        const width = (parent.slice.width * size.get(kid.id)!) / total;
        const angle = start + width / 2;
        const r = crowded ? radius - RING_GAP * 0.4 + RING_GAP * 0.8 * ((i * PHI_FRACTION) % 1) : radius;
        positions.set(kid.id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
        placed.add(kid.id);
        next.push({ id: kid.id, slice: { start, width } });
        start += width;
      });
    }
    frontier = next;
  }
  // Nodes no edge leads to from the centre (cut off by `limit`) go on an outer ring.
  const rest = nodes.filter((n) => !placed.has(n.id));
  const outer = (Math.max(0, ...nodes.map((n) => n.depth)) + 1) * RING_GAP;
  rest.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / rest.length - Math.PI / 2;
    positions.set(n.id, { x: outer * Math.cos(angle), y: outer * Math.sin(angle) });
  });
  return positions;
}

/** Each node's neighbours one ring further out; a node with several such parents goes to the first. */
function childrenOf(nodes: NetworkNode[], edges: NetworkEdge[], center: string): Map<string, string[]> {
  const depth = new Map(nodes.map((n) => [n.id, n.id === center ? 0 : Math.max(1, n.depth)]));
  const parentOf = new Map<string, string>();
  for (const e of edges) {
    for (const [p, c] of [[e.source, e.target], [e.target, e.source]]) {
      if (depth.get(c) === (depth.get(p) ?? -2) + 1 && !parentOf.has(c)) parentOf.set(c, p);
    }
  }
  const children = new Map<string, string[]>();
  for (const [c, p] of parentOf) {
    if (!children.has(p)) children.set(p, []);
    children.get(p)!.push(c);
  }
  return children;
}

/** How many nodes each node's slice must hold: itself and everything beyond it. */
function subtreeSizes(children: Map<string, string[]>, root: string): Map<string, number> {
  const size = new Map<string, number>();
  const visit = (id: string): number => {
    let n = 1;
    for (const c of children.get(id) ?? []) n += visit(c);
    size.set(id, n);
    return n;
  };
  visit(root);
  return size;
}
