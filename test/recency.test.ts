// The recency list behind pronoun and title look-ups, checked against a full scan on random moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MultiMap, RecencyList, type OrderedList, type Recent } from '../server/src/analysis/recency';

interface Item {
  readonly id: number;
}

/** What find must return: among the items that fit, the greatest key, then the lowest id. */
function scan<T extends Item>(keys: ReadonlyMap<T, number>, fits: (item: T) => boolean): T | null {
  let best: T | null = null;
  for (const [item, key] of keys) {
    if (!fits(item)) continue;
    if (!best || key > keys.get(best)! || (key === keys.get(best)! && item.id < best.id)) best = item;
  }
  return best;
}

/** A repeatable source of integers below n. The high bits: the low bits of this generator repeat with a short period. */
function randomInts(seed: number): (n: number) => number {
  return (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8) % n;
}

test('recency: find agrees with a full scan after random placements, ties and moves', () => {
  const next = randomInts(11);
  // Enough items that stale entries pile up and get dropped along the way.
  const items: Array<Item & { key: number }> = Array.from({ length: 120 }, (_, id) => ({ id, key: -1 }));
  const list = new RecencyList<Item & { key: number }>((i) => i.key);
  const keys = new Map<Item & { key: number }, number>();
  for (let step = 0; step < 6000; step++) {
    const item = items[next(items.length)]!;
    // Keys only grow for an item already listed; new items may come in anywhere, ties included.
    item.key = keys.has(item) ? keys.get(item)! + next(3) * 10 : next(50) * 10;
    list.set(item);
    keys.set(item, item.key);
    const mod = 1 + next(4);
    const fits = (i: Item): boolean => i.id % mod === 0;
    assert.equal(list.find(fits), scan(keys, fits), `step ${step}`);
  }
  assert.equal(list.find(() => false), null);
});

interface Entity extends Recent {
  last: number;
  readonly ordered: OrderedList[];
}

/** What the registry does on a mention: a later offset moves the item in every ordered list holding it. */
function mentionAgain(item: Entity, at: number): void {
  if (at <= item.last) return;
  item.last = at;
  for (const b of item.ordered) b.touch(item);
}

test('multimap: latest agrees with a scan of every member while lists grow long, items move and leave', () => {
  const next = randomInts(7);
  const map = new MultiMap<Entity>();
  const members = new Map<string, Set<Entity>>();
  const keysOf = ['a', 'b', 'c'];
  const items: Entity[] = [];
  let clock = 0;
  for (let step = 0; step < 4000; step++) {
    const op = next(10);
    if (op < 3 || items.length === 0) {
      // A new item, mentioned now (or, rarely, at an earlier offset), under one or two keys.
      const item: Entity = { id: items.length, last: next(8) === 0 ? next(clock + 1) : (clock += 1 + next(3)), ordered: [] };
      items.push(item);
      for (const k of keysOf) {
        if (next(2) === 0 && k !== 'a') continue;
        map.add(k, item);
        (members.get(k) ?? members.set(k, new Set()).get(k)!).add(item);
      }
    } else if (op < 8) {
      // An item mentioned again: its offset only grows (ties with other items included).
      const at = next(5) === 0 ? clock : (clock += next(3));
      mentionAgain(items[next(items.length)]!, at);
    } else {
      // An item renamed away from a key, and back.
      const item = items[next(items.length)]!;
      const k = keysOf[next(3)]!;
      if (members.get(k)?.has(item)) {
        map.delete(k, item);
        members.get(k)!.delete(item);
      } else {
        map.add(k, item);
        (members.get(k) ?? members.set(k, new Set()).get(k)!).add(item);
      }
    }
    const mod = 1 + next(5);
    const fits = (e: Entity): boolean => e.id % mod === 0;
    for (const k of keysOf) {
      const all = new Map<Entity, number>();
      for (const e of members.get(k) ?? []) all.set(e, e.last);
      assert.equal(map.latest(k, fits), scan(all, fits), `step ${step}, key ${k}`);
    }
  }
  assert.ok((members.get('a')?.size ?? 0) > 100, 'a list grew long enough to keep recency order');
});

