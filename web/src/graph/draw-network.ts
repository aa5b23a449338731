/**
 * Draws a contact network with sigma (WebGL): node colour = country, node size = calls, edge
 * width = contacts. Clicking a node or an edge calls back; `select` highlights an item and its
 * neighbourhood. One NetworkView lives for the page; `show` swaps the graph.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeRectangleProgram } from 'sigma/rendering';
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ContactNetwork } from '../api/network-query.js';
import { countryColour } from './country-colour.js';
import { layoutNetwork } from './layout-network.js';
import { placeLabels, type LabelCandidate, type LabelSpot, type NodeDisc } from './place-labels.js';

/** A label drawn in the last frame: its node and its box in CSS pixels of the container. */
export interface DrawnLabel {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NetworkCallbacks {
  onNode(id: string): void;
  onEdge(source: string, target: string): void;
}

type NodeAttrs = { x: number; y: number; size: number; color: string; label: string };
type EdgeAttrs = { size: number; color: string };
type NetworkGraph = Graph<NodeAttrs, EdgeAttrs>;

const EDGE_COLOUR = '#b9c0cc';
/** Translucent, so where thousands of edges overlap the density shows instead of a grey mass. */
const DENSE_EDGE_COLOUR = 'rgba(140, 150, 165, 0.4)';
const FADED = '#e6e8ec';
const LABEL_SIZE = 12;
const LABEL_HEIGHT = LABEL_SIZE + 2;
const LABEL_FONT = 'system-ui, sans-serif';
/** Nodes drawn smaller than this (in pixels) get a label only when highlighted or hovered. */
const LABEL_MIN_NODE_SIZE = 3;

export class NetworkView {
  private graph: NetworkGraph = new Graph({ type: 'undirected' });
  private readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  /** The highlighted nodes and edges; null when nothing is selected. */
  private lit: { nodes: Set<string>; edges: Set<string> } | null = null;
  /** Each node's ring (0 for the centre): nearer rings win the space for their labels. */
  private depthOf = new Map<string, number>();
  /** Where this frame's labels go so that none overlap, chosen at its first label. */
  private frameLabels: Map<string, LabelSpot> | null = null;
  private readonly labelWidths = new Map<string, number>();
  /** The label boxes of the last frame that drew labels (for tests: none may overlap). */
  private lastLabels: DrawnLabel[] = [];

  constructor(container: HTMLElement, callbacks: NetworkCallbacks) {
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(this.graph, container, {
      // Rectangles, not the default 1-pixel lines: edge width shows the number of contacts.
      defaultEdgeType: 'rectangle', edgeProgramClasses: { rectangle: EdgeRectangleProgram },
      itemSizesReference: 'screen', allowInvalidContainer: true, enableEdgeEvents: true, zIndex: true,
      hideEdgesOnMove: true, hideLabelsOnMove: true, minEdgeThickness: 1,
      // Every node is a label candidate for sigma; placeLabels decides which fit (drawLabel below).
      labelDensity: 1000, labelRenderedSizeThreshold: 0, labelSize: LABEL_SIZE, labelFont: LABEL_FONT, labelColor: { color: '#1d2433' },
      // sigma passes the node's key with its display data (renderLabels), though its type omits it.
      defaultDrawNodeLabel: (context, data) => this.drawLabel(context, data as typeof data & { key: string }),
      nodeReducer: (node, data) => this.fade(node, data),
      edgeReducer: (edge, data) => this.fadeEdge(edge, data),
    });
    // The pointer cursor tells the user the node or edge under the mouse can be opened.
    const pointer = (on: boolean) => () => (container.style.cursor = on ? 'pointer' : '');
    this.sigma.on('enterNode', pointer(true));
    this.sigma.on('leaveNode', pointer(false));
    this.sigma.on('enterEdge', pointer(true));
    this.sigma.on('leaveEdge', pointer(false));
    this.sigma.on('beforeRender', () => (this.frameLabels = null));
    this.sigma.on('clickNode', ({ node }) => callbacks.onNode(node));
    this.sigma.on('clickEdge', ({ edge }) => callbacks.onEdge(this.graph.source(edge), this.graph.target(edge)));
  }

