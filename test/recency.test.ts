// The recency list behind pronoun and title look-ups, checked against a full scan on random moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecencyList } from '../server/src/analysis/recency';

interface Item {
  readonly id: number;
}

/** What find must return: among the items that fit, the greatest key, then the lowest id. */
function scan(keys: ReadonlyMap<Item, number>, fits: (item: Item) => boolean): Item | null {
  let best: Item | null = null;
  for (const [item, key] of keys) {
    if (!fits(item)) continue;
    if (!best || key > keys.get(best)! || (key === keys.get(best)! && item.id < best.id)) best = item;
  }
  return best;
}

test('recency: find agrees with a full scan after random placements, ties and moves', () => {
  let seed = 11;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const items: Item[] = Array.from({ length: 40 }, (_, id) => ({ id }));
  const list = new RecencyList<Item>();
  const keys = new Map<Item, number>();
  for (let step = 0; step < 3000; step++) {
    const item = items[next(items.length)]!;
    // Keys only grow for an item already listed; new items may come in anywhere, ties included.
    const key = keys.has(item) ? keys.get(item)! + next(3) * 10 : next(50) * 10;
    list.set(item, key);
    keys.set(item, key);
    const mod = 1 + next(4);
    const fits = (i: Item): boolean => i.id % mod === 0;
    assert.equal(list.find(fits), scan(keys, fits), `step ${step}`);
  }
  assert.equal(list.find(() => false), null);
});
