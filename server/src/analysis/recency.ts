// Small indexes that keep "the most recent entity that …" look-ups from scanning every entity:
// a list ordered by a growing offset, and a multimap from a word to the entities that carry it.
// They make the entity registry linear in the length of an article instead of quadratic.

/** What the recency list needs of an item: an id that breaks ties (lower first). */
interface Identified {
  readonly id: number;
}

interface Node<T> {
  readonly item: T;
  key: number;
  prev: Node<T> | null;
  next: Node<T> | null;
}

/**
 * Items ordered by a key that only grows (an offset of the latest mention), largest first and, on
 * equal keys, lower id first: the first item a walk meets that fits is the one a full scan keeping
 * the strictly greatest key would pick. Moving an item costs the number of items ahead of it.
 */
export class RecencyList<T extends Identified> {
  private head: Node<T> | null = null;
  private readonly nodes = new Map<T, Node<T>>();

  /** Puts the item at its place for `key`; `key` never decreases for an item already listed. */
  set(item: T, key: number): void {
    let node = this.nodes.get(item);
    if (node) {
      if (node.key === key) return;
      this.unlink(node);
      node.key = key;
    } else {
      node = { item, key, prev: null, next: null };
      this.nodes.set(item, node);
    }
    let before: Node<T> | null = null;
    let at = this.head;
    while (at && (at.key > key || (at.key === key && at.item.id < item.id))) {
      before = at;
      at = at.next;
    }
    node.prev = before;
    node.next = at;
    if (before) before.next = node;
    else this.head = node;
    if (at) at.prev = node;
  }

  /** The first item, in order, that fits: the greatest key, lowest id on ties. */
  find(fits: (item: T) => boolean): T | null {
    for (let at = this.head; at; at = at.next) if (fits(at.item)) return at.item;
    return null;
  }

  private unlink(node: Node<T>): void {
    if (node.prev) node.prev.next = node.next;
    else this.head = node.next;
    if (node.next) node.next.prev = node.prev;
    node.prev = node.next = null;
  }
}

/** A word (or name) to the items that carry it. */
export class MultiMap<T> {
  private readonly map = new Map<string, T[]>();

  /** Adds the item under the key; the caller adds it once per key. */
  add(key: string, item: T): void {
    const list = this.map.get(key);
    if (list) list.push(item);
    else this.map.set(key, [item]);
  }

  delete(key: string, item: T): void {
    const list = this.map.get(key);
    const i = list ? list.indexOf(item) : -1;
    if (i >= 0) list!.splice(i, 1);
  }

  get(key: string): readonly T[] {
    return this.map.get(key) ?? EMPTY;
  }
}

const EMPTY: readonly never[] = [];
