// Small indexes that keep "the most recent entity that …" look-ups from scanning every entity:
// a list ordered by a growing offset, and a multimap from a word to the entities that carry it.
// They make the entity registry linear in the length of an article instead of quadratic.

/** What the recency list needs of an item: an id that breaks ties (lower first). */
interface Identified {
  readonly id: number;
}

/**
 * Items ordered by a key that only grows (an offset of the latest mention), largest first and, on
 * equal keys, lower id first: the first item `find` meets that fits is the one a full scan keeping
 * the strictly greatest key would pick.
 *
 * Held as two parallel arrays in the reverse order (oldest first), so the usual move (an item
 * mentioned again, now the most recent) is a removal near the end and a push; an item placed at an
 * older offset is found by binary search. A linked list walked from the newest end cost a walk over
 * every entity each time a new one was placed far back, quadratic in a long archive's entities.
 */
export class RecencyList<T extends Identified> {
  /** Oldest first: key ascending, and on equal keys higher id first (the reverse of `find` order). */
  private readonly items: T[] = [];
  private readonly keys: number[] = [];
  private readonly current = new Map<T, number>();

  /** Puts the item at its place for `key`; `key` never decreases for an item already listed. */
  set(item: T, key: number): void {
    const old = this.current.get(item);
    if (old === key) return;
    if (old !== undefined) {
      const at = this.placeOf(old, item.id);
      this.items.splice(at, 1);
      this.keys.splice(at, 1);
    }
    this.current.set(item, key);
    const at = this.placeOf(key, item.id);
    if (at === this.items.length) {
      this.items.push(item);
      this.keys.push(key);
    } else {
      this.items.splice(at, 0, item);
      this.keys.splice(at, 0, key);
    }
  }

  /** The first item, in order, that fits: the greatest key, lowest id on ties. */
  find(fits: (item: T) => boolean): T | null {
    for (let i = this.items.length - 1; i >= 0; i--) if (fits(this.items[i]!)) return this.items[i]!;
    return null;
  }

  /** The index of (key, id) in the stored order: where it is, or where it goes. */
  private placeOf(key: number, id: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keys[mid]!;
      if (k < key || (k === key && this.items[mid]!.id > id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