  /** Replaces the drawing with `network`, laid out around `center`. */
  show(network: ContactNetwork, center: string): void {
    const positions = layoutNetwork(network.nodes, network.edges, center);
    // A new graph handed over whole: sigma indexes it once instead of once per added node.
    const graph: NetworkGraph = new Graph({ type: 'undirected' });
    // Dense networks get smaller marks, so thousands of nodes do not cover each other.
    const scale = Math.min(1, Math.sqrt(300 / network.nodes.length));
    for (const n of network.nodes) {
      const p = positions.get(n.id) ?? { x: 0, y: 0 };
      const size = n.id === center ? 14 : Math.max(1.5, scale * Math.min(12, 4 + 2 * Math.log2(1 + n.callCount)));
      graph.addNode(n.id, { ...p, size, color: countryColour(n.country?.code), label: n.name });
    }
    // At least 4 px wide: sigma picks edges on a half-resolution buffer, so thinner ones are hard to click.
    for (const e of network.edges) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
      graph.addEdge(e.source, e.target, { size: Math.max(0.5, scale * Math.min(12, 4 + 2 * Math.log2(e.weight))), color: scale < 1 ? DENSE_EDGE_COLOUR : EDGE_COLOUR });
    }
    this.graph = graph;
    this.depthOf = new Map(network.nodes.map((n) => [n.id, n.depth]));
    this.lit = null;
    // Frame the rings symmetrically so the centre stays in the middle, even with one neighbour.
    let reach = 1;
    for (const p of positions.values()) reach = Math.max(reach, Math.abs(p.x), Math.abs(p.y));
    this.sigma.setCustomBBox({ x: [-reach, reach], y: [-reach, reach] });
    // The container may have been hidden (another tab) when sigma measured it.
    this.sigma.resize(true);
    this.sigma.setGraph(graph);
  }

  /** Highlights a node (and its edges) or an edge (and its two ends). */
  select(sel: { node?: string; source?: string; target?: string }): void {
    const g = this.graph;
    if (sel.node && g.hasNode(sel.node)) {
      this.lit = { nodes: new Set([sel.node, ...g.neighbors(sel.node)]), edges: new Set(g.edges(sel.node)) };
    } else if (sel.source && sel.target && g.hasEdge(sel.source, sel.target)) {
      this.lit = { nodes: new Set([sel.source, sel.target]), edges: new Set([g.edge(sel.source, sel.target)!]) };
    } else {
      this.lit = null;
    }
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Where a node is drawn, in CSS pixels of the container (for tests and keyboard focus). */
  viewportPosition(id: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(id)) return null;
    const { x, y } = this.graph.getNodeAttributes(id);
    return this.sigma.graphToViewport({ x, y });
  }

  /** Draws a label if it is among the frame's non-overlapping ones, on a white halo for contrast with edges. */
  private drawLabel(context: CanvasRenderingContext2D, data: { key: string; label?: string | null; x: number; y: number; size: number }): void {
    if (!data.label) return;
    context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
    this.frameLabels ??= this.chooseLabels(context);
    const spot = this.frameLabels.get(data.key);
    if (!spot) return;
    const x = spot.x;
    const y = spot.y + LABEL_HEIGHT / 2;
    context.textAlign = 'left';
    context.textBaseline = 'middle';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255, 255, 255, 0.85)';
    context.strokeText(data.label, x, y);
    context.fillStyle = '#1d2433';
    context.fillText(data.label, x, y);
  }

  /** The labels to draw this frame: highlighted ones first, then the centre and nearer rings, then bigger nodes. */
  private chooseLabels(context: CanvasRenderingContext2D): Map<string, LabelSpot> {
    const candidates: LabelCandidate[] = [];
    const unlabelled: NodeDisc[] = [];
    for (const node of this.graph.nodes()) {
      const d = this.sigma.getNodeDisplayData(node);
      if (!d || d.hidden) continue;
      const size = this.sigma.scaleSize(d.size);
      const p = this.sigma.framedGraphToViewport(d);
      if (!d.label || (!d.forceLabel && size < LABEL_MIN_NODE_SIZE)) {
        unlabelled.push({ key: node, x: p.x, y: p.y, size });
        continue;
      }
      let width = this.labelWidths.get(d.label);
      if (width === undefined) this.labelWidths.set(d.label, (width = context.measureText(d.label).width));
      const rank = (d.forceLabel ? 0 : 1e6) + (this.depthOf.get(node) ?? 9) * 1e4 - size;
      candidates.push({ key: node, x: p.x, y: p.y, size, width, height: LABEL_HEIGHT, rank });
    }
    const { width, height } = this.sigma.getDimensions();
    const placed = placeLabels(candidates, unlabelled, { width, height });
    this.lastLabels = candidates.flatMap((c) => {
      const spot = placed.get(c.key);
      return spot ? [{ key: c.key, ...spot, width: c.width, height: c.height }] : [];
    });
    return placed;
  }

  /** The labels drawn in the last frame, with their boxes in CSS pixels of the container. */
  drawnLabels(): DrawnLabel[] {
    return this.lastLabels;
  }

  private fade(node: string, data: Attributes): Partial<NodeDisplayData> {
    if (!this.lit) return data;
    return this.lit.nodes.has(node) ? { ...data, forceLabel: true, zIndex: 1 } : { ...data, color: FADED, label: null, zIndex: 0 };
  }

  private fadeEdge(edge: string, data: Attributes): Partial<EdgeDisplayData> {
    if (!this.lit) return data;
    // Hidden rather than faded: thousands of faded edges would grey out the whole disc.
    return this.lit.edges.has(edge) ? { ...data, color: '#2a3b55', zIndex: 1 } : { ...data, hidden: true };
  }
}
