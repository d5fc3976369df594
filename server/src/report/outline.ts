// The article's outline as a tree: headline, speakers with their quotes, claims by claimant, statistics.
// One walk for the editor's document symbols and the command line's report, each building its own nodes.

import type { Analysis, Entity, EntityKind, Span } from '../analysis/types';
import { entityById, excerptOf } from './describe';

export type OutlineKind = 'headline' | 'section' | EntityKind | 'unattributed' | 'quote' | 'claim' | 'statistic';

export interface OutlineNode {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** Everything the node covers, children included. */
  readonly span: Span;
  /** What to reveal when the node is picked; inside `span`. */
  readonly selection: Span;
  readonly children: readonly OutlineNode[];
}

/**
 * Makes the outline's nodes. The walk works out every name, detail and span; a builder only wraps
 * them, so the editor makes its symbols straight from the analysis (a long document has thousands,
 * and a tree of OutlineNodes converted afterwards cost twice the time and memory).
 */
export interface OutlineBuilder<N> {
  /**
   * A node with no children, selecting what it covers. The span comes as two offsets: quotes, claims
   * and statistics are objects of different shapes, and one call site reading all of them made half
   * the time of a long document's outline.
   */
  leaf(name: string, detail: string, kind: OutlineKind, start: number, end: number): N;
  /** A node over its children; `span` covers `selection` and every child's span. */
  parent(name: string, detail: string, kind: OutlineKind, selection: Span, span: Span, children: N[]): N;
}

const NAME_LENGTH = 60;

/** Every leaf shares one empty list: a long document has thousands of leaves. */
const NO_CHILDREN: readonly OutlineNode[] = Object.freeze([]);

const OUTLINE_NODES: OutlineBuilder<OutlineNode> = {
  leaf: (name, detail, kind, start, end) => {
    const span = { start, end };
    return { name, detail, kind, span, selection: span, children: NO_CHILDREN };
  },
  parent: (name, detail, kind, selection, span, children) => ({ name, detail, kind, span, selection, children }),
};

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Children made as the walk goes, with the span they cover together (their parent's, with its selection). */
class Gathered<N> {
  readonly nodes: N[] = [];
  start = Number.POSITIVE_INFINITY;
  end = Number.NEGATIVE_INFINITY;

  add(node: N, start: number, end: number): void {
    this.nodes.push(node);
    if (start < this.start) this.start = start;
    if (end > this.end) this.end = end;
  }

  /** The span of the children and `selection` together. */
  spanWith(selection: Span): Span {
    return { start: Math.min(this.start, selection.start), end: Math.max(this.end, selection.end) };
  }
}

export function outline(analysis: Analysis): OutlineNode[] {
  return buildOutline(analysis, OUTLINE_NODES);
}

export function buildOutline<N>(analysis: Analysis, builder: OutlineBuilder<N>): N[] {
  const nodes: N[] = [];
  const text = analysis.text;
  const leaf = (name: string, detail: string, kind: OutlineKind, start: number, end: number): N => builder.leaf(name || '(empty)', detail, kind, start, end);

  /** A section over the groups of items (quotes by speaker, claims by claimant), each group under its entity. */
  const section = <T extends Span>(
    name: string,
    detail: string,
    groups: Map<number | null, T[]>,
    fallbackName: string,
    leafOf: (item: T) => N,
  ): void => {
    if (groups.size === 0) return; // empty sections stay out of the outline
    const entities = new Gathered<N>();
    let firstSelection: Span | null = null;
    for (const [id, items] of groups) {
      const children = new Gathered<N>();
      for (const item of items) children.add(leafOf(item), item.start, item.end);
      const entity = entityById(analysis, id);
      const selection = entityNodeSelection(entity, items[0]!);
      const span = children.spanWith(selection);
      firstSelection ??= selection;
      entities.add(entityNode(builder, entity, fallbackName, selection, span, children.nodes), span.start, span.end);
    }
    nodes.push(builder.parent(name, detail, 'section', firstSelection!, entities.spanWith(firstSelection!), entities.nodes));
  };

  const headline = analysis.headline;
  if (headline) nodes.push(leaf(excerptOf(text, headline.start, headline.end, 100), 'headline', 'headline', headline.start, headline.end));

  const speakers = groupBy(analysis.quotes, (q) => q.speaker);
  section('Speakers', `${count(speakers.size, 'source')}, ${count(analysis.quotes.length, 'quote')}`, speakers, 'Unattributed', (q) =>
    leaf(excerptOf(text, q.start, q.end, NAME_LENGTH), q.kind, 'quote', q.start, q.end),
  );

  const claimants = groupBy(analysis.claims, (c) => c.claimant);
  section('Claims', count(analysis.claims.length, 'claim'), claimants, 'Unresolved claimant', (c) =>
    leaf(excerptOf(text, c.start, c.end, NAME_LENGTH), c.target ? `${c.kind} → ${c.target}` : c.kind, 'claim', c.start, c.end),
  );

  const statistics = analysis.statistics;
  if (statistics.length > 0) {
    const children = new Gathered<N>();
    let unattributed = 0;
    for (const s of statistics) {
      if (!s.attributed) unattributed++;
      children.add(leaf(excerptOf(text, s.start, s.end, NAME_LENGTH), s.attributed ? (s.source ?? 'attributed') : 'unattributed', 'statistic', s.start, s.end), s.start, s.end);
    }
    nodes.push(builder.parent('Statistics', `${count(statistics.length, 'statistic')}, ${unattributed} unattributed`, 'section', statistics[0]!, children.spanWith(statistics[0]!), children.nodes));
  }
  return nodes;
}

/** Where picking an entity's node goes: its first mention, or its first item when it has none. */
function entityNodeSelection(entity: Entity | null, first: Span): Span {
  return entity?.mentions[0] ?? first;
}

function entityNode<N>(builder: OutlineBuilder<N>, entity: Entity | null, fallbackName: string, selection: Span, span: Span, children: N[]): N {
  if (!entity) return builder.parent(fallbackName, '', 'unattributed', selection, span, children);
  // A source known only by its title ("a Beijing spokesperson") shows it once.
  const detail = entity.title && entity.title !== entity.name ? entity.title : '';
  return builder.parent(entity.name || '(unnamed)', detail, entity.kind, selection, span, children);
}
