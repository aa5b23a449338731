/**
 * What every export format implements: it is created with the survey (so it can write its
 * header), receives nodes then relationships, and finishes the document.
 */
import type { GraphNode, GraphRelationship } from '../graph/graph-item.js';

export interface GraphWriter {
  node(node: GraphNode): Promise<void>;
  relationship(relationship: GraphRelationship): Promise<void>;
  end(): Promise<void>;
}

/** A node's display label for Gephi: its name, title or text (cut to 60 characters), else its kind and date, else its key. */
export function displayLabel(node: GraphNode): string {
  const { name, title, text, kind, date } = node.properties;
  const label = [name, title, text].find((v): v is string => typeof v === 'string' && v !== '');
  if (label) return label.length > 60 ? `${label.slice(0, 59)}…` : label;
  return typeof kind === 'string' ? [kind, date].filter(Boolean).join(' ') : node.key.value;
}

/** Names of the extra attributes exporters add (labels, label, type), renamed if a property already uses one. */
export function syntheticName(name: string, taken: Array<{ name: string }>): string {
  return taken.some((c) => c.name === name) ? `neo4j_${name}` : name;
}
