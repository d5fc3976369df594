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
 * Held as two parallel arrays, oldest first. An item whose key grows gets a new entry at its new
 * place (usually the end: a push) and its old entry goes stale, to be skipped by `find` and dropped
 * when stale entries outnumber live ones. Moving an entry out of the middle cost a shift of every
 * later entry, quadratic in an archive that keeps going back to people named long before.
 */
export class RecencyList<T extends Identified> {
  /** Key ascending, and on equal keys higher id first (the reverse of `find` order). */
  private items: T[] = [];
  private keys: number[] = [];
  /** The key of each item's live entry. */
  private readonly listed = new Map<T, number>();
  private stale = 0;

  /** `keyOf` reads an item's current key; call `set` whenever it grows, before the next `find`. */
  constructor(private readonly keyOf: (item: T) => number) {}

  /** Puts the item at its place for its current key, which never decreases for an item already listed. */
  set(item: T): void {
    const key = this.keyOf(item);
    const old = this.listed.get(item);
    if (old === key) return;
    this.listed.set(item, key);
    place(this.items, this.keys, item, key);
    if (old === undefined) return;
    this.stale++;
    if (this.stale > 16 && this.stale * 2 > this.items.length) this.compact();
  }

  /** The first item, in order, that fits: the greatest key, lowest id on ties. */
  find(fits: (item: T) => boolean): T | null {
    const { items, keys } = this;
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      if (keys[i] === this.keyOf(item) && fits(item)) return item;
    }
    return null;
  }

  private compact(): void {
    const items: T[] = [];
    const keys: number[] = [];
    for (let i = 0; i < this.items.length; i++) {
      if (this.keys[i] !== this.keyOf(this.items[i]!)) continue;
      items.push(this.items[i]!);
      keys.push(this.keys[i]!);
    }
    this.items = items;
    this.keys = keys;
    this.stale = 0;
  }
}

/** Inserts (item, key) into parallel arrays kept key ascending, higher id first on equal keys: usually a push. */
function place<T extends Identified>(items: T[], keys: number[], item: T, key: number): void {
  const n = items.length;
  if (n === 0 || key > keys[n - 1]! || (key === keys[n - 1]! && item.id < items[n - 1]!.id)) {
    items.push(item);
    keys.push(key);
    return;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = keys[mid]!;
    if (k < key || (k === key && items[mid]!.id > item.id)) lo = mid + 1;
    else hi = mid;
  }
  items.splice(lo, 0, item);
  keys.splice(lo, 0, key);
}

/** A list that keeps its items in recency order, as an item holding it sees it. */
export interface OrderedList {
  /** The item's `last` grew. */
  touch(item: Recent): void;
}

/** What a keyed index needs of an item: its id, the offset of its latest mention, and the long lists it sits in. */
export interface Recent extends Identified {
  readonly last: number;
  /** The lists holding this item that keep recency order, told when `last` grows (see Bucket.order). */
  readonly ordered: OrderedList[];
}

/** A list under one key. Short, it is scanned whole; long, it keeps its items in recency order. */
class Bucket<T extends Recent> {
  /** Short: insertion order. Ordered: entries by key ascending, higher id first on equal keys. */
  private items: T[] = [];
  /** The `last` each entry was placed at; null while the list is short. An entry whose key is not its item's `last` is stale. */
  private keys: number[] | null = null;
  private stale = 0;

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  add(item: T): void {
    if (this.keys) {
      this.place(item, item.last);
      item.ordered.push(this);
    } else {
      this.items.push(item);
      if (this.items.length > SHORT_LIST) this.order();
    }
  }

  delete(item: T): void {
    if (!this.keys) {
      const i = this.items.indexOf(item);
      if (i >= 0) this.items.splice(i, 1);
      return;
    }
    const keys = this.keys;
    const items: T[] = [];
    const kept: number[] = [];
    for (let i = 0; i < this.items.length; i++) {
      if (this.items[i] === item) continue;
      items.push(this.items[i]!);
      kept.push(keys[i]!);
    }
    this.items = items;
    this.keys = kept;
    this.stale = this.countStale();
    const at = item.ordered.indexOf(this);
    if (at >= 0) item.ordered.splice(at, 1);
  }

  /** The item's `last` grew: its entry moves to the new place, the old one goes stale. */
  touch(item: T): void {
    if (!this.keys) return;
    this.place(item, item.last);
    this.stale++;
    if (this.stale > SHORT_LIST && this.stale > this.items.length - this.stale) this.compact();
  }

  /** The item that fits with the latest mention, the lowest id on ties: what a scan of every item would pick. */
  latest(fits: (item: T) => boolean): T | null {
    const { items, keys } = this;
    if (!keys) {
      let best: T | null = null;
      for (const e of items) if (fits(e) && (!best || e.last > best.last || (e.last === best.last && e.id < best.id))) best = e;
      return best;
    }
    for (let i = items.length - 1; i >= 0; i--) {
      const e = items[i]!;
      if (keys[i] === e.last && fits(e)) return e;
    }
    return null;
  }

  /**
   * A list grown long (every "a spokesperson" is a new entity under "spokesperson") is put in
   * recency order once, and its items tell it when they are mentioned again: a look-up then stops
   * at the first item that fits instead of reading them all, which made an archive of such
   * phrases quadratic.
   */
  private order(): void {
    this.items.sort((a, b) => a.last - b.last || b.id - a.id);
    this.keys = this.items.map((e) => e.last);
    for (const e of this.items) e.ordered.push(this);
  }

  private place(item: T, key: number): void {
    place(this.items, this.keys!, item, key);
  }

  private compact(): void {
    const keys = this.keys!;
    const items: T[] = [];
    const kept: number[] = [];
    for (let i = 0; i < this.items.length; i++) {
      if (keys[i] !== this.items[i]!.last) continue;
      items.push(this.items[i]!);
      kept.push(keys[i]!);
    }
    this.items = items;
    this.keys = kept;
    this.stale = 0;
  }

  private countStale(): number {
    let n = 0;
    for (let i = 0; i < this.items.length; i++) if (this.keys![i] !== this.items[i]!.last) n++;
    return n;
  }
}

/** How many items a list holds before it keeps recency order: below it, a whole scan is cheaper. */
const SHORT_LIST = 16;

/** A word (or name) to the items that carry it, each list able to give its latest item that fits. */
export class MultiMap<T extends Recent> {
  private readonly map = new Map<string, Bucket<T>>();

  /** Adds the item under the key; the caller adds it once per key. */
  add(key: string, item: T): void {
    let bucket = this.map.get(key);
    if (!bucket) this.map.set(key, (bucket = new Bucket<T>()));
    bucket.add(item);
  }

  delete(key: string, item: T): void {
    this.map.get(key)?.delete(item);
  }

  /** Among the items under the key that fit, the one with the latest mention (the lowest id on ties), or null. */
  latest(key: string, fits: (item: T) => boolean): T | null {
    const bucket = this.map.get(key);
    return bucket ? bucket.latest(fits) : null;
  }
}