test('multimap: keys that hold one item, or none, or a few, agree with a scan as items come, go and come back', () => {
  // Most keys of a registry (a surname, a suffix of one name) hold a single item: many keys, few items each.
  const next = randomInts(31);
  const map = new MultiMap<Entity>();
  const members = new Map<string, Set<Entity>>();
  const keysOf = Array.from({ length: 40 }, (_, i) => `k${i}`);
  const items: Entity[] = [];
  let clock = 0;
  let singles = 0;
  for (let step = 0; step < 5000; step++) {
    const k = keysOf[next(keysOf.length)]!;
    const held = members.get(k) ?? members.set(k, new Set()).get(k)!;
    const op = next(10);
    if (op < 3 || items.length === 0) {
      const item: Entity = { id: items.length, last: (clock += 1 + next(3)), ordered: [] };
      items.push(item);
      if (held.size < 3) {
        map.add(k, item);
        held.add(item);
      }
    } else if (op < 6 && held.size > 0) {
      // The key's first item leaves (the only one, often).
      const item = [...held][0]!;
      map.delete(k, item);
      held.delete(item);
    } else if (op < 8) {
      const item = items[next(items.length)]!;
      if (!held.has(item)) {
        map.add(k, item);
        held.add(item);
      }
    } else {
      mentionAgain(items[next(items.length)]!, (clock += next(3)));
    }
    // A key never given an item, or emptied, answers null; a test that admits nothing too.
    assert.equal(map.latest('never', () => true), null);
    const mod = 1 + next(3);
    const fits = (e: Entity): boolean => e.id % mod === 0;
    for (const key of keysOf) {
      const all = new Map<Entity, number>();
      for (const e of members.get(key) ?? []) all.set(e, e.last);
      if (all.size === 1) singles++;
      assert.equal(map.latest(key, fits), scan(all, fits), `step ${step}, key ${key}`);
      assert.equal(map.latest(key, () => false), null);
    }
  }
  assert.ok(singles > 10000, 'keys held a single item often');
});

test('recency: long lists (stored in blocks that split) and look-ups before an offset agree with a full scan', () => {
  const next = randomInts(23);
  const items: Array<Item & { key: number }> = Array.from({ length: 2500 }, (_, id) => ({ id, key: -1 }));
  const list = new RecencyList<Item & { key: number }>((i) => i.key);
  const keys = new Map<Item & { key: number }, number>();
  let clock = 0;
  for (let step = 0; step < 20000; step++) {
    const item = items[next(items.length)]!;
    // Mostly the latest offset; a new item now and then far back (the quote loop's late resolutions).
    if (keys.has(item)) item.key = Math.max(keys.get(item)!, (clock += next(3)));
    else item.key = next(6) === 0 ? next(clock + 1) : (clock += next(3));
    list.set(item);
    keys.set(item, item.key);
    if (step % 7 !== 0) continue;
    const mod = 1 + next(4);
    const before = next(4) === 0 ? Infinity : next(clock + 2);
    const fits = (i: Item & { key: number }): boolean => i.id % mod === 0 && i.key < before;
    assert.equal(list.find(fits, before), scan(keys, fits), `step ${step}, before ${before}`);
  }
  assert.ok(keys.size > 2000, 'enough entries for several blocks');
});

test('multimap: a long list in blocks, with early arrivals, moves, leavers and look-ups before an offset', () => {
  const next = randomInts(5);
  const map = new MultiMap<Entity>();
  const members = new Set<Entity>();
  const items: Entity[] = [];
  let clock = 0;
  for (let step = 0; step < 12000; step++) {
    const op = next(20);
    if (op < 8 || items.length === 0) {
      const item: Entity = { id: items.length, last: next(5) === 0 ? next(clock + 1) : (clock += 1 + next(3)), ordered: [] };
      items.push(item);
      map.add('k', item);
      members.add(item);
    } else if (op < 19) {
      const at = next(5) === 0 ? clock : (clock += next(3));
      mentionAgain(items[next(items.length)]!, at);
    } else {
      const item = items[next(items.length)]!;
      if (members.delete(item)) map.delete('k', item);
      else {
        map.add('k', item);
        members.add(item);
      }
    }
    if (step % 5 !== 0) continue;
    const mod = 1 + next(5);
    const before = next(3) === 0 ? Infinity : next(clock + 2);
    const fits = (e: Entity): boolean => e.id % mod === 0 && e.last < before;
    const all = new Map<Entity, number>();
    for (const e of members) all.set(e, e.last);
    assert.equal(map.latest('k', fits, before), scan(all, fits), `step ${step}, before ${before}`);
  }
  assert.ok(members.size > 1500, 'the list grew to several blocks');
});
