// The table of mention offsets that statistics read their pronoun subjects from: checked against a
// plain scan of every entity's mentions, with offsets that collide and entities that share an offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MentionStarts } from '../server/src/analysis/mention-starts';
import type { Entity, Mention } from '../server/src/analysis/types';

function entity(id: number, starts: readonly number[]): Entity {
  const mentions: Mention[] = starts.map((start) => ({ start, end: start + 2, kind: 'name', text: 'X' }));
  return { id, name: `E${id}`, title: null, organisation: null, kind: 'person', gender: 'unknown', mentions, fullName: `E${id}` };
}

/** What the table stands for: the last entity in list order with a mention starting there. */
function scanned(entities: readonly Entity[], start: number): Entity | null {
  let found: Entity | null = null;
  for (const e of entities) if (e.mentions.some((m) => m.start === start)) found = e;
  return found;
}

test('mention starts: every offset gives the last entity with a mention there, and no other offset gives one', () => {
  // A seeded generator: the same offsets every run.
  let seed = 12345;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const entities: Entity[] = [];
  for (let id = 0; id < 300; id++) {
    // Offsets drawn from a small range, so that entities share some, and multiples of 4096, which a weak hash would pile up.
    const starts = new Set<number>();
    const count = 1 + next(20);
    while (starts.size < count) starts.add(next(3) === 0 ? 4096 * next(64) : next(20_000));
    entities.push(entity(id, [...starts].sort((a, b) => a - b)));
  }
  const table = new MentionStarts(entities);
  for (let start = 0; start < 20_000; start++) assert.equal(table.entityAt(start), scanned(entities, start), `offset ${start}`);
  for (let k = 0; k < 64; k++) assert.equal(table.entityAt(4096 * k), scanned(entities, 4096 * k), `offset ${4096 * k}`);
});

test('mention starts: no entities, or entities with no mention, give null everywhere', () => {
  assert.equal(new MentionStarts([]).entityAt(0), null);
  const table = new MentionStarts([entity(0, []), entity(1, [])]);
  for (const start of [0, 1, 17, 1_000_000]) assert.equal(table.entityAt(start), null);
});
