// Small indexes that keep "the most recent entity that …" look-ups from scanning every entity:
// a list ordered by a growing offset, and a multimap from a word to the entities that carry it.
// They make the entity registry linear in the length of an article instead of quadratic.

/**
 * What the recency list needs of an item: an id that breaks ties (lower first). Ids are unique, small
 * non-negative integers (an entity's place in the registry): RecencyList keeps its bookkeeping by id.
 */
interface Identified {
  readonly id: number;
}

/**
 * An item's entries in a long list, ordered for "the latest that fits" look-ups. Each entry holds
 * the key (an offset) the item had when it was placed; when the key grows the item gets a new entry
 * (usually a push) and the old one goes stale, skipped by look-ups and dropped once stale entries
 * outnumber live ones.
 *
 * Entries are kept key ascending and, on equal keys, higher id first: the reverse of the order
 * look-ups want, so that the usual insertion (the latest mention) is a push. They are held in blocks
 * of at most 2·BLOCK: an entry that comes in early (the quote loop resolves phrases after every
 * sentence was read) moves one block, not every later entry, which made a long archive quadratic.
 */
class SortedEntries<T extends Identified> {
  private blocks: Array<{ items: T[]; keys: number[] }> = [];
  private length = 0;
  private stale = 0;

  /** `keyOf` reads an item's current key; `items` are already in entry order for it. */
  constructor(
    private readonly keyOf: (item: T) => number,
    items: readonly T[] = [],
  ) {
    this.fill(items, items.map(keyOf));
  }

  /** Places the item at its current key: a new item, or one whose key grew (`moved`), leaving its old entry stale. */
  insert(item: T, moved: boolean): void {
    const key = this.keyOf(item);
    const blocks = this.blocks;
    this.length++;
    let b = blocks.length - 1;
    if (b < 0) blocks.push({ items: [item], keys: [key] });
    else {
      // The last block whose first entry comes before this one (or the first block): usually the last.
      if (!precedes(blocks[b]!.keys[0]!, blocks[b]!.items[0]!.id, key, item.id)) {
        let lo = 0;
        let hi = b;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (precedes(blocks[mid]!.keys[0]!, blocks[mid]!.items[0]!.id, key, item.id)) lo = mid;
          else hi = mid - 1;
        }
        b = lo;
      }
      const block = blocks[b]!;
      place(block.items, block.keys, item, key);
      if (block.items.length > 2 * BLOCK) blocks.splice(b + 1, 0, { items: block.items.splice(BLOCK), keys: block.keys.splice(BLOCK) });
    }
    if (moved && ++this.stale > MIN_COMPACTION && this.stale * 2 > this.length) this.compact(() => true);
  }

  /**
   * The first item, in look-up order (greatest key, lowest id on ties), that fits. Given `before`,
   * only items whose key is below it can fit (the caller's test says so too): the search starts there.
   */
  find(fits: (item: T) => boolean, before: number): T | null {
    const blocks = this.blocks;
    for (let b = blocks.length - 1; b >= 0; b--) {
      const { items, keys } = blocks[b]!;
      if (keys[0]! >= before) continue;
      for (let i = lowerBound(keys, before) - 1; i >= 0; i--) if (keys[i] === this.keyOf(items[i]!) && fits(items[i]!)) return items[i]!;
    }
    return null;
  }

  /** Drops the item's entries (and every stale one). */
  remove(item: T): void {
    this.compact((e) => e !== item);
  }

  /**
   * Keeps the live entries of the items that pass, in place: each block keeps its own arrays, shorter,
   * an emptied block goes and a small one joins the one before. A list of mentions compacts every few
   * hundred mentions (when stale entries outnumber live ones): new arrays each time cost more than the
   * look-ups did.
   */
  private compact(keep: (item: T) => boolean): void {
    const keyOf = this.keyOf;
    let length = 0;
    let kept = 0;
    for (const block of this.blocks) {
      const { items, keys } = block;
      let n = 0;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (keys[i] !== keyOf(item) || !keep(item)) continue;
        items[n] = item;
        keys[n] = keys[i]!;
        n++;
      }
      items.length = n;
      keys.length = n;
      length += n;
      if (n === 0) continue;
      // Small neighbours merge, so that a long list does not crumble into many tiny blocks.
      const previous = kept > 0 ? this.blocks[kept - 1]! : null;
      if (previous && previous.items.length + n <= BLOCK) {
        for (let i = 0; i < n; i++) {
          previous.items.push(items[i]!);
          previous.keys.push(keys[i]!);
        }
      } else this.blocks[kept++] = block;
    }
    this.blocks.length = kept;
    this.length = length;
    this.stale = 0;
  }

  private fill(items: readonly T[], keys: readonly number[]): void {
    this.blocks = [];
    for (let i = 0; i < items.length; i += BLOCK) this.blocks.push({ items: items.slice(i, i + BLOCK), keys: keys.slice(i, i + BLOCK) });
    this.length = items.length;
    this.stale = 0;
  }
}

/** Entries per block of a long list: a few cache lines' worth to move on an insertion out of order. */
const BLOCK = 256;

/** Stale entries a list tolerates before it may drop them. */
const MIN_COMPACTION = 16;

/** Whether entry (k1, id1) comes before (k2, id2): key ascending, higher id first on equal keys. */
function precedes(k1: number, id1: number, k2: number, id2: number): boolean {
  return k1 < k2 || (k1 === k2 && id1 > id2);
}

