// The article's outline as a tree: headline, speakers with their quotes, claims by claimant, statistics.
// One structure for the editor's document symbols and the command line's report.

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

const NAME_LENGTH = 60;

/** Every leaf shares one empty list: a long document has thousands of leaves. */
const NO_CHILDREN: readonly OutlineNode[] = Object.freeze([]);

function leaf(name: string, detail: string, kind: OutlineKind, span: Span): OutlineNode {
  return { name: name || '(empty)', detail, kind, span, selection: span, children: NO_CHILDREN };
}

/** A parent whose span covers its own selection and all its children. */
function parent(name: string, detail: string, kind: OutlineKind, selection: Span, children: OutlineNode[]): OutlineNode {
  let start = selection.start;
  let end = selection.end;
  for (const c of children) {
    start = Math.min(start, c.span.start);
    end = Math.max(end, c.span.end);
  }
  return { name: name || '(unnamed)', detail, kind, span: { start, end }, selection, children };
}

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

function entityNode(entity: Entity | null, children: OutlineNode[], fallbackName: string): OutlineNode {
  const first = children[0]!;
  if (!entity) return parent(fallbackName, '', 'unattributed', first.selection, children);
  const mention = entity.mentions[0];
  // A source known only by its title ("a Beijing spokesperson") shows it once.
  const detail = entity.title && entity.title !== entity.name ? entity.title : '';
  return parent(entity.name, detail, entity.kind, mention ?? first.selection, children);
}

function section(name: string, detail: string, children: OutlineNode[]): OutlineNode[] {
  // Empty sections stay out of the outline.
  return children.length === 0 ? [] : [parent(name, detail, 'section', children[0]!.selection, children)];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function outline(analysis: Analysis): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const text = analysis.text;
  if (analysis.headline) nodes.push(leaf(excerptOf(text, analysis.headline.start, analysis.headline.end, 100), 'headline', 'headline', analysis.headline));

  const speakers = [...groupBy(analysis.quotes, (q) => q.speaker)].map(([id, quotes]) =>
    entityNode(
      entityById(analysis, id),
      quotes.map((q) => leaf(excerptOf(text, q.start, q.end, NAME_LENGTH), q.kind, 'quote', q)),
      'Unattributed',
    ),
  );
  nodes.push(...section('Speakers', `${count(speakers.length, 'source')}, ${count(analysis.quotes.length, 'quote')}`, speakers));

  const claimants = [...groupBy(analysis.claims, (c) => c.claimant)].map(([id, claims]) =>
    entityNode(
      entityById(analysis, id),
      claims.map((c) => leaf(excerptOf(text, c.start, c.end, NAME_LENGTH), c.target ? `${c.kind} → ${c.target}` : c.kind, 'claim', c)),
      'Unresolved claimant',
    ),
  );
  nodes.push(...section('Claims', count(analysis.claims.length, 'claim'), claimants));

  const statistics = analysis.statistics.map((s) => leaf(excerptOf(text, s.start, s.end, NAME_LENGTH), s.attributed ? (s.source ?? 'attributed') : 'unattributed', 'statistic', s));
  nodes.push(...section('Statistics', `${count(statistics.length, 'statistic')}, ${analysis.statistics.filter((s) => !s.attributed).length} unattributed`, statistics));
  return nodes;
}