/**
 * Items ordered by a key that only grows (an offset of the latest mention), largest first and, on
 * equal keys, lower id first: the first item `find` meets that fits is the one a full scan keeping
 * the strictly greatest key would pick.
 */
export class RecencyList<T extends Identified> {
  private readonly entries: SortedEntries<T>;
  /**
   * The key of each item's live entry, by the item's id (NaN: not listed). Ids are small and dense
   * (an entity's is its place in the registry): an array read, where a Map keyed by the object cost
   * more than the rest of `set` for every mention.
   */
  private listed = new Float64Array(64).fill(NaN);

  /** `keyOf` reads an item's current key; call `set` whenever it grows, before the next `find`. */
  constructor(private readonly keyOf: (item: T) => number) {
    this.entries = new SortedEntries(keyOf);
  }

  /** Puts the item at its place for its current key, which never decreases for an item already listed. */
  set(item: T): void {
    const key = this.keyOf(item);
    const id = item.id;
    if (id >= this.listed.length) this.grow(id);
    const old = this.listed[id]!;
    if (old === key) return;
    this.listed[id] = key;
    this.entries.insert(item, !Number.isNaN(old));
  }

  /** Room for the id, doubling the array as often as needed. */
  private grow(id: number): void {
    let size = this.listed.length;
    while (size <= id) size *= 2;
    const grown = new Float64Array(size).fill(NaN);
    grown.set(this.listed);
    this.listed = grown;
  }

  /**
   * The first item, in order, that fits: the greatest key, lowest id on ties. Given `before`, only
   * items whose key is below it can fit (the caller's test says so too): the search starts there.
   */
  find(fits: (item: T) => boolean, before = Infinity): T | null {
    return this.entries.find(fits, before);
  }
}

/**
 * The first index whose key is `key` or more, in keys ascending. A look-up for an earlier position
 * skips the later entries at once instead of reading past each of them.
 */
function lowerBound(keys: readonly number[], key: number): number {
  const n = keys.length;
  if (n === 0 || keys[n - 1]! < key) return n;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts (item, key) into parallel arrays kept in entry order (see SortedEntries): usually a push. */
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
  /** While the list is short: its items in insertion order. */
  private items: T[] = [];
  /** Once long: the items by their `last` (see SortedEntries). */
  private entries: SortedEntries<T> | null = null;

  add(item: T): void {
    if (this.entries) {
      this.entries.insert(item, false);
      item.ordered.push(this);
    } else {
      this.items.push(item);
      if (this.items.length > SHORT_LIST) this.order();
    }
  }

  delete(item: T): void {
    if (!this.entries) {
      const i = this.items.indexOf(item);
      if (i >= 0) this.items.splice(i, 1);
      return;
    }
    this.entries.remove(item);
    const at = item.ordered.indexOf(this);
    if (at >= 0) item.ordered.splice(at, 1);
  }

  /** The item's `last` grew: its entry moves to the new place. */
  touch(item: T): void {
    this.entries?.insert(item, true);
  }

  /**
   * The item that fits with the latest mention, the lowest id on ties: what a scan of every item
   * would pick. Given `before`, only items whose latest mention is before it can fit.
   */
  latest(fits: (item: T) => boolean, before = Infinity): T | null {
    if (this.entries) return this.entries.find(fits, before);
    let best: T | null = null;
    for (const e of this.items) if (fits(e) && (!best || e.last > best.last || (e.last === best.last && e.id < best.id))) best = e;
    return best;
  }

  /**
   * A list grown long (every "a spokesperson" is a new entity under "spokesperson") is put in
   * recency order once, and its items tell it when they are mentioned again: a look-up then stops
   * at the first item that fits instead of reading them all, which made an archive of such
   * phrases quadratic.
   */
  private order(): void {
    const items = this.items.sort((a, b) => a.last - b.last || b.id - a.id);
    this.entries = new SortedEntries((e: T) => e.last, items);
    this.items = [];
    for (const e of items) e.ordered.push(this);
  }
}

/** How many items a list holds before it keeps recency order: below it, a whole scan is cheaper. */
const SHORT_LIST = 16;

/** A word (or name) to the items that carry it, each list able to give its latest item that fits. */
export class MultiMap<T extends Recent> {
  /**
   * A key's one item, or its list once it has more: most keys (a surname, a suffix of one name) name
   * a single entity, and a long archive has hundreds of thousands of them, each a Bucket and an array
   * for the collector to carry.
   */
  private readonly map = new Map<string, T | Bucket<T>>();

  /** Adds the item under the key; the caller adds it once per key. */
  add(key: string, item: T): void {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(key, item);
    else if (held instanceof Bucket) held.add(item);
    else {
      const bucket = new Bucket<T>();
      bucket.add(held);
      bucket.add(item);
      this.map.set(key, bucket);
    }
  }

  delete(key: string, item: T): void {
    const held = this.map.get(key);
    if (held === item) this.map.delete(key);
    else if (held instanceof Bucket) held.delete(item);
  }

  /**
   * Among the items under the key that fit, the one with the latest mention (the lowest id on ties),
   * or null. `before`: the caller's test admits only items last mentioned before this offset.
   */
  latest(key: string, fits: (item: T) => boolean, before = Infinity): T | null {
    const held = this.map.get(key);
    if (held === undefined) return null;
    if (held instanceof Bucket) return held.latest(fits, before);
    return fits(held) ? held : null;
  }
}
